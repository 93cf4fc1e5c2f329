import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { IsmsDatabase, SCHEMA_VERSION } from '../../../../src/lib/db/database.ts';
import { schemaV1 } from '../../../../src/lib/db/schema/v1.ts';
import { loadDataset } from '../../../../src/lib/db/example.ts';
import { localToday } from '../../../../src/lib/domain/due.ts';
import { exampleIsms } from '../../../../src/lib/domain/example/index.ts';
import { restoreBackup } from '../../../../src/lib/io/backup/index.ts';
import { backupChecksum, createBackup, readWorkspace } from '../../../../src/lib/io/backup/create.ts';
import type { BackupFile, Row } from '../../../../src/lib/io/backup/format.ts';
import { backupTablesAt, historyComplete, schemaHistory } from '../../../../src/lib/io/backup/schemas.ts';
import { appUpgradePath, type UpgradePath } from '../../../../src/lib/io/backup/upgrade.ts';

const WS = '11111111-1111-4111-8111-111111111111';
const ANA = '22222222-2222-4222-8222-222222222222';
const DOC = '33333333-3333-4333-8333-333333333333';
const t = '2024-05-01T10:00:00.000Z';
const meta = (id: string, ref: string): Row => ({ id, workspaceId: WS, ref, createdAt: t, updatedAt: t, rev: 1 });

/** A backup as version 1 of the app wrote it: documents still carry their version list. */
async function v1Backup(): Promise<BackupFile> {
  const tables: Record<string, Row[]> = Object.fromEntries(backupTablesAt(1).map((name) => [name, []]));
  tables['persons'] = [{ ...meta(ANA, 'PER-001'), name: 'Ana Novak', email: '', jobTitle: 'ISMS manager', orgUnit: '', kind: 'employee', isTopManagement: true, roles: [], startDate: null, endDate: null, active: true }];
  tables['documents'] = [
    {
      ...meta(DOC, 'DOC-001'), title: 'Information security policy', docType: 'is_policy', owner: ANA, approver: ANA, approvedAt: '2024-04-30', version: '2.0', status: 'approved',
      classification: 'internal', location: 'https://intranet.example/policy', reviewCycleMonths: 12, lastReviewedAt: '2024-04-30', nextReviewDue: '2025-04-30', retentionMonths: null,
      controlRefs: [{ edition: '2022', id: 'A.5.1' }], clauseRefs: ['5.2'], origin: 'internal', policyChecklist: null,
      versions: [
        { number: '1.0', changeSummary: 'First issue.', author: ANA, approvedBy: ANA, effectiveFrom: '2023-04-01' },
        { number: '2.0', changeSummary: 'Yearly review.', author: ANA, approvedBy: ANA, effectiveFrom: '2024-05-01' },
      ],
    },
  ];
  tables['sequences'] = [{ workspaceId: WS, name: 'persons', next: 2 }, { workspaceId: WS, name: 'documents', next: 2 }, { workspaceId: WS, name: 'changeLog', next: 2 }];
  tables['changeLog'] = [{ id: '44444444-4444-4444-8444-444444444444', workspaceId: WS, seq: 1, ts: t, actor: 'Ana', entityType: 'documents', recordId: DOC, recordRef: 'DOC-001', op: 'create', before: '', after: JSON.stringify({ id: DOC, title: 'Information security policy' }), reason: '' }];
  const workspace: Row = { ...meta(WS, 'WS-001'), name: 'Old Org', legalName: '', sector: '', headcount: null, countries: [], edition: '2022', climateChangeRelevant: 'not_assessed', climateRationale: '', climateAssessedAt: null };
  return { format: 'isms-workbench-backup', formatVersion: 1, app: { name: 'ISMS Workbench', version: '0.0.9' }, schemaVersion: 1, exportedAt: t, workspace, tables, sha256: await backupChecksum(workspace, tables) };
}

describe('a backup from an older data version', { timeout: 60_000 }, () => {
  it('knows the schema of every version up to the current one', () => {
    expect(historyComplete()).toBe(true);
    expect([...schemaHistory.keys()].sort()).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
    expect(backupTablesAt(1).sort()).toEqual(Object.keys(schemaV1).filter((x) => x !== 'meta' && x !== 'workspaces').sort());
  });

  it('is upgraded through the database upgrade path: version 1 document lists become document versions', async () => {
    const db = new IsmsDatabase('upgrade-real');
    const result = await restoreBackup(db, JSON.stringify(await v1Backup()), { kind: 'new' });
    expect(result.upgradedFrom).toBe(1);
    const { tables } = await readWorkspace(db, result.workspaceId);
    const doc = tables['documents']![0]!;
    expect(doc['versions']).toBeUndefined();
    expect(doc['title']).toBe('Information security policy');
    const versions = tables['documentVersions']!.toSorted((a, b) => String(a['version']).localeCompare(String(b['version'])));
    expect(versions.map((v) => [v['version'], v['document'], v['changeSummary']])).toEqual([
      ['1.0', doc['id'], 'First issue.'],
      ['2.0', doc['id'], 'Yearly review.'],
    ]);
    // The upgrade's own change-log entries come through, after the original one.
    expect(tables['changeLog']!.map((e) => e['op']).sort()).toEqual(['create', 'import', 'import', 'restore']);
    // Every table of the current version exists in the restored workspace's backup.
    expect(Object.keys(tables).sort()).toEqual(backupTablesAt(SCHEMA_VERSION).sort());
    // The temporary database is gone.
    expect((await Dexie.getDatabaseNames()).filter((n) => n.startsWith('isms-backup-upgrade-'))).toEqual([]);
  });

  it('runs whatever upgrades lie between its version and the current one', async () => {
    const next = SCHEMA_VERSION + 1;
    class NextDatabase extends IsmsDatabase {
      constructor(name: string) {
        super(name);
        this.version(next)
          .stores({})
          .upgrade((tx) => tx.table('persons').toCollection().modify((p: Row) => void (p['jobTitle'] = `${String(p['jobTitle'])} (upgraded)`)));
      }
    }
    const path: UpgradePath = { history: new Map([...appUpgradePath.history, [next, {}]]), current: next, open: (name) => new NextDatabase(name) };
    const source = new IsmsDatabase('upgrade-source');
    const ws = await loadDataset(source, exampleIsms(localToday()), 'tester');
    const file = await createBackup(source, ws);
    const target = new IsmsDatabase('upgrade-target');
    const result = await restoreBackup(target, JSON.stringify(file), { kind: 'new' }, { path });
    expect(result.upgradedFrom).toBe(SCHEMA_VERSION);
    const people = await target.records('persons').where({ workspaceId: result.workspaceId }).toArray();
    expect(people.length).toBe(file.tables['persons']!.length);
    expect(people.every((p) => String(p['jobTitle']).endsWith('(upgraded)'))).toBe(true);
  });
});
