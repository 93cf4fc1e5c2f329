import { beforeEach, describe, expect, it } from 'vitest';
import { IsmsDatabase } from '../../../src/lib/db/database.ts';
import { ValidationError } from '../../../src/lib/db/errors.ts';
import { Repository } from '../../../src/lib/db/repository.ts';
import { addMissingRows, approveSoa, bulkUpdate, confirmProposals, currentSnapshot, soaState } from '../../../src/lib/db/soa.ts';
import { previewTransition, transitionTo2022 } from '../../../src/lib/db/soa-transition.ts';
import { Workspaces, newWorkspaceDraft } from '../../../src/lib/db/workspaces.ts';
import { customControlEntity } from '../../../src/lib/domain/entities/custom-control.ts';
import { personEntity } from '../../../src/lib/domain/entities/person.ts';
import { riskEntity } from '../../../src/lib/domain/entities/risk.ts';
import { soaEntryEntity } from '../../../src/lib/domain/entities/soa-entry.ts';
import { treatmentActionEntity } from '../../../src/lib/domain/entities/treatment-action.ts';
import { emptyDraft } from '../../../src/lib/domain/model/entity.ts';
import { controlKey } from '../../../src/lib/domain/soa/controls.ts';
import { diffSnapshots, type SnapshotEntry } from '../../../src/lib/domain/soa/versions.ts';

let n = 0;
let db: IsmsDatabase;
let repo: Repository;
let workspaces: Workspaces;
let ws: string;
let owner: string;

beforeEach(async () => {
  db = new IsmsDatabase(`test-soa-${++n}`);
  repo = new Repository(db, () => 'tester');
  workspaces = new Workspaces(db, () => 'tester');
  ws = (await workspaces.create(newWorkspaceDraft('Acme'))).id;
  owner = (await repo.create(personEntity, ws, emptyDraft(personEntity, { name: 'Ana Owner', kind: 'employee', active: true }))).id;
});

const risk = (title: string, planned: string[], edition: '2013' | '2022' = '2022') =>
  repo.create(
    riskEntity,
    ws,
    emptyDraft(riskEntity, {
      title,
      kind: 'infosec_risk',
      approach: 'scenario_based',
      description: 'x',
      owner,
      inherent: { likelihood: 4, impact: 5 },
      treatmentOption: 'modify',
      treatmentRationale: 'Reduce it.',
      residual: { likelihood: 2, impact: 3 },
      plannedControls: planned.map((id) => ({ edition, id })),
      status: 'assessed',
    }),
  );
const rowOf = async (id: string) => (await soaState(db, ws)).rows.find((r) => r.control[0]?.id === id);

describe('starting and deriving the SoA', () => {
  it('adds one undecided row per control, once', async () => {
    expect(await addMissingRows(db, repo, ws)).toBe(93);
    expect(await addMissingRows(db, repo, ws)).toBe(0);
    const { rows } = await soaState(db, ws);
    expect(rows.every((r) => r.applicable === 'undecided')).toBe(true);
  });

  it('refuses a second row for the same control', async () => {
    await addMissingRows(db, repo, ws);
    await expect(repo.create(soaEntryEntity, ws, emptyDraft(soaEntryEntity, { control: [{ edition: '2022', id: 'A.5.1' }], applicable: 'yes' }))).rejects.toThrow(/already used/);
  });

  it('confirms what risk treatment proposes: applicable, risk treatment, the risks linked', async () => {
    await addMissingRows(db, repo, ws);
    const r1 = await risk('Ransomware', ['A.8.13', 'A.8.7']);
    const r2 = await risk('Laptop theft', ['A.8.1']);
    await repo.create(treatmentActionEntity, ws, emptyDraft(treatmentActionEntity, { title: 'Encrypt disks', risks: [r2.id], controls: [{ edition: '2022', id: 'A.8.13' }], owner, dueDate: '2030-01-01', status: 'planned' }));
    expect(await confirmProposals(db, repo, ws, ['2022:A.8.13'])).toBe(1);
    const row = await rowOf('A.8.13');
    expect(row).toMatchObject({ applicable: 'yes', reasons: ['RT'] });
    expect(row?.risks.toSorted()).toEqual([r1.id, r2.id].toSorted());
    expect((await rowOf('A.8.7'))?.applicable).toBe('undecided');
    expect(await confirmProposals(db, repo, ws)).toBe(2);
    expect(await confirmProposals(db, repo, ws)).toBe(0);
  });

  it('confirms selected rows that wait to be confirmed (carried over to 2022), and only those', async () => {
    const a = await repo.create(soaEntryEntity, ws, emptyDraft(soaEntryEntity, { control: [{ edition: '2022', id: 'A.5.1' }], applicable: 'yes', pendingReview: true }));
    await repo.create(soaEntryEntity, ws, emptyDraft(soaEntryEntity, { control: [{ edition: '2022', id: 'A.5.2' }], applicable: 'yes', pendingReview: true }));
    expect(await confirmProposals(db, repo, ws)).toBe(0);
    expect(await confirmProposals(db, repo, ws, ['2022:A.5.1'])).toBe(1);
    expect(await db.records('soaEntries').get(a.id)).toMatchObject({ applicable: 'yes', pendingReview: false });
    expect((await rowOf('A.5.2'))?.pendingReview).toBe(true);
    // An undecided row stays to be confirmed: it is decided first.
    await repo.create(soaEntryEntity, ws, emptyDraft(soaEntryEntity, { control: [{ edition: '2022', id: 'A.5.3' }], applicable: 'undecided', pendingReview: true }));
    expect(await confirmProposals(db, repo, ws, ['2022:A.5.3'])).toBe(0);
    expect((await rowOf('A.5.3'))?.pendingReview).toBe(true);
  });

  it('leaves a deliberate exclusion alone when confirming', async () => {
    await addMissingRows(db, repo, ws);
    await risk('Ransomware', ['A.8.13']);
    const row = (await rowOf('A.8.13'))!;
    await repo.update(soaEntryEntity, row.id, { ...emptyDraft(soaEntryEntity), control: row.control, applicable: 'no', exclusionJustification: 'Backups are the provider’s.' }, row.rev);
    expect(await confirmProposals(db, repo, ws)).toBe(0);
    expect((await rowOf('A.8.13'))?.applicable).toBe('no');
  });
});

