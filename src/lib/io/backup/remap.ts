import type { BackupFile, Row } from './format.ts';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Replaces every id of the map found in a value: whole strings, ids inside text (the change log's JSON), in any depth. */
function replaceIds(v: unknown, map: ReadonlyMap<string, string>): unknown {
  if (typeof v === 'string') {
    const whole = map.get(v);
    if (whole !== undefined) return whole;
    return v.replace(UUID, (m) => map.get(m) ?? m);
  }
  if (Array.isArray(v)) return v.map((x) => replaceIds(x, map));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, replaceIds(x, map)]));
  return v;
}

/**
 * The backup with a new workspace id and, when `freshIds`, a new id for every record, every
 * link and every mention in the change log rewritten consistently. Nothing else changes.
 */
export function remapIds(file: BackupFile, workspaceId: string, freshIds: boolean): BackupFile {
  const map = new Map<string, string>([[String(file.workspace['id']), workspaceId]]);
  if (freshIds)
    for (const rows of Object.values(file.tables))
      for (const r of rows) if (typeof r['id'] === 'string' && !map.has(r['id'])) map.set(r['id'], crypto.randomUUID());
  const tables = Object.fromEntries(Object.entries(file.tables).map(([t, rows]) => [t, rows.map((r) => replaceIds(r, map) as Row)]));
  return { ...file, workspace: { ...(replaceIds(file.workspace, map) as Row), id: workspaceId, workspaceId }, tables };
}
