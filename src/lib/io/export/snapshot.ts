import type { IsmsDatabase, StoredRecord } from '../../db/database.ts';
import { entities } from '../../domain/entities/index.ts';
import { naturalCompare } from '../../domain/model/compare.ts';

/**
 * One consistent reading of a workspace, taken in a single read transaction: the workspace
 * record and the records of every entity table, each sorted by its human key.
 */
export interface Snapshot {
  workspace: StoredRecord;
  /** Entity table → its records in this workspace (every table of the entity registry). */
  tables: Record<string, readonly StoredRecord[]>;
  /** The change log's last sequence number (0 when empty): which state of the log this export shows. */
  lastChangeSeq: number;
  /** When the snapshot was read (UTC ISO). */
  takenAt: string;
}

/** Entity tables the snapshot leaves out: the log is summarised by its last sequence number. */
const SKIPPED = new Set(['changeLog']);

/** Reads a workspace as one snapshot; throws when the workspace does not exist. */
export async function readSnapshot(db: IsmsDatabase, workspaceId: string): Promise<Snapshot> {
  const names = new Set(db.tables.map((t) => t.name));
  const wanted = entities.map((e) => e.table).filter((t) => names.has(t) && !SKIPPED.has(t));
  const read = [db.workspaces, db.changeLog, ...wanted.map((t) => db.records(t))];
  return db.transaction('r', read, async () => {
    const workspace = await db.workspaces.get(workspaceId);
    if (!workspace) throw new Error('This workspace no longer exists; it may have been deleted in another tab.');
    const tables: Record<string, StoredRecord[]> = {};
    for (const t of wanted) {
      const rows = await db.records(t).where({ workspaceId }).toArray();
      tables[t] = rows.toSorted((a, b) => naturalCompare(String(a.ref), String(b.ref)));
    }
    const last = await db.changeLog.where('[workspaceId+seq]').between([workspaceId, -Infinity], [workspaceId, Infinity]).last();
    return { workspace, tables, lastChangeSeq: last?.seq ?? 0, takenAt: new Date().toISOString() };
  });
}

/** The records of a table in the snapshot ([] for a table it does not hold). */
export function rowsOf(s: Snapshot, table: string): readonly StoredRecord[] {
  return s.tables[table] ?? [];
}
