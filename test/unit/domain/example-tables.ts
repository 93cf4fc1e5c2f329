/** The example ISMS as stored records, for tests of pure functions: ids are the example's keys. */
import { entityByTable } from '../../../src/lib/domain/entities/index.ts';
import { exampleIsms } from '../../../src/lib/domain/example/index.ts';
import { draftOf } from '../../../src/lib/domain/model/entity.ts';

export const OLD = '2024-01-01T09:00:00.000Z';

/** Every table of the example as of `today`, typed loosely; cast to the entity's record type at use. */
export function exampleRecords(today: string): Record<string, unknown[]> {
  const data = exampleIsms(today);
  const out: Record<string, unknown[]> = {};
  for (const [table, rows] of Object.entries(data.tables)) {
    const def = entityByTable(table);
    out[table] = rows.map((r, i) => ({
      ...draftOf(def, r.values), id: r.key, workspaceId: 'ws', ref: `${def.refPrefix}-${String(i + 1).padStart(3, '0')}`, createdAt: OLD, updatedAt: OLD, rev: 1,
    }));
  }
  return out;
}
