import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { IsmsDatabase, SCHEMA_VERSION } from '../../../src/lib/db/database.ts';
import { schemaV1 } from '../../../src/lib/db/schema/v1.ts';
import { schemaCurrent, schemaV2 } from '../../../src/lib/db/schema/v2.ts';
import { Repository } from '../../../src/lib/db/repository.ts';
import { documentEntity } from '../../../src/lib/domain/entities/document.ts';
import { documentVersionEntity } from '../../../src/lib/domain/entities/document-version.ts';
import { entities } from '../../../src/lib/domain/entities/index.ts';
import { draftOf, validate } from '../../../src/lib/domain/model/entity.ts';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('schema', () => {
  it('has a table for every entity, each scoped by workspace with a unique ref', () => {
    for (const e of entities) {
      const spec = schemaCurrent[e.table];
      expect(spec, `table ${e.table}`).toBeDefined();
      if (e.table === 'changeLog') continue;
      expect(spec).toContain('&[workspaceId+ref]');
      expect(spec).toContain('workspaceId');
    }
  });

  it('never changes a table of version 1 without keeping its keys', () => {
    for (const [table, spec] of Object.entries(schemaV2)) {
      const before = schemaV1[table];
      if (before) for (const index of before.split(', ')) expect(spec.split(', '), `${table} ${index}`).toContain(index);
    }
  });

  it('opens at the current version with every table', async () => {
    const db = new IsmsDatabase('schema-test');
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(schemaCurrent).sort());
  });
});

const WS = 'ws-1';
const meta = (id: string, ref: string) => ({ id, workspaceId: WS, ref, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-06-01T00:00:00.000Z', rev: 3 });

/** A database as version 1 of the app left it: documents carry their versions in a list. */
async function makeV1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(schemaV1);
  await v1.open();
  await v1.table('workspaces').add({ ...meta(WS, 'WS-001'), name: 'Old', edition: '2022', climateChangeRelevant: 'not_assessed' });
  await v1.table('persons').bulkAdd([
    { ...meta('per-1', 'PER-001'), name: 'Ada', kind: 'employee', active: true },
    { ...meta('per-2', 'PER-002'), name: 'Ben', kind: 'employee', active: true, isTopManagement: true },
  ]);
  const doc = {
    title: 'Information security policy', docType: 'is_policy', owner: 'per-1', approver: 'per-2', approvedAt: '2025-01-20',
    version: '1.1', status: 'published', classification: 'internal', location: 'https://intranet.example.org/policy',
    reviewCycleMonths: 12, lastReviewedAt: '2025-01-20', nextReviewDue: '2026-01-20', retentionMonths: 36, controlRefs: [],
    clauseRefs: ['5.2'], origin: 'internal', policyChecklist: null,
    versions: [
      { number: '1.0', changeSummary: 'First issue.', author: 'per-1', approvedBy: 'per-2', effectiveFrom: '2024-01-15' },
      { number: '1.1', changeSummary: 'Yearly review.', author: 'per-1', approvedBy: 'per-2', effectiveFrom: '2025-01-20' },
    ],
  };
  await v1.table('documents').bulkAdd([
    { ...meta('doc-1', 'DOC-001'), ...doc },
    { ...meta('doc-2', 'DOC-002'), ...doc, title: 'Backup policy', docType: 'topic_policy', version: '', status: 'draft', approver: null, approvedAt: null, versions: [{ number: '0.1', changeSummary: 'Draft.', author: 'per-1', approvedBy: null, effectiveFrom: null }] },
  ]);
  await v1.table('sequences').add({ workspaceId: WS, name: 'changeLog', next: 8 });
  await v1.table('competenceRecords').add({ ...meta('comp-1', 'COMP-001'), person: 'per-1', competence: 'Auditing' });
  await v1.table('audits').add({ ...meta('aud-1', 'AUD-001'), title: 'Audit', type: 'internal', status: 'planned' });
  await v1.table('nonconformities').add({ ...meta('nc-1', 'NC-001'), title: 'Gap', requirement: 'A.5.18', description: 'x', status: 'closed', detectedAt: '2025-02-01' });
  v1.close();
}

describe('upgrade from version 1', () => {
  it('moves every document version into documentVersions, numbered, logged and valid', async () => {
    await makeV1('schema-upgrade');
    const db = new IsmsDatabase('schema-upgrade');
    opened.push(db);
    await db.open();
    const versions = await db.records('documentVersions').where({ document: 'doc-1' }).toArray();
    expect(versions.map((v) => [v['version'], v['status'], v['approver'], v['approvedAt'], v['effectiveFrom']]).sort()).toEqual([
      ['1.0', 'superseded', 'per-2', '2024-01-15', '2024-01-15'],
      ['1.1', 'approved', 'per-2', '2025-01-20', '2025-01-20'],
    ]);
    const current = versions.find((v) => v['version'] === '1.1')!;
    expect(current['location']).toBe('https://intranet.example.org/policy');
    const draft = (await db.records('documentVersions').where({ document: 'doc-2' }).toArray())[0]!;
    expect([draft['version'], draft['status'], draft['approver']]).toEqual(['0.1', 'draft', null]);
    const all = await db.records('documentVersions').toArray();
    expect(all.map((v) => v.ref).sort()).toEqual(['DVER-001', 'DVER-002', 'DVER-003']);
    for (const v of all) expect(validate(documentVersionEntity, draftOf(documentVersionEntity, v)), v.ref).toEqual([]);
    const log = await db.changeLog.where({ workspaceId: WS }).toArray();
    expect(log.map((e) => e.seq).toSorted((a, b) => a - b)).toEqual([8, 9, 10]);
    expect(log.every((e) => e.entityType === 'documentVersions' && e.reason.includes('schema version 2'))).toBe(true);
  });

  it('takes the list off the documents and keeps the rest of each record', async () => {
    await makeV1('schema-upgrade-docs');
    const db = new IsmsDatabase('schema-upgrade-docs');
    opened.push(db);
    await db.open();
    const doc = await db.records('documents').get('doc-1');
    expect(doc).toBeDefined();
    expect('versions' in doc!).toBe(false);
    expect(doc).toMatchObject({ ref: 'DOC-001', rev: 3, title: 'Information security policy', version: '1.1', author: null });
    expect(validate(documentEntity, draftOf(documentEntity, doc!))).toEqual([]);
  });

  it('gives the new link fields empty values and dates closed nonconformities', async () => {
    await makeV1('schema-upgrade-fields');
    const db = new IsmsDatabase('schema-upgrade-fields');
    opened.push(db);
    await db.open();
    expect((await db.records('competenceRecords').get('comp-1'))?.['requirement']).toBeNull();
    expect((await db.records('audits').get('aud-1'))?.['programme']).toBeNull();
    expect((await db.records('nonconformities').get('nc-1'))?.['closedAt']).toBe('2025-06-01');
    expect(await db.records('audits').where({ programme: 'none' }).count()).toBe(0);
  });

  it('lets the repository add the next version after the moved ones', async () => {
    await makeV1('schema-upgrade-repo');
    const db = new IsmsDatabase('schema-upgrade-repo');
    opened.push(db);
    const repo = new Repository(db, () => 'tester');
    const rec = await repo.create(documentVersionEntity, WS, {
      document: 'doc-1', version: '1.2', status: 'draft', author: 'per-1', reviewers: [], approver: null, approvedAt: null,
      effectiveFrom: null, changeSummary: 'Next review.', location: '',
    });
    expect(rec.ref).toBe('DVER-004');
    expect(await db.records('documentVersions').where({ document: 'doc-1' }).count()).toBe(3);
  });
});
