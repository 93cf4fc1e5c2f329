import type { StoredRecord } from '../../db/database.ts';
import { entities } from '../../domain/entities/index.ts';
import type { Lookup } from '../../domain/model/display.ts';
import type { Snapshot } from './snapshot.ts';

/**
 * Records an auditor knows by their key (RSK-012, NC-004) rather than by a long title; the others
 * (people, assets, documents…) are named by their title, as in the registers.
 */
const BY_KEY = new Set(['risks', 'treatmentActions', 'findings', 'nonconformities', 'correctiveActions', 'measurements', 'soaEntries', 'improvements']);

/** How a linked record is named in an export. */
export function recordLabel(table: string, r: StoredRecord, titleField: string | undefined): string {
  if (BY_KEY.has(table)) return r.ref;
  const title = titleField ? r[titleField] : undefined;
  return typeof title === 'string' && title.trim() ? title : r.ref;
}

/** Names every record of the snapshot by table and id; a missing record names as undefined. */
export function snapshotLookup(s: Snapshot): Lookup {
  const names = new Map<string, Map<string, string>>();
  for (const e of entities) {
    const m = new Map<string, string>();
    for (const r of s.tables[e.table] ?? []) m.set(r.id, recordLabel(e.table, r, e.titleField));
    names.set(e.table, m);
  }
  return (table, id) => names.get(table)?.get(id);
}
