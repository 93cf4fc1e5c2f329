/**
 * Writes of the Statement of Applicability that touch many rows at once: starting it, confirming
 * what risk treatment proposes, bulk changes and approval. Each is one transaction through the
 * repository, so every row is validated and logged, and a failure leaves the SoA as it was.
 */
import type { Edition } from '../domain/catalogs/index.ts';
import type { CustomControl } from '../domain/entities/custom-control.ts';
import { soaEntryEntity, type SoaEntryDraft } from '../domain/entities/soa-entry.ts';
import { soaVersionEntity } from '../domain/entities/soa-version.ts';
import { draftOf, emptyDraft } from '../domain/model/entity.ts';
import { controlKey, soaControls } from '../domain/soa/controls.ts';
import { applyProposal, deriveProposals, proposalMet, type ActionLike, type RequirementLike, type RiskLike } from '../domain/soa/derive.ts';
import { nextVersion, snapshotOf, type Names } from '../domain/soa/versions.ts';
import type { IsmsDatabase, StoredRecord } from './database.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import type { Repository } from './repository.ts';

type Row = StoredRecord & SoaEntryDraft;

/** What the SoA screens and writes read: the workspace's edition, controls, rows and proposals. */
export async function soaState(db: IsmsDatabase, workspaceId: string) {
  const ws = await db.workspaces.get(workspaceId);
  if (!ws) throw new NotFoundError('This workspace');
  const edition: Edition = ws['edition'] === '2013' ? '2013' : '2022';
  const all = (t: string) => db.records(t).where({ workspaceId }).toArray();
  const [custom, rows, risks, actions, requirements] = await Promise.all([
    all('customControls'),
    all('soaEntries'),
    all('risks'),
    all('treatmentActions'),
    all('requirements'),
  ]);
  const customControls = custom as unknown as CustomControl[];
  const controls = soaControls(edition, customControls);
  const proposals = deriveProposals({
    edition,
    customControls,
    risks: risks as unknown as RiskLike[],
    actions: actions as unknown as ActionLike[],
    requirements: requirements as unknown as RequirementLike[],
  });
  return { edition, controls, rows: rows as unknown as Row[], proposals };
}

function rowsByKey(rows: readonly Row[]): Map<string, Row> {
  return new Map(rows.filter((r) => r.control[0]).map((r) => [controlKey(r.control[0]!), r]));
}

/** Adds an undecided row for every control of the edition (and custom control) that has none. */
export async function addMissingRows(db: IsmsDatabase, repo: Repository, workspaceId: string): Promise<number> {
  return db.transaction('rw', db.tables, async () => {
    const { controls, rows } = await soaState(db, workspaceId);
    const have = rowsByKey(rows);
    const missing = controls.filter((c) => !have.has(c.key));
    for (const c of missing) await repo.create(soaEntryEntity, workspaceId, emptyDraft(soaEntryEntity, { control: [c.ref], applicable: 'undecided' }));
    return missing.length;
  });
}

/**
 * Confirms what risk treatment and requirements propose, for the given control keys (all when
 * omitted): each row becomes applicable with its reasons and links. Rows excluded on purpose are
 * left alone; they stay flagged until someone decides. Selected rows waiting to be confirmed (carried
 * over to 2022) have that flag cleared once they are decided. Returns how many rows changed.
 */
