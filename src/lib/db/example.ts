import { entityByTable } from '../domain/entities/index.ts';
import { workspaceEntity } from '../domain/entities/workspace.ts';
import type { ExampleDataset, ExampleRecord } from '../domain/example/types.ts';
import { type EntityDef, draftOf, validate } from '../domain/model/entity.ts';
import type { Fields } from '../domain/model/fields.ts';
import type { IsmsDatabase, StoredRecord } from './database.ts';
import { ValidationError } from './errors.ts';
import { logChange, nextNumber } from './repository.ts';

/** Rewrites the local keys in every link field (also inside lists and groups) to ids. */
function relink(fields: Fields, values: Record<string, unknown>, ids: Map<string, string>, where: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...values };
  const idOf = (key: unknown): string => {
    const id = ids.get(String(key));
    if (!id) throw new Error(`Example data: ${where} links to unknown key "${String(key)}".`);
    return id;
  };
  for (const [k, f] of Object.entries(fields)) {
    const v = out[k];
    if (v === null || v === undefined) continue;
    if (f.kind === 'ref') out[k] = idOf(v);
    else if (f.kind === 'refs') out[k] = (v as unknown[]).map(idOf);
    else if (f.kind === 'group') out[k] = relink(f.of, v as Record<string, unknown>, ids, where);
    else if (f.kind === 'list') out[k] = (v as Record<string, unknown>[]).map((item) => relink(f.of, item, ids, where));
  }
  return out;
}

/**
 * Validates dataset records (links given as local keys) and prepares them for `workspaceId`,
 * with fresh ids. Throws a ValidationError naming the first bad record; writes nothing.
 */
function prepare(tables: Record<string, ExampleRecord[]>, workspaceId: string, scaleSizes?: { likelihood: number; impact: number }): [EntityDef, StoredRecord][] {
  const ids = new Map<string, string>();
  for (const rows of Object.values(tables)) for (const r of rows) ids.set(r.key, crypto.randomUUID());
  const t = new Date().toISOString();
  const prepared: [EntityDef, StoredRecord][] = [];
  for (const [table, rows] of Object.entries(tables)) {
    const def = entityByTable(table);
    for (const r of rows) {
      const values = draftOf(def, relink(def.fields, r.values, ids, `${table} ${r.key}`));
      const issues = validate(def, values, scaleSizes ? { scaleSizes } : {});
      if (issues.length) throw new ValidationError(`${def.label} ${r.key}`, issues);
      prepared.push([def, { ...values, id: ids.get(r.key)!, workspaceId, ref: '', createdAt: t, updatedAt: t, rev: 1 }]);
    }
  }
  return prepared;
}

/** Writes prepared records, numbering them in order; call inside a transaction. */
async function write(db: IsmsDatabase, prepared: [EntityDef, StoredRecord][], actor: string, reason: string): Promise<void> {
  for (const [def, rec] of prepared) {
    rec.ref = `${def.refPrefix}-${String(await nextNumber(db, rec.workspaceId, def.table)).padStart(3, '0')}`;
    await db.records(def.table).add(rec);
    await logChange(db, { workspaceId: rec.workspaceId, actor, entityType: def.table, recordId: rec.id, recordRef: rec.ref, op: 'import', before: '', after: JSON.stringify(rec), reason });
  }
}

/** Adds records given in the dataset format to an existing workspace; call inside a transaction. */
export async function addRecords(db: IsmsDatabase, workspaceId: string, tables: Record<string, ExampleRecord[]>, actor: string, reason: string): Promise<void> {
  await write(db, prepare(tables, workspaceId), actor, reason);
}

/**
 * Creates a new workspace holding the dataset, in one transaction: every record is validated
 * first, so a broken dataset writes nothing. Returns the new workspace's id.
 */
export async function loadDataset(db: IsmsDatabase, data: ExampleDataset, actor: string): Promise<string> {
  const wsIssues = validate(workspaceEntity, data.workspace);
  if (wsIssues.length) throw new ValidationError('Workspace', wsIssues);
  const wsId = crypto.randomUUID();
  const m = data.tables['riskMethods']?.[0]?.values;
  const l = m?.['likelihoodScale'];
  const i = m?.['impactScale'];
  const prepared = prepare(data.tables, wsId, Array.isArray(l) && Array.isArray(i) ? { likelihood: l.length, impact: i.length } : undefined);
  const t = new Date().toISOString();
  await db.transaction('rw', db.tables, async () => {
    // A second copy gets a name of its own ("Northwind Analytics (2)"): names tell workspaces apart.
    const taken = new Set((await db.workspaces.toArray()).map((w) => String(w['name']).toLowerCase()));
    let name = data.workspace.name;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${data.workspace.name} (${n})`;
    await db.workspaces.add({ ...data.workspace, name, id: wsId, workspaceId: wsId, ref: 'WS-001', createdAt: t, updatedAt: t, rev: 1 });
    await write(db, prepared, actor, 'Example ISMS loaded');
    await db.meta.put({ key: 'lastWorkspaceId', value: wsId });
  });
  return wsId;
}
