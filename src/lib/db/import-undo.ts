/**
 * "Undo last import": deletes the records the import created and puts back the ones it updated,
 * in one transaction; refused when any of them has been changed since, or is now linked from a
 * record made after the import.
 */
import { entities } from '../domain/entities/index.ts';
import { canLinkTo, linksOf } from '../domain/model/links.ts';
import type { ChangeLogRow, IsmsDatabase, StoredRecord } from './database.ts';
import { type ImportBatch, ImportUndoError, batchKey, lastImport } from './import-commit.ts';
import { logChange } from './repository.ts';

function list(refs: string[]): string {
  return `${refs.slice(0, 6).join(', ')}${refs.length > 6 ? ` and ${refs.length - 6} more` : ''}`;
}

/** The batch's own entries (the saved mapping is not part of what is undone). */
async function batchEntries(db: IsmsDatabase, b: ImportBatch): Promise<ChangeLogRow[]> {
  const rows = await db.changeLog
    .where('[workspaceId+seq]')
    .between([b.workspaceId, b.seqFrom], [b.workspaceId, b.seqTo], true, true)
    .toArray();
  return rows.filter((e) => e.entityType !== 'importProfiles' && (e.op === 'import' || e.op === 'update'));
}

/** Refs of batch records whose stored rev is no longer the one the import wrote. */
async function changedSince(db: IsmsDatabase, entries: ChangeLogRow[]): Promise<string[]> {
  const out: string[] = [];
  for (const e of entries) {
    const current = await db.records(e.entityType).get(e.recordId);
    const written = JSON.parse(e.after) as { rev?: number };
    if (!current || current.rev !== written.rev) out.push(e.recordRef);
  }
  return out;
}

/** Refs of records outside the batch that link to a record the batch created. */
async function linkedFromOutside(db: IsmsDatabase, workspaceId: string, entries: ChangeLogRow[]): Promise<string[]> {
  const created = new Set(entries.filter((e) => e.op === 'import').map((e) => e.recordId));
  const inBatch = new Set(entries.map((e) => e.recordId));
  const tables = new Set(entries.filter((e) => e.op === 'import').map((e) => e.entityType));
  const out: string[] = [];
  for (const def of entities) {
    if (![...tables].some((t) => canLinkTo(def.fields, t))) continue;
    await db
      .records(def.table)
      .where({ workspaceId })
      .each((r) => {
        if (!inBatch.has(r.id) && linksOf(def.fields, r).some((l) => created.has(l.id))) out.push(r.ref);
      });
  }
  return out;
}

/**
 * Undoes the workspace's last import. Throws ImportUndoError (changing nothing) when there is
 * none, or when its records have been edited, deleted or linked to since.
 */
export async function undoLastImport(db: IsmsDatabase, workspaceId: string, actor: string): Promise<{ deleted: number; restored: number; batch: ImportBatch }> {
  return db.transaction('rw', db.tables, async () => {
    const b = await lastImport(db, workspaceId);
    if (!b) throw new ImportUndoError('There is no import to undo.');
    const entries = await batchEntries(db, b);
    const changed = await changedSince(db, entries);
    if (changed.length)
      throw new ImportUndoError(
        `The import of “${b.fileName}” cannot be undone: ${list(changed)} ${changed.length > 1 ? 'have' : 'has'} been changed or deleted since. Nothing was undone.`,
      );
    const linked = await linkedFromOutside(db, workspaceId, entries);
    if (linked.length)
      throw new ImportUndoError(
        `The import of “${b.fileName}” cannot be undone: ${list(linked)} ${linked.length > 1 ? 'link' : 'links'} to records it added. Remove those links first. Nothing was undone.`,
      );
    const reason = `Undo of the import of “${b.fileName}” (import ${b.id.slice(0, 8)})`;
    let deleted = 0;
    let restored = 0;
    for (const e of entries.toReversed()) {
      const table = db.records(e.entityType);
      const current = (await table.get(e.recordId))!;
      if (e.op === 'import') {
        await table.delete(e.recordId);
        await logChange(db, { workspaceId, actor, entityType: e.entityType, recordId: e.recordId, recordRef: current.ref, op: 'delete', before: JSON.stringify(current), after: '', reason });
        deleted++;
      } else {
        const before = JSON.parse(e.before) as StoredRecord;
        const back: StoredRecord = { ...before, updatedAt: new Date().toISOString(), rev: current.rev + 1 };
        await table.put(back);
        await logChange(db, { workspaceId, actor, entityType: e.entityType, recordId: e.recordId, recordRef: current.ref, op: 'restore', before: JSON.stringify(current), after: JSON.stringify(back), reason });
        restored++;
      }
    }
    await db.meta.delete(batchKey(workspaceId));
    return { deleted, restored, batch: b };
  });
}
