/**
 * Live reads for the screens of the ISMS cycle: several tables of the current workspace at once,
 * typed as the entities' records. Views never keep their own copies of stored data.
 */
import type { StoredRecord } from '../../lib/db/database.ts';
import { live, type Live } from '../../lib/state/live.svelte.ts';
import { session } from '../../lib/state/session.svelte.ts';

/** The records of the given tables in the current workspace, by table; each list in ref order. */
export function liveTables<T extends string>(tables: readonly T[]): Live<Record<T, StoredRecord[]>> {
  const empty = Object.fromEntries(tables.map((t) => [t, []])) as unknown as Record<T, StoredRecord[]>;
  return live(
    () => ({ ws: session.workspaceId, tables: [...tables] }),
    async ({ ws, tables: ts }) => {
      const out: Record<string, StoredRecord[]> = {};
      for (const t of ts)
        out[t] = ws ? (await session.db.records(t).where({ workspaceId: ws }).toArray()).toSorted((a, b) => a.ref.localeCompare(b.ref, undefined, { numeric: true })) : [];
      return out as Record<T, StoredRecord[]>;
    },
    empty,
  );
}

/** Stored records as the entity's record type (the schema and the entity describe the same rows). */
export function as<R>(rows: readonly StoredRecord[]): R[] {
  return rows as unknown as R[];
}

/** The name of a person by id, or '—'. */
export function personName(persons: readonly StoredRecord[], id: unknown): string {
  if (typeof id !== 'string') return '—';
  const p = persons.find((x) => x.id === id);
  return typeof p?.['name'] === 'string' ? p['name'] : '—';
}

/** Words for a code: `in_progress` → `in progress`. */
export function words(code: unknown): string {
  return typeof code === 'string' ? code.replace(/_/g, ' ') : '';
}

/** What an edit dialog edits: a record of a table (null for a new one), optionally one step's fields. */
export interface EditTarget {
  table: string;
  record: StoredRecord | null;
  initial?: Record<string, unknown>;
  only?: readonly string[];
  preset?: Record<string, unknown>;
  title?: string;
}
