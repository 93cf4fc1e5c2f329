import { beforeEach, describe, expect, it } from 'vitest';
import { IsmsDatabase } from '../../../src/lib/db/database.ts';
import { ConflictError, ValidationError } from '../../../src/lib/db/errors.ts';
import { type ImportWrite, ImportUndoError, commitImport, lastImport } from '../../../src/lib/db/import-commit.ts';
import { keptText, undoCheck, undoLastImport } from '../../../src/lib/db/import-undo.ts';
import { Repository } from '../../../src/lib/db/repository.ts';
import { Workspaces, newWorkspaceDraft } from '../../../src/lib/db/workspaces.ts';
import { assetEntity } from '../../../src/lib/domain/entities/asset.ts';
import { personEntity } from '../../../src/lib/domain/entities/person.ts';
import { riskEntity } from '../../../src/lib/domain/entities/risk.ts';
import { draftOf, emptyDraft } from '../../../src/lib/domain/model/entity.ts';

let n = 0;
let db: IsmsDatabase;
let repo: Repository;
let ws: string;

beforeEach(async () => {
  db = new IsmsDatabase(`test-import-commit-${++n}`);
  repo = new Repository(db, () => 'tester');
  ws = (await new Workspaces(db, () => 'tester').create(newWorkspaceDraft('Acme'))).id;
});

const person = (name: string, id = crypto.randomUUID()): ImportWrite => ({
  table: 'persons',
  op: 'create',
  id,
  ref: '',
  draft: emptyDraft(personEntity, { name, kind: 'employee', active: true }),
  label: name,
});

const risk = (title: string, owner: string, ref = ''): ImportWrite => ({
  table: 'risks',
  op: 'create',
  id: crypto.randomUUID(),
  ref,
  draft: emptyDraft(riskEntity, { title, kind: 'infosec_risk', approach: 'scenario_based', description: title, owner, inherent: { likelihood: 2, impact: 3 }, status: 'assessed' }),
  label: `Register row ${title}`,
});

const count = async (table: string): Promise<number> => db.records(table).where({ workspaceId: ws }).count();
const logCount = async (): Promise<number> => db.changeLog.where({ workspaceId: ws }).count();