export async function confirmProposals(db: IsmsDatabase, repo: Repository, workspaceId: string, keys?: readonly string[]): Promise<number> {
  return db.transaction('rw', db.tables, async () => {
    const { controls, rows, proposals } = await soaState(db, workspaceId);
    const have = rowsByKey(rows);
    const wanted = keys ? new Set(keys) : undefined;
    let n = 0;
    for (const c of controls) {
      if (wanted && !wanted.has(c.key)) continue;
      const p = proposals.get(c.key);
      const row = have.get(c.key);
      // A selected row waiting to be confirmed (carried over to 2022, proposed) is confirmed as it stands.
      const confirm = wanted !== undefined && row?.pendingReview === true && (row.applicable === 'yes' || row.applicable === 'no');
      if (!p && !confirm) continue;
      if (!row) {
        await repo.create(soaEntryEntity, workspaceId, applyProposal(emptyDraft(soaEntryEntity, { control: [c.ref] }), p!));
        n++;
        continue;
      }
      let draft = draftOf(soaEntryEntity, row);
      const apply = p !== undefined && row.applicable !== 'no' && !proposalMet(row, p);
      if (apply) draft = applyProposal(draft, p);
      if (confirm) draft = { ...draft, pendingReview: false };
      if (!apply && !confirm) continue;
      await repo.update(soaEntryEntity, row.id, draft, row.rev);
      n++;
    }
    return n;
  });
}

/** The same change on several rows: all saved, or none (the first invalid row names the problem). */
export async function bulkUpdate(
  db: IsmsDatabase,
  repo: Repository,
  ids: readonly string[],
  change: (row: SoaEntryDraft) => SoaEntryDraft,
): Promise<number> {
  return db.transaction('rw', db.tables, async () => {
    for (const id of ids) {
      const row = (await db.records('soaEntries').get(id)) as Row | undefined;
      if (!row) throw new NotFoundError('An SoA row');
      await repo.update(soaEntryEntity, id, change(draftOf(soaEntryEntity, row)), row.rev);
    }
    return ids.length;
  });
}

/** Names for snapshots: people by name, other records by ref and title. */
export async function snapshotNames(db: IsmsDatabase, workspaceId: string): Promise<Names> {
  const load = async (t: string, title: string, withRef: boolean): Promise<Map<string, string>> => {
    const rows = await db.records(t).where({ workspaceId }).toArray();
    return new Map(rows.map((r) => [r.id, withRef ? `${r.ref} ${String(r[title] ?? '')}`.trim() : String(r[title] ?? r.ref)]));
  };
  const [people, risks, reqs, docs] = await Promise.all([
    load('persons', 'name', false),
    load('risks', 'title', true),
    load('requirements', 'title', true),
    load('documents', 'title', true),
  ]);
  const get = (m: Map<string, string>) => (id: string) => m.get(id) ?? id;
  return { person: get(people), risk: get(risks), requirement: get(reqs), document: get(docs) };
}

/** The live rows as a frozen snapshot, in catalogue order. */
export async function currentSnapshot(db: IsmsDatabase, workspaceId: string) {
  const { controls, rows } = await soaState(db, workspaceId);
  return snapshotOf(controls, rows, await snapshotNames(db, workspaceId));
}

export interface Approval {
  approvedBy: string;
  approvedAt: string;
  changeSummary: string;
  /** A major change (2.0) rather than the next minor version (1.1). */
  major?: boolean;
}

/**
 * 6.1.3 d: freezes the SoA as it stands as the next approved version. Later edits change only
 * the live rows, which become the next draft.
 */
export async function approveSoa(db: IsmsDatabase, repo: Repository, workspaceId: string, a: Approval): Promise<StoredRecord> {
  return db.transaction('rw', db.tables, async () => {
    const { edition, controls, rows } = await soaState(db, workspaceId);
    if (rows.length === 0) throw new ValidationError(soaVersionEntity.label, [{ field: 'entries', message: 'The SoA has no rows yet: start it first.' }]);
    const versions = (await db.records('soaVersions').where({ workspaceId }).toArray()).map((v) => draftOf(soaVersionEntity, v));
    const entries = snapshotOf(controls, rows, await snapshotNames(db, workspaceId));
    return repo.create(soaVersionEntity, workspaceId, {
      version: nextVersion(versions, a.major ?? false),
      edition,
      status: 'approved',
      approvedBy: a.approvedBy,
      approvedAt: a.approvedAt,
      changeSummary: a.changeSummary,
      entries,
    });
  });
}
