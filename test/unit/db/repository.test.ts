import { beforeEach, describe, expect, it } from 'vitest';
import { IsmsDatabase } from '../../../src/lib/db/database.ts';
import { ConflictError, LinkError, ValidationError } from '../../../src/lib/db/errors.ts';
import { Repository } from '../../../src/lib/db/repository.ts';
import { Workspaces, newWorkspaceDraft } from '../../../src/lib/db/workspaces.ts';
import { personEntity, type PersonDraft } from '../../../src/lib/domain/entities/person.ts';
import { riskEntity, type RiskDraft } from '../../../src/lib/domain/entities/risk.ts';
import { defaultRiskMethod, riskMethodEntity } from '../../../src/lib/domain/entities/risk-method.ts';
import { emptyDraft } from '../../../src/lib/domain/model/entity.ts';
import { addMonths } from '../../../src/lib/domain/model/dates.ts';
import { localToday } from '../../../src/lib/domain/due.ts';

let n = 0;
let db: IsmsDatabase;
let repo: Repository;
let ws: string;

const person = (name: string): PersonDraft => emptyDraft(personEntity, { name, kind: 'employee', active: true });

/** A scenario risk owned by `owner`, rated L4 × I5 unless `over` says otherwise. */
const riskDraft = (owner: string, over: Partial<RiskDraft> = {}): RiskDraft =>
  emptyDraft(riskEntity, {
    title: 'Ransomware',
    kind: 'infosec_risk',
    approach: 'scenario_based',
    description: 'Files are encrypted.',
    owner,
    inherent: { likelihood: 4, impact: 5 },
    status: 'assessed',
    ...over,
  });

beforeEach(async () => {
  db = new IsmsDatabase(`test-repo-${++n}`);
  repo = new Repository(db, () => 'tester');
  ws = (await new Workspaces(db, () => 'tester').create(newWorkspaceDraft('Acme'))).id;
});

const logOf = (recordId: string) => db.changeLog.where({ workspaceId: ws }).filter((e) => e.recordId === recordId).sortBy('seq');

describe('Repository', () => {
  it('writes a record and a create entry in the change log', async () => {
    const p = await repo.create(personEntity, ws, person('Ana Novak'));
    expect(p.ref).toBe('PER-001');
    expect(p.rev).toBe(1);
    const log = await logOf(p.id);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ op: 'create', entityType: 'persons', actor: 'tester', recordRef: 'PER-001', before: '' });
    expect(JSON.parse(log[0]!.after).name).toBe('Ana Novak');
  });

  it('numbers refs per workspace and keeps a given ref', async () => {
    await repo.create(personEntity, ws, person('A'));
    const b = await repo.create(personEntity, ws, person('B'));
    const c = await repo.create(personEntity, ws, person('C'), { ref: 'EMP-77' });
    expect([b.ref, c.ref]).toEqual(['PER-002', 'EMP-77']);
    await expect(repo.create(personEntity, ws, person('D'), { ref: 'EMP-77' })).rejects.toThrow(/already used/);
  });

  it('logs updates with before and after, and increments rev', async () => {
    const p = await repo.create(personEntity, ws, person('Ana'));
    const u = await repo.update(personEntity, p.id, { ...person('Ana Novak'), jobTitle: 'CISO' }, 1);
    expect(u.rev).toBe(2);
    const log = await logOf(p.id);
    expect(log.map((e) => e.op)).toEqual(['create', 'update']);
    expect(JSON.parse(log[1]!.before).name).toBe('Ana');
    expect(JSON.parse(log[1]!.after).jobTitle).toBe('CISO');
    expect(log[1]!.seq).toBeGreaterThan(log[0]!.seq);
  });

  it('refuses a stale rev (another tab saved first) and changes nothing', async () => {
    const p = await repo.create(personEntity, ws, person('Ana'));
    await repo.update(personEntity, p.id, person('Ana 2'), 1);
    await expect(repo.update(personEntity, p.id, person('Ana 3'), 1)).rejects.toBeInstanceOf(ConflictError);
    expect((await db.records('persons').get(p.id))?.['name']).toBe('Ana 2');
    expect(await logOf(p.id)).toHaveLength(2);
  });

  it('never stores an invalid record, and writes no log entry for it', async () => {
    const before = await db.changeLog.count();
    const err = await repo.create(personEntity, ws, person('')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).issues).toContainEqual({ field: 'name', message: 'Name is required.' });
    expect(await db.records('persons').count()).toBe(0);
    expect(await db.changeLog.count()).toBe(before);
  });

  it('refuses a link to a record that does not exist or is in another workspace', async () => {
    const other = (await new Workspaces(db).create(newWorkspaceDraft('Other'))).id;
    const stranger = await repo.create(personEntity, other, person('Stranger'));
    const risk = riskDraft(stranger.id, { title: 'Laptop theft', description: 'A laptop is stolen from a car.', inherent: { likelihood: 3, impact: 3 } });
    await expect(repo.create(riskEntity, ws, risk)).rejects.toBeInstanceOf(LinkError);
    expect(await db.records('risks').count()).toBe(0);
  });

  it('checks ratings against the workspace method scales', async () => {
    const owner = await repo.create(personEntity, ws, person('Owner'));
    const risk = riskDraft(owner.id, { inherent: { likelihood: 6, impact: 2 } });
    const err = await repo.create(riskEntity, ws, risk).catch((e: unknown) => e);
    expect((err as ValidationError).issues[0]?.field).toBe('inherent');
  });

  it('refuses to delete a record that is still linked, then deletes and logs it once unlinked', async () => {
    const owner = await repo.create(personEntity, ws, person('Owner'));
    const risk = await repo.create(
      riskEntity,
      ws,
      riskDraft(owner.id),
    );
    await expect(repo.remove(personEntity, owner.id)).rejects.toThrow(/RSK-001/);
    await repo.remove(riskEntity, risk.id, 1, 'duplicate');
    await repo.remove(personEntity, owner.id);
    expect(await db.records('persons').count()).toBe(0);
    const log = await logOf(risk.id);
    expect(log.at(-1)).toMatchObject({ op: 'delete', reason: 'duplicate', after: '' });
    expect(JSON.parse(log.at(-1)!.before).title).toBe('Ransomware');
  });
});

