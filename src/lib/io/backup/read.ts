import { SCHEMA_VERSION } from '../../db/database.ts';
import { backupChecksum } from './create.ts';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupFile, BackupError, type Row } from './format.ts';
import { backupTablesAt } from './schemas.ts';

const isObject = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The envelope: the format id, versions and the shape of the parts, checked before anything else. */
function checkEnvelope(v: unknown): BackupFile {
  if (!isObject(v) || v['format'] !== BACKUP_FORMAT)
    throw new BackupError('not-backup', 'This file is not an ISMS Workbench backup (its format id is missing or different).');
  if (typeof v['formatVersion'] !== 'number' || v['formatVersion'] > BACKUP_FORMAT_VERSION)
    throw new BackupError('newer', 'This backup was written by a newer version of ISMS Workbench. Update the app, then restore it.');
  const schema = v['schemaVersion'];
  if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1)
    throw new BackupError('damaged', 'The backup does not say which data version it holds; the file is damaged.');
  if (schema > SCHEMA_VERSION)
    throw new BackupError('newer', `This backup holds data of version ${schema}, made by a newer version of ISMS Workbench; this app reads up to version ${SCHEMA_VERSION}. Update the app, then restore it.`);
  if (!isObject(v['workspace']) || typeof v['workspace']['id'] !== 'string')
    throw new BackupError('damaged', 'The backup has no workspace record; the file is damaged.');
  if (!isObject(v['tables'])) throw new BackupError('damaged', 'The backup holds no tables; the file is damaged.');
  return v as unknown as BackupFile;
}

/** Every table of the backup's version is present, as a list of records, and no unknown table. */
function checkTables(file: BackupFile): void {
  const expected = backupTablesAt(file.schemaVersion);
  const missing = expected.filter((t) => !Array.isArray(file.tables[t]));
  if (missing.length) throw new BackupError('damaged', `The backup is incomplete: the table${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing.`, missing);
  const unknown = Object.keys(file.tables).filter((t) => !expected.includes(t));
  if (unknown.length) throw new BackupError('damaged', `The backup holds tables that data version ${file.schemaVersion} does not have (${unknown.join(', ')}); the file is damaged.`, unknown);
  for (const t of expected)
    if (!file.tables[t]!.every(isObject)) throw new BackupError('damaged', `The table ${t} of the backup holds something other than records; the file is damaged.`, [t]);
}

/**
 * Reads a backup file's text: valid JSON, our format, a data version this app knows (not a newer
 * one), every table present, and a content checksum that matches. Rows are checked later, after
 * an older backup has been upgraded.
 */
export async function parseBackup(text: string): Promise<BackupFile> {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new BackupError('not-json', 'This file is not a backup: it is not valid JSON (it may be cut short or another kind of file).');
  }
  const file = checkEnvelope(v);
  checkTables(file);
  if (typeof file.sha256 === 'string' && file.sha256 !== '') {
    const actual = await backupChecksum(file.workspace, file.tables);
    if (actual !== '' && actual !== file.sha256)
      throw new BackupError('changed', 'The backup was changed or damaged after it was made: its content does not match its checksum.');
  }
  return file;
}