describe('bulk changes', () => {
  it('changes every chosen row, or none when one is refused', async () => {
    await addMissingRows(db, repo, ws);
    const { rows } = await soaState(db, ws);
    const ids = rows.slice(0, 3).map((r) => r.id);
    await bulkUpdate(db, repo, ids, (d) => ({ ...d, implementationStatus: 'planned' }));
    expect((await soaState(db, ws)).rows.filter((r) => r.implementationStatus === 'planned')).toHaveLength(3);
    // An excluded row with reasons is refused: the whole batch stays as it was.
    await expect(bulkUpdate(db, repo, ids, (d) => ({ ...d, applicable: 'no', reasons: ['BP'] }))).rejects.toBeInstanceOf(ValidationError);
    expect((await soaState(db, ws)).rows.filter((r) => r.applicable === 'no')).toHaveLength(0);
  });
});

describe('approval and versions', () => {
  it('freezes the rows as version 1.0, then 1.1; the draft compares against it', async () => {
    await addMissingRows(db, repo, ws);
    const v1 = await approveSoa(db, repo, ws, { approvedBy: owner, approvedAt: '2026-01-10', changeSummary: 'First.' });
    expect(v1).toMatchObject({ version: '1.0', status: 'approved', edition: '2022' });
    expect((v1['entries'] as SnapshotEntry[]).length).toBe(93);
    const row = (await rowOf('A.5.1'))!;
    await repo.update(soaEntryEntity, row.id, { ...emptyDraft(soaEntryEntity), control: row.control, applicable: 'yes', reasons: ['BP'], owner }, row.rev);
    const diff = diffSnapshots(v1['entries'] as SnapshotEntry[], await currentSnapshot(db, ws));
    expect(diff.map((d) => d.id)).toEqual(['A.5.1']);
    expect(diff[0]?.fields.find((f) => f.field === 'owner')).toMatchObject({ before: '', after: 'Ana Owner' });
    // The frozen version did not move.
    const stored = await db.records('soaVersions').get(v1.id);
    expect((stored?.['entries'] as SnapshotEntry[]).find((e) => e.control[0]?.id === 'A.5.1')?.applicable).toBe('undecided');
    const v2 = await approveSoa(db, repo, ws, { approvedBy: owner, approvedAt: '2026-02-10', changeSummary: 'Second.' });
    expect(v2['version']).toBe('1.1');
  });

  it('refuses to approve an SoA without rows', async () => {
    await expect(approveSoa(db, repo, ws, { approvedBy: owner, approvedAt: '2026-01-10', changeSummary: '' })).rejects.toThrow(/no rows/);
  });
});

describe('custom controls', () => {
  it('take part in the SoA, and an id that clashes is refused', async () => {
    await repo.create(customControlEntity, ws, emptyDraft(customControlEntity, { controlId: 'CLD.1', title: 'Tenant isolation', source: 'Cloud security' }));
    await expect(repo.create(customControlEntity, ws, emptyDraft(customControlEntity, { controlId: 'cld.1 ', title: 'Other', source: 'Other set' }))).rejects.toThrow(/already used/);
    await expect(repo.create(customControlEntity, ws, emptyDraft(customControlEntity, { controlId: 'A.5.1', title: 'Clash', source: 'x' }))).rejects.toThrow(/Annex A id/);
    await expect(repo.create(customControlEntity, ws, emptyDraft(customControlEntity, { controlId: '5.1', title: 'Clash', source: 'x' }))).rejects.toThrow(/Annex A id/);
    expect(await addMissingRows(db, repo, ws)).toBe(94);
    const { controls } = await soaState(db, ws);
    expect(controls.at(-1)).toMatchObject({ key: 'custom:CLD.1', group: 'Cloud security', custom: true });
  });
});

