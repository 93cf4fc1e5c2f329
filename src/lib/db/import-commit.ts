/**
 * Writing an import: every record of it in ONE transaction (all or none), each with its
 * change-log entry, tagged as one import batch; and undoing the last import.
 */
import { entityByTable } from '../domain/entities/index.ts';
import { type EntityDef, type ValidationContext, draftOf, validate } from '../domain/model/entity.ts';
import { linksOf } from '../domain/model/links.ts';
import type { IsmsDatabase, StoredRecord } from './database.ts';
import { ConflictError, LinkError, NotFoundError, ValidationError } from './errors.ts';
import { logChange, nextNumber, validationContext } from './repository.ts';

/** One record an import writes: a new record with a planned id, or new values over a stored one. */
export interface ImportWrite {
  table: string;
  op: 'create' | 'update';
  /** The planned id of a new record (others link to it), or the id of the record updated. */
  id: string;
  /** A new record's key as the file gives it ('' = the next free one); the stored ref for an update. */
  ref: string;
  /** All the entity's fields. */
  draft: Record<string, unknown>;
  /** For an update: the rev the plan saw; a different one means another change came first. */
  expectedRev?: number;
  /** Names the record in messages ("Risks row 12"). */
  label: string;
}

/** What one committed import did, kept so that it can be undone. */
export interface ImportBatch {
  id: string;
  workspaceId: string;
  fileName: string;
  at: string;
  actor: string;
  /** The change-log entries of the batch: seq from..to. */
  seqFrom: number;
  seqTo: number;
  created: number;
  updated: number;
}

/** An import that cannot be undone (nothing to undo, or its records changed since). */
export class ImportUndoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportUndoError';
  }
}

/** Where the last import of a workspace is remembered (in the `meta` table). */
export const batchKey = (workspaceId: string): string => `lastImport:${workspaceId}`;
const now = (): string => new Date().toISOString();

/** The last import of the workspace that can still be undone. */
export async function lastImport(db: IsmsDatabase, workspaceId: string): Promise<ImportBatch | undefined> {
  return (await db.meta.get(batchKey(workspaceId)))?.value as ImportBatch | undefined;
}

/** The comparable form of a unique value, as the Repository compares it. */
function uniqueKey(v: unknown): string {
  if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return '';
  return typeof v === 'string' ? v.trim().toLowerCase() : JSON.stringify(v).toLowerCase();
}

async function checkUnique(db: IsmsDatabase, def: EntityDef, w: ImportWrite, workspaceId: string, values: Record<string, unknown>): Promise<void> {
  for (const field of def.unique ?? []) {
    const key = uniqueKey(values[field]);
    if (!key) continue;
    const clash = await db.records(def.table).where({ workspaceId }).filter((r) => r.id !== w.id && uniqueKey(r[field]) === key).first();
    if (clash) throw new ValidationError(`${def.label} (${w.label})`, [{ field, message: `${def.fields[field]?.label ?? field} is already used by ${clash.ref}.` }]);
  }
}

async function checked(db: IsmsDatabase, def: EntityDef, w: ImportWrite, workspaceId: string, ctx: ValidationContext): Promise<Record<string, unknown>> {
  const given = draftOf(def, w.draft);
  const clean = def.complete ? def.complete(given, ctx) : given;
  const issues = validate(def, clean, ctx);
  if (issues.length) throw new ValidationError(`${def.label} (${w.label})`, issues);
  await checkUnique(db, def, w, workspaceId, clean);
  for (const link of linksOf(def.fields, clean)) {
    const target = await db.records(link.to).get(link.id);
    if (!target || target.workspaceId !== workspaceId)
      throw new LinkError(`${def.label} (${w.label}): the linked record in "${link.field}" does not exist in this workspace.`, link.field);
  }
  return clean;
}

async function freshRef(db: IsmsDatabase, def: EntityDef, workspaceId: string, wanted: string, label: string): Promise<string> {
  const table = db.records(def.table);
  if (wanted) {
    if (await table.where({ workspaceId, ref: wanted }).first())
      throw new ValidationError(`${def.label} (${label})`, [{ field: 'ref', message: `The key ${wanted} is already used.` }]);
    return wanted;
  }
  for (;;) {
    const ref = `${def.refPrefix}-${String(await nextNumber(db, workspaceId, def.table)).padStart(3, '0')}`;
    if (!(await table.where({ workspaceId, ref }).first())) return ref;
  }
}

async function writeOne(db: IsmsDatabase, w: ImportWrite, workspaceId: string, ctx: ValidationContext, actor: string, reason: string): Promise<void> {
  const def = entityByTable(w.table);
  const table = db.records(w.table);
  const t = now();
  if (w.op === 'create') {
    const clean = await checked(db, def, w, workspaceId, ctx);
    const ref = await freshRef(db, def, workspaceId, w.ref.trim(), w.label);
    const rec: StoredRecord = { ...clean, id: w.id, workspaceId, ref, createdAt: t, updatedAt: t, rev: 1 };
    await table.add(rec);
    await logChange(db, { workspaceId, actor, entityType: w.table, recordId: w.id, recordRef: ref, op: 'import', before: '', after: JSON.stringify(rec), reason });
    return;
  }
  const before = await table.get(w.id);
  if (!before || before.workspaceId !== workspaceId) throw new NotFoundError(`${def.label} ${w.ref || w.label}`);
  if (before.rev !== w.expectedRev) throw new ConflictError(before.ref);
  const clean = await checked(db, def, w, workspaceId, ctx);
  const after: StoredRecord = { ...before, ...clean, updatedAt: t, rev: before.rev + 1 };
  await table.put(after);
  await logChange(db, { workspaceId, actor, entityType: w.table, recordId: w.id, recordRef: before.ref, op: 'update', before: JSON.stringify(before), after: JSON.stringify(after), reason });
}

/**
 * Writes every record of an import in one transaction: all of them with their change-log
 * entries, or nothing (the first invalid record, stale rev or broken link aborts it all).
 * `profiles` (the saved mappings) are written in the same transaction but are not undone.
 */
export async function commitImport(
  db: IsmsDatabase,
  workspaceId: string,
  input: { fileName: string; writes: readonly ImportWrite[]; profiles?: readonly ImportWrite[] },
  actor: string,
): Promise<ImportBatch> {
  return db.transaction('rw', db.tables, async () => {
    if (!(await db.workspaces.get(workspaceId))) throw new NotFoundError('This workspace');
    const ctx = await validationContext(db, workspaceId);
    const id = crypto.randomUUID();
    const reason = `Imported from “${input.fileName}” (import ${id.slice(0, 8)})`;
    const seqFrom = (await db.sequences.get([workspaceId, 'changeLog']))?.next ?? 1;
    for (const w of input.writes) await writeOne(db, w, workspaceId, ctx, actor, reason);
    const seqTo = seqFrom + input.writes.length - 1;
    for (const p of input.profiles ?? []) await writeOne(db, p, workspaceId, ctx, actor, 'Import mapping saved for the next workbook of this layout');
    const batch: ImportBatch = {
      id,
      workspaceId,
      fileName: input.fileName,
      at: now(),
      actor,
      seqFrom,
      seqTo,
      created: input.writes.filter((w) => w.op === 'create').length,
      updated: input.writes.filter((w) => w.op === 'update').length,
    };
    if (input.writes.length) await db.meta.put({ key: batchKey(workspaceId), value: batch });
    return batch;
  });
}
