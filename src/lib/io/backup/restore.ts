import type { IsmsDatabase } from '../../db/database.ts';
import { logChange } from '../../db/repository.ts';
import { backupText, createBackup, markBackedUp, ofWorkspace } from './create.ts';
import { checkBackup } from './check.ts';
import { type BackupFile, BackupError, NOT_WORKSPACE_TABLES, type Row } from './format.ts';
import { parseBackup } from './read.ts';
import { remapIds } from './remap.ts';
import { type UpgradePath, appUpgradePath, upgradeBackup } from './upgrade.ts';

/** Where a backup goes: a new workspace, or over an existing one (after the user confirmed it). */
export type RestoreTarget = { kind: 'new' } | { kind: 'over'; workspaceId: string };

export interface RestoreOptions {
  actor?: string;
  onProgress?: (fraction: number, stage: string) => void;
  path?: UpgradePath;
}

export interface RestoreResult {
  workspaceId: string;
  name: string;
  /** The data version the backup was upgraded from, or null when it was current. */
  upgradedFrom: number | null;
  /** Over an existing workspace: the backup of it taken just before (also kept in this browser). */
  safetyBackup: BackupFile | null;
}

const SAFETY = 'safetyBackup:';

/** The safety backup taken before the last restore over a workspace, if one is kept. */
export async function keptSafetyBackup(db: IsmsDatabase, workspaceId: string): Promise<string | null> {
  const row = await db.meta.get(`${SAFETY}${workspaceId}`);
  return typeof row?.value === 'string' ? row.value : null;
}

/**
 * Reads, upgrades and checks a backup without writing anything: a file that would be refused is
 * refused here, with a message that says why.
 */
export async function prepareBackup(text: string, opts: RestoreOptions = {}): Promise<{ file: BackupFile; upgradedFrom: number | null }> {
  opts.onProgress?.(0.05, 'Reading the backup');
  const original = await parseBackup(text);
  const path = opts.path ?? appUpgradePath;
  const upgradedFrom = original.schemaVersion < path.current ? original.schemaVersion : null;
  if (upgradedFrom !== null) opts.onProgress?.(0.25, `Upgrading the data from version ${upgradedFrom}`);
  const file = await upgradeBackup(original, path);
  opts.onProgress?.(0.5, 'Checking every record');
  checkBackup(file);
  return { file, upgradedFrom };
}

/** A name no other workspace has: "Northwind Analytics (2)". */
function uniqueName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  let name = wanted;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${wanted} (${n})`;
  return name;
}

/**
 * Restores a backup into a new workspace, or over an existing one: refused before anything is
 * written when the file is damaged or from a newer version; written in one transaction. Over an
 * existing workspace, a safety backup of it is taken first and kept in this browser.
 */
export async function restoreBackup(db: IsmsDatabase, text: string, target: RestoreTarget, opts: RestoreOptions = {}): Promise<RestoreResult> {
  const { file, upgradedFrom } = await prepareBackup(text, opts);
  let safetyBackup: BackupFile | null = null;
  if (target.kind === 'over') {
    opts.onProgress?.(0.6, 'Taking a safety backup of the workspace');
    safetyBackup = await createBackup(db, target.workspaceId);
    await db.meta.put({ key: `${SAFETY}${target.workspaceId}`, value: backupText(safetyBackup) });
  }
  const wsId = target.kind === 'over' ? target.workspaceId : crypto.randomUUID();
  const data = remapIds(file, wsId, !(target.kind === 'over' && file.workspace['id'] === wsId));
  opts.onProgress?.(0.75, 'Writing the records');
  const name = await db.transaction('rw', db.tables, async () => {
    if (target.kind === 'over') await clearWorkspace(db, wsId, safetyBackup);
    const others = (await db.workspaces.toArray()).filter((w) => w.id !== wsId).map((w) => String(w['name']));
    const ws: Row = { ...data.workspace, name: uniqueName(String(data.workspace['name']), others) };
    await db.workspaces.put(ws as never);
    for (const [t, rows] of Object.entries(data.tables)) await db.table(t).bulkAdd(rows);
    await logChange(db, {
      workspaceId: wsId,
      actor: opts.actor ?? 'local user',
      entityType: 'workspaces',
      recordId: wsId,
      recordRef: String(ws['ref'] ?? ''),
      op: 'restore',
      before: '',
      after: '',
      reason: `Restored from a backup made on ${file.exportedAt} by ${file.app?.name ?? 'ISMS Workbench'} ${file.app?.version ?? ''}${upgradedFrom ? `, upgraded from data version ${upgradedFrom}` : ''}.`,
    });
    await markBackedUp(db, wsId, file.exportedAt);
    return String(ws['name']);
  });
  opts.onProgress?.(1, 'Restored');
  return { workspaceId: wsId, name, upgradedFrom, safetyBackup };
}

/** Deletes every record of the workspace; refused when it changed since the safety backup was taken. */
async function clearWorkspace(db: IsmsDatabase, wsId: string, safety: BackupFile | null): Promise<void> {
  const ws = await db.workspaces.get(wsId);
  if (!ws) throw new BackupError('not-found', 'The workspace to restore over no longer exists; it may have been deleted in another tab.');
  const logNow = await ofWorkspace(db.changeLog, wsId).count();
  if (safety && logNow !== (safety.tables['changeLog']?.length ?? 0))
    throw new BackupError('changed', 'The workspace changed (perhaps in another tab) while the backup was being restored. Nothing was restored; try again.');
  for (const t of db.tables) if (!NOT_WORKSPACE_TABLES.has(t.name)) await ofWorkspace(t, wsId).delete();
}
