import { entities, workspaceEntity } from '../../domain/entities/index.ts';
import { changeLogEntity } from '../../domain/entities/change-log-entry.ts';
import type { EntityDef } from '../../domain/model/entity.ts';
import { type Issue, emptyValue } from '../../domain/model/fields.ts';
import { linksOf } from '../../domain/model/links.ts';
import { checkFields } from '../../domain/model/validate.ts';
import { type BackupFile, BackupError, type Row } from './format.ts';

const MAX_SHOWN = 8;
const entityOf = new Map<string, EntityDef>(entities.map((e) => [e.table, e]));

/** Field checks and the rules every stored record keeps: a record's other rules can depend on today (a person's end date passing), which must not make a backup unrestorable. */
function fieldIssues(def: EntityDef, row: Row): Issue[] {
  const out: Issue[] = [];
  // A field the record does not have (added by a later version without data) reads as empty.
  const values = Object.fromEntries(Object.entries(def.fields).map(([k, f]) => [k, row[k] === undefined ? emptyValue(f) : row[k]]));
  checkFields(def.fields, values, '', out);
  if (out.length === 0 && def.integrity) out.push(...def.integrity(values as never));
  return out;
}

function metaIssues(row: Row, keyed: boolean): string[] {
  const out: string[] = [];
  if (typeof row['id'] !== 'string' || row['id'] === '') out.push('it has no id');
  if (!keyed) return out;
  if (typeof row['ref'] !== 'string' || row['ref'] === '') out.push('it has no key');
  if (typeof row['rev'] !== 'number' || !Number.isInteger(row['rev']) || row['rev'] < 1) out.push('its revision is not a whole number');
  for (const k of ['createdAt', 'updatedAt']) if (typeof row[k] !== 'string') out.push(`${k} is missing`);
  return out;
}

/** Every problem of the rows: shape, field values, duplicates, workspace, and links to records that are not there. */
export function backupProblems(file: BackupFile): string[] {
  const problems: string[] = [];
  const wsId = String(file.workspace['id']);
  for (const i of fieldIssues(workspaceEntity as unknown as EntityDef, file.workspace)) problems.push(`Workspace: ${i.message}`);
  const ids = new Map<string, Set<string>>();
  for (const [table, rows] of Object.entries(file.tables)) {
    const def = table === 'changeLog' ? (changeLogEntity as unknown as EntityDef) : entityOf.get(table);
    const seen = new Set<string>();
    const refs = new Set<string>();
    for (const [n, row] of rows.entries()) {
      const name = `${table} ${typeof row['ref'] === 'string' && row['ref'] ? row['ref'] : `row ${n + 1}`}`;
      if (row['workspaceId'] !== wsId) problems.push(`${name}: it belongs to another workspace.`);
      if (table === 'sequences') continue;
      for (const m of metaIssues(row, def !== undefined && table !== 'changeLog')) problems.push(`${name}: ${m}.`);
      const id = String(row['id']);
      if (seen.has(id)) problems.push(`${name}: its id is used twice.`);
      seen.add(id);
      if (def && table !== 'changeLog') {
        if (refs.has(String(row['ref']))) problems.push(`${name}: its key is used twice.`);
        refs.add(String(row['ref']));
      }
      if (def) for (const i of fieldIssues(def, row)) problems.push(`${name}: ${i.message}`);
    }
    ids.set(table, seen);
  }
  return [...problems, ...linkProblems(file, ids)];
}

function linkProblems(file: BackupFile, ids: Map<string, Set<string>>): string[] {
  const out: string[] = [];
  for (const [table, rows] of Object.entries(file.tables)) {
    const def = entityOf.get(table);
    if (!def || table === 'changeLog') continue;
    for (const row of rows)
      for (const l of linksOf(def.fields, row))
        if (!ids.get(l.to)?.has(l.id)) out.push(`${table} ${String(row['ref'])}: "${l.field}" links to a record that is not in the backup.`);
  }
  return out;
}

/** Refuses a backup whose rows fail validation or whose links are broken; says what is wrong. */
export function checkBackup(file: BackupFile): void {
  const problems = backupProblems(file);
  if (problems.length === 0) return;
  const shown = problems.slice(0, MAX_SHOWN).join(' ');
  const more = problems.length > MAX_SHOWN ? ` …and ${problems.length - MAX_SHOWN} more.` : '';
  throw new BackupError('invalid', `The backup cannot be restored: ${problems.length} problem${problems.length > 1 ? 's' : ''} in its records. ${shown}${more}`, problems);
}
