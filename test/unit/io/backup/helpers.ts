import type { IsmsDatabase } from '../../../../src/lib/db/database.ts';
import type { BackupFile, Row } from '../../../../src/lib/io/backup/format.ts';

/** Every row of every table of the database, by table: what "nothing was written" compares. */
export async function dump(db: IsmsDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return out;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * A backup's content with every id replaced by a stable name (table and ref, or the change-log
 * sequence): two restores of the same data compare equal however their ids were remapped.
 */
export function normalise(file: Pick<BackupFile, 'workspace' | 'tables'>): Record<string, unknown> {
  const names = new Map<string, string>([[String(file.workspace['id']), 'WORKSPACE']]);
  for (const [t, rows] of Object.entries(file.tables))
    for (const r of rows) if (typeof r['id'] === 'string') names.set(r['id'], `${t}:${String(r['ref'] ?? r['seq'])}`);
  const swap = (v: unknown): unknown => {
    if (typeof v === 'string') return names.get(v) ?? v.replace(UUID, (m) => names.get(m) ?? m);
    if (Array.isArray(v)) return v.map(swap);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, swap(x)]));
    return v;
  };
  const tables = Object.fromEntries(
    Object.entries(file.tables).map(([t, rows]) => [t, (swap(rows) as Row[]).toSorted((a, b) => String(a['ref'] ?? a['seq'] ?? a['name']).localeCompare(String(b['ref'] ?? b['seq'] ?? b['name'])))]),
  );
  return { workspace: swap(file.workspace), tables };
}
