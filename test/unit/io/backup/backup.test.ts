import { describe, expect, it } from 'vitest';
import { IsmsDatabase } from '../../../../src/lib/db/database.ts';
import { loadDataset } from '../../../../src/lib/db/example.ts';
import { Repository } from '../../../../src/lib/db/repository.ts';
import { Workspaces, newWorkspaceDraft } from '../../../../src/lib/db/workspaces.ts';
import { localToday } from '../../../../src/lib/domain/due.ts';
import { personEntity } from '../../../../src/lib/domain/entities/person.ts';
import { emptyDraft } from '../../../../src/lib/domain/model/entity.ts';
import { exampleIsms } from '../../../../src/lib/domain/example/index.ts';
import { exportBackup, keptSafetyBackup, lastBackupAt, restoreBackup } from '../../../../src/lib/io/backup/index.ts';
import { createBackup, readWorkspace } from '../../../../src/lib/io/backup/create.ts';
import type { BackupFile } from '../../../../src/lib/io/backup/format.ts';
import { normalise } from './helpers.ts';

let n = 0;
async function example(): Promise<{ db: IsmsDatabase; ws: string }> {
  const db = new IsmsDatabase(`backup-test-${++n}`);
  return { db, ws: await loadDataset(db, exampleIsms(localToday()), 'tester') };
}

/** The restored workspace as a backup, without what the restore itself adds: its log entry and that entry's counter. */
async function restoredContent(db: IsmsDatabase, ws: string): Promise<Pick<BackupFile, 'workspace' | 'tables'>> {
  const { workspace, tables } = await readWorkspace(db, ws);
  const log = tables['changeLog']!;
  const restoreEntry = log.find((e) => e['op'] === 'restore');
  expect(restoreEntry, 'the restore is recorded in the change log').toBeDefined();
  expect(restoreEntry!['seq']).toBe(Math.max(...log.map((e) => Number(e['seq']))));
  tables['changeLog'] = log.filter((e) => e !== restoreEntry);
  tables['sequences'] = tables['sequences']!.map((s) => (s['name'] === 'changeLog' ? { ...s, next: Number(s['next']) - 1 } : s));
  return { workspace, tables };
}

describe('backup and restore', { timeout: 60_000 }, () => {
  it('holds every table of the workspace, its change log and counters, with the versions and a checksum', async () => {
    const { db, ws } = await example();
    const file = await createBackup(db, ws);
    expect(file.format).toBe('isms-workbench-backup');
    expect(file.schemaVersion).toBe(db.verno);
    expect(file.app.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    const tables = db.tables.map((t) => t.name).filter((t) => t !== 'meta' && t !== 'workspaces');
    expect(Object.keys(file.tables).sort()).toEqual(tables.sort());
    expect(file.tables['risks']).toHaveLength(40);
    expect(file.tables['changeLog']!.length).toBeGreaterThan(400);
    expect(file.tables['sequences']!.some((s) => s['name'] === 'risks')).toBe(true);
    expect(file.workspace['id']).toBe(ws);
  });

  it('restores into a new workspace equal to the original but for its ids and a unique name', async () => {
    const { db, ws } = await example();
    const file = await createBackup(db, ws);
    const text = JSON.stringify(file);
    const result = await restoreBackup(db, text, { kind: 'new' }, { actor: 'tester' });
    expect(result.workspaceId).not.toBe(ws);
    expect(result.name).toBe(`${String(file.workspace['name'])} (2)`);
    expect(result.upgradedFrom).toBeNull();
    const restored = await restoredContent(db, result.workspaceId);
    const a = normalise(file) as { workspace: Record<string, unknown> };
    const b = normalise(restored) as { workspace: Record<string, unknown> };
    expect(b.workspace['name']).toBe(result.name);
    b.workspace['name'] = a.workspace['name'];
    expect(b).toEqual(a);
    // No id of the original is reused, and the original is untouched.
    const ids = new Set(Object.values(file.tables).flat().map((r) => r['id']));
    expect(Object.values(restored.tables).flat().some((r) => typeof r['id'] === 'string' && ids.has(r['id']))).toBe(false);
    expect(normalise(await readWorkspace(db, ws))).toEqual(normalise(file));
  });

  it('restores over the same workspace exactly, after taking a safety backup of the state it replaces', async () => {
    const { db, ws } = await example();
    const file = await createBackup(db, ws);
    await new Repository(db, () => 'tester').create(personEntity, ws, emptyDraft(personEntity, { name: 'Added After Backup', kind: 'employee', active: true }));
    const result = await restoreBackup(db, JSON.stringify(file), { kind: 'over', workspaceId: ws }, { actor: 'tester' });
    expect(result.workspaceId).toBe(ws);
    const restored = await restoredContent(db, ws);
    expect(restored).toEqual({ workspace: file.workspace, tables: file.tables });
    expect(result.safetyBackup?.tables['persons']!.some((p) => p['name'] === 'Added After Backup')).toBe(true);
    const kept = await keptSafetyBackup(db, ws);
    expect(kept && (JSON.parse(kept) as BackupFile).sha256).toBe(result.safetyBackup?.sha256);
  });

  it('restores over another workspace with fresh ids, leaving the original alone', async () => {
    const { db, ws } = await example();
    const other = (await new Workspaces(db, () => 'tester').create(newWorkspaceDraft('Other Org'))).id;
    const file = await createBackup(db, ws);
    const result = await restoreBackup(db, JSON.stringify(file), { kind: 'over', workspaceId: other });
    expect(result.workspaceId).toBe(other);
    const restored = await restoredContent(db, other);
    expect(restored.tables['risks']).toHaveLength(40);
    expect(restored.tables['risks']!.every((r) => r['workspaceId'] === other)).toBe(true);
    expect(result.safetyBackup?.workspace['name']).toBe('Other Org');
    expect((await db.workspaces.get(ws))?.['name']).toBe(file.workspace['name']);
    expect(await db.records('risks').where({ workspaceId: ws }).count()).toBe(40);
  });

  it('notes when the last backup was made', async () => {
    const { db, ws } = await example();
    expect(await lastBackupAt(db, ws)).toBeNull();
    const out = await exportBackup(db, ws);
    expect(out.name).toMatch(/^northwind-analytics-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(out.data) as BackupFile;
    expect(await lastBackupAt(db, ws)).toBe(file.exportedAt);
  });
});
