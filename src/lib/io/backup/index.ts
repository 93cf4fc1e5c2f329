/**
 * Full backup of a workspace as one JSON file, and its restore into a new workspace or over an
 * existing one. Older backups are upgraded through the database's own upgrade path.
 */
import type { IsmsDatabase } from '../../db/database.ts';
import { localToday } from '../../domain/due.ts';
import { backupText, createBackup, markBackedUp } from './create.ts';
import type { BackupFile } from './format.ts';

export { BackupError, type BackupFile } from './format.ts';
export { lastBackupAt } from './create.ts';
export { keptSafetyBackup, prepareBackup, restoreBackup, type RestoreResult, type RestoreTarget } from './restore.ts';

/** The file name of a backup: "northwind-analytics-backup-2025-03-31.json". */
export function backupFileName(file: BackupFile, today = localToday()): string {
  const slug = String(file.workspace['name']).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'isms';
  return `${slug}-backup-${today}.json`;
}

/** Makes the backup file of a workspace and notes the time as its last backup. */
export async function exportBackup(db: IsmsDatabase, workspaceId: string): Promise<{ name: string; type: string; data: string }> {
  const file = await createBackup(db, workspaceId);
  await markBackedUp(db, workspaceId, file.exportedAt);
  return { name: backupFileName(file), type: 'application/json', data: backupText(file) };
}
