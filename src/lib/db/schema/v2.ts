/**
 * Schema version 2 (DOMAIN.md 3.6, 3.20–3.22, 3.24, 3.30). Adds the tables of the whole ISMS cycle
 * and moves each document's embedded version list into `documentVersions`. Released versions are
 * never edited: a later change is a new file (v3.ts).
 */
import type { Transaction } from 'dexie';
import { schemaV1 } from './v1.ts';

const common = 'id, workspaceId, &[workspaceId+ref], [workspaceId+updatedAt]';

/** The tables version 2 adds or re-indexes; Dexie keeps the others as version 1 left them. */
export const schemaV2: Record<string, string> = {
  competenceRequirements: `${common}, role`,
  competenceRecords: `${common}, person, [workspaceId+validUntil], requirement`,
  awarenessActivities: `${common}, [workspaceId+status], [workspaceId+date]`,
  communications: `${common}, [workspaceId+status], communicator`,
  recurringActivities: `${common}, [workspaceId+status], [workspaceId+nextDue], owner`,
  auditProgrammes: `${common}, [workspaceId+status], [workspaceId+periodTo]`,
  audits: `${common}, [workspaceId+status], [workspaceId+plannedDate], programme`,
  documentVersions: `${common}, document, [workspaceId+status]`,
};

/** Every table as of version 2. */
export const schemaCurrent: Record<string, string> = { ...schemaV1, ...schemaV2 };

interface V1Version {
  number?: unknown;
  changeSummary?: unknown;
  author?: unknown;
  approvedBy?: unknown;
  effectiveFrom?: unknown;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const idOrNull = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The status of a moved version: the document's current one follows the document, earlier ones are superseded. */
function versionStatus(isCurrent: boolean, docStatus: unknown, approved: boolean): string {
  if (!isCurrent) return approved ? 'superseded' : 'draft';
  if (docStatus === 'approved' || docStatus === 'published') return approved ? 'approved' : 'draft';
  if (docStatus === 'in_review') return 'in_review';
  if (docStatus === 'withdrawn') return 'withdrawn';
  if (docStatus === 'superseded') return approved ? 'superseded' : 'draft';
  return 'draft';
}

/** A per-workspace counter inside the upgrade transaction (the same rows `nextNumber` keeps). */
function counter(tx: Transaction): (workspaceId: string, name: string) => Promise<number> {
  const seqs = tx.table('sequences');
  return async (workspaceId, name) => {
    const row = (await seqs.get([workspaceId, name])) as { next: number } | undefined;
    const n = row?.next ?? 1;
    await seqs.put({ workspaceId, name, next: n + 1 });
    return n;
  };
}

/** One entry of a version 1 document's list as a `documentVersions` record (without meta). */
function versionRecord(doc: Record<string, unknown>, list: V1Version[], i: number): Record<string, unknown> {
  const v = list[i]!;
  const approver = idOrNull(v.approvedBy);
  const isCurrent = str(v.number) === str(doc['version']) || (i === list.length - 1 && !list.some((x) => str(x.number) === str(doc['version'])));
  const approvedAt = approver ? (isCurrent && doc['approvedAt'] ? str(doc['approvedAt']) : str(v.effectiveFrom)) || null : null;
  const effectiveFrom = idOrNull(v.effectiveFrom);
  return {
    document: doc['id'],
    version: str(v.number) || `${i + 1}`,
    status: versionStatus(isCurrent, doc['status'], approver !== null && approvedAt !== null),
    author: idOrNull(v.author),
    reviewers: [],
    approver,
    approvedAt,
    // A version cannot take effect before its approval: keep the later of the two.
    effectiveFrom: effectiveFrom && approvedAt && effectiveFrom < approvedAt ? approvedAt : effectiveFrom,
    changeSummary: str(v.changeSummary),
    location: isCurrent ? str(doc['location']) : '',
  };
}

/**
 * The version 1 → 2 upgrade: every entry of a document's `versions` list becomes a
 * `documentVersions` record (numbered DVER-001… per workspace and logged in the change log), the
 * list leaves the document, and the fields version 2 adds get their empty values.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const now = new Date().toISOString();
  const next = counter(tx);
  for (const doc of (await tx.table('documents').toArray()) as Record<string, unknown>[]) {
    const workspaceId = str(doc['workspaceId']);
    const list = Array.isArray(doc['versions']) ? (doc['versions'] as V1Version[]) : [];
    for (let i = 0; i < list.length; i++) {
      const ref = `DVER-${String(await next(workspaceId, 'documentVersions')).padStart(3, '0')}`;
      const record = { ...versionRecord(doc, list, i), id: crypto.randomUUID(), workspaceId, ref, createdAt: now, updatedAt: now, rev: 1 };
      await tx.table('documentVersions').add(record);
      await tx.table('changeLog').add({
        id: crypto.randomUUID(), workspaceId, seq: await next(workspaceId, 'changeLog'), ts: now, actor: 'schema upgrade', entityType: 'documentVersions',
        recordId: record.id, recordRef: ref, op: 'import', before: '', after: JSON.stringify(record),
        reason: `Moved from the version list of ${str(doc['ref'])} (schema version 2)`,
      });
    }
    const { versions: _moved, ...rest } = doc;
    await tx.table('documents').put({ ...rest, author: doc['author'] ?? null });
  }
  await fillNewFields(tx);
}

/** The link and date fields version 2 adds to existing records start empty (a closed NC takes its last change as its closing date). */
async function fillNewFields(tx: Transaction): Promise<void> {
  await tx.table('competenceRecords').toCollection().modify((r: Record<string, unknown>) => {
    r['requirement'] ??= null;
  });
  await tx.table('audits').toCollection().modify((r: Record<string, unknown>) => {
    r['programme'] ??= null;
  });
  await tx.table('nonconformities').toCollection().modify((r: Record<string, unknown>) => {
    r['closedAt'] ??= r['status'] === 'closed' ? str(r['updatedAt']).slice(0, 10) || null : null;
  });
}
