/** The JSON backup of one workspace: what the file holds and how it is named. */

/** Says "this is an ISMS Workbench backup"; a file without it is refused. */
export const BACKUP_FORMAT = 'isms-workbench-backup';
/** The layout of the file itself (not of the data, which `schemaVersion` describes). */
export const BACKUP_FORMAT_VERSION = 1;

export type Row = Record<string, unknown>;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  app: { name: string; version: string };
  /** The database schema version the rows follow; older ones are upgraded on restore. */
  schemaVersion: number;
  /** When the backup was made (UTC ISO). */
  exportedAt: string;
  /** The workspace record itself. */
  workspace: Row;
  /** Every table's rows of the workspace, the change log and the counters included. */
  tables: Record<string, Row[]>;
  /** SHA-256 of the workspace and tables in canonical form: a changed or damaged file is refused. */
  sha256: string;
}

export type BackupErrorCode = 'not-json' | 'not-backup' | 'newer' | 'damaged' | 'invalid' | 'changed' | 'not-found';

/** A backup that cannot be restored; nothing was written. The message says why in plain words. */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Tables that are not a workspace's data: the app's own key-value store, and the workspace list. */
export const NOT_WORKSPACE_TABLES = new Set(['meta', 'workspaces']);
