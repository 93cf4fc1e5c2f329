import { beforeAll, describe, expect, it } from 'vitest';
import { IsmsDatabase, SCHEMA_VERSION } from '../../../../src/lib/db/database.ts';
import { loadDataset } from '../../../../src/lib/db/example.ts';
import { localToday } from '../../../../src/lib/domain/due.ts';
import { exampleIsms } from '../../../../src/lib/domain/example/index.ts';
import { BackupError, restoreBackup, type RestoreTarget } from '../../../../src/lib/io/backup/index.ts';
import { backupChecksum, createBackup } from '../../../../src/lib/io/backup/create.ts';
import type { BackupFile, Row } from '../../../../src/lib/io/backup/format.ts';
import { dump } from './helpers.ts';

let db: IsmsDatabase;
let ws: string;
let good: BackupFile;

beforeAll(async () => {
  db = new IsmsDatabase('backup-refuse-test');
  ws = await loadDataset(db, exampleIsms(localToday()), 'tester');
  good = await createBackup(db, ws);
}, 60_000);

/** A copy of the good backup changed by `edit`, its checksum made to match again (a file damaged consistently). */
async function tampered(edit: (f: BackupFile) => void): Promise<string> {
  const f = structuredClone(good);
  edit(f);
  f.sha256 = await backupChecksum(f.workspace, f.tables);
  return JSON.stringify(f);
}

const firstRisk = (f: BackupFile): Row => f.tables['risks']![0]!;

/** Restoring `text` fails with `code` and a message matching `message`, and the database is exactly as before. */
async function refused(text: string, code: string, message: RegExp): Promise<void> {
  for (const target of [{ kind: 'new' }, { kind: 'over', workspaceId: ws }] satisfies RestoreTarget[]) {
    const before = await dump(db);
    const error = await restoreBackup(db, text, target).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).code).toBe(code);
    expect((error as BackupError).message).toMatch(message);
    expect(await dump(db), 'nothing was written').toEqual(before);
  }
}

describe('a backup that cannot be restored is refused before anything is written', { timeout: 60_000 }, () => {
  it('refuses text that is not JSON, or cut short', async () => {
    await refused('this is not json', 'not-json', /not valid JSON/);
    const text = JSON.stringify(good);
    await refused(text.slice(0, text.length / 2), 'not-json', /cut short/);
  });

  it('refuses JSON of another kind', async () => {
    await refused(JSON.stringify({ hello: 'world' }), 'not-backup', /not an ISMS Workbench backup/);
    await refused(JSON.stringify({ ...good, format: 'something-else' }), 'not-backup', /format id/);
  });

  it('refuses a backup from a newer version of the app', async () => {
    await refused(JSON.stringify({ ...good, schemaVersion: SCHEMA_VERSION + 1 }), 'newer', new RegExp(`version ${SCHEMA_VERSION + 1}.*newer.*Update the app`));
    await refused(JSON.stringify({ ...good, formatVersion: 99 }), 'newer', /newer version/);
  });

  it('refuses a backup with a missing table, or one without a data version', async () => {
    await refused(await tampered((f) => delete f.tables['risks']), 'damaged', /incomplete.*risks is missing/);
    await refused(JSON.stringify({ ...good, schemaVersion: 'two' }), 'damaged', /which data version/);
  });

  it('refuses a backup changed after it was made (checksum)', async () => {
    const f = structuredClone(good);
    firstRisk(f)['title'] = 'Edited by hand';
    await refused(JSON.stringify(f), 'changed', /changed or damaged after it was made/);
  });

  it('refuses records that fail validation, naming them', async () => {
    await refused(
      await tampered((f) => (firstRisk(f)['inherent'] = { likelihood: 9, impact: 1 })),
      'invalid',
      /risks RSK-\d+: Inherent rating: likelihood must be a whole number from 1 to 7/,
    );
    await refused(await tampered((f) => (firstRisk(f)['status'] = 'bogus')), 'invalid', /risks RSK-\d+: Status must be one of/);
    await refused(await tampered((f) => delete firstRisk(f)['ref']), 'invalid', /has no key/);
    // A risk out of draft without a rating: the rules every stored record keeps are checked too.
    await refused(
      await tampered((f) => Object.assign(firstRisk(f), { inherent: null, status: 'monitoring' })),
      'invalid',
      /risks RSK-\d+: Inherent rating is required once the risk leaves draft/,
    );
  });

  it('refuses broken links and duplicate ids', async () => {
    await refused(await tampered((f) => (firstRisk(f)['owner'] = crypto.randomUUID())), 'invalid', /risks RSK-\d+: "owner" links to a record that is not in the backup/);
    await refused(await tampered((f) => f.tables['risks']!.push({ ...firstRisk(f), ref: 'RSK-999' })), 'invalid', /id is used twice/);
    await refused(await tampered((f) => (firstRisk(f)['workspaceId'] = 'elsewhere')), 'invalid', /belongs to another workspace/);
  });
});