describe('commitImport', () => {
  it('writes every record with its change-log entry, tagged as one batch', async () => {
    const p = person('Ana Novak');
    const batch = await commitImport(db, ws, { fileName: 'reg.xlsx', writes: [p, risk('Fire', p.id, 'R1'), risk('Flood', p.id)] }, 'tester');
    expect(batch).toMatchObject({ fileName: 'reg.xlsx', created: 3, updated: 0 });
    expect(batch.seqTo - batch.seqFrom).toBe(2);
    const risks = await db.records('risks').where({ workspaceId: ws }).sortBy('ref');
    expect(risks.map((r) => r.ref)).toEqual(['R1', 'RSK-001']);
    expect(risks[0]!.id).not.toBe('');
    const log = await db.changeLog.where('[workspaceId+seq]').between([ws, batch.seqFrom], [ws, batch.seqTo], true, true).toArray();
    expect(log.map((e) => [e.op, e.entityType])).toEqual([['import', 'persons'], ['import', 'risks'], ['import', 'risks']]);
    expect(log.every((e) => e.reason.includes('reg.xlsx') && e.reason.includes(batch.id.slice(0, 8)) && e.actor === 'tester')).toBe(true);
    expect(JSON.parse(log[1]!.after)).toMatchObject({ title: 'Fire', ref: 'R1', rev: 1 });
    expect((await lastImport(db, ws))?.id).toBe(batch.id);
  });

  it('writes nothing when one record is invalid (all or none)', async () => {
    const p = person('Ana Novak');
    const bad = risk('', p.id);
    const before = await logCount();
    await expect(commitImport(db, ws, { fileName: 'x.xlsx', writes: [p, risk('Fire', p.id), bad] }, 'tester')).rejects.toBeInstanceOf(ValidationError);
    expect(await count('persons')).toBe(0);
    expect(await count('risks')).toBe(0);
    expect(await logCount()).toBe(before);
    expect(await lastImport(db, ws)).toBeUndefined();
  });

  it('refuses a link to a record that does not exist, and a ref already taken', async () => {
    await expect(commitImport(db, ws, { fileName: 'x.xlsx', writes: [risk('Fire', crypto.randomUUID())] }, 'tester')).rejects.toThrow(/does not exist/);
    const p = person('Ana');
    await commitImport(db, ws, { fileName: 'x.xlsx', writes: [p, risk('Fire', p.id, 'R1')] }, 'tester');
    await expect(commitImport(db, ws, { fileName: 'x.xlsx', writes: [risk('Other', p.id, 'R1')] }, 'tester')).rejects.toThrow(/R1 is already used/);
  });

  it('refuses an update whose record changed since the preview', async () => {
    const p = await repo.create(personEntity, ws, emptyDraft(personEntity, { name: 'Ana', kind: 'employee', active: true }));
    const upd: ImportWrite = { table: 'persons', op: 'update', id: p.id, ref: p.ref, draft: { ...emptyDraft(personEntity), name: 'Ana N', kind: 'employee' }, expectedRev: 1, label: 'row 2' };
    await repo.update(personEntity, p.id, emptyDraft(personEntity, { name: 'Ana B', kind: 'employee' }), 1);
    await expect(commitImport(db, ws, { fileName: 'x.xlsx', writes: [upd] }, 'tester')).rejects.toBeInstanceOf(ConflictError);
    expect((await db.records('persons').get(p.id))?.['name']).toBe('Ana B');
  });
});

