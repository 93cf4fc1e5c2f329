import Dexie from 'dexie';
import { IsmsDatabase, SCHEMA_VERSION } from '../../db/database.ts';
import { workspaceRows } from './create.ts';
import { type BackupFile, BackupError, NOT_WORKSPACE_TABLES, type Row } from './format.ts';
import { schemaHistory } from './schemas.ts';

/** How data moves from an older schema version to the current one. */
export interface UpgradePath {
  /** Store definitions of each version (what `db.version(n).stores(...)` was given). */
  history: ReadonlyMap<number, Record<string, string | null>>;
  current: number;
  /** Opens the database of the current version under `name`: Dexie runs the upgrades. */
  open: (name: string) => Dexie;
}

/** The app's own path: the schema files and IsmsDatabase, exactly as the live database upgrades. */
export const appUpgradePath: UpgradePath = { history: schemaHistory, current: SCHEMA_VERSION, open: (name) => new IsmsDatabase(name) };

const why = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Writes the backup into a new database of its own (old) version; call with a fresh name. */
async function writeOld(name: string, file: BackupFile, path: UpgradePath): Promise<void> {
  const old = new Dexie(name);
  for (let v = 1; v <= file.schemaVersion; v++) {
    const stores = path.history.get(v);
    if (!stores) throw new BackupError('invalid', `This app cannot read data version ${file.schemaVersion}: the description of version ${v} is missing.`);
    old.version(v).stores(stores);
  }
  try {
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      await old.table('workspaces').add(file.workspace);
      for (const [t, rows] of Object.entries(file.tables)) await old.table(t).bulkAdd(rows);
    });
  } catch (e) {
    throw e instanceof BackupError ? e : new BackupError('invalid', `The backup's records cannot be stored as data version ${file.schemaVersion}: ${why(e)}`);
  } finally {
    old.close();
  }
}

/**
 * An older backup brought to the current data version through the same upgrade path as the
 * database: it is written into a temporary IndexedDB at its own version, that database is opened
 * by the current IsmsDatabase (so Dexie runs every upgrade since), and the result is read back.
 * The temporary database is deleted afterwards; the real one is not touched.
 */
export async function upgradeBackup(file: BackupFile, path: UpgradePath = appUpgradePath): Promise<BackupFile> {
  if (file.schemaVersion === path.current) return file;
  const name = `isms-backup-upgrade-${crypto.randomUUID()}`;
  try {
    await writeOld(name, file, path);
    const db = path.open(name);
    try {
      await db.open();
    } catch (e) {
      throw new BackupError('invalid', `The backup could not be upgraded from data version ${file.schemaVersion}: ${why(e)}`);
    }
    try {
      const workspace = await db.table('workspaces').get(file.workspace['id'] as string);
      const tables: Record<string, Row[]> = {};
      for (const t of db.tables.filter((x) => !NOT_WORKSPACE_TABLES.has(x.name)).toSorted((a, b) => a.name.localeCompare(b.name)))
        tables[t.name] = await workspaceRows(t, String(file.workspace['id']));
      return { ...file, schemaVersion: path.current, workspace: structuredClone(workspace) as Row, tables, sha256: '' };
    } finally {
      db.close();
    }
  } finally {
    await Dexie.delete(name);
  }
}
