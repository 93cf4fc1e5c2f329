import { SCHEMA_VERSION } from '../../db/database.ts';
import { NOT_WORKSPACE_TABLES } from './format.ts';

/**
 * The store definitions of every released schema version, read from src/lib/db/schema/v<n>.ts
 * (each exports `schemaV<n>`: the tables that version adds or changes). A new version file is
 * picked up without a change here.
 */
const modules = import.meta.glob<Record<string, unknown>>('../../db/schema/v*.ts', { eager: true });

export const schemaHistory: ReadonlyMap<number, Record<string, string | null>> = new Map(
  Object.entries(modules).flatMap(([path, mod]) => {
    const n = Number(/v(\d+)\.ts$/.exec(path)?.[1]);
    const stores = mod[`schemaV${n}`] as Record<string, string | null> | undefined;
    return Number.isInteger(n) && stores ? [[n, stores] as const] : [];
  }),
);

/** The tables of schema version `v` (all versions up to it, a `null` store removing a table). */
export function tablesAt(v: number): string[] {
  const out = new Map<string, string | null>();
  for (let n = 1; n <= v; n++) for (const [t, spec] of Object.entries(schemaHistory.get(n) ?? {})) out.set(t, spec);
  return [...out].filter(([, spec]) => spec !== null).map(([t]) => t);
}

/** The tables a backup at version `v` must hold: every workspace table of that version. */
export function backupTablesAt(v: number): string[] {
  return tablesAt(v).filter((t) => !NOT_WORKSPACE_TABLES.has(t));
}

/** True when every version from 1 to the current one has its schema file. */
export function historyComplete(): boolean {
  for (let n = 1; n <= SCHEMA_VERSION; n++) if (!schemaHistory.has(n)) return false;
  return true;
}