describe('undoLastImport', () => {
  async function importOnce(): Promise<{ personId: string; riskId: string; assetId: string }> {
    const asset = await repo.create(assetEntity, ws, emptyDraft(assetEntity, { name: 'CRM', type: 'software', owner: (await repo.create(personEntity, ws, emptyDraft(personEntity, { name: 'Olga', kind: 'employee' }))).id }));
    const p = person('Ana');
    const r = risk('Fire', p.id, 'R1');
    const upd: ImportWrite = { table: 'assets', op: 'update', id: asset.id, ref: asset.ref, draft: { ...emptyDraft(assetEntity), name: 'CRM system', type: 'cloud_service', owner: p.id }, expectedRev: 1, label: 'Assets row 2' };
    await commitImport(db, ws, { fileName: 'reg.xlsx', writes: [p, r, upd] }, 'tester');
    return { personId: p.id, riskId: r.id, assetId: asset.id };
  }

  it('deletes what the import created and restores what it updated', async () => {
    const { personId, riskId, assetId } = await importOnce();
    const result = await undoLastImport(db, ws, 'tester');
    expect(result).toMatchObject({ deleted: 2, restored: 1 });
    expect(await db.records('persons').get(personId)).toBeUndefined();
    expect(await db.records('risks').get(riskId)).toBeUndefined();
    expect(await db.records('assets').get(assetId)).toMatchObject({ name: 'CRM', type: 'software', rev: 3 });
    const ops = (await db.changeLog.where({ workspaceId: ws }).sortBy('seq')).slice(-3).map((e) => e.op);
    expect(ops).toEqual(['restore', 'delete', 'delete']);
    expect(await lastImport(db, ws)).toBeUndefined();
    await expect(undoLastImport(db, ws, 'tester')).rejects.toThrow('There is no import to undo.');
  });

  it('refuses, changing nothing, when a record of the import was edited since', async () => {
    const { riskId } = await importOnce();
    const stored = (await db.records('risks').get(riskId))!;
    await repo.update(riskEntity, riskId, { ...draftOf(riskEntity, stored), title: 'Fire in the data centre' }, 1);
    const before = await logCount();
    await expect(undoLastImport(db, ws, 'tester')).rejects.toThrow(/cannot be undone as a whole: R1 has been changed or deleted since\. Nothing was undone; you can undo the rest and keep it/);
    await expect(undoLastImport(db, ws, 'tester')).rejects.toBeInstanceOf(ImportUndoError);
    expect(await logCount()).toBe(before);
    expect(await count('risks')).toBe(1);
    expect(await lastImport(db, ws)).toBeDefined();
  });

  it('refuses when a record made after the import links to one it added', async () => {
    const { personId } = await importOnce();
    await repo.create(riskEntity, ws, emptyDraft(riskEntity, { title: 'Later', kind: 'infosec_risk', approach: 'scenario_based', description: 'x', owner: personId, inherent: { likelihood: 1, impact: 1 }, status: 'assessed' }));
    await expect(undoLastImport(db, ws, 'tester')).rejects.toThrow(/RSK-001 links to records it added/);
    expect(await count('persons')).toBe(2);
  });

  it('on request, undoes the rest and keeps an edited record with the records of the import it needs', async () => {
    const { personId, riskId, assetId } = await importOnce();
    const stored = (await db.records('risks').get(riskId))!;
    await repo.update(riskEntity, riskId, { ...draftOf(riskEntity, stored), title: 'Fire in the data centre' }, 1);
    const check = await undoCheck(db, ws);
    expect(check?.kept.map((k) => [k.ref, k.why])).toEqual([['R1', 'changed'], [expect.any(String), 'needed']]);
    expect(keptText(check!.kept)).toMatch(/^R1 “Fire in the data centre” \(changed since\), PER-\d+ “Ana” \(R1 needs it\)$/);
    const result = await undoLastImport(db, ws, 'tester', { keepChanged: true });
    expect(result).toMatchObject({ deleted: 0, restored: 1 });
    expect(await db.records('risks').get(riskId)).toMatchObject({ title: 'Fire in the data centre' });
    expect(await db.records('persons').get(personId)).toBeDefined();
    expect(await db.records('assets').get(assetId)).toMatchObject({ name: 'CRM', type: 'software' });
    expect(await lastImport(db, ws)).toBeUndefined();
  });

  it('on request, keeps what a later record links to and undoes the rest', async () => {
    const { personId, riskId } = await importOnce();
    await repo.create(riskEntity, ws, emptyDraft(riskEntity, { title: 'Later', kind: 'infosec_risk', approach: 'scenario_based', description: 'x', owner: personId, inherent: { likelihood: 1, impact: 1 }, status: 'assessed' }));
    expect((await undoCheck(db, ws))?.kept.map((k) => [k.why, k.by])).toEqual([['linked', 'RSK-001']]);
    const result = await undoLastImport(db, ws, 'tester', { keepChanged: true });
    expect(result).toMatchObject({ deleted: 1, restored: 1 });
    expect(await db.records('persons').get(personId)).toBeDefined();
    expect(await db.records('risks').get(riskId)).toBeUndefined();
  });

  it('keeps the saved mapping when an import is undone', async () => {
    const p = person('Ana');
    const profile: ImportWrite = {
      table: 'importProfiles',
      op: 'create',
      id: crypto.randomUUID(),
      ref: '',
      draft: { name: 'reg.xlsx — Risks', kind: 'risks', signature: 'A=risk id', sheetName: 'Risks', headerRow: 1, columns: [{ column: 'A', header: 'Risk ID', field: 'id' }], valueMaps: [], edition: null, lastUsedAt: null },
      label: 'profile',
    };
    await commitImport(db, ws, { fileName: 'reg.xlsx', writes: [p], profiles: [profile] }, 'tester');
    await undoLastImport(db, ws, 'tester');
    expect(await count('persons')).toBe(0);
    expect(await count('importProfiles')).toBe(1);
  });
});