describe('review cadence', () => {
  it('schedules the next review of a risk from its level, and keeps a date the user gave', async () => {
    const owner = await repo.create(personEntity, ws, person('Owner'));
    const base = riskDraft(owner.id);
    // Very high (score 20): reviewed every 3 months in the default method.
    const high = await repo.create(riskEntity, ws, { ...base, lastReviewedAt: '2026-01-31' });
    expect(high['nextReviewDue']).toBe('2026-04-30');
    // Low (score 2): every 12 months, from today when never reviewed.
    const low = await repo.create(riskEntity, ws, { ...base, inherent: { likelihood: 1, impact: 2 } });
    expect(low['nextReviewDue']).toBe(addMonths(localToday(), 12));
    const given = await repo.create(riskEntity, ws, { ...base, nextReviewDue: '2030-01-01' });
    expect(given['nextReviewDue']).toBe('2030-01-01');
  });
});

describe('guards', () => {
  it('changes the risk method only through a re-mapping method change', async () => {
    const method = (await db.records('riskMethods').where({ workspaceId: ws }).first())!;
    const draft = defaultRiskMethod();
    await expect(repo.create(riskMethodEntity, ws, draft)).rejects.toThrow(/Risks → Risk method/);
    await expect(repo.update(riskMethodEntity, method.id, { ...draft, appetite: 'high' }, method.rev)).rejects.toThrow(/Risks → Risk method/);
    await expect(repo.remove(riskMethodEntity, method.id)).rejects.toThrow(/Risks → Risk method/);
    expect(await db.records('riskMethods').where({ workspaceId: ws }).count()).toBe(1);
  });

  it('writes nothing into a workspace that another tab deleted', async () => {
    const other = new Repository(db);
    await new Workspaces(db).remove(ws, 'Acme');
    await expect(other.create(personEntity, ws, person('Ghost'))).rejects.toThrow(/no longer exists/);
    expect(await db.records('persons').count()).toBe(0);
    expect(await db.changeLog.count()).toBe(0);
  });
});

describe('Workspaces', () => {
  it('creates a workspace with an approved default risk method, and deletes everything in it', async () => {
    const w = new Workspaces(db);
    const methods = await db.records('riskMethods').where({ workspaceId: ws }).toArray();
    expect(methods).toHaveLength(1);
    expect(methods[0]?.['status']).toBe('approved');
    await repo.create(personEntity, ws, person('Ana'));
    await expect(w.remove(ws, 'acme')).rejects.toBeInstanceOf(ValidationError);
    expect(await db.workspaces.get(ws)).toBeDefined();
    await w.remove(ws, 'Acme');
    expect(await db.workspaces.get(ws)).toBeUndefined();
    expect(await db.records('persons').where({ workspaceId: ws }).count()).toBe(0);
    expect(await db.changeLog.where({ workspaceId: ws }).count()).toBe(0);
  });

  it('keeps workspaces independent and remembers the last one used', async () => {
    const w = new Workspaces(db);
    const second = await w.create(newWorkspaceDraft('Beta'));
    await repo.create(personEntity, second.id, person('Only in Beta'));
    expect(await db.records('persons').where({ workspaceId: ws }).count()).toBe(0);
    expect((await w.lastUsed())?.id).toBe(second.id);
    await w.setLastUsed(ws);
    expect((await w.lastUsed())?.id).toBe(ws);
    await expect(w.create(newWorkspaceDraft(' acme '))).rejects.toThrow(/already exists/);
    await expect(w.update(second.id, { ...newWorkspaceDraft('Beta'), id: 'hijack' } as never, 1)).resolves.toMatchObject({ id: second.id });
    await expect(w.update(second.id, newWorkspaceDraft('Beta'), 1)).rejects.toBeInstanceOf(ConflictError);
    const renamed = await w.rename(second.id, 'Beta Ltd');
    expect(renamed['name']).toBe('Beta Ltd');
    await expect(w.rename(second.id, '  ')).rejects.toBeInstanceOf(ValidationError);
  });
});
