import type { Table } from 'dexie';
import { type IsmsDatabase, SCHEMA_VERSION } from '../../db/database.ts';
import { APP_NAME, APP_VERSION } from '../export/app-info.ts';
import { canonicalJson, sha256Hex } from '../export/fingerprint.ts';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupFile, BackupError, NOT_WORKSPACE_TABLES, type Row } from './format.ts';

/** The rows of one workspace in a table, through its `workspaceId` index when it has one. */
export function ofWorkspace(table: Table, workspaceId: string) {
  const indexed = table.schema.indexes.some((i) => i.name === 'workspaceId') || table.schema.primKey.name === 'workspaceId';
  return indexed ? table.where('workspaceId').equals(workspaceId) : table.filter((r: Row) => r['workspaceId'] === workspaceId);
}

/** Copies of the rows of one workspace in a table. */
export async function workspaceRows(table: Table, workspaceId: string): Promise<Row[]> {
  const rows = await ofWorkspace(table, workspaceId).toArray();
  // Copies: query results are frozen, and the backup must not share objects with the cache.
  return rows.map((r: Row) => structuredClone(r));
}

/** The checksum of a backup's content (its workspace and tables, in canonical form). */
export function backupChecksum(workspace: Row, tables: Record<string, Row[]>): Promise<string> {
  return sha256Hex(canonicalJson({ workspace, tables }));
}

/** The workspace record and its rows in every table; IndexedDB reads only, so it can run inside a transaction. */
export async function readWorkspace(db: IsmsDatabase, workspaceId: string): Promise<{ workspace: Row; tables: Record<string, Row[]> }> {
  const tables = db.tables.filter((t) => !NOT_WORKSPACE_TABLES.has(t.name));
  return db.transaction('r', [db.workspaces, ...tables], async () => {
    const ws = await db.workspaces.get(workspaceId);
    if (!ws) throw new BackupError('not-found', 'This workspace no longer exists; it may have been deleted in another tab.');
    const out: Record<string, Row[]> = {};
    for (const t of tables.toSorted((a, b) => a.name.localeCompare(b.name))) out[t.name] = await workspaceRows(t, workspaceId);
    return { workspace: structuredClone(ws) as Row, tables: out };
  });
}

/** A full backup of a workspace, change log and counters included, read in one consistent transaction. */
export async function createBackup(db: IsmsDatabase, workspaceId: string): Promise<BackupFile> {
  const { workspace, tables } = await readWorkspace(db, workspaceId);
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    app: { name: APP_NAME, version: APP_VERSION },
    schemaVersion: SCHEMA_VERSION,
    exportedAt: new Date().toISOString(),
    workspace,
    tables,
    sha256: await backupChecksum(workspace, tables),
  };
}

/** The file's text. */
export function backupText(file: BackupFile): string {
  return JSON.stringify(file);
}

const LAST_BACKUP = 'lastBackupAt:';

/** Notes that a backup of the workspace was made (shown in Settings). */
export async function markBackedUp(db: IsmsDatabase, workspaceId: string, at: string): Promise<void> {
  await db.meta.put({ key: `${LAST_BACKUP}${workspaceId}`, value: at });
}

/** When the last backup of the workspace was made in this browser, or null. */
export async function lastBackupAt(db: IsmsDatabase, workspaceId: string): Promise<string | null> {
  const row = await db.meta.get(`${LAST_BACKUP}${workspaceId}`);
  return typeof row?.value === 'string' ? row.value : null;
}