describe('moving from 2013 to 2022', () => {
  async function on2013(): Promise<void> {
    const w = (await db.workspaces.get(ws))!;
    await workspaces.update(ws, { ...newWorkspaceDraft('Acme'), edition: '2013' }, w.rev);
    await addMissingRows(db, repo, ws);
  }
  async function decide(id: string, values: Record<string, unknown>): Promise<void> {
    const row = (await rowOf(id))!;
    await repo.update(soaEntryEntity, row.id, { ...emptyDraft(soaEntryEntity), control: row.control, ...values }, row.rev);
  }

  it('previews and carries over every decision, keeps the 2013 SoA read-only and re-points risks', async () => {
    await on2013();
    expect((await soaState(db, ws)).rows).toHaveLength(114);
    const r = await risk('Weak access', ['A.9.1.1', 'A.9.2.5'], '2013');
    await decide('A.9.1.1', { applicable: 'yes', reasons: ['RT'], risks: [r.id], inclusionJustification: 'Access rules keep customer data apart.', implementationStatus: 'implemented' });
    await decide('A.9.1.2', { applicable: 'yes', reasons: ['BP'], inclusionJustification: 'Network access by role.', implementationStatus: 'planned' });
    await decide('A.11.1.6', { applicable: 'no', exclusionJustification: 'No delivery or loading areas: offices only.' });
    const preview = await previewTransition(db, ws);
    expect(preview.rows).toHaveLength(93);
    expect(preview.repoints.map((c) => c.ref)).toEqual([r.ref]);

    const archived = await transitionTo2022(db, repo, workspaces, ws);
    expect(archived).toMatchObject({ edition: '2013', status: 'archived' });
    expect((archived['entries'] as SnapshotEntry[]).length).toBe(114);
    expect((await db.workspaces.get(ws))?.['edition']).toBe('2022');

    const state = await soaState(db, ws);
    expect(state.rows).toHaveLength(93);
    const ac = (await rowOf('A.5.15'))!;
    expect(ac).toMatchObject({ applicable: 'yes', implementationStatus: 'planned', pendingReview: true });
    expect(ac.inclusionJustification).toBe('[A.9.1.1] Access rules keep customer data apart.\n[A.9.1.2] Network access by role.');
    expect((await rowOf('A.7.2'))?.exclusionJustification).toContain('[A.11.1.6] No delivery or loading areas');
    expect((await rowOf('A.5.7'))?.applicable).toBe('undecided');

    const moved = await db.records('risks').get(r.id);
    expect((moved?.['plannedControls'] as { id: string }[]).map((c) => c.id)).toEqual(['A.5.15', 'A.5.18']);
    const log = await db.changeLog.where({ workspaceId: ws }).toArray();
    expect(log.some((e) => e.entityType === 'workspaces' && e.op === 'update' && e.after.includes('"edition":"2022"'))).toBe(true);
    expect(log.filter((e) => e.entityType === 'soaEntries' && e.op === 'delete')).toHaveLength(114);
    expect(new Set(state.rows.map((x) => controlKey(x.control[0]!))).size).toBe(93);
  });

  it('refuses to move a workspace that is already on 2022', async () => {
    await expect(previewTransition(db, ws)).rejects.toThrow(/already uses the 2022/);
  });
});

describe('changing the edition by hand', () => {
  it('is free while the SoA is empty, and refused once it has rows of the other edition', async () => {
    let w = (await db.workspaces.get(ws))!;
    w = await workspaces.update(ws, { ...newWorkspaceDraft('Acme'), edition: '2013' }, w.rev);
    await addMissingRows(db, repo, ws);
    await expect(workspaces.update(ws, { ...newWorkspaceDraft('Acme'), edition: '2022' }, w.rev)).rejects.toThrow(/Move to 2022/);
    expect((await db.workspaces.get(ws))?.['edition']).toBe('2013');
  });
});

describe('custom controls in use', () => {
  it('cannot be deleted or renamed while an SoA row or a risk names them', async () => {
    const cc = await repo.create(customControlEntity, ws, emptyDraft(customControlEntity, { controlId: 'CLD.1', title: 'Tenant isolation', source: 'Cloud security' }));
    await addMissingRows(db, repo, ws);
    await expect(repo.remove(customControlEntity, cc.id)).rejects.toThrow(/still linked from SOA-\d+/);
    await expect(repo.update(customControlEntity, cc.id, { ...emptyDraft(customControlEntity), controlId: 'CLD.9', title: 'Tenant isolation', source: 'Cloud security', description: '', mapsTo: [] }, cc.rev)).rejects.toThrow(/cannot change/);
    // The title may change freely.
    const renamed = await repo.update(customControlEntity, cc.id, { ...emptyDraft(customControlEntity), controlId: 'CLD.1', title: 'Tenant separation', source: 'Cloud security', description: '', mapsTo: [] }, cc.rev);
    expect(renamed['title']).toBe('Tenant separation');
  });
});
