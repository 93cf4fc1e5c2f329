import { beforeEach, describe, expect, it } from 'vitest';
import { IsmsDatabase } from '../../../../src/lib/db/database.ts';
import { commitImport } from '../../../../src/lib/db/import-commit.ts';
import { undoLastImport } from '../../../../src/lib/db/import-undo.ts';
import { addMissingRows } from '../../../../src/lib/db/soa.ts';
import { Repository } from '../../../../src/lib/db/repository.ts';
import { Workspaces, newWorkspaceDraft } from '../../../../src/lib/db/workspaces.ts';
import { assetEntity } from '../../../../src/lib/domain/entities/asset.ts';
import { customControlEntity } from '../../../../src/lib/domain/entities/custom-control.ts';
import { personEntity } from '../../../../src/lib/domain/entities/person.ts';
import { riskEntity } from '../../../../src/lib/domain/entities/risk.ts';
import { roleEntity } from '../../../../src/lib/domain/entities/role.ts';
import { soaEntryEntity } from '../../../../src/lib/domain/entities/soa-entry.ts';
import { threatEntity } from '../../../../src/lib/domain/entities/threat.ts';
import { draftOf, emptyDraft } from '../../../../src/lib/domain/model/entity.ts';
import { buildPlan, loadSnapshot, mappingFromAnalysis, PERSON_CHOICE, planImport, snapshotStamp } from '../../../../src/lib/io/import/mapping/index.ts';
import { proposeTranslations } from '../../../../src/lib/io/import/mapping/translate.ts';
import { notRatedYet } from '../../../../src/lib/io/import/mapping/cells.ts';
import { analyzeWorkbook } from '../../../../src/lib/io/import/index.ts';
import { workbookFromCsv } from '../../../../src/lib/io/import/csv.ts';
import type { ImportPlan, SheetInput } from '../../../../src/lib/io/import/mapping/types.ts';
import type { SheetAnalysis } from '../../../../src/lib/io/import/types.ts';
import { sheet } from './map-fixture.ts';

let n = 0;
let db: IsmsDatabase;
let ws: string;

beforeEach(async () => {
  db = new IsmsDatabase(`test-import-map-${++n}`);
  ws = (await new Workspaces(db, () => 'tester').create(newWorkspaceDraft('Acme'))).id;
});

const input = (a: SheetAnalysis, over: Partial<SheetInput['mapping']> = {}): SheetInput => ({ analysis: a, mapping: { ...mappingFromAnalysis(a), ...over } });
/** A register with one column kept in the notes (F, "Jira"), whose R1 names `ticket`. */
const jiraRegister = (ticket: string): SheetAnalysis =>
  sheet('Register', 'risks', [['Risk ID', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Likelihood', 'likelihood'], ['Impact', 'impact'], ['Jira', null]], [['R1', 'Laptop theft', 'Chief Risk', 2, 3, ticket]]);

const RISK_COLUMNS: [string, string | null][] = [
  ['Risk ID', 'id'],
  ['Risk', 'title'],
  ['Asset', 'asset'],
  ['Risk owner', 'owner'],
  ['Likelihood (1-3)', 'likelihood'],
  ['Impact', 'impact'],
  ['Treatment', 'treatment'],
  ['Planned controls', 'controls'],
  ['Residual L', 'residualLikelihood'],
  ['Residual I', 'residualImpact'],
  ['Status', 'status'],
  ['Review', 'reviewDate'],
  ['Score', 'score'],
];

const riskRows = (): unknown[][] => [
  ['R1', 'Laptop stolen', 'Laptops, CRM', 'Ana Novak', 3, 'High', 'M', 'A.8.1, 5.15', 1, 'Low', 'Open', '31/03/2026', 15],
  ['R2', 'Supplier outage', 'CRM', 'Ben Ode', 2, 'Medium', 'T', '', 1, 'Medium', 'In progress', '', 6],
  ['R3', 'Fire in the office', '', 'Ana Novak', 1, 'High', 'A', '', '', '', 'Accepted', '', 5],
  ['R4', 'No owner here', 'CRM', '', 2, 'Low', 'A', '', '', '', 'Open', '', 2],
  ['R5', 'Unreadable rating', 'CRM', 'Ben Ode', 'often', 'banana', '', '', '', '', '', '', ''],
];

describe('planning a risk register', () => {
  it('maps, links and counts the rows, with every rejected row explained', async () => {
    const plan = await planImport(db, ws, [input(sheet('Register', 'risks', RISK_COLUMNS, riskRows(), 4))]);
    const p = plan.sheets[0]!;
    expect(p.counts).toEqual({ new: 3, updated: 0, unchanged: 0, rejected: 2 });
    const r4 = p.rows.find((r) => r.row === 8)!;
    expect(r4.outcome).toBe('rejected');
    expect(r4.problems).toContainEqual({ row: 8, column: 'D', header: 'Risk owner', value: '', message: 'Risk owner is required.' });
    const r5 = p.rows.find((r) => r.row === 9)!;
    expect(r5.problems).toContainEqual(expect.objectContaining({ column: 'E', header: 'Likelihood (1-3)', value: 'often', message: 'Inherent rating is required once the risk leaves draft.' }));
    expect(r5.warnings.some((w) => w.column === 'F' && /not understood/.test(w.message))).toBe(true);
    // People and assets named by imported rows are added once; those only rejected rows name are not.
    expect(plan.added.map((a) => `${a.table}:${a.name}`).sort()).toEqual(['assets:CRM', 'assets:Laptops', 'persons:Ana Novak', 'persons:Ben Ode']);
    expect(p.notes.join(' ')).toMatch(/Scores and levels are worked out/);
    expect(p.notes.join(' ')).toMatch(/give a name in “Owner of rows that name none”/);
  });

  it('writes drafts on the workspace scale, with treatment options, controls and links', async () => {
    const plan = await planImport(db, ws, [input(sheet('Register', 'risks', RISK_COLUMNS, riskRows()))]);
    const risk = (ref: string) => plan.writes.find((w) => w.table === 'risks' && w.ref === ref)!.draft;
    const ana = plan.writes.find((w) => w.table === 'persons' && w.draft['name'] === 'Ana Novak')!.id;
    const r1 = risk('R1');
    // 1–3 likelihood onto 1–5 (3→5); Low/Medium/High impact as a 3-level scale (High→5).
    expect(r1).toMatchObject({ title: 'Laptop stolen', owner: ana, inherent: { likelihood: 5, impact: 5 }, residual: { likelihood: 1, impact: 1 } });
    expect(r1).toMatchObject({ treatmentOption: 'modify', approach: 'asset_based', status: 'assessed', nextReviewDue: '2026-03-31' });
    expect(r1['plannedControls']).toEqual([{ edition: '2022', id: 'A.8.1' }, { edition: '2022', id: 'A.5.15' }]);
    expect(r1['assets']).toHaveLength(2);
    expect(risk('R2')).toMatchObject({ treatmentOption: 'share', status: 'in_treatment' });
    // 4.6: a retained risk's residual rating is its current one; no asset → scenario-based.
    expect(risk('R3')).toMatchObject({ treatmentOption: 'retain', residual: { likelihood: 1, impact: 5 }, approach: 'scenario_based', status: 'monitoring' });
    const laptops = plan.writes.find((w) => w.table === 'assets' && w.draft['name'] === 'Laptops')!;
    expect(laptops.draft).toMatchObject({ type: 'hardware', owner: ana });
  });

  it('imports a risk to mitigate under treatment whose measures link no control as assessed, with a warning, not rejected (session 31)', async () => {
    const rows = [
      ['R1', 'Ransomware', '', 'Ana Novak', 3, 'High', 'M', 'Offline backups and EDR', 1, 'Medium', 'In progress', '', 15],
      ['R2', 'Phishing', '', 'Ana Novak', 3, 'High', 'M', 'A.6.3', 1, 'Low', 'In progress', '', 15],
    ];
    const plan = await planImport(db, ws, [input(sheet('Register', 'risks', RISK_COLUMNS, rows))]);
    const p = plan.sheets[0]!;
    expect(p.counts).toEqual({ new: 2, updated: 0, unchanged: 0, rejected: 0 });
    const risk = (ref: string) => plan.writes.find((w) => w.table === 'risks' && w.ref === ref)!.draft;
    expect(risk('R1')).toMatchObject({ treatmentOption: 'modify', status: 'assessed', plannedControls: [] });
    expect(String(risk('R1')['description'])).toContain('Offline backups and EDR');
    expect(p.rows.find((r) => r.row === 2)!.warnings).toContainEqual(expect.objectContaining({ column: 'K', value: 'In progress', message: expect.stringMatching(/imported as assessed, not under treatment/) }));
    // A control the workspace knows keeps the row under treatment.
    expect(risk('R2')).toMatchObject({ treatmentOption: 'modify', status: 'in_treatment' });
  });

  it('uses the default owner for rows that name none', async () => {
    const plan = await planImport(db, ws, [input(sheet('Register', 'risks', RISK_COLUMNS, riskRows()), { defaultOwner: 'Chief Risk' })]);
    expect(plan.sheets[0]!.counts.rejected).toBe(1);
    expect(plan.added.some((a) => a.name === 'Chief Risk')).toBe(true);
  });

  it('gives a row owned by a role to its holder, and says which added owners look like teams', async () => {
    const repo = new Repository(db, () => 'tester');
    const ana = await repo.create(personEntity, ws, emptyDraft(personEntity, { name: 'Ana Novak', kind: 'employee', active: true }));
    const ben = await repo.create(personEntity, ws, emptyDraft(personEntity, { name: 'Ben Ode', kind: 'employee', active: true }));
    await repo.create(roleEntity, ws, emptyDraft(roleEntity, { name: 'CISO', holders: [ana.id] }));
    await repo.create(roleEntity, ws, emptyDraft(roleEntity, { name: 'Risk owner', holders: [ana.id, ben.id] }));
    const rows = riskRows().slice(0, 4);
    rows[0]![3] = 'ciso';
    rows[1]![3] = 'IT';
    rows[2]![3] = 'Security team';
    rows[3]![3] = 'Risk owner';
    const plan = await planImport(db, ws, [input(sheet('Register', 'risks', RISK_COLUMNS, rows))]);
    const r1 = plan.writes.find((w) => w.table === 'risks' && w.draft['title'] === 'Laptop stolen')!;
    expect(r1.draft['owner']).toBe(ana.id);
    // A role several people hold names none of them: it is added, and said to be a role.
    const people = plan.added.filter((a) => a.table === 'persons');
    expect(people.map((a) => [a.name, a.team ?? false])).toEqual([['IT', true], ['Security team', true], ['Risk owner', true]]);
    expect(plan.roleOwners).toEqual([{ role: 'ciso', person: 'Ana Novak' }]);
    expect(plan.added.find((a) => a.name === 'Risk owner')?.heldBy).toBe(2);
    // Once the role "IT" has a holder, it wins over a person an earlier import added as "IT".
    await repo.create(personEntity, ws, emptyDraft(personEntity, { name: 'IT', kind: 'employee', active: true }));
    await repo.create(roleEntity, ws, emptyDraft(roleEntity, { name: 'IT', holders: [ben.id] }));
    const again = await planImport(db, ws, [input(sheet('Register', 'risks', RISK_COLUMNS, rows))]);
    expect(again.writes.find((w) => w.table === 'risks' && w.draft['title'] === 'Supplier outage')!.draft['owner']).toBe(ben.id);
    // A person's name is not a team.
    const named = await planImport(db, ws, [input(sheet('Register', 'risks', RISK_COLUMNS, riskRows()))]);
    expect(named.added.filter((a) => a.table === 'persons').every((a) => !a.team)).toBe(true);
  });

  it('excludes a control whose status is "N/A" when the sheet has no applicability column, unless the user gave "N/A" a status', async () => {
    const soa = (): SheetAnalysis => sheet('SoA', 'soa', [['Control', 'controlId'], ['Status', 'status']], [['A.7.4', 'N/A'], ['A.5.1', 'Implemented']]);
    const entry = (plan: Awaited<ReturnType<typeof planImport>>) => plan.writes.find((w) => w.table === 'soaEntries' && JSON.stringify(w.draft['control']).includes('A.7.4'))!.draft;
    expect(entry(await planImport(db, ws, [input(soa())]))).toMatchObject({ applicable: 'no' });
    const chosen = entry(await planImport(db, ws, [input(soa(), { valueMaps: [{ field: 'status', from: 'n/a', to: 'not_implemented' }] })]));
    expect(chosen).toMatchObject({ implementationStatus: 'not_implemented' });
    expect(chosen['applicable']).not.toBe('no');
  });

  it('keeps a title too long for one line whole in the description', async () => {
    const long = `Ransomware ${'spreads through the shared drives and the backups mounted on them '.repeat(4)}`.trim();
    const rows = riskRows().slice(0, 1);
    rows[0]![1] = long;
    const plan = await planImport(db, ws, [input(sheet('Register', 'risks', RISK_COLUMNS, rows))]);
    const draft = plan.writes.find((w) => w.table === 'risks')!.draft;
    expect(String(draft['title'])).toHaveLength(200);
    expect(String(draft['title']).endsWith('…')).toBe(true);
    expect(String(draft['description'])).toContain(long);
  });

  it('gives the rows that name a team to the person the user chose for it', async () => {
    const repo = new Repository(db, () => 'tester');
    const ana = await repo.create(personEntity, ws, emptyDraft(personEntity, { name: 'Ana Novak', kind: 'employee', active: true }));
    const rows = riskRows().slice(0, 2);
    rows[0]![3] = 'IT';
    rows[1]![3] = 'it';
    const plan = await planImport(db, ws, [input(sheet('Register', 'risks', RISK_COLUMNS, rows), { valueMaps: [{ field: PERSON_CHOICE, from: 'IT', to: ana.id }] })]);
    expect(plan.writes.filter((w) => w.table === 'risks').map((w) => w.draft['owner'])).toEqual([ana.id, ana.id]);
    expect(plan.added.filter((a) => a.table === 'persons')).toEqual([]);
    expect(plan.chosenOwners).toEqual(['IT']);
    // A choice of someone who has left is not followed: a person named "IT" is added, as without a choice.
    const gone2 = await repo.create(personEntity, ws, emptyDraft(personEntity, { name: 'Old Timer', kind: 'employee', active: false, endDate: '2020-01-01' }));
    const left = await planImport(db, ws, [input(sheet('Register', 'risks', RISK_COLUMNS, rows), { valueMaps: [{ field: PERSON_CHOICE, from: 'IT', to: gone2.id }] })]);
    expect(left.writes.filter((w) => w.table === 'risks').map((w) => w.draft['owner'])).not.toContain(gone2.id);
    // A choice of a person who is not in the workspace (deleted since) falls back to adding one.
    const gone = await planImport(db, ws, [input(sheet('Register', 'risks', RISK_COLUMNS, rows), { valueMaps: [{ field: PERSON_CHOICE, from: 'IT', to: 'no-such-id' }] })]);
    expect(gone.added.map((a) => a.name)).toContain('IT');
  });

  it('updates on re-import instead of duplicating, and counts unchanged rows', async () => {
    const first = await planImport(db, ws, [input(sheet('Register', 'risks', RISK_COLUMNS, riskRows()))]);
    await commitImport(db, ws, { fileName: 'register.xlsx', writes: first.writes }, 'tester');
    expect(await db.records('risks').where({ workspaceId: ws }).count()).toBe(3);

    const again = await planImport(db, ws, [input(sheet('Register', 'risks', RISK_COLUMNS, riskRows()))]);
    expect(again.sheets[0]!.counts).toEqual({ new: 0, updated: 0, unchanged: 3, rejected: 2 });
    expect(again.writes).toEqual([]);

    const edited = riskRows();
    edited[1]![1] = 'Supplier outage for a week';
    edited[3]![3] = 'Ana Novak';
    const third = await planImport(db, ws, [input(sheet('Register', 'risks', RISK_COLUMNS, edited))]);
    expect(third.sheets[0]!.counts).toEqual({ new: 1, updated: 1, unchanged: 2, rejected: 1 });
    expect(third.added).toEqual([]);
    await commitImport(db, ws, { fileName: 'register.xlsx', writes: third.writes }, 'tester');
    const risks = await db.records('risks').where({ workspaceId: ws }).toArray();
    expect(risks.map((r) => r.ref).sort()).toEqual(['R1', 'R2', 'R3', 'R4']);
    expect(risks.find((r) => r.ref === 'R2')).toMatchObject({ title: 'Supplier outage for a week', rev: 2 });
    expect(await db.records('persons').where({ workspaceId: ws }).count()).toBe(2);
    expect(await db.records('assets').where({ workspaceId: ws }).count()).toBe(2);
  });

  it('rejects a second row with the same id', async () => {
    const rows = riskRows().slice(0, 2);
    rows.push([...rows[0]!]);
    const plan = await planImport(db, ws, [input(sheet('Register', 'risks', RISK_COLUMNS, rows))]);
    const dup = plan.sheets[0]!.rows[2]!;
    expect(dup.outcome).toBe('rejected');
    expect(dup.problems[0]).toMatchObject({ column: 'A', value: 'R1', message: 'The same risk id as row 2: each record once, please.' });
  });
});

describe('a register that gives levels, not likelihood and impact', () => {
  const LEVEL_COLUMNS: [string, string | null][] = [
    ['Ref', 'id'],
    ['Risk', 'title'],
    ['Owner', 'owner'],
    ['Risk level', 'level'],
    ['Score', 'score'],
    ['Status', 'status'],
  ];
  const levelRows = (): unknown[][] => [
    ['L1', 'Phishing of staff', 'Ana Novak', 'High', 12, 'Open'],
    ['L2', 'Old backups', 'Ben Ode', 'Medium', '', 'Closed'],
    ['L3', 'Badge cloning', 'Ana Novak', '', '', ''],
  ];

  it('imports its rows as draft risks that keep the level the file gave, and says so', async () => {
    const plan = await planImport(db, ws, [input(sheet('Levels', 'risks', LEVEL_COLUMNS, levelRows()))]);
    const p = plan.sheets[0]!;
    expect(p.counts).toEqual({ new: 3, updated: 0, unchanged: 0, rejected: 0 });
    const risk = (ref: string) => plan.writes.find((w) => w.table === 'risks' && w.ref === ref)!.draft;
    expect(risk('L1')).toMatchObject({ inherent: null, status: 'draft', importedLevel: 'High (12)' });
    // A closed risk stays closed; a row with no level at all is a draft with nothing to keep.
    expect(risk('L2')).toMatchObject({ inherent: null, status: 'closed', importedLevel: 'Medium' });
    expect(risk('L3')).toMatchObject({ inherent: null, status: 'draft', importedLevel: '' });
    expect(p.notes.join(' ')).toMatch(/no likelihood and impact before treatment, so its risks are imported as drafts/);
  });

  it('keeps a level only where the method disagrees with the rating, and re-imports it unchanged', async () => {
    const columns: [string, string | null][] = [...LEVEL_COLUMNS.slice(0, 3), ['Likelihood', 'likelihood'], ['Impact', 'impact'], ['Level', 'level']];
    // Under the default method L4 × I4 = 16 is High and L1 × I2 = 2 is Low.
    const rows = [
      ['M1', 'Ransomware', 'Ana Novak', 4, 4, 'High'],
      ['M2', 'Tailgating', 'Ben Ode', 1, 2, 'Critical'],
      ['M3', 'Phishing', 'Ben Ode', 1, 2, 'High'],
    ];
    const plan = await planImport(db, ws, [input(sheet('Rated', 'risks', columns, rows))]);
    const risk = (ref: string) => plan.writes.find((w) => w.table === 'risks' && w.ref === ref)!.draft;
    expect(risk('M1')).toMatchObject({ status: 'assessed', importedLevel: '' });
    expect(risk('M2')).toMatchObject({ status: 'assessed', importedLevel: 'Critical' });
    expect(risk('M3')).toMatchObject({ status: 'assessed', importedLevel: 'High' });
    // Only where the file names another of the method's own levels is the row remarked on, and the sheet says so.
    const p = plan.sheets[0]!;
    expect(p.rows.flatMap((r) => r.warnings.map((w) => [r.ref, w.message]))).toEqual([
      ['M3', "The file says “High”; the workspace's method gives Low for 1 × 2. Both are kept: check the rating with the risk owner."],
    ]);
    expect(p.notes.join(' ')).toMatch(/a level that the workspace's method does not give for their rating/);
    await commitImport(db, ws, { fileName: 'rated.xlsx', writes: plan.writes }, 'tester');
    const again = await planImport(db, ws, [input(sheet('Rated', 'risks', columns, rows))]);
    expect(again.sheets[0]!.counts).toEqual({ new: 0, updated: 0, unchanged: 3, rejected: 0 });
  });

  it('says how to bring in rows that choose a treatment without a residual rating, and takes "TBD" for a rating to come', async () => {
    const columns: [string, string | null][] = [['Ref', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Likelihood', 'likelihood'], ['Impact', 'impact'], ['Treatment', 'treatment'], ['Status', 'status']];
    const rows = [
      ['U1', 'Supplier breach', 'Ana Novak', 2, 3, 'Transfer', 'In progress'],
      ['U2', 'Shadow IT', 'Ben Ode', 'TBD', 'TBD', '', ''],
      // Decided but not yet planned: it comes in assessed with its decision, and Readiness asks for the rest.
      ['U3', 'Weak passwords', 'Ben Ode', 3, 3, 'Mitigate', 'Open'],
    ];
    const a = sheet('Open decisions', 'risks', columns, rows);
    const plan = await planImport(db, ws, [input(a)]);
    const p = plan.sheets[0]!;
    expect(p.rows.map((r) => r.outcome)).toEqual(['rejected', 'new', 'new']);
    expect(p.notes.join(' ')).toMatch(/translate those statuses to “Assessed”/);
    expect(plan.writes.find((w) => w.ref === 'U3')!.draft).toMatchObject({ status: 'assessed', treatmentOption: 'modify', residual: null });
    const likelihood = proposeTranslations(a, mappingFromAnalysis(a), (await loadSnapshot(db, ws)).labels).find((t) => t.field === 'likelihood')!;
    expect(likelihood.rows.find((r) => r.from === 'TBD')).toMatchObject({ to: '', known: true });
    expect(likelihood.rule).not.toMatch(/not understood/);
    // …and so is a rating said not to be assessed yet, with the reason after it (held-out 34).
    const why = 'Not assessed - not stated in source';
    const unrated = sheet('Unrated', 'risks', columns, [['V1', 'No named owners', 'Ana Novak', why, why, '', 'Open'], ['V2', 'No deadlines', 'Ben Ode', 2, 3, 'Mitigate', 'Open']]);
    const later = proposeTranslations(unrated, mappingFromAnalysis(unrated), (await loadSnapshot(db, ws)).labels).find((t) => t.field === 'impact')!;
    expect(later.rows.find((r) => r.from === why)).toMatchObject({ to: '', known: true });
    // The mapping takes as blank every cell the analysis takes as blank (review 41), and nothing that only starts alike.
    for (const cell of ['Not evaluated - not stated in source', 'Not scored (no data)', 'Not assessed yet', 'Not yet evaluated', 'not rated']) expect(notRatedYet(cell)).toBe(true);
    expect(notRatedYet('Not evaluated as relevant')).toBe(false);
  });

  it('keeps a stored rating when a re-import leaves its cells blank (or "TBD"), whatever the status', async () => {
    const first = await planImport(db, ws, [input(sheet('Register', 'risks', RISK_COLUMNS, riskRows()))]);
    await commitImport(db, ws, { fileName: 'register.xlsx', writes: first.writes }, 'tester');
    const blanked = riskRows().slice(0, 2);
    blanked[0]![4] = '';
    blanked[0]![5] = '';
    blanked[1]![4] = 'TBD';
    blanked[1]![5] = '-';
    blanked[1]![10] = 'Closed';
    const plan = await planImport(db, ws, [input(sheet('Register', 'risks', RISK_COLUMNS, blanked))]);
    expect(plan.sheets[0]!.rows.map((r) => r.outcome)).toEqual(['unchanged', 'updated']);
    const r2 = plan.writes.find((w) => w.ref === 'R2')!.draft;
    expect(r2).toMatchObject({ status: 'closed', inherent: { likelihood: 3, impact: 3 } });
  });

  it('makes drafts of rows rated "TBD", keeps a chosen option without controls, and assesses a draft the file later rates', async () => {
    const columns: [string, string | null][] = [['Ref', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Likelihood', 'likelihood'], ['Impact', 'impact'], ['Level', 'level'], ['Treatment', 'treatment']];
    const rows = [
      ['T1', 'Shadow IT', 'Ana Novak', 'TBD', 'TBD', 'High', 'Mitigate'],
      ['T2', 'Unpatched printers', 'Ben Ode', '?', 'n/a', '', ''],
    ];
    const plan = await planImport(db, ws, [input(sheet('Draft', 'risks', columns, rows))]);
    expect(plan.sheets[0]!.counts).toEqual({ new: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(plan.sheets[0]!.rows.flatMap((r) => r.warnings)).toEqual([]);
    const t1 = plan.writes.find((w) => w.ref === 'T1')!.draft;
    expect(t1).toMatchObject({ status: 'draft', inherent: null, treatmentOption: 'modify', importedLevel: 'High' });
    await commitImport(db, ws, { fileName: 'draft.xlsx', writes: plan.writes }, 'tester');
    const rated = [['T1', 'Shadow IT', 'Ana Novak', 4, 4, 'High', 'Accept']];
    const again = await planImport(db, ws, [input(sheet('Draft', 'risks', columns, rated))]);
    // Under the default method 4 × 4 is High: the file's level now agrees and is no longer kept.
    expect(again.writes.find((w) => w.ref === 'T1')!.draft).toMatchObject({ status: 'assessed', inherent: { likelihood: 4, impact: 4 }, importedLevel: '' });
    // Still to mitigate, with no controls or residual rating yet: assessed with its decision, the plan to come.
    const mitigate = await planImport(db, ws, [input(sheet('Draft', 'risks', columns, [['T1', 'Shadow IT', 'Ana Novak', 4, 4, 'High', 'Mitigate']]))]);
    expect(mitigate.sheets[0]!.counts.rejected).toBe(0);
    expect(mitigate.writes.find((w) => w.ref === 'T1')!.draft).toMatchObject({ status: 'assessed', inherent: { likelihood: 4, impact: 4 }, treatmentOption: 'modify' });
  });

  it('makes a draft of a row that gives half a rating, keeps a stored rating, and still rejects a word not understood', async () => {
    const columns: [string, string | null][] = [['Ref', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Likelihood', 'likelihood'], ['Impact', 'impact'], ['Level', 'level']];
    const rows = [
      ['H1', 'Shadow IT', 'Ana Novak', 4, '', 'High'],
      ['H2', 'Lost badge', 'Ana Novak', 'TBD', 'Low', ''],
      ['H3', 'Printer leak', 'Ana Novak', 'often', 3, ''],
    ];
    const plan = await planImport(db, ws, [input(sheet('Half', 'risks', columns, rows))]);
    const p = plan.sheets[0]!;
    expect(p.counts).toEqual({ new: 2, updated: 0, unchanged: 0, rejected: 1 });
    expect(plan.writes.find((w) => w.ref === 'H1')!.draft).toMatchObject({ status: 'draft', inherent: null, importedLevel: 'High · likelihood 4' });
    expect(plan.writes.find((w) => w.ref === 'H2')!.draft).toMatchObject({ status: 'draft', inherent: null, importedLevel: 'impact Low' });
    expect(p.rows.find((r) => r.ref === 'H1')!.warnings[0]).toMatchObject({ column: 'E', message: expect.stringMatching(/^Only the likelihood “4” is given/) });
    expect(p.rows.find((r) => r.ref === 'H2')!.warnings[0]).toMatchObject({ column: 'D', message: expect.stringMatching(/^Only the impact “Low” is given/) });
    expect(p.rows.find((r) => r.outcome === 'rejected')!.problems[0]!.message).toMatch(/only one is understood/);
    // A rated risk whose re-import gives half a rating keeps its rating and status.
    await commitImport(db, ws, { fileName: 'half.xlsx', writes: plan.writes }, 'tester');
    const rated = await planImport(db, ws, [input(sheet('Half', 'risks', columns, [['H1', 'Shadow IT', 'Ana Novak', 4, 4, 'High']]))]);
    await commitImport(db, ws, { fileName: 'half.xlsx', writes: rated.writes }, 'tester');
    const again = await planImport(db, ws, [input(sheet('Half', 'risks', columns, [['H1', 'Shadow IT', 'Ana Novak', '', 4, 'High']]))]);
    expect(again.sheets[0]!.counts).toEqual({ new: 0, updated: 0, unchanged: 1, rejected: 0 });
    // The half it gives is taken with the stored other half.
    const newer = await planImport(db, ws, [input(sheet('Half', 'risks', columns, [['H1', 'Shadow IT', 'Ana Novak', 2, '', 'High']]))]);
    expect(newer.writes.find((w) => w.ref === 'H1')!.draft).toMatchObject({ inherent: { likelihood: 2, impact: 4 } });
    // A sheet with no impact column at all sends the user to the mapping, as before.
    const noImpact = await planImport(db, ws, [input(sheet('Half', 'risks', columns.filter(([, f]) => f !== 'impact'), [['H9', 'Shadow IT', 'Ana Novak', 4, 'High']]))]);
    expect(noImpact.sheets[0]!.rows[0]!.problems[0]!.message).toMatch(/give both likelihood and impact/);
  });

  it('keeps controls described in words in the description, and reads no ids out of them ("TLS 1.2")', async () => {
    const columns: [string, string | null][] = [['Ref', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Likelihood', 'likelihood'], ['Impact', 'impact'], ['Current controls', 'controls']];
    const rows = [['W1', 'Interception of traffic', 'Ana Novak', 2, 4, 'TLS 1.2 everywhere, MFA'], ['W2', 'Malware', 'Ana Novak', 3, 4, 'A.8.7']];
    const plan = await planImport(db, ws, [input(sheet('Words', 'risks', columns, rows))]);
    const w1 = plan.writes.find((w) => w.ref === 'W1')!.draft;
    expect(w1).toMatchObject({ existingControls: [], description: 'Interception of traffic\n\nControls in the file: TLS 1.2 everywhere, MFA' });
    expect(plan.sheets[0]!.rows.flatMap((r) => r.warnings)).toEqual([]);
    expect(plan.writes.find((w) => w.ref === 'W2')!.draft).toMatchObject({ existingControls: [{ edition: '2022', id: 'A.8.7' }] });
    await commitImport(db, ws, { fileName: 'words.xlsx', writes: plan.writes }, 'tester');
    const again = await planImport(db, ws, [input(sheet('Words', 'risks', columns, rows))]);
    expect(again.sheets[0]!.counts).toMatchObject({ unchanged: 2 });
  });

  it('links the ids of a column that points at Annex A ("Annex A Ref") beside measures told in words', async () => {
    const columns: [string, string | null][] = [['Ref', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Likelihood', 'likelihood'], ['Impact', 'impact'], ['Treatment', 'treatment'], ['Treatment Plan', 'controls'], ['Annex A Ref', null]];
    const rows = [['P1', 'Ransomware', 'Ana Novak', 4, 5, 'Mitigate', 'Patch SLA and offline backups', '8.8 / 8.13'], ['P2', 'Vendor breach', 'Ana Novak', 2, 3, 'Accept', 'Contract clauses', '5.19']];
    const a = sheet('Refs', 'risks', columns, rows);
    expect(mappingFromAnalysis(a).fields).toMatchObject({ controls: 'G', plannedControls: 'H' });
    const plan = await planImport(db, ws, [input(a)]);
    const p1 = plan.writes.find((w) => w.ref === 'P1')!.draft;
    expect(p1).toMatchObject({ plannedControls: [{ edition: '2022', id: 'A.8.8' }, { edition: '2022', id: 'A.8.13' }], existingControls: [] });
    expect(String(p1['description'])).toMatch(/Controls in the file: Patch SLA and offline backups/);
    // A risk that is not mitigated has the referenced controls in place.
    expect(plan.writes.find((w) => w.ref === 'P2')!.draft).toMatchObject({ existingControls: [{ edition: '2022', id: 'A.5.19' }], plannedControls: [] });
  });

  it('links the Annex A ids of a "Related Controls" column beside the controls in place told in words (held-out 33)', async () => {
    const ids = (d: Record<string, unknown>, list: string) => (d[list] as { id: string }[]).map((c) => c.id);
    const related = sheet('Related', 'risks', [['Risk ID', 'id'], ['Risk Description', 'title'], ['Related Controls', null], ['Likelihood', 'likelihood'], ['Impact', 'impact'], ['Existing Controls', 'controls'], ['Owner', 'owner']],
      [['R-01', 'Standing admin privileges', '8.2, 5.18', 4, 5, 'None yet: access is permanent', 'CTO'], ['R-02', 'Unmasked data in staging', '8.11, 8.33', 4, 5, 'Staging limited to engineers', 'Engineering Lead']]);
    expect(mappingFromAnalysis(related).fields).toMatchObject({ controls: 'F', plannedControls: 'C' });
    const plan = await planImport(db, ws, [input(related)]);
    const r1 = plan.writes.find((w) => w.ref === 'R-01')!.draft;
    expect([...ids(r1, 'existingControls'), ...ids(r1, 'plannedControls')].sort()).toEqual(['A.5.18', 'A.8.2']);
    expect(String(r1['description'])).toMatch(/None yet: access is permanent/);
  });

  it('keeps in the description the ids of a reference column that name no control of the workspace ("A.8.13, CC7.2"; review 40)', async () => {
    const ids = (d: Record<string, unknown>, list: string) => (d[list] as { id: string }[]).map((c) => c.id);
    const related = sheet('Mixed', 'risks', [['Risk ID', 'id'], ['Risk Description', 'title'], ['Related Controls', null], ['Likelihood', 'likelihood'], ['Impact', 'impact'], ['Existing Controls', 'controls'], ['Owner', 'owner']],
      [['M-01', 'Backups not tested', 'A.8.13, CC7.2', 4, 5, 'Nightly backups', 'CTO'], ['M-02', 'Unmasked data in staging', '8.11, 8.33', 4, 5, 'Staging limited to engineers', 'Engineering Lead'], ['M-03', 'No log monitoring', '8.16', 4, 4, 'None', 'CTO']]);
    expect(mappingFromAnalysis(related).fields).toMatchObject({ controls: 'F', plannedControls: 'C' });
    const plan = await planImport(db, ws, [input(related)]);
    const m1 = plan.writes.find((w) => w.ref === 'M-01')!;
    expect([...ids(m1.draft, 'existingControls'), ...ids(m1.draft, 'plannedControls')]).toEqual(['A.8.13']);
    // The id of another set is neither linked nor lost: the description keeps it beside the measures in words.
    expect(String(m1.draft['description'])).toMatch(/Nightly backups/);
    expect(String(m1.draft['description'])).toMatch(/CC7\.2/);
    expect(plan.sheets[0]!.rows.find((r) => r.ref === 'M-01')!.warnings).toContainEqual(expect.objectContaining({ column: 'C', message: expect.stringMatching(/^CC7\.2 names no control of the workspace \(Annex A or custom\): kept in the description/) }));
    // A row whose references are all Annex A ids adds nothing to its description.
    expect(String(plan.writes.find((w) => w.ref === 'M-02')!.draft['description'])).not.toMatch(/8\.11/);
    // Controls said to be "None" are no controls to keep in words.
    expect(String(plan.writes.find((w) => w.ref === 'M-03')!.draft['description'])).not.toMatch(/Controls in the file/);
  });

  it('adds the referenced ids to the list the reference header names, on every row, and leaves other sets\' ids to the notes (review 33)', async () => {
    const ids = (d: Record<string, unknown>, list: string) => (d[list] as { id: string }[]).map((c) => c.id);
    // "Existing Controls (Annex A)" beside a "Mitigation Plan": the ids are in place, whatever the plan adds.
    const existing = sheet('Existing', 'risks', [['Ref', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Likelihood', 'likelihood'], ['Impact', 'impact'], ['Treatment', 'treatment'], ['Existing Controls (Annex A)', null], ['Mitigation Plan', 'controls']],
      [['E1', 'Ransomware', 'Ana Novak', 4, 5, 'Mitigate', 'A.8.7, A.8.13', 'Deploy EDR on all servers by Q3']]);
    expect(mappingFromAnalysis(existing).fields).toMatchObject({ controls: 'H', existingControls: 'G' });
    const e1 = (await planImport(db, ws, [input(existing)])).writes.find((w) => w.ref === 'E1')!.draft;
    expect([ids(e1, 'existingControls'), ids(e1, 'plannedControls')]).toEqual([['A.8.7', 'A.8.13'], []]);
    // A row whose measures are blank, or name one of the ids, still gets every referenced id, once.
    const rows = [['B1', 'Insider', 'Ana Novak', 3, 5, 'Mitigate', '', '5.15 / 5.18'], ['B2', 'Stolen laptop', 'Ana Novak', 2, 4, 'Mitigate', 'Full-disk encryption per A.8.24', '8.1 / 8.24']];
    const blank = sheet('Blank', 'risks', [['Ref', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Likelihood', 'likelihood'], ['Impact', 'impact'], ['Treatment', 'treatment'], ['Treatment Plan', 'controls'], ['Annex A Ref', null]], rows);
    const plan = await planImport(db, ws, [input(blank)]);
    expect(ids(plan.writes.find((w) => w.ref === 'B1')!.draft, 'plannedControls')).toEqual(['A.5.15', 'A.5.18']);
    expect(ids(plan.writes.find((w) => w.ref === 'B2')!.draft, 'plannedControls')).toEqual(['A.8.24', 'A.8.1']);
    // Another set's ids ("NIST CSF Control Mapping") are no Annex A references: they stay in the notes.
    const nist = sheet('Nist', 'risks', [['Ref', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Likelihood', 'likelihood'], ['Impact', 'impact'], ['Existing Controls', 'controls'], ['NIST CSF Control Mapping', null]],
      [['N1', 'Ransomware', 'Ana Novak', 4, 5, 'A.8.8, A.8.13', 'PR.IP-12, PR.IP-4'], ['N2', 'Insider', 'Ana Novak', 3, 5, 'A.5.15', 'PR.AC-4']]);
    const mapping = mappingFromAnalysis(nist);
    expect(mapping.fields).not.toHaveProperty('plannedControls');
    expect(mapping.noteColumns).toEqual(['G']);
    // …and so does a column of the standard's clauses ("ISO 27001 Clause": 7.5 is no control A.7.5).
    const clauses = sheet('Clauses', 'risks', [['Ref', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Likelihood', 'likelihood'], ['Impact', 'impact'], ['Treatment Plan', 'controls'], ['ISO 27001 Clause', null]],
      [['C1', 'Documents out of date', 'Ana Novak', 3, 3, 'Document control procedure', '7.5'], ['C2', 'Operational planning gaps', 'Ana Novak', 2, 3, 'Change calendar', '8.1']]);
    expect(mappingFromAnalysis(clauses).fields).not.toHaveProperty('plannedControls');
  });

  it('keeps planned references planned, reads placeholders as blanks and Annex A ids under a "Clause" header as controls (review 34)', async () => {
    const ids = (d: Record<string, unknown>, list: string) => (d[list] as { id: string }[]).map((c) => c.id);
    const lists = sheet('Lists', 'risks', [['Ref', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Likelihood', 'likelihood'], ['Impact', 'impact'], ['Treatment', 'treatment'], ['Existing Controls (Annex A)', 'controls'], ['Planned Controls (ISO 27001)', null]],
      [['L1', 'Ransomware', 'Ana Novak', 4, 5, 'Mitigate', 'A.8.7, A.8.13', 'A.8.8']]);
    const l1 = (await planImport(db, ws, [input(lists)])).writes.find((w) => w.ref === 'L1')!.draft;
    expect([ids(l1, 'existingControls'), ids(l1, 'plannedControls')]).toEqual([['A.8.7', 'A.8.13'], ['A.8.8']]);
    const refs = (header: string, values: string[]) =>
      sheet('Refs', 'risks', [['Ref', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Likelihood', 'likelihood'], ['Impact', 'impact'], ['Treatment Plan', 'controls'], [header, null]],
        values.map((v, i) => [`P${i + 1}`, `Risk ${i + 1}`, 'Ana Novak', 3, 3, 'Some measure in words', v]));
    // Placeholders are blanks: two ids among three "N/A" still make a column of references.
    expect(mappingFromAnalysis(refs('Annex A Ref', ['A.8.7, A.8.13', 'A.5.18', 'N/A', 'N/A', '-'])).fields).toHaveProperty('plannedControls', 'G');
    // Annex A ids under a "Clause" header are controls; the standard's clause numbers are not.
    expect(mappingFromAnalysis(refs('Annex A Clause', ['A.8.7', 'A.5.18', 'A.8.1'])).fields).toHaveProperty('plannedControls', 'G');
    expect(mappingFromAnalysis(refs('ISO 27001 Clause', ['7.5', '8.1', '9.2'])).fields).not.toHaveProperty('plannedControls');
    // …also written bare under a header that names Annex A, or as numbers no clause has (review 35).
    expect(mappingFromAnalysis(refs('Annex A Clause', ['8.7, 8.13', '5.15', '8.1'])).fields).toHaveProperty('plannedControls', 'G');
    expect(mappingFromAnalysis(refs('ISO 27001:2022 Clause', ['8.7, 8.13', '5.15', '8.1'])).fields).toHaveProperty('plannedControls', 'G');
    // A header that names the controls to come sends the ids to the planned list whatever the option.
    const toCome = sheet('ToCome', 'risks', [['Ref', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Likelihood', 'likelihood'], ['Impact', 'impact'], ['Treatment', 'treatment'], ['Mitigation Plan', 'controls'], ['Controls to implement (Annex A)', null]],
      [['T1', 'Ransomware', 'Ana Novak', 4, 5, 'Accept', 'Review again next year', 'A.8.7']]);
    const t1 = (await planImport(db, ws, [input(toCome)])).writes.find((w) => w.ref === 'T1')!.draft;
    expect([ids(t1, 'existingControls'), ids(t1, 'plannedControls')]).toEqual([[], ['A.8.7']]);
    // "Existing controls | Further controls required (Annex A)": the further ones are planned (review 36).
    const further = sheet('Further', 'risks', [['Ref', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Likelihood', 'likelihood'], ['Impact', 'impact'], ['Treatment', 'treatment'], ['Existing controls', 'controls'], ['Further controls required (Annex A)', null]],
      [['F1', 'Ransomware', 'Ana Novak', 4, 5, 'Mitigate', 'Backups', 'A.8.7, A.8.13']]);
    const f1 = (await planImport(db, ws, [input(further)])).writes.find((w) => w.ref === 'F1')!.draft;
    expect([ids(f1, 'existingControls'), ids(f1, 'plannedControls')]).toEqual([[], ['A.8.7', 'A.8.13']]);
    // Under a clause's header the clause numbers are no controls, the Annex A ids beside them are (review 36).
    const mixed = sheet('Mixed', 'risks', [['Ref', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Likelihood', 'likelihood'], ['Impact', 'impact'], ['Mitigation', 'controls'], ['ISO 27001 Clause', 'plannedControls']],
      [['M1', 'Ransomware', 'Ana Novak', 4, 5, 'Deploy EDR', '6.1.3, A.8.7'], ['M2', 'Insider', 'Ana Novak', 3, 4, 'Access reviews', '8.2']]);
    const mp = await planImport(db, ws, [input(mixed)]);
    expect(ids(mp.writes.find((w) => w.ref === 'M1')!.draft, 'existingControls')).toEqual(['A.8.7']);
    expect(ids(mp.writes.find((w) => w.ref === 'M2')!.draft, 'existingControls')).toEqual([]);
    expect(mp.sheets[0]!.rows.flatMap((r) => r.warnings.map((w) => w.message))).toContain('6.1.3 is a clause of the standard, not a control: left out.');
    // …but one number that cannot be a clause (5.15) makes the column's bare numbers controls, 8.2 included (review 37).
    const controlsAll = sheet('All', 'risks', [['Ref', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Likelihood', 'likelihood'], ['Impact', 'impact'], ['Mitigation', 'controls'], ['ISO 27001 Clause', 'plannedControls']],
      [['K1', 'Ransomware', 'Ana Novak', 4, 5, 'Deploy EDR', '5.15, 8.2'], ['K2', 'Insider', 'Ana Novak', 3, 4, 'Access reviews', '6.3']]);
    const ka = await planImport(db, ws, [input(controlsAll)]);
    expect(ids(ka.writes.find((w) => w.ref === 'K1')!.draft, 'existingControls')).toEqual(['A.5.15', 'A.8.2']);
    expect(ids(ka.writes.find((w) => w.ref === 'K2')!.draft, 'existingControls')).toEqual(['A.6.3']);
    // "Annex A 8.7" written with its words is no bare number: the clauses beside it stay clauses (review 38).
    const words = sheet('Words', 'risks', [['Ref', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Likelihood', 'likelihood'], ['Impact', 'impact'], ['Mitigation', 'controls'], ['ISO 27001 Clause', 'plannedControls']],
      [['W1', 'Ransomware', 'Ana Novak', 4, 5, 'Deploy EDR', '8.2'], ['W2', 'Malware', 'Ana Novak', 3, 4, 'EDR', 'Annex A 8.7']]);
    const wp = await planImport(db, ws, [input(words)]);
    expect(ids(wp.writes.find((w) => w.ref === 'W1')!.draft, 'existingControls')).toEqual([]);
    expect(ids(wp.writes.find((w) => w.ref === 'W2')!.draft, 'existingControls')).toEqual(['A.8.7']);
  });

  it('puts controls a header says are in place ("Mesures en place") among the existing ones', async () => {
    const columns: [string, string | null][] = [['Ref', 'id'], ['Risque', 'title'], ['Propriétaire', 'owner'], ['Vraisemblance', 'likelihood'], ['Impact', 'impact'], ['Traitement', 'treatment'], ['Mesures en place', 'controls']];
    const plan = await planImport(db, ws, [input(sheet('Risques', 'risks', columns, [['F1', 'Vol de portable', 'Ana Novak', 2, 2, 'Accepter', 'A.8.1']]))]);
    expect(plan.writes.find((w) => w.ref === 'F1')!.draft).toMatchObject({ existingControls: [{ edition: '2022', id: 'A.8.1' }], plannedControls: [] });
  });
});

const SOA_COLUMNS: [string, string | null][] = [
  ['Control', 'controlId'],
  ['Title', 'controlTitle'],
  ['Applicable', 'applicable'],
  ['Justification', 'justification'],
  ['Status', 'status'],
  ['Owner', 'owner'],
  ['Evidence', 'evidence'],
];

describe('planning an SoA with its register', () => {
  const soaRows = (): unknown[][] => [
    ['A.5.1', 'Policies', 'Ano', 'Required by R1 and contract', 'Implemented (Documented)', 'Ana Novak', 'Policy v2\nMinutes'],
    [5.2, 'Roles', '✓', 'Good practice', 'Částečně', '', ''],
    ['A.5.3', 'Segregation', 'Ne', 'N/A', '', '', ''],
    ['A.5.4', 'Mgmt', 'Ναι', 'Legal (GDPR)', 'Gap — Not Addressed', '', ''],
    ['A.99.1', 'Nothing', 'Yes', 'x', '', '', ''],
    ['A.5.5', 'Authorities', 'No', 'We have no authorities to contact.', '', '', ''],
  ];

  it('matches controls, reads applicability words, links the risks named, and rejects what breaks the rules', async () => {
    const reg = sheet('Register', 'risks', RISK_COLUMNS, riskRows());
    const soa = sheet('SoA', 'soa', SOA_COLUMNS, soaRows());
    const plan = await planImport(db, ws, [input(soa), input(reg)]);
    expect(plan.sheets.map((s) => s.sheet)).toEqual(['SoA', 'Register']);
    const p = plan.sheets[0]!;
    expect(p.counts).toEqual({ new: 5, updated: 0, unchanged: 0, rejected: 1 });
    const entry = (id: string) => plan.writes.find((w) => w.table === 'soaEntries' && (w.draft['control'] as { id: string }[])[0]!.id === id)!.draft;
    const r1 = plan.writes.find((w) => w.table === 'risks' && w.ref === 'R1')!.id;
    expect(entry('A.5.1')).toMatchObject({ applicable: 'yes', risks: [r1], implementationStatus: 'implemented', evidence: ['Policy v2', 'Minutes'] });
    expect(entry('A.5.1')['reasons']).toEqual(['RT', 'CO']);
    expect(entry('A.5.2')).toMatchObject({ applicable: 'yes', reasons: ['BP'], implementationStatus: 'partially_implemented' });
    expect(entry('A.5.4')).toMatchObject({ applicable: 'yes', reasons: ['LR'], implementationStatus: 'not_implemented' });
    expect(entry('A.5.5')).toMatchObject({ applicable: 'no', reasons: [], exclusionJustification: 'We have no authorities to contact.' });
    expect(entry('A.5.3')).toMatchObject({ applicable: 'no', exclusionJustification: 'N/A' });
    expect(p.rows.find((r) => r.row === 4)!.warnings[0]).toMatchObject({ column: 'D', header: 'Justification', value: 'N/A', message: expect.stringMatching(/Excluded without a justification/) });
    expect(p.rows.find((r) => r.row === 6)!.problems[0]).toMatchObject({ column: 'A', value: 'A.99.1', message: 'A.99.1 is not a control of Annex A 2022.' });
    // SoA rows come after the risks they link to.
    const order = plan.writes.map((w) => w.table);
    expect(order.lastIndexOf('risks')).toBeLessThan(order.indexOf('soaEntries'));
  });

  it('keeps the columns chosen for the notes in a risk\'s description and an SoA entry\'s note, each with its header', async () => {
    const reg = sheet('Register', 'risks', [['Risk ID', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Likelihood', 'likelihood'], ['Impact', 'impact'], ['SOC 2', null], ['Source', null]], [
      ['R1', 'Laptop theft', 'Chief Risk', 2, 3, 'CC6.1', 'Audit 2025'],
      ['R2', 'Phishing', 'Chief Risk', 3, 3, '', 'Workshop'],
    ]);
    const plan = await planImport(db, ws, [input(reg, { noteColumns: ['F', 'G'] })]);
    const risk = (ref: string) => plan.writes.find((w) => w.table === 'risks' && w.ref === ref)!.draft;
    expect(risk('R1')['description']).toBe('Notes:\nSOC 2: CC6.1\nSource: Audit 2025');
    expect(risk('R2')['description']).toBe('Notes:\nSource: Workshop');
    const soa = sheet('SoA', 'soa', [['Control', 'controlId'], ['Applicable', 'applicable'], ['NIST', null]], [['A.5.1', 'Yes', 'PM-1'], ['A.5.2', '', 'PM-2'], ['A.5.3', '', '']]);
    const p2 = await planImport(db, ws, [input(soa, { noteColumns: ['C'] })]);
    const entry = p2.writes.find((w) => w.table === 'soaEntries')!.draft;
    expect(entry['implementationNote']).toBe('NIST: PM-1');
    // A row whose only word is in a note column records something; a row with nothing at all stays a blank template row.
    expect(p2.sheets[0]!.counts.new).toBe(2);
  });

  it('keeps a second column of measures, which the analysis proposes as controls too, in the notes rather than leaving it out (sessions 23, 24)', async () => {
    const reg = sheet('Register', 'risks', [['Risk ID', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Likelihood', 'likelihood'], ['Impact', 'impact'], ['Existing controls', 'controls'], ['Recommended controls', 'controls']], [
      ['R1', 'Ransomware on the file server', 'Chief Risk', 4, 5, 'Nightly backups', 'Immutable offsite copies'],
      ['R2', 'Phishing of finance staff', 'Chief Risk', 3, 4, 'Mail filtering', ''],
    ]);
    const mapping = mappingFromAnalysis(reg);
    expect(mapping.noteColumns).toEqual(['G']);
    const plan = await planImport(db, ws, [input(reg)]);
    const risk = (ref: string) => plan.writes.find((w) => w.table === 'risks' && w.ref === ref)!.draft;
    expect(risk('R1')['description']).toContain('Notes:\nRecommended controls: Immutable offsite copies');
    expect(String(risk('R2')['description'] ?? '')).not.toContain('Recommended controls');
  });

  it('renews only its notes on the next import: the description written in the app stays', async () => {
    const reg = () => jiraRegister('SEC-12');
    const first = await planImport(db, ws, [input(reg(), { noteColumns: ['F'] })]);
    await commitImport(db, ws, { fileName: 'first.csv', writes: first.writes }, 'tester');
    const r1 = (await db.records('risks').where({ workspaceId: ws }).toArray()).find((r) => r.ref === 'R1')!;
    await new Repository(db, () => 'tester').update(riskEntity, r1.id, { ...draftOf(riskEntity, r1), description: `Because restores are never tested.\n\n${String(r1['description'])}` }, r1.rev);
    const again = await planImport(db, ws, [input(reg(), { noteColumns: ['F'] })]);
    expect(again.sheets[0]!.counts).toMatchObject({ unchanged: 1 });
    const changed = jiraRegister('SEC-20');
    const next = await planImport(db, ws, [input(changed, { noteColumns: ['F'] })]);
    expect(next.writes.find((w) => w.table === 'risks')!.draft['description']).toBe('Because restores are never tested.\n\nNotes:\nJira: SEC-20');
  });

  it('says so when a number of the other edition is imported by its title', async () => {
    const s = sheet('SoA', 'soa', [['Control', 'controlId'], ['Title', 'controlTitle'], ['Applicable', 'applicable']], [['A.12.6.1', 'Management of technical vulnerabilities', 'Yes']]);
    const plan = await planImport(db, ws, [input(s)]);
    const row = plan.sheets[0]!.rows[0]!;
    expect(row.outcome).toBe('new');
    expect(row.warnings[0]).toMatchObject({ column: 'A', message: 'A.12.6.1 is not a control of Annex A 2022; its title is that of A.8.8, so the row is imported as A.8.8.' });
  });

  it('review 17: a dash in the applicability column still says no; in a status it is an empty value with no remark', async () => {
    const s = sheet('SoA', 'soa', [['Control', 'controlId'], ['Applicable', 'applicable'], ['Justification', 'justification'], ['Status', 'status']], [['A.5.1', 'Yes', 'Required', 'Implemented'], ['A.5.2', '-', 'Small company', '-']]);
    const plan = await planImport(db, ws, [input(s)]);
    const a52 = plan.writes.map((w) => w.draft).find((d) => (d['control'] as { id: string }[])[0]!.id === 'A.5.2')!;
    expect(a52).toMatchObject({ applicable: 'no', exclusionJustification: 'Small company' });
    expect(plan.sheets[0]!.rows[1]!.warnings.filter((w) => w.column === 'D')).toEqual([]);
  });

  it('review 17: a paragraph of the user\'s own that starts "Notes:" stays, and a kept note of several lines does not pile up', async () => {
    const reg = jiraRegister('SEC-12');
    await commitImport(db, ws, { fileName: 'a.csv', writes: (await planImport(db, ws, [input(reg, { noteColumns: ['F'] })])).writes }, 'tester');
    const r1 = (await db.records('risks').where({ workspaceId: ws }).toArray())[0]!;
    await new Repository(db, () => 'tester').update(riskEntity, r1.id, { ...draftOf(riskEntity, r1), description: `Notes: discussed with the DPO.\n\n${String(r1['description'])}` }, r1.rev);
    const again = await planImport(db, ws, [input(reg, { noteColumns: ['F'] })]);
    expect(again.sheets[0]!.counts).toMatchObject({ unchanged: 1 });
    const soa = () => sheet('SoA', 'soa', [['Control', 'controlId'], ['Applicable', 'applicable'], ['NIST', null]], [['A.5.1', 'Yes', 'PM-1\nPM-2']]);
    await commitImport(db, ws, { fileName: 'b.csv', writes: (await planImport(db, ws, [input(soa(), { noteColumns: ['C'] })])).writes }, 'tester');
    const entry = (await db.records('soaEntries').where({ workspaceId: ws }).toArray())[0]!;
    expect(entry['implementationNote']).toBe('NIST: PM-1; PM-2');
    expect((await planImport(db, ws, [input(soa(), { noteColumns: ['C'] })])).sheets[0]!.counts).toMatchObject({ unchanged: 1 });
  });

  it('tells an unknown control against the column it stands in, also when that column is the title', async () => {
    const s = sheet('SoA', 'soa', [['Control', 'controlTitle'], ['Applicable', 'applicable']], [['A.5.1 Policies', 'Yes'], ['A.5.99 Typo', 'Yes']]);
    const plan = await planImport(db, ws, [input(s)]);
    expect(plan.sheets[0]!.rows.find((r) => r.row === 3)!.problems[0]).toMatchObject({ column: 'A', header: 'Control', value: 'A.5.99 Typo', message: 'A.5.99 is not a control of Annex A 2022.' });
  });

  it('rejects a row that decides a group of controls at once, and says why', async () => {
    const s = sheet('SoA', 'soa', SOA_COLUMNS, [['A.7.x Physical controls', '', 'Yes', 'Offices and devices', 'Planned'], ['A.5.1', 'Policies', 'Yes', 'Contract', 'Implemented']]);
    const plan = await planImport(db, ws, [input(s)]);
    expect(plan.sheets[0]!.counts).toMatchObject({ new: 1, rejected: 1 });
    expect(plan.sheets[0]!.rows.find((r) => r.problems.length)!.problems[0]!.message).toBe('A.7.x names a group of controls, not one control: give each control its own row to import it.');
  });

  it('without an applicability column, reads "Not applicable" as excluded and an implementation status as applicable, to be confirmed', async () => {
    const s = sheet('SoA', 'soa', [['Control', 'controlId'], ['Status', 'status'], ['Notes', 'notes']], [
      ['A.5.1', 'Implemented', 'Policy set approved'],
      ['A.5.7', 'Not applicable', 'No threat feed'],
      ['A.8.1', 'Not implemented', 'Laptops unmanaged'],
    ]);
    const plan = await planImport(db, ws, [input(s)]);
    const entry = (id: string) => plan.writes.find((w) => w.table === 'soaEntries' && (w.draft['control'] as { id: string }[])[0]!.id === id)!.draft;
    expect(entry('A.5.1')).toMatchObject({ applicable: 'yes', pendingReview: true, implementationStatus: 'implemented' });
    expect(entry('A.5.7')).toMatchObject({ applicable: 'no' });
    expect(entry('A.8.1')).toMatchObject({ applicable: 'undecided', implementationStatus: 'not_implemented' });
    const warnings = plan.sheets[0]!.rows.flatMap((r) => r.warnings.map((w) => w.message));
    expect(warnings).toContain('No applicability column: the control is taken as applicable from its status, to be confirmed in the SoA.');
    expect(warnings).toContain('“Not applicable”: the control is imported as excluded; give the reason in the SoA.');
  });

  it('says that a 2013 objective ("A.9.1") groups controls, rather than that it is no control', async () => {
    const s = { ...sheet('SoA', 'soa', [['Control Number', 'controlId'], ['Control Name', 'controlTitle'], ['Applicability', 'applicable']], [
      ['A.9.1', 'Business requirements of access control', 'Applicable'],
      ['A.9.1.1', 'Access control policy', 'Applicable'],
      ['A.9.2.1', 'User registration and de-registration', 'Applicable'],
      ['A.12.1.2', 'Change management', 'Applicable'],
    ]), edition: '2013' as const };
    const plan = await planImport(db, ws, [input(s)]);
    const rejected = plan.sheets[0]!.rows.filter((r) => r.problems.length);
    expect(rejected.map((r) => r.problems[0]!.message)).toEqual(['A.9.1 names a group of controls, not one control: give each control its own row to import it.']);
  });

  it('rejects a row about a range or a list of controls instead of deciding for the first of them only', async () => {
    const s = sheet('SoA', 'soa', [['Control area', 'controlTitle'], ['Status', 'status'], ['Notes', 'notes']], [
      ['A.8.1-A.8.5 (Access control)', 'Implemented', 'Zero trust in place'],
      ['A.5.1, A.5.2', 'Implemented', 'Policy set'],
      ['A.5.7 Threat intelligence', 'Planned', 'Next quarter'],
    ]);
    const plan = await planImport(db, ws, [input(s)]);
    expect(plan.sheets[0]!.counts).toMatchObject({ new: 1, rejected: 2 });
    const messages = plan.sheets[0]!.rows.filter((r) => r.problems.length).map((r) => r.problems[0]!.message);
    expect(messages).toEqual([
      'This row is about several controls (the range A.8.1–A.8.5), not one: give each control its own row to import it.',
      'This row is about several controls (A.5.1, A.5.2), not one: give each control its own row to import it.',
    ]);
  });

  describe('a 2013 SoA in a workspace on the 2022 edition', () => {
    const rows2013 = (): unknown[][] => [
      ['A.5.1.1', 'Policies for information security', 'Yes', 'Board asked for it', 'Implemented', 'Ana Novak', 'Policy v2'],
      ['A.5.1.2', 'Review of the policies', 'Yes', 'Yearly review', 'Partially implemented', '', ''],
      ['A.12.6.1', 'Management of technical vulnerabilities', 'Yes', 'Risk R1', 'Implemented', '', 'Scan reports'],
      ['A.18.2.3', 'Technical compliance review', 'No', 'Covered by the scans', '', '', ''],
    ];
    const soa2013 = (rows = rows2013()) => {
      const s = sheet('SoA 2013', 'soa', SOA_COLUMNS, rows);
      s.edition = '2013';
      return s;
    };
    const control = (w: { draft: Record<string, unknown> }) => (w.draft['control'] as { edition: string; id: string }[])[0]!;
    const entryOf = (plan: { writes: { table: string; draft: Record<string, unknown> }[] }, id: string) => plan.writes.find((w) => w.table === 'soaEntries' && control(w).id === id)?.draft;

    it('carries the rows over to the 2022 controls that replace them, to be confirmed', async () => {
      const plan = await planImport(db, ws, [input(soa2013())]);
      const soaWrites = plan.writes.filter((w) => w.table === 'soaEntries');
      expect(soaWrites.map((w) => `${control(w).edition}:${control(w).id}`).sort()).toEqual(['2022:A.5.1', '2022:A.5.36', '2022:A.8.8']);
      // Two 2013 rows feed A.5.1: the least advanced status, each text marked with its source.
      expect(entryOf(plan, 'A.5.1')).toMatchObject({
        applicable: 'yes',
        implementationStatus: 'partially_implemented',
        inclusionJustification: '[A.5.1.1] Board asked for it\n[A.5.1.2] Yearly review',
        evidence: ['[A.5.1.1] Policy v2'],
        pendingReview: true,
      });
      // A.8.8 replaces A.12.6.1 (applicable) and A.18.2.3 (excluded): applicable wins, and the preview says so.
      expect(entryOf(plan, 'A.8.8')).toMatchObject({ applicable: 'yes', implementationStatus: 'implemented' });
      const remarks = plan.sheets[0]!.rows.flatMap((r) => r.warnings.map((w) => w.message));
      expect(remarks[0]).toBe('A.8.8 of the 2022 edition merges 2013 controls decided differently (A.18.2.3 excluded): it is applicable, and the exclusion\'s text is kept in it to check.');
      // …and A.5.36, left undecided, says why (user test 19).
      expect(remarks[1]).toMatch(/^A\.5\.36 of the 2022 edition also replaces A\.18\.2\.\d.*which the file does not decide: it is left undecided, with the exclusion's reason kept in it/);
      expect(remarks).toHaveLength(2);
      // A.5.36 replaces A.18.2.3 and others the file does not give: not excluded on one source's word.
      expect(entryOf(plan, 'A.5.36')).toMatchObject({ applicable: 'undecided', exclusionJustification: '[A.18.2.3] Covered by the scans' });
      const p = plan.sheets[0]!;
      expect(p.counts).toEqual({ new: 3, updated: 0, unchanged: 0, rejected: 0 });
      expect(p.rows.map((r) => r.outcome)).toEqual(['new', 'new', 'new', 'new']);
      expect(p.notes[0]).toMatch(/its 4 rows are carried over to 3 controls of the 2022 edition that replace them/);
      expect(p.notes.join(' ')).not.toMatch(/does not list/);
      expect(plan.writes.find((w) => w.table === 'soaEntries')!.label).toMatch(/^SoA 2013 rows? [\d, ]+ → 2022 A\./);
    });

    it('is unchanged on re-import, also once confirmed, and keeps what the file leaves blank', async () => {
      const first = await planImport(db, ws, [input(soa2013())]);
      await commitImport(db, ws, { fileName: 'soa-2013.xlsx', writes: first.writes }, 'tester');
      const again = await planImport(db, ws, [input(soa2013())]);
      expect(again.sheets[0]!.counts).toEqual({ new: 0, updated: 0, unchanged: 3, rejected: 0 });
      expect(again.writes.filter((w) => w.table === 'soaEntries')).toEqual([]);
      // Someone confirms A.8.8 and names its owner; the same file again changes nothing.
      const stored = (await db.records('soaEntries').where({ workspaceId: ws }).toArray()).find((e) => control({ draft: e }).id === 'A.8.8')!;
      const ana = first.writes.find((w) => w.table === 'persons')!.id;
      await new Repository(db, () => 'tester').update(soaEntryEntity, stored.id, { ...draftOf(soaEntryEntity, stored), pendingReview: false, owner: ana }, stored.rev);
      const third = await planImport(db, ws, [input(soa2013())]);
      expect(third.sheets[0]!.counts).toEqual({ new: 0, updated: 0, unchanged: 3, rejected: 0 });
      // A changed file updates a row still to be confirmed (A.5.36), never the confirmed one (A.8.8), which it names.
      const rows = rows2013();
      rows[2]![4] = 'Planned';
      rows[3]![3] = 'Covered by the yearly audit';
      const fourth = await planImport(db, ws, [input(soa2013(rows))]);
      expect(fourth.sheets[0]!.counts).toEqual({ new: 0, updated: 1, unchanged: 2, rejected: 0 });
      expect(entryOf(fourth, 'A.8.8')).toBeUndefined();
      expect(entryOf(fourth, 'A.5.36')).toMatchObject({ exclusionJustification: '[A.18.2.3] Covered by the yearly audit', pendingReview: true });
      expect(fourth.sheets[0]!.rows.find((r) => r.row === 4)!.warnings[0]!.message).toMatch(/^A\.8\.8 of the 2022 edition is already decided in the workspace/);
      expect(fourth.sheets[0]!.notes[0]).toMatch(/1 control is already decided in the workspace and left as it is/);
      expect(await db.records('soaEntries').where({ workspaceId: ws }).count()).toBe(3);
    });

    it("lets the file's own 2022 SoA win over a 2013 one, in either order, and remarks on the 2013 rows it supersedes", async () => {
      const own = sheet('SoA 2022', 'soa', SOA_COLUMNS, [['A.5.1', 'Policies for information security', 'Yes', 'Board decision', 'Implemented', '', '']]);
      for (const order of [[soa2013(), own], [own, soa2013()]]) {
        const plan = await planImport(db, ws, order.map((s) => input(s)));
        const a51 = plan.writes.filter((w) => w.table === 'soaEntries' && control(w).id === 'A.5.1');
        expect(a51).toHaveLength(1);
        expect(a51[0]!.draft).toMatchObject({ inclusionJustification: 'Board decision', pendingReview: false });
        const carried = plan.sheets.find((p) => p.sheet === 'SoA 2013')!;
        // The two rows that feed only A.5.1 change nothing, and say which row gives it.
        expect(carried.rows.filter((r) => r.outcome === 'rejected')).toEqual([]);
        expect(carried.rows.filter((r) => r.row <= 3).map((r) => [r.outcome, r.warnings[0]?.message])).toEqual([
          ['unchanged', expect.stringMatching(/^A\.5\.1 of the 2022 edition is given by another SoA sheet of this file \(its row 2\), which takes precedence/)],
          ['unchanged', expect.stringMatching(/^A\.5\.1 of the 2022 edition/)],
        ]);
        await expect(commitImport(db, ws, { fileName: 'both.xlsx', writes: plan.writes }, 'tester')).resolves.toBeDefined();
        await undoLastImport(db, ws, 'tester');
      }
      // Two 2013 sheets: the second one's controls are already given by the first.
      const twice = await planImport(db, ws, [input(soa2013()), input({ ...soa2013(), name: 'Copy' })]);
      expect(twice.sheets.find((p) => p.sheet === 'Copy')!.counts).toMatchObject({ new: 0, rejected: 0 });
      expect(twice.sheets.find((p) => p.sheet === 'Copy')!.rows.every((r) => r.warnings.length > 0)).toBe(true);
      await expect(commitImport(db, ws, { fileName: 'twice.xlsx', writes: twice.writes }, 'tester')).resolves.toBeDefined();
    });

    it('fills the empty rows "Add rows to decide" made, which decide nothing yet', async () => {
      await addMissingRows(db, new Repository(db, () => 'tester'), ws);
      const plan = await planImport(db, ws, [input(soa2013())]);
      expect(plan.sheets[0]!.counts).toEqual({ new: 0, updated: 3, unchanged: 0, rejected: 0 });
      expect(entryOf(plan, 'A.5.1')).toMatchObject({ applicable: 'yes', pendingReview: true });
    });

    it('keeps what a merged 2022 row holds from the 2013 controls the file leaves out', async () => {
      const first = await planImport(db, ws, [input(soa2013())]);
      await commitImport(db, ws, { fileName: 'soa-2013.xlsx', writes: first.writes }, 'tester');
      // Only A.5.1.1 again, now implemented with new evidence: A.5.1.2's part of A.5.1 stays, and so does its status.
      const part = await planImport(db, ws, [input(soa2013([['A.5.1.1', 'Policies for information security', 'Yes', 'Board asked again', 'Implemented', '', 'Policy v3']]))]);
      expect(entryOf(part, 'A.5.1')).toMatchObject({
        inclusionJustification: '[A.5.1.2] Yearly review\n[A.5.1.1] Board asked again',
        evidence: ['[A.5.1.1] Policy v3'],
        implementationStatus: 'partially_implemented',
        applicable: 'yes',
      });
    });

    it('clears the reasons of a control the file now excludes, and keeps a row that feeds a rejected control', async () => {
      const first = await planImport(db, ws, [input(soa2013())]);
      await commitImport(db, ws, { fileName: 'soa-2013.xlsx', writes: first.writes }, 'tester');
      const stored = (await db.records('soaEntries').where({ workspaceId: ws }).toArray()).find((e) => control({ draft: e }).id === 'A.5.1')!;
      await new Repository(db, () => 'tester').update(soaEntryEntity, stored.id, { ...draftOf(soaEntryEntity, stored), reasons: ['LR'] }, stored.rev);
      const no = await planImport(db, ws, [input(soa2013([
        ['A.5.1.1', 'Policies', 'No', 'Not needed', '', '', ''],
        ['A.5.1.2', 'Review', 'No', 'Not needed', '', '', ''],
      ]))]);
      expect(no.sheets[0]!.counts.rejected).toBe(0);
      expect(entryOf(no, 'A.5.1')).toMatchObject({ applicable: 'no', reasons: [] });
    });

    it('rejects a 2013 control given twice, naming the first row', async () => {
      const rows = [...rows2013(), ['A.5.1.1', 'Policies', 'No', 'Duplicate', '', '', '']];
      const plan = await planImport(db, ws, [input(soa2013(rows))]);
      const p = plan.sheets[0]!;
      expect(p.counts.rejected).toBe(1);
      expect(p.rows.find((r) => r.outcome === 'rejected')!.problems[0]!.message).toMatch(/The same control as row \d+/);
    });

    it('stays on 2013 controls in a workspace on the 2013 edition', async () => {
      const ws13 = (await new Workspaces(db, () => 'tester').create({ ...newWorkspaceDraft('Old'), edition: '2013' })).id;
      const plan = await planImport(db, ws13, [input(soa2013())]);
      expect(plan.writes.filter((w) => w.table === 'soaEntries').map((w) => control(w).edition)).toEqual(['2013', '2013', '2013', '2013']);
      expect(plan.sheets[0]!.notes.join(' ')).not.toMatch(/carried over/);
    });
  });

  it('updates the entry of the same control on re-import', async () => {
    const snap = async () => loadSnapshot(db, ws);
    const before = await snap();
    // Nothing written since: the stamp is the same; a write changes it.
    expect(await snapshotStamp(db, ws)).toBe(before.stamp);
    const first = buildPlan(before, [input(sheet('SoA', 'soa', SOA_COLUMNS, soaRows()))]);
    await commitImport(db, ws, { fileName: 'soa.xlsx', writes: first.writes }, 'tester');
    expect(await snapshotStamp(db, ws)).not.toBe(before.stamp);
    const rows = soaRows();
    rows[1]![4] = 'Implemented';
    const second = buildPlan(await snap(), [input(sheet('SoA', 'soa', SOA_COLUMNS, rows))]);
    expect(second.sheets[0]!.counts).toEqual({ new: 0, updated: 1, unchanged: 4, rejected: 1 });
    await commitImport(db, ws, { fileName: 'soa.xlsx', writes: second.writes }, 'tester');
    const entries = await db.records('soaEntries').where({ workspaceId: ws }).toArray();
    expect(entries).toHaveLength(5);
    expect(entries.find((e) => (e['control'] as { id: string }[])[0]!.id === 'A.5.2')?.['implementationStatus']).toBe('implemented');
  });
});

describe('an SoA of another control set', () => {
  /** The control id of each SoA entry a plan writes, and the custom controls it adds. */
  const soaIds = (plan: ImportPlan): string[] => plan.writes.filter((w) => w.table === 'soaEntries').map((w) => (w.draft['control'] as { id: string }[])[0]!.id);
  const addedControls = (plan: ImportPlan): string[] => plan.added.filter((a) => a.table === 'customControls').map((a) => a.name);
  const SOC2_COLUMNS: [string, string | null][] = [['TSC', 'controlId'], ['Control description', 'controlTitle'], ['Status', 'status']];
  const soc2 = (): unknown[][] => [
    ['CC6.1', 'Logical access is restricted to authorised users', 'Implemented'],
    ['CC6.2', 'New users are authorised before access is given', 'Partially implemented'],
    ['CC6.3', 'Access is removed on time when people leave', 'Planned'],
    ['A.5.15', 'Access control', 'Implemented'],
  ];

  it('adds each control as a custom control of its set, with its SoA entry, and updates them on re-import', async () => {
    const plan = buildPlan(await loadSnapshot(db, ws), [input(sheet('Controls', 'soa', SOC2_COLUMNS, soc2()))]);
    const p = plan.sheets[0]!;
    expect(p.counts).toEqual({ new: 4, updated: 0, unchanged: 0, rejected: 0 });
    expect(p.notes.join(' ')).toMatch(/Controls such as CC6\.1 are no Annex A controls but those of another set \(SOC 2\): each is added as a custom control/);
    expect(addedControls(plan)).toEqual(['CC6.1', 'CC6.2', 'CC6.3']);
    // An Annex A id among them stays an Annex A control.
    expect(plan.writes.filter((w) => w.table === 'soaEntries').map((w) => (w.draft['control'] as { edition: string; id: string }[])[0])).toEqual([
      { edition: 'custom', id: 'CC6.1' }, { edition: 'custom', id: 'CC6.2' }, { edition: 'custom', id: 'CC6.3' }, { edition: '2022', id: 'A.5.15' },
    ]);
    expect(p.rows[0]!.title).toBe('CC6.1 Logical access is restricted to authorised users');
    await commitImport(db, ws, { fileName: 'soc2.xlsx', writes: plan.writes }, 'tester');
    const custom = await db.records('customControls').where({ workspaceId: ws }).toArray();
    expect(custom.map((c) => [c['controlId'], c['source'], c['title']])).toContainEqual(['CC6.2', 'SOC 2', 'New users are authorised before access is given']);
    const rows = soc2();
    rows[2]![2] = 'Implemented';
    const again = buildPlan(await loadSnapshot(db, ws), [input(sheet('Controls', 'soa', SOC2_COLUMNS, rows))]);
    expect(again.sheets[0]!.counts).toEqual({ new: 0, updated: 1, unchanged: 3, rejected: 0 });
    expect(again.added).toEqual([]);
  });

  it("adds the organisation's own measures named without numbers as custom controls X.1, X.2…, finds them again by title, and leaves an Annex A title to Annex A (session 24)", async () => {
    const columns: [string, string | null][] = [['Control', 'controlTitle'], ['State', 'status'], ['Remarks', 'notes']];
    const rows = (firewall: string): unknown[][] => [
      ['Least privilege', 'Not implemented', 'Everyone can read the shared drive'],
      ['Firewall', firewall, 'Rules reviewed in March'],
      ['Information backup', 'Implemented', 'Nightly copies'],
    ];
    await new Repository(db, () => 'tester').create(customControlEntity, ws, emptyDraft(customControlEntity, { controlId: 'X.1', title: 'Clean desk', source: 'Own' }));
    const plan = buildPlan(await loadSnapshot(db, ws), [input(sheet('security-review', 'soa', columns, rows('Implemented')))]);
    const p = plan.sheets[0]!;
    expect(p.counts).toEqual({ new: 3, updated: 0, unchanged: 0, rejected: 0 });
    expect(p.notes.join(' ')).toMatch(/such as “Least privilege”\) are the organisation's own: each is added as a custom control of the set “security-review”, numbered X\.1, X\.2…/);
    // X.1 is taken: the new ones follow it; "Information backup" is Annex A's 8.13.
    expect(addedControls(plan)).toEqual(['X.2', 'X.3']);
    expect(soaIds(plan)).toEqual(['X.2', 'X.3', 'A.8.13']);
    await commitImport(db, ws, { fileName: 'review.csv', writes: plan.writes }, 'tester');
    const custom = await db.records('customControls').where({ workspaceId: ws }).toArray();
    expect(custom.map((c) => [c['controlId'], c['source'], c['title']])).toContainEqual(['X.3', 'security-review', 'Firewall']);
    const again = buildPlan(await loadSnapshot(db, ws), [input(sheet('security-review', 'soa', columns, rows('Partially implemented')))]);
    expect(again.sheets[0]!.counts).toEqual({ new: 0, updated: 1, unchanged: 2, rejected: 0 });
    expect(again.added).toEqual([]);
  });

  it("makes no custom control of an Annex A title's words, another edition's title, a placeholder, a formula or a heading, and says when a title is another set's (review 71)", async () => {
    const columns: [string, string | null][] = [['Control', 'controlTitle'], ['State', 'status'], ['Remarks', 'notes']];
    await new Repository(db, () => 'tester').create(customControlEntity, ws, emptyDraft(customControlEntity, { controlId: 'AC-2', title: 'Account management', source: 'NIST SP 800-53' }));
    const rows = [
      ['Information backups', 'Implemented', 'Nightly'],
      ['Management of removable media', 'Implemented', ''],
      ['Total', '12', ''],
      ['=HYPERLINK("http://x","Firewall")', 'Implemented', ''],
      ['Badge access', '', ''],
      ['Account management', 'Implemented', 'Quarterly review'],
      ['Least privilege', 'Planned', ''],
    ];
    const plan = buildPlan(await loadSnapshot(db, ws), [input(sheet('own-measures', 'soa', columns, rows))]);
    const p = plan.sheets[0]!;
    expect(p.rows.map((r) => r.outcome)).toEqual(['new', 'rejected', 'rejected', 'rejected', 'rejected', 'new', 'new']);
    expect(soaIds(plan)).toEqual(['A.8.13', 'AC-2', 'X.1']);
    expect(addedControls(plan)).toEqual(['X.1']);
    const said = p.rows.flatMap((r) => [...r.problems, ...r.warnings].map((w) => w.message)).join(' | ');
    expect(said).toMatch(/“Information backups” is read as A\.8\.13 Information backup/);
    expect(said).toMatch(/is the title of A\.8\.3\.1 of the 2013 edition, not of a control of 2022/);
    expect(said).toMatch(/“Total” names no control/);
    expect(said).toMatch(/“Badge access” is no Annex A control and the row decides nothing about it/);
    expect(said).toMatch(/is the title of the custom control AC-2 of the set “NIST SP 800-53”: this row decides about that control/);
  });

  it('numbers new own controls around the ids another SoA sheet of the workbook gives (review 71)', async () => {
    const own = sheet('Own measures', 'soa', [['Control', 'controlTitle'], ['State', 'status']], [['Firewall', 'Implemented'], ['Least privilege', 'Planned']]);
    const listed = sheet('Extra controls', 'soa', [['ID', 'controlId'], ['Control', 'controlTitle'], ['Status', 'status']], [['X.1', 'Clean desk', 'Implemented'], ['X.2', 'Visitor log', 'Planned']]);
    const plan = buildPlan(await loadSnapshot(db, ws), [input(own), input(listed)]);
    expect(plan.sheets.map((x) => x.counts.rejected)).toEqual([0, 0]);
    expect(addedControls(plan).sort()).toEqual(['X.1', 'X.2', 'X.3', 'X.4']);
    expect(soaIds(plan)).toEqual(['X.3', 'X.4', 'X.1', 'X.2']);
  });

  it('takes stray marks off own titles, tells two long titles apart by their whole text, and points at a column of their own numbers (review 72)', async () => {
    const columns: [string, string | null][] = [['Control', 'controlTitle'], ['State', 'status']];
    const long = (region: string) => `${'Encrypt every backup copy with keys held in the managed key service and rotated each year, '.repeat(3)}(${region} region)`;
    const rows = [['Firewall.', 'Implemented'], ['Least privilege:', 'Planned'], ['MFA*', 'Implemented'], [long('EU'), 'Implemented'], [long('US'), 'Planned']];
    const plan = buildPlan(await loadSnapshot(db, ws), [input(sheet('own', 'soa', columns, rows))]);
    expect(plan.sheets[0]!.counts).toMatchObject({ new: 5, rejected: 0 });
    expect(plan.writes.filter((w) => w.table === 'customControls').map((w) => w.draft['title']).slice(0, 3)).toEqual(['Firewall', 'Least privilege', 'MFA']);
    await commitImport(db, ws, { fileName: 'own.csv', writes: plan.writes }, 'tester');
    const again = buildPlan(await loadSnapshot(db, ws), [input(sheet('own', 'soa', columns, rows))]);
    expect(again.sheets[0]!.counts).toEqual({ new: 0, updated: 0, unchanged: 5, rejected: 0 });
    // A column of codes before the titles is the controls' numbers: the rows say so rather than number them X.n.
    const coded = sheet('own', 'soa', [['Ref', 'evidence'], ['Control', 'controlTitle'], ['Status', 'status']], [['SEC-01', 'Visitor log', 'Implemented'], ['SEC-02', 'Clean desk', 'Planned']]);
    const third = buildPlan(await loadSnapshot(db, ws), [input(coded)]);
    expect(third.sheets[0]!.counts.rejected).toBe(2);
    expect(third.sheets[0]!.rows[0]!.problems[0]!.message).toMatch(/Column A “Ref” holds numbers such as “SEC-01”: choose “Control id”/);
  });

  it('reads a CSV whole number written "1.0" as the id 1, as before (review 72)', async () => {
    const text = (id: (n: number) => string) => ['Risk ID,Risk,Owner,Likelihood,Impact', ...[1, 2, 3].map((n) => `${id(n)},Risk number ${n},Ana Novak,3,4`)].join('\n');
    const first = (await analyzeWorkbook(await workbookFromCsv(text((n) => String(n)), 'register.csv'))).sheets[0]!;
    const plan = buildPlan(await loadSnapshot(db, ws), [input(first)]);
    expect(plan.sheets[0]!.counts.new).toBe(3);
    await commitImport(db, ws, { fileName: 'register.csv', writes: plan.writes }, 'tester');
    const floats = (await analyzeWorkbook(await workbookFromCsv(text((n) => `${n}.0`), 'register.csv'))).sheets[0]!;
    expect(buildPlan(await loadSnapshot(db, ws), [input(floats)]).sheets[0]!.counts).toEqual({ new: 0, updated: 0, unchanged: 3, rejected: 0 });
  });

  it('keeps the trailing zero of an Annex A id a CSV file writes as a number ("5.10" is A.5.10, not A.5.1) (session 24)', async () => {
    // (No titles to recover them by.)
    const text = ['Control,Applicable,Justification', '5.1,Yes,Baseline', '5.10,Yes,Baseline', '5.30,No,Not needed', '8.10,Yes,GDPR', '8.2,Yes,Admins'].join('\n');
    const analysis = (await analyzeWorkbook(await workbookFromCsv(text, 'soa.csv'))).sheets[0]!;
    expect(analysis.kind).toBe('soa');
    const plan = buildPlan(await loadSnapshot(db, ws), [input(analysis)]);
    expect(plan.sheets[0]!.counts).toMatchObject({ new: 5, rejected: 0 });
    expect(soaIds(plan)).toEqual(['A.5.1', 'A.5.10', 'A.5.30', 'A.8.10', 'A.8.2']);
  });

  it('adds the controls of a statement of how each is implemented (a system security plan) undecided, with the statement in their notes (session 26)', async () => {
    const columns: [string, string | null][] = [['Control', 'controlId'], ['Title', 'controlTitle'], ['Implementation', 'notes'], ['Evidence', 'evidence']];
    const rows = [
      ['AC-2', 'Account Management', 'Accounts come from the identity provider and are reviewed each quarter', 'docs/access-review.md'],
      ['AU-6', 'Audit Record Review', 'Alerts from the log platform go to the on-call engineer', 'runbooks/alerts.md'],
      ['SC-28', 'Protection of Information at Rest', 'Disks are encrypted with keys held in the key service', 'infra/kms.tf'],
    ];
    const plan = buildPlan(await loadSnapshot(db, ws), [input(sheet('control-matrix', 'soa', columns, rows))]);
    const p = plan.sheets[0]!;
    expect(p.counts).toEqual({ new: 3, updated: 0, unchanged: 0, rejected: 0 });
    expect(addedControls(plan)).toEqual(['AC-2', 'AU-6', 'SC-28']);
    expect(p.notes.join(' ')).toMatch(/No column says whether each control applies or how far it is implemented: the controls come in undecided/);
    const drafts = plan.writes.filter((w) => w.table === 'soaEntries').map((w) => w.draft);
    expect(drafts.map((d) => d['applicable'])).toEqual(['undecided', 'undecided', 'undecided']);
    expect(String(drafts[0]!['implementationNote'])).toContain('reviewed each quarter');
    // A sheet of reasons only says where they go; a sheet whose rows are all rejected says nothing of undecided controls (review 75).
    const reasons = buildPlan(await loadSnapshot(db, ws), [input(sheet('reasons', 'soa', [['Control', 'controlId'], ['Title', 'controlTitle'], ['Why', 'justification']], rows.map((x) => [x[0], x[1], 'Needed for the contract'])))]);
    expect(reasons.sheets[0]!.notes.join(' ')).toMatch(/come in undecided, with what the file says of each under “Why it is included”/);
    const untitled = buildPlan(await loadSnapshot(db, ws), [input(sheet('untitled', 'soa', [['Control', 'controlId'], ['Implementation', 'notes']], rows.map((x) => [x[0], x[2]])))]);
    expect(untitled.sheets[0]!.counts).toEqual({ new: 0, updated: 0, unchanged: 0, rejected: 3 });
    expect(untitled.sheets[0]!.notes.join(' ')).not.toMatch(/come in undecided/);
  });

  it('reads a criterion written with its name in one cell ("**CC6.1** - Logical access…") as the id and title of its custom control', async () => {
    const columns: [string, string | null][] = [['Control Point', 'controlId'], ['Status', 'status']];
    const rows = [
      ['**CC6.1** - Logical access is restricted to authorised users', '✅ Implemented'],
      ['CC6.2 – New users are authorised before access is given', '⚠️ Partial'],
      ['CC6.3: Access is removed on time when people leave', '⚠️ TODO'],
    ];
    const plan = buildPlan(await loadSnapshot(db, ws), [input(sheet('SOC 2 readiness', 'soa', columns, rows))]);
    expect(plan.sheets[0]!.counts).toEqual({ new: 3, updated: 0, unchanged: 0, rejected: 0 });
    expect(plan.sheets[0]!.notes.join(' ')).toMatch(/Controls such as CC6\.1 are no Annex A controls but those of another set \(SOC 2\)/);
    expect(addedControls(plan)).toEqual(['CC6.1', 'CC6.2', 'CC6.3']);
    expect(plan.writes.filter((w) => w.table === 'soaEntries').map((w) => w.draft['implementationStatus'])).toEqual(['implemented', 'partially_implemented', 'planned']);
    await commitImport(db, ws, { fileName: 'soc2.md', writes: plan.writes }, 'tester');
    const custom = await db.records('customControls').where({ workspaceId: ws }).toArray();
    expect(custom.map((c) => [c['controlId'], c['source'], c['title']])).toContainEqual(['CC6.2', 'SOC 2', 'New users are authorised before access is given']);
  });

  it('reads the numbers of a set headed by its name (CIS Safeguard: 5.1) as that set\'s, kept apart from Annex A by a prefix', async () => {
    const columns: [string, string | null][] = [['CIS Safeguard', 'controlId'], ['Title', 'controlTitle'], ['Implementation Status', 'status'], ['ISO 27001', null]];
    const rows = [
      ['1.1', 'Establish and maintain an enterprise asset inventory', 'Implemented', 'A.5.9'],
      ['4.1', 'Establish and maintain a secure configuration process', 'Partially implemented', 'A.8.9'],
      ['5.1', 'Establish and maintain an inventory of accounts', 'Planned', 'A.5.16'],
      ['6.3', 'Require MFA for externally-exposed applications', 'Implemented', 'A.8.5'],
    ];
    const plan = buildPlan(await loadSnapshot(db, ws), [input(sheet('CIS', 'soa', columns, rows))]);
    const p = plan.sheets[0]!;
    expect(p.counts).toEqual({ new: 4, updated: 0, unchanged: 0, rejected: 0 });
    expect(addedControls(plan)).toEqual(['CIS 1.1', 'CIS 4.1', 'CIS 5.1', 'CIS 6.3']);
    // 5.1 is CIS's, not Annex A's A.5.1.
    expect(plan.writes.filter((w) => w.table === 'soaEntries').map((w) => (w.draft['control'] as { edition: string; id: string }[])[0]!.edition)).toEqual(['custom', 'custom', 'custom', 'custom']);
    expect(p.notes.join(' ')).toMatch(/Controls such as CIS 1\.1 are no Annex A controls but those of another set \(CIS Controls\): each is added as a custom control of that set \(its number after “CIS”/);
    await commitImport(db, ws, { fileName: 'cis.xlsx', writes: plan.writes }, 'tester');
    const custom = await db.records('customControls').where({ workspaceId: ws }).toArray();
    expect(custom.find((c) => c['controlId'] === 'CIS 5.1')).toMatchObject({ source: 'CIS Controls', mapsTo: [{ edition: '2022', id: 'A.5.16' }] });
    // The next import of the same sheet finds them.
    const again = buildPlan(await loadSnapshot(db, ws), [input(sheet('CIS', 'soa', columns, rows))]);
    expect(again.sheets[0]!.counts).toEqual({ new: 0, updated: 0, unchanged: 4, rejected: 0 });
    expect(again.added).toEqual([]);
  });

  it('keeps Annex A where the id column only mentions a set (a mapping, the Czech "Čís.") or its rows carry Annex A titles', async () => {
    const rows = [
      ['5.1', 'Policies for information security', 'Implemented'],
      ['5.2', 'Information security roles and responsibilities', 'Implemented'],
      ['5.3', 'Segregation of duties', 'Planned'],
      ['8.5', 'Secure authentication', 'Implemented'],
    ];
    for (const header of ['Control (PCI mapping)', 'Čís. opatření', 'CIS ref']) {
      const plan = buildPlan(await loadSnapshot(db, ws), [input(sheet('SoA', 'soa', [[header, 'controlId'], ['Control', 'controlTitle'], ['Status', 'status']], rows))]);
      expect(plan.added, header).toEqual([]);
      expect(soaIds(plan), header).toEqual(['A.5.1', 'A.5.2', 'A.5.3', 'A.8.5']);
    }
  });

  it('reads a set\'s numbers with a letter, its prefix or its appendix as the set\'s, and tells which ids are none', async () => {
    const rows = [
      ['5.1a', 'Inventory of service accounts', 'Implemented'],
      ['CIS 6.3', 'MFA for exposed applications', 'Implemented'],
      ['A.5.15', 'Access control', 'Implemented'],
      ['5:1', 'A typo', 'Planned'],
    ];
    const plan = buildPlan(await loadSnapshot(db, ws), [input(sheet('CIS', 'soa', [['CIS Safeguard', 'controlId'], ['Title', 'controlTitle'], ['Status', 'status']], rows))]);
    expect(addedControls(plan)).toEqual(['CIS 5.1a', 'CIS 6.3']);
    expect(soaIds(plan)).toEqual(['CIS 5.1a', 'CIS 6.3', 'A.5.15']);
    expect(plan.sheets[0]!.rows[3]!.problems[0]!.message).toBe('“5:1” is no number of CIS Controls (such as 5.1 or CIS 5.1).');
    // Words around a number of Annex A's shape ("Safeguard 8.3", "CIS-5.1") are no Annex A control either.
    const worded = buildPlan(await loadSnapshot(db, ws), [input(sheet('CIS', 'soa', [['CIS Safeguard', 'controlId'], ['Title', 'controlTitle'], ['Status', 'status']], [['5.1', 'Accounts', 'Implemented'], ['6.3', 'MFA', 'Implemented'], ['Safeguard 8.3', 'Logs', 'Planned'], ['CIS-5.2', 'Other', 'Planned']]))]);
    expect(soaIds(worded)).toEqual(['CIS 5.1', 'CIS 6.3']);
    expect(worded.sheets[0]!.rows[2]!.problems[0]!.message).toBe('“Safeguard 8.3” is no number of CIS Controls (such as 5.1 or CIS 5.1).');
    const pci = buildPlan(await loadSnapshot(db, ws), [input(sheet('PCI', 'soa', [['PCI DSS requirement', 'controlId'], ['Title', 'controlTitle'], ['Status', 'status']], [['1.2.1', 'Configuration standards', 'Implemented'], ['A1.1.1', 'Logical separation for providers', 'Planned'], ['12.10.1', 'Incident response plan', 'Implemented']]))]);
    expect(addedControls(pci)).toEqual(['PCI 1.2.1', 'PCI A1.1.1', 'PCI 12.10.1']);
  });

  it('lets a register of the same workbook name the controls its SoA sheet adds', async () => {
    const reg = sheet('Register', 'risks', [['Risk ID', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Likelihood', 'likelihood'], ['Impact', 'impact'], ['Controls', 'controls']], [
      ['R1', 'Unauthorised access to the platform', 'Ana Novak', 3, 4, 'CC6.1, A.5.15'],
      ['R2', 'Access kept after leaving', 'Ana Novak', 2, 4, 'CC6.3'],
    ]);
    const plan = buildPlan(await loadSnapshot(db, ws), [input(reg), input(sheet('Controls', 'soa', SOC2_COLUMNS, soc2()))]);
    const refs = (ref: string) => JSON.stringify(plan.writes.find((w) => w.table === 'risks' && w.ref === ref)!.draft);
    expect(refs('R1')).toContain('{"edition":"custom","id":"CC6.1"}');
    expect(refs('R1')).toContain('{"edition":"2022","id":"A.5.15"}');
    expect(refs('R2')).toContain('{"edition":"custom","id":"CC6.3"}');
    expect(plan.sheets[0]!.rows.flatMap((r) => r.warnings.map((w) => w.message)).join(' ')).not.toMatch(/CC6/);
    await commitImport(db, ws, { fileName: 'both.xlsx', writes: plan.writes }, 'tester');
    expect((await db.records('customControls').where({ workspaceId: ws }).toArray()).map((c) => c['controlId']).sort()).toEqual(['CC6.1', 'CC6.2', 'CC6.3']);
  });

  it('reads HIPAA paragraphs with or without "§", and a lower-case or bracketed CIS header, as the set\'s', async () => {
    const hipaa = buildPlan(await loadSnapshot(db, ws), [input(sheet('HIPAA', 'soa', [['HIPAA citation', 'controlId'], ['Standard', 'controlTitle'], ['Status', 'status']], [
      ['§164.308(a)(1)', 'Security management process', 'Implemented'], ['§ 164.312(b)', 'Audit controls', 'Planned'], ['164.310(a)(1)', 'Facility access controls', 'Implemented'],
    ]))]);
    expect(addedControls(hipaa)).toEqual(['HIPAA 164.308(a)(1)', 'HIPAA 164.312(b)', 'HIPAA 164.310(a)(1)']);
    expect(hipaa.sheets[0]!.counts.rejected).toBe(0);
    for (const header of ['cis_safeguard', 'Safeguard (CIS v8)']) {
      const cis = buildPlan(await loadSnapshot(db, ws), [input(sheet('CIS', 'soa', [[header, 'controlId'], ['Title', 'controlTitle'], ['Status', 'status']], [['5.1', 'Inventory of accounts', 'Implemented'], ['6.3', 'MFA for exposed apps', 'Planned']]))]);
      expect(addedControls(cis), header).toEqual(['CIS 5.1', 'CIS 6.3']);
    }
  });

  it('adds a control a kept risk names even where its SoA row is left out, under the first spelling', async () => {
    const reg = sheet('Register', 'risks', [['Risk ID', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Likelihood', 'likelihood'], ['Impact', 'impact'], ['Controls', 'controls']], [
      ['R1', 'Unauthorised access to the platform', 'Ana Novak', 3, 4, 'cc6.2'],
    ]);
    const rows = soc2();
    rows[1]![2] = 'banana';
    const soa = sheet('Controls', 'soa', [...SOC2_COLUMNS, ['Owner', 'owner']], rows.map((r, i) => [...r, i === 1 ? 'x'.repeat(300) : 'Ana Novak']));
    const plan = buildPlan(await loadSnapshot(db, ws), [input(reg), input(soa)]);
    expect(plan.sheets[1]!.counts.rejected).toBe(1);
    expect(JSON.stringify(plan.writes.find((w) => w.table === 'risks')!.draft)).toContain('{"edition":"custom","id":"CC6.2"}');
    await commitImport(db, ws, { fileName: 'both.xlsx', writes: plan.writes }, 'tester');
    expect((await db.records('customControls').where({ workspaceId: ws }).toArray()).map((c) => c['controlId']).sort()).toEqual(['CC6.1', 'CC6.2', 'CC6.3']);
  });

  it('undoing the import keeps the custom controls a later record names, or a kept SoA entry needs', async () => {
    const plan = buildPlan(await loadSnapshot(db, ws), [input(sheet('Controls', 'soa', SOC2_COLUMNS, soc2()))]);
    await commitImport(db, ws, { fileName: 'soc2.xlsx', writes: plan.writes }, 'tester');
    const repo = new Repository(db, () => 'tester');
    const ana = await repo.create(personEntity, ws, emptyDraft(personEntity, { name: 'Ana Novak', kind: 'employee', active: true }));
    await repo.create(riskEntity, ws, emptyDraft(riskEntity, { title: 'Stale accounts', kind: 'infosec_risk', status: 'draft', approach: 'scenario_based', description: 'Leavers keep their accounts', owner: ana.id, existingControls: [{ edition: 'custom', id: 'CC6.1' }] }));
    const entries = await db.records('soaEntries').where({ workspaceId: ws }).toArray();
    const cc62 = entries.find((e) => (e['control'] as { id: string }[])[0]!.id === 'CC6.2')!;
    await repo.update(soaEntryEntity, cc62.id, { ...draftOf(soaEntryEntity, cc62), implementationNote: 'Checked by the auditor' }, cc62.rev);
    await expect(undoLastImport(db, ws, 'tester')).rejects.toThrow(/cannot be undone as a whole/);
    const undone = await undoLastImport(db, ws, 'tester', { keepChanged: true });
    expect(undone.kept.filter((k) => k.table === 'customControls').map((k) => [k.shown, k.why])).toEqual([
      [expect.stringContaining('Logical access is restricted'), 'linked'],
      [expect.stringContaining('New users are authorised'), 'needed'],
    ]);
    const left = await db.records('customControls').where({ workspaceId: ws }).toArray();
    expect(left.map((c) => c['controlId']).sort()).toEqual(['CC6.1', 'CC6.2']);
  });

  it('reports unknown ids of an Annex A SoA as mistakes, not as controls of another set', async () => {
    const rows = [['A.5.1', 'Policies', 'Implemented'], ['A.5.2', 'Roles', 'Implemented'], ['A.5.99', 'Typo', 'Planned']];
    const plan = buildPlan(await loadSnapshot(db, ws), [input(sheet('SoA', 'soa', SOC2_COLUMNS, rows))]);
    expect(plan.sheets[0]!.counts.rejected).toBe(1);
    expect(plan.added).toEqual([]);
  });

  it('names the set of its own ids after the sheet, and refuses an id no custom control may have', async () => {
    const rows = [['CTL-001', 'Firewall rules reviewed', 'Implemented'], ['CTL-002', 'Backups tested', 'Planned'], ['CTL 003 ?!', 'Odd id', 'Planned']];
    const plan = buildPlan(await loadSnapshot(db, ws), [input(sheet('Internal controls', 'soa', SOC2_COLUMNS, rows))]);
    expect(plan.writes.find((w) => w.table === 'customControls')!.draft['source']).toBe('Internal controls');
    expect(plan.sheets[0]!.rows[2]).toMatchObject({ outcome: 'rejected' });
    expect(JSON.stringify(plan.sheets[0]!.rows[2])).toMatch(/“CTL 003 \?!” is no Annex A control, and not shaped as the id of a control of Internal controls/);
  });

  it('adds the controls a grown sheet brings to the set on re-import, and the set rows of an Annex A SoA', async () => {
    const first = buildPlan(await loadSnapshot(db, ws), [input(sheet('Controls', 'soa', SOC2_COLUMNS, soc2()))]);
    await commitImport(db, ws, { fileName: 'soc2.xlsx', writes: first.writes }, 'tester');
    const grown = [...soc2(), ['CC7.3', 'Incidents are evaluated', 'Planned'], ['A1.2', 'Recovery infrastructure is in place', 'Implemented']];
    const again = buildPlan(await loadSnapshot(db, ws), [input(sheet('Sheet1', 'soa', SOC2_COLUMNS, grown))]);
    expect(again.sheets[0]!.counts).toEqual({ new: 2, updated: 0, unchanged: 4, rejected: 0 });
    // The new ones join the set the others belong to, whatever the sheet is called ("A1.2" is SOC 2's, not Annex A's).
    expect(again.writes.filter((w) => w.table === 'customControls').map((w) => [w.draft['controlId'], w.draft['source']])).toEqual([['CC7.3', 'SOC 2'], ['A1.2', 'SOC 2']]);
    const mixed = [['A.5.1', 'Policies', 'Implemented'], ['A.5.2', 'Roles', 'Implemented'], ['A.8.13', 'Backup', 'Planned'], ['AC-2(1)', 'Automated account management', 'Planned'], ['AC-2(3)', 'Disable accounts', 'Implemented']];
    const both = buildPlan(await loadSnapshot(db, ws), [input(sheet('SoA', 'soa', SOC2_COLUMNS, mixed))]);
    expect(both.sheets[0]!.counts).toMatchObject({ new: 5, rejected: 0 });
    expect(both.writes.filter((w) => w.table === 'customControls').map((w) => [w.draft['controlId'], w.draft['source']])).toEqual([['AC-2(1)', 'NIST SP 800-53'], ['AC-2(3)', 'NIST SP 800-53']]);
  });

  it('keeps summary, note and mistyped rows of an Annex A SoA as mistakes, and reads long ids quickly', async () => {
    const rows = [
      ...['A.5.1', 'A.5.2', 'A.5.3', 'A.5.4', 'A.5.5'].map((id) => [id, 'Some control', 'Implemented']),
      ['Total 93', 'Controls', 'Implemented'], ['Note 1', 'See the policy', 'Implemented'], ['AS.5.2', 'Typo', 'Planned'], ['Ä.5.3', 'Typo', 'Planned'],
      ['CC6.1', 'Logical access', 'Implemented'], ['CC6.2', 'New users', 'Planned'],
      ['Informationssicherheitsleitlinienpruefung*', 'Not an id', 'Planned'],
    ];
    const plan = buildPlan(await loadSnapshot(db, ws), [input(sheet('SoA', 'soa', SOC2_COLUMNS, rows))]);
    expect(plan.writes.filter((w) => w.table === 'customControls').map((w) => w.draft['controlId'])).toEqual(['CC6.1', 'CC6.2']);
    expect(plan.sheets[0]!.rows.filter((r) => r.outcome === 'rejected').map((r) => r.row)).toEqual([7, 8, 9, 10, 13]);
    expect(plan.sheets[0]!.rows.find((r) => r.row === 4)).toMatchObject({ outcome: 'new' });
  });

  it('names a control of the same id in another set, and files new ones under the set their ids say', async () => {
    await new Repository(db, () => 'tester').create(customControlEntity, ws, emptyDraft(customControlEntity, { controlId: 'AC-1', title: 'Access policy', source: 'In-house' }));
    const rows = [['AC-1', 'Policy and procedures', 'Implemented'], ['AC-2', 'Account management', 'Implemented'], ['AC-3', 'Access enforcement', 'Planned'], ['AC-2(1)', 'Automated account management', 'Planned']];
    const plan = buildPlan(await loadSnapshot(db, ws), [input(sheet('NIST', 'soa', SOC2_COLUMNS, rows))]);
    expect(plan.writes.filter((w) => w.table === 'customControls').map((w) => w.draft['source'])).toEqual(['NIST SP 800-53', 'NIST SP 800-53', 'NIST SP 800-53']);
    expect(JSON.stringify(plan.sheets[0]!.rows[0]!.warnings)).toMatch(/AC-1 is already a custom control of the set “In-house”/);
  });

  it('relates controls only to a column of Annex A ids, never to one of decimals, and reads each row’s set from its own column', async () => {
    const columns: [string, string | null][] = [['Control', 'controlId'], ['Title', 'controlTitle'], ['Maturity score', null], ['Theme or group', null], ['Status', 'status']];
    const rows = [['CC6.1', 'Logical access', 5.5, 'SOC 2', 'Implemented'], ['CLD.1', 'Cloud tenancy reviewed', 6.2, 'Cloud security', 'Planned'], ['CLD.2', 'Cloud keys rotated', 7.1, 'Cloud security', 'Implemented']];
    const plan = buildPlan(await loadSnapshot(db, ws), [input(sheet('Statement of Applicability', 'soa', columns, rows))]);
    expect(plan.writes.filter((w) => w.table === 'customControls').map((w) => [w.draft['controlId'], w.draft['source'], w.draft['mapsTo']])).toEqual([
      ['CC6.1', 'SOC 2', []], ['CLD.1', 'Cloud security', []], ['CLD.2', 'Cloud security', []],
    ]);
    expect(plan.sheets[0]!.notes.join(' ')).not.toMatch(/related to the Annex A controls/);
    // Beside Annex A rows (the app's own export), a row whose set column names its set is a control of that set.
    const exported = [...['A.5.1', 'A.5.2', 'A.5.3', 'A.5.4'].map((id) => [id, 'Some control', '', 'Organizational', 'Implemented']), ...rows];
    const again = buildPlan(await loadSnapshot(db, ws), [input(sheet('Statement of Applicability', 'soa', columns, exported))]);
    expect(again.writes.filter((w) => w.table === 'customControls').map((w) => [w.draft['controlId'], w.draft['source']])).toEqual([['CC6.1', 'SOC 2'], ['CLD.1', 'Cloud security'], ['CLD.2', 'Cloud security']]);
    // Read again with a control more, the stored ones are in the set their row names: no remark about another set.
    await commitImport(db, ws, { fileName: 'soa.xlsx', writes: again.writes }, 'tester');
    const grown = buildPlan(await loadSnapshot(db, ws), [input(sheet('Statement of Applicability', 'soa', columns, [...exported, ['CLD.9', 'Cloud backups encrypted', '', 'Cloud security', 'Planned'], ['CC7.1', 'Monitoring', '', 'SOC 2', 'Planned']]))]);
    expect(grown.sheets[0]!.rows.flatMap((r) => r.warnings.map((w) => w.message)).filter((m) => /already a custom control/.test(m))).toEqual([]);
    expect(grown.writes.filter((w) => w.table === 'customControls').map((w) => [w.draft['controlId'], w.draft['source']])).toEqual([['CLD.9', 'Cloud security'], ['CC7.1', 'SOC 2']]);
    await undoLastImport(db, ws, 'tester');
    // A control whose row decides nothing yet is added all the same (the SoA lists it, undecided).
    const undecided = buildPlan(await loadSnapshot(db, ws), [input(sheet('Statement of Applicability', 'soa', columns, [...rows, ['CLD.3', 'Cloud logs kept', '', 'Cloud security', '']]))]);
    expect(undecided.sheets[0]!.rows.at(-1)).toMatchObject({ outcome: 'unchanged' });
    expect(undecided.writes.filter((w) => w.table === 'customControls').map((w) => w.draft['controlId'])).toContain('CLD.3');
  });

  it('keeps in words the ids of a register’s controls cell that name no control of the workspace', async () => {
    const reg = sheet('Register', 'risks', [['Risk ID', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Likelihood', 'likelihood'], ['Impact', 'impact'], ['Controls', 'controls']], [['R1', 'Stale accounts', 'Ana Novak', 2, 3, 'CC6.2, A.5.18']]);
    const plan = buildPlan(await loadSnapshot(db, ws), [input(reg)]);
    const r1 = plan.writes.find((w) => w.table === 'risks')!.draft;
    expect(r1['existingControls']).toEqual([{ edition: '2022', id: 'A.5.18' }]);
    expect(String(r1['description'])).toMatch(/Controls in the file: CC6\.2, A\.5\.18/);
    expect(JSON.stringify(plan.sheets[0]!.rows[0]!.warnings)).toMatch(/CC6\.2 names no control of the workspace/);
  });

  it('needs the rows to name their controls: ids and a status alone make no custom controls', async () => {
    const docs = sheet('Documents', 'soa', [['Doc ID', 'controlId'], ['Version', null], ['Status', 'status']], [['DOC-01', '1.0', 'Implemented'], ['DOC-02', '2.1', 'Implemented'], ['DOC-03', '1.3', 'Planned']]);
    const plan = buildPlan(await loadSnapshot(db, ws), [input(docs)]);
    expect(plan.added).toEqual([]);
    expect(plan.sheets[0]!.counts.rejected).toBe(3);
    expect(plan.sheets[0]!.notes.join(' ')).not.toMatch(/another set/);
  });

  it('relates each control to the Annex A controls of a cross-reference column, and names a set of its own ids after the sheet', async () => {
    const columns: [string, string | null][] = [['ID', 'controlId'], ['NIST 800-53', null], ['ISO 27001', null], ['Description', 'controlTitle'], ['Status', 'status']];
    const rows = [['AC-01', 'AC-2 Account Management', 'A.5.16, A.5.18', 'Identity lifecycle', 'Implemented'], ['AC-02', 'AC-3 Access Enforcement', 'A.8.3', 'Authorisation enforced', 'Partial'], ['AU-01', 'AU-2 Event Logging', 'A.8.15', 'Audit logging', 'Planned']];
    const plan = buildPlan(await loadSnapshot(db, ws), [input(sheet('controls-matrix', 'soa', columns, rows))]);
    const made = plan.writes.filter((w) => w.table === 'customControls').map((w) => w.draft);
    // AC-01 is the sheet's own id (its NIST id is in a column of its own), so the set is named after the sheet.
    expect(made.map((d) => [d['controlId'], d['source'], d['mapsTo']])).toEqual([
      ['AC-01', 'controls-matrix', [{ edition: '2022', id: 'A.5.16' }, { edition: '2022', id: 'A.5.18' }]],
      ['AC-02', 'controls-matrix', [{ edition: '2022', id: 'A.8.3' }]],
      ['AU-01', 'controls-matrix', [{ edition: '2022', id: 'A.8.15' }]],
    ]);
    expect(plan.sheets[0]!.notes.join(' ')).toMatch(/related to the Annex A controls of column C/);
  });
});

describe('a register that gives each asset its number and its name', () => {
  const columns: [string, string | null][] = [['Risk ID', 'id'], ['Asset ID', 'asset'], ['Asset', null], ['Risk', 'title'], ['Owner', 'owner'], ['Likelihood', 'likelihood'], ['Impact', 'impact']];
  const rows = [
    ['R1', 'A-001', 'Customer database', 'Ransomware', 'Ana Novak', 3, 4],
    ['R2', 'A-001', 'Customer DB', 'SQL injection', 'Ana Novak', 3, 5],
    ['R3', 'A-002', 'ERP', 'Insider misuse', 'Ben Ode', 2, 4],
  ];

  it('adds each new asset under its name, keeping its number, and links rows by the number', async () => {
    const plan = await planImport(db, ws, [input(sheet('Risks', 'risks', columns, rows))]);
    const assets = plan.writes.filter((w) => w.table === 'assets');
    expect(assets.map((w) => [w.ref, w.draft['name']])).toEqual([['A-001', 'Customer database'], ['A-002', 'ERP']]);
    const risk = (ref: string) => plan.writes.find((w) => w.table === 'risks' && w.ref === ref)!.draft['assets'];
    // "Customer DB" is the same asset as "Customer database": the number says so.
    expect(risk('R2')).toEqual(risk('R1'));
    expect(risk('R3')).toEqual([assets[1]!.id]);
    // The preview says what the unread name column is used for.
    expect(plan.sheets[0]!.notes).toContain('Column C names the assets whose numbers column B gives: each asset is found by its number, and one not in the workspace is added under its name, keeping the number.');
  });

  it('does the same when the name column is the asset and the numbers are left unread (as the analysis now proposes)', async () => {
    const byName: [string, string | null][] = columns.map(([h, f]) => [h, h === 'Asset ID' ? null : h === 'Asset' ? 'asset' : f]);
    const plan = await planImport(db, ws, [input(sheet('Risks', 'risks', byName, rows))]);
    const assets = plan.writes.filter((w) => w.table === 'assets');
    expect(assets.map((w) => [w.ref, w.draft['name']])).toEqual([['A-001', 'Customer database'], ['A-002', 'ERP']]);
    const risk = (ref: string) => plan.writes.find((w) => w.table === 'risks' && w.ref === ref)!.draft['assets'];
    expect(risk('R2')).toEqual(risk('R1'));
    expect(risk('R3')).toEqual([assets[1]!.id]);
  });

  it('links a row whose number has no name beside it to the asset of that number, either way round', async () => {
    const byName: [string, string | null][] = columns.map(([h, f]) => [h, h === 'Asset ID' ? null : h === 'Asset' ? 'asset' : f]);
    for (const cols of [columns, byName]) {
      const plan = await planImport(db, ws, [input(sheet('Risks', 'risks', cols, [...rows, ['R4', 'A-002', '', 'Laptop theft', 'Ben Ode', 2, 3]]))]);
      const assets = plan.writes.filter((w) => w.table === 'assets');
      const risk = (ref: string) => plan.writes.find((w) => w.table === 'risks' && w.ref === ref)!.draft['assets'];
      expect(assets.map((w) => w.ref)).toEqual(['A-001', 'A-002']);
      expect(risk('R4')).toEqual(risk('R3'));
    }
  });

  it('names an asset first met by its bare number after the name a later row gives, and takes no placeholder for an asset', async () => {
    const byName: [string, string | null][] = columns.map(([h, f]) => [h, h === 'Asset ID' ? null : h === 'Asset' ? 'asset' : f]);
    const first = [['R1', 'A-002', '', 'Laptop theft', 'Ben Ode', 2, 3], ['R3', 'A-002', 'Laptop', 'Lost device', 'Ben Ode', 2, 4], ['R5', 'N/A', '', 'Fraud', 'Ana Novak', 2, 2], ['R6', 'TBD', '-', 'Outage', 'Ana Novak', 2, 2]];
    const plan = await planImport(db, ws, [input(sheet('Risks', 'risks', byName, first))]);
    const assets = plan.writes.filter((w) => w.table === 'assets');
    expect(assets.map((w) => [w.ref, w.draft['name']])).toEqual([['A-002', 'Laptop']]);
    const risk = (ref: string) => plan.writes.find((w) => w.table === 'risks' && w.ref === ref)!.draft['assets'];
    expect([risk('R1'), risk('R3'), risk('R5'), risk('R6')]).toEqual([[assets[0]!.id], [assets[0]!.id], [], []]);
    expect(plan.sheets[0]!.rows[1]!.warnings).toEqual([]);
  });

  it('keeps assets of different numbers apart whatever their names, pairs several numbers with as many names, and says when a name disagrees', async () => {
    const rows2 = [
      ['R1', 'LT-01', 'Laptop', 'Theft', 'Ana Novak', 2, 3],
      ['R2', 'LT-02', 'Laptop', 'Loss', 'Ana Novak', 2, 3],
      ['R3', 'A-001, A-002', 'Customer database, ERP', 'Outage', 'Ben Ode', 2, 4],
      ['R4', 'A-001', 'Payroll', 'Fraud', 'Ben Ode', 2, 4],
    ];
    const plan = await planImport(db, ws, [input(sheet('Risks', 'risks', columns, rows2))]);
    const assets = plan.writes.filter((w) => w.table === 'assets');
    expect(assets.map((w) => [w.ref, w.draft['name']])).toEqual([['LT-01', 'Laptop'], ['LT-02', 'Laptop'], ['A-001', 'Customer database'], ['A-002', 'ERP']]);
    const risk = (ref: string) => plan.writes.find((w) => w.table === 'risks' && w.ref === ref)!.draft['assets'];
    expect(risk('R3')).toEqual([assets[2]!.id, assets[3]!.id]);
    expect(risk('R4')).toEqual([assets[2]!.id]);
    expect(plan.sheets[0]!.rows[3]!.warnings.map((w) => w.message)).toContain('A-001 is the asset “Customer database”; this row calls it “Payroll”. The row is linked to “Customer database”.');
  });

  it('finds an asset an earlier import named by its number, and says it is named so', async () => {
    const old = await planImport(db, ws, [input(sheet('Assets', 'assets', [['Asset', 'name'], ['Owner', 'owner']], [['A-001', 'Ana Novak']]))]);
    await commitImport(db, ws, { fileName: 'old.xlsx', writes: old.writes }, 'tester');
    const plan = await planImport(db, ws, [input(sheet('Risks', 'risks', columns, rows.slice(0, 1)))]);
    expect(plan.writes.filter((w) => w.table === 'assets')).toEqual([]);
    expect(plan.sheets[0]!.rows[0]!.warnings.map((w) => w.message)).toContain('A-001 is the asset “A-001”; this row calls it “Customer database”. The row is linked to “A-001”.');
  });

  it('links numbered rows to the assets an inventory sheet lists by name, and finds no stored numbered asset by another row\'s number', async () => {
    const inventory = sheet('Assets', 'assets', [['Asset', 'name'], ['Owner', 'owner']], [['Customer database', 'Ana Novak'], ['ERP', 'Ben Ode']]);
    const plan = await planImport(db, ws, [input(inventory), input(sheet('Risks', 'risks', columns, rows))]);
    // The register's A-001 and A-002 are the inventory's two assets, not two more.
    const assets = plan.writes.filter((w) => w.table === 'assets');
    expect(assets.map((w) => w.draft['name'])).toEqual(['Customer database', 'ERP']);
    const risk = (ref: string) => plan.writes.find((w) => w.table === 'risks' && w.ref === ref)!.draft['assets'];
    expect([risk('R1'), risk('R2'), risk('R3')]).toEqual([[assets[0]!.id], [assets[0]!.id], [assets[1]!.id]]);
    // R1 names the asset as the inventory does: no remark. R2 calls it otherwise.
    expect(plan.sheets[1]!.rows[0]!.warnings).toEqual([]);
    expect(plan.sheets[1]!.rows[1]!.warnings.map((w) => w.message)).toEqual(['A-001 is the asset “Customer database”; this row calls it “Customer DB”. The row is linked to “Customer database”.']);
    // An inventory's asset with its own number keeps to it: another number of the same name is another asset.
    const numberedInventory = sheet('Assets', 'assets', [['Asset ID', 'id'], ['Asset', 'name'], ['Owner', 'owner']], [['A-001', 'Laptop', 'Ana Novak']]);
    const two = await planImport(db, ws, [input(numberedInventory), input(sheet('Risks', 'risks', columns, [['R1', 'A-002', 'Laptop', 'Theft', 'Ana Novak', 2, 3]]))]);
    expect(two.writes.filter((w) => w.table === 'assets').map((w) => `${w.ref} ${String(w.draft['name'])}`).sort()).toEqual(['A-001 Laptop', 'A-002 Laptop']);
    await commitImport(db, ws, { fileName: 'a.xlsx', writes: plan.writes }, 'tester');
    // A stored asset with a number of its own (SRV-9, named "2") is not found by another row's number "2".
    const servers = await planImport(db, ws, [input(sheet('Servers', 'assets', [['Asset ID', 'id'], ['Asset', 'name'], ['Owner', 'owner']], [['SRV-9', '2', 'Ana Novak']]))]);
    await commitImport(db, ws, { fileName: 's.xlsx', writes: servers.writes }, 'tester');
    const again = await planImport(db, ws, [input(sheet('Risks', 'risks', columns, [['R9', '2', 'Payroll app', 'Fraud', 'Ana Novak', 2, 3]]))]);
    expect(again.writes.filter((w) => w.table === 'assets').map((w) => [w.ref, w.draft['name']])).toEqual([['2', 'Payroll app']]);
  });

  it('lets one numbered row take a stored asset of that name with no number of its own, and keeps the next number apart', async () => {
    const stored = await planImport(db, ws, [input(sheet('Assets', 'assets', [['Asset', 'name'], ['Owner', 'owner']], [['Laptop', 'Ana Novak']]))]);
    await commitImport(db, ws, { fileName: 'a.xlsx', writes: stored.writes }, 'tester');
    const plan = await planImport(db, ws, [input(sheet('Risks', 'risks', columns, [['R1', 'LT-02', 'Laptop', 'Theft', 'Ana Novak', 2, 3], ['R2', 'LT-03', 'Laptop', 'Loss', 'Ana Novak', 2, 3]]))]);
    expect(plan.writes.filter((w) => w.table === 'assets').map((w) => [w.ref, w.draft['name']])).toEqual([['LT-03', 'Laptop']]);
    const risk = (ref: string) => plan.writes.find((w) => w.table === 'risks' && w.ref === ref)!.draft['assets'] as string[];
    expect(risk('R1')[0]).not.toBe(risk('R2')[0]);
  });

  it('does the same where the name is read as the asset and the number left beside it', async () => {
    const named: [string, string | null][] = [['Risk ID', 'id'], ['asset_id', null], ['asset_name', 'asset'], ['Risk', 'title'], ['Owner', 'owner'], ['Likelihood', 'likelihood'], ['Impact', 'impact']];
    const plan = await planImport(db, ws, [input(sheet('Risks', 'risks', named, rows))]);
    expect(plan.writes.filter((w) => w.table === 'assets').map((w) => [w.ref, w.draft['name']])).toEqual([['A-001', 'Customer database'], ['A-002', 'ERP']]);
  });

  it('links to the workspace\'s asset of that number, and the inventory imported later updates the added one', async () => {
    const first = await planImport(db, ws, [input(sheet('Risks', 'risks', columns, rows))]);
    await commitImport(db, ws, { fileName: 'risks.xlsx', writes: first.writes }, 'tester');
    const inventory = sheet('Assets', 'assets', [['Asset ID', 'id'], ['Asset', 'name'], ['Owner', 'owner']], [['A-001', 'Customer database', 'Ana Novak'], ['A-002', 'ERP system', 'Ben Ode']]);
    const again = await planImport(db, ws, [input(inventory), input(sheet('Risks', 'risks', columns, rows))]);
    expect(again.writes.filter((w) => w.table === 'assets' && w.op === 'create')).toEqual([]);
    expect(again.added.filter((a) => a.table === 'assets')).toEqual([]);
    expect(await db.records('assets').where({ workspaceId: ws }).count()).toBe(2);
  });
});

describe('planning assets and a treatment plan', () => {
  it('imports two rows with ids of their own as two assets, whatever their names', async () => {
    const s = sheet('Laptops', 'assets', [['Asset tag', 'id'], ['Device', 'name'], ['Owner', 'owner']], [['LT-01', 'ThinkPad T14', 'Ana Novak'], ['LT-02', 'ThinkPad T14', 'Ben Ode'], ['LT-02', 'ThinkPad T14', 'Ben Ode']]);
    const plan = buildPlan(await loadSnapshot(db, ws), [input(s)]);
    expect(plan.sheets[0]!.rows.map((r) => r.outcome)).toEqual(['new', 'new', 'rejected']);
    expect(plan.writes.filter((w) => w.table === 'assets').map((w) => w.ref)).toEqual(['LT-01', 'LT-02']);
  });

  it('gives the assets of a list keyed by its suppliers the type supplier, without a guess to check (session 24)', async () => {
    const s = sheet('third-parties', 'assets', [['Supplier', 'name'], ['Service', null], ['Owner', 'owner']], [['Hostwise', 'Cloud hosting', 'Ana Novak'], ['PayLane', 'Card payments', 'Ben Ode']]);
    const plan = buildPlan(await loadSnapshot(db, ws), [input(s)]);
    expect(plan.writes.filter((w) => w.table === 'assets').map((w) => [w.draft['name'], w.draft['type']])).toEqual([['Hostwise', 'supplier'], ['PayLane', 'supplier']]);
    expect(plan.sheets[0]!.rows.flatMap((r) => r.warnings).map((w) => w.message).join(' ')).not.toMatch(/No type given/);
  });

  it("reads an asset's description, location, custodian, C/I/A values and lifecycle from other people's headers", async () => {
    const columns: [string, string | null][] = [
      ['Asset ID', 'id'], ['Asset', 'name'], ['Type', 'type'], ['Owner', 'owner'], ['Description', null], ['Physical location', null],
      ['Custodian', null], ['C', null], ['I', null], ['A', null], ['Status', null], ['Last review date', null],
    ];
    const rows = [
      ['AS-1', 'CRM', 'SaaS', 'Ana Novak', 'Customer records', 'EU cloud', 'Ben Ode', 3, 2, 1, 'Active', '2026-01-15'],
      ['AS-2', 'Old file server', 'IoT', 'Ana Novak', '', 'Basement', '', 'High', 'Medium', 'Low', 'Decommissioned', 'soon'],
    ];
    const s = sheet('Inventory', 'assets', columns, rows);
    const mapping = mappingFromAnalysis(s);
    expect(mapping.fields).toMatchObject({ description: 'E', location: 'F', custodian: 'G', valueC: 'H', valueI: 'I', valueA: 'J', lifecycle: 'K', lastReviewedAt: 'L' });
    const plan = buildPlan(await loadSnapshot(db, ws), [{ analysis: s, mapping }]);
    const a1 = plan.writes.find((w) => w.ref === 'AS-1')!.draft;
    const ben = plan.writes.find((w) => w.table === 'persons' && w.draft['name'] === 'Ben Ode')!.id;
    // 1, 2 and 3 cover a 1–3 scale, spread onto the asset's 1–5: 1→1, 2→3, 3→5.
    expect(a1).toMatchObject({ description: 'Customer records', location: 'EU cloud', custodian: ben, valueC: 5, valueI: 3, valueA: 1, lifecycle: 'in_use', lastReviewedAt: '2026-01-15' });
    const a2 = plan.writes.find((w) => w.ref === 'AS-2')!.draft;
    expect(a2).toMatchObject({ type: 'hardware', valueC: 5, valueI: 3, valueA: 1, lifecycle: 'retired', custodian: null, lastReviewedAt: null });
    const warnings = plan.sheets[0]!.rows.flatMap((r) => r.warnings);
    expect(warnings).toEqual([expect.objectContaining({ column: 'L', value: 'soon', message: 'Not a date; left as it was.' })]);
    const values = proposeTranslations(s, mapping, (await loadSnapshot(db, ws)).labels).find((t) => t.field === 'valueC')!;
    expect(values.rule).toMatch(/1–5 scale/);
    expect(values.rows.map((r) => [r.from, r.to])).toEqual([['Low', '1'], ['Medium', '3'], ['High', '5'], ['3', '5']].filter(([f]) => values.rows.some((r) => r.from === f)).sort((a, b) => Number(a[1]) - Number(b[1]) || a[0]!.localeCompare(b[0]!)));
  });

  it('keeps stored asset values where a re-import leaves them blank, "TBD" or not understood, and moves a passed review on', async () => {
    const columns: [string, string | null][] = [['Asset ID', 'id'], ['Asset', 'name'], ['Type', 'type'], ['Owner', 'owner'], ['Description', null], ['C', null], ['I', null], ['D', null], ['Status', null], ['Last reviewed', null], ['Next review due', null]];
    const first = sheet('Inventory', 'assets', columns, [['AS-1', 'CRM', 'SaaS', 'Ana Novak', 'Customer records', 5, 4, 3, 'Active', '2025-01-10', '2025-06-01']]);
    const plan = await planImport(db, ws, [input(first)]);
    expect(plan.writes.find((w) => w.ref === 'AS-1')!.draft).toMatchObject({ valueC: 5, valueI: 4, valueA: 3, lifecycle: 'in_use', nextReviewDue: '2025-06-01' });
    await commitImport(db, ws, { fileName: 'assets.xlsx', writes: plan.writes }, 'tester');
    const cols = columns.filter(([h]) => h !== 'Next review due');
    const again = await planImport(db, ws, [input(sheet('Inventory', 'assets', cols, [['AS-1', 'CRM', 'SaaS', 'Ana Novak', '', 'TBD', 'n/a', 'banana', 'Not in use', '2025-09-01']]))]);
    const row = again.sheets[0]!.rows[0]!;
    expect(row.outcome).toBe('updated');
    expect(again.writes.find((w) => w.ref === 'AS-1')!.draft).toMatchObject({ description: 'Customer records', valueC: 5, valueI: 4, valueA: 3, lifecycle: 'retired', lastReviewedAt: '2025-09-01', nextReviewDue: null });
    // The preview says what the update changes, field by field.
    expect(row.changes).toEqual(['Lifecycle: In use → Retired', 'Last reviewed: 2025-01-10 → 2025-09-01', 'Next review due: 2025-06-01 → (empty)']);
    expect(row.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^“banana” is not understood/),
      'Reviewed after the next review that was due (2025-06-01): that date is cleared; set the next one in Assets.',
    ]);
  });

  it('reads a protection-need scale (normal, hoch, sehr hoch) as three levels, and German lifecycle words', async () => {
    const s = sheet('Inventar', 'assets', [['Asset', 'name'], ['Owner', 'owner'], ['C', null], ['I', null], ['A', null], ['Status', null]], [
      ['CRM', 'Ana Novak', 'normal', 'hoch', 'sehr hoch', 'außer Betrieb'],
      ['ERP', 'Ana Novak', 'hoch', 'normal', 'normal', 'In Betrieb'],
    ]);
    const tables = proposeTranslations(s, mappingFromAnalysis(s), (await loadSnapshot(db, ws)).labels);
    const of = (field: string) => Object.fromEntries(tables.find((t) => t.field === field)!.rows.map((r) => [r.from, r.to]));
    expect({ ...of('valueC'), ...of('valueA') }).toEqual({ normal: '1', hoch: '3', 'sehr hoch': '5' });
    // Beside a lower word, "normal" is a middle level.
    const four = sheet('Inventar', 'assets', [['Asset', 'name'], ['Owner', 'owner'], ['C', null]], [['CRM', 'Ana Novak', 'niedrig'], ['ERP', 'Ana Novak', 'normal'], ['Web', 'Ana Novak', 'hoch'], ['Mail', 'Ana Novak', 'sehr hoch']]);
    const c = proposeTranslations(four, mappingFromAnalysis(four), (await loadSnapshot(db, ws)).labels).find((t) => t.field === 'valueC')!;
    expect(c.rows.find((r) => r.from === 'normal')!.to).not.toBe(c.rows.find((r) => r.from === 'niedrig')!.to);
    expect(of('lifecycle')).toEqual({ 'außer Betrieb': 'retired', 'In Betrieb': 'in_use' });
  });

  it('reads a "Confidentiality" column of classification words as the classification', async () => {
    const s = sheet('Inventory', 'assets', [['Asset', 'name'], ['Type', 'type'], ['Owner', 'owner'], ['Confidentiality', null]], [['CRM', 'SaaS', 'Ana Novak', 'Confidential'], ['Website', 'Software', 'Ana Novak', 'Public']]);
    expect(mappingFromAnalysis(s).fields).toMatchObject({ classification: 'D' });
  });

  it('guesses the type of an asset once, from its name, when the type is not understood', async () => {
    const s = sheet('Inventory', 'assets', [['Asset', 'name'], ['Type', 'type'], ['Owner', 'owner']], [['Fleet monitoring web app', 'IT', 'Ana Novak']]);
    const plan = await planImport(db, ws, [input(s)]);
    expect(plan.writes.find((w) => w.table === 'assets')!.draft).toMatchObject({ type: 'software' });
    expect(plan.sheets[0]!.rows[0]!.warnings.map((w) => w.message)).toEqual(['“IT” is not understood as a type; guessed as software from the name. Choose its meaning in the value translations, or check it in Assets.']);
  });

  it('links actions to risks by id and rejects an unknown risk id', async () => {
    const assets = sheet('Assets', 'assets', [['Asset ID', 'id'], ['Asset', 'name'], ['Type', 'type'], ['Owner', 'owner'], ['Class', 'classification']], [
      ['AS-1', 'CRM', 'SaaS', 'Ana Novak', 'Confidential'],
      ['AS-2', 'Office', '', 'Ana Novak', 'Internal'],
    ]);
    const reg = sheet('Register', 'risks', RISK_COLUMNS, riskRows());
    const plan = sheet('Plan', 'treatment-plan', [['Risk', 'riskId'], ['Action', 'action'], ['Owner', 'owner'], ['Due', 'dueDate'], ['Status', 'status']], [
      ['R1', 'Encrypt laptops', 'Ben Ode', new Date(Date.UTC(2026, 5, 30)), 'In progress'],
      ['R9', 'Something', 'Ben Ode', '2026-06-30', 'Open'],
      ['R2', 'Second supplier', 'Ben Ode', 'next year', 'Open'],
      ['R2', 'Sign the contract', 'Ben Ode', '2026-01-15', 'Done'],
      ['Fire in the office', 'Extinguishers', 'Ana Novak', '2026-02-01', 'Planned'],
    ]);
    const result = await planImport(db, ws, [input(plan), input(reg), input(assets)]);
    const [pl, , as] = result.sheets;
    expect(as!.counts.new).toBe(2);
    expect(as!.rows[1]!.warnings[0]!.message).toMatch(/guessed as site/);
    const crm = result.writes.find((w) => w.table === 'assets' && w.ref === 'AS-1')!;
    expect(crm.draft).toMatchObject({ type: 'cloud_service', classification: 'confidential' });
    // The register's "CRM" is the asset of the asset sheet, not a new one.
    expect(result.added.filter((a) => a.table === 'assets').map((a) => a.name)).toEqual(['Laptops']);
    expect(result.writes.find((w) => w.ref === 'R2')!.draft['assets']).toEqual([crm.id]);
    expect(pl!.counts).toEqual({ new: 3, updated: 0, unchanged: 0, rejected: 2 });
    // A plan that names its risk by title instead of id still finds it.
    const r3 = result.writes.find((w) => w.table === 'risks' && w.ref === 'R3')!.id;
    expect(result.writes.find((w) => w.draft['title'] === 'Extinguishers')!.draft['risks']).toEqual([r3]);
    expect(pl!.rows[1]!.problems[0]).toMatchObject({ column: 'A', value: 'R9', message: 'No risk with the id R9 in this workbook or in the workspace.' });
    expect(pl!.rows[2]!.problems[0]).toMatchObject({ column: 'D', value: 'next year', message: 'Not a date.' });
    const done = result.writes.find((w) => w.table === 'treatmentActions' && w.draft['title'] === 'Sign the contract')!;
    expect(done.draft).toMatchObject({ status: 'done', completedAt: '2026-01-15', dueDate: '2026-01-15' });
  });
});

describe('a plan without an action column', () => {
  it('says which column to import as the action', async () => {
    const reg = sheet('Register', 'risks', RISK_COLUMNS, riskRows());
    const plan = sheet('Plan', 'treatment-plan', [['Risk', 'riskId'], ['Strategy', null], ['Owner', 'owner'], ['Due', 'dueDate']], [['R1', 'Mitigate', 'Ben Ode', '2026-06-30']]);
    const result = await planImport(db, ws, [input(plan), input(reg)]);
    expect(result.sheets[0]!.counts.rejected).toBe(1);
    expect(result.sheets[0]!.notes.join(' ')).toMatch(/No action column: every action needs a title\. Under “Imported as”, choose “Action”/);
  });
});

describe('a gap plan that names no risks and no due dates', () => {
  const gapPlan = () => sheet('remediation-roadmap', 'treatment-plan', [['#', null], ['Finding', 'action'], ['Owner', 'owner']], [
    [1, 'Introduce a leaver checklist', 'Ana Novak'],
    [2, 'Enforce MFA on the customer portal', 'Ben Ode'],
  ]);

  it('rejects every action until the user chooses the risk they treat and their due date, and says so', async () => {
    const result = await planImport(db, ws, [input(gapPlan())]);
    expect(result.sheets[0]!.counts.rejected).toBe(2);
    expect(result.sheets[0]!.notes.join(' ')).toMatch(/Choose above the risk that actions naming none treat/);
    expect(result.sheets[0]!.notes.join(' ')).toMatch(/Choose above the due date of actions that give none/);
  });

  it('imports them against the chosen stored risk and due date, and finds them again on a second import', async () => {
    const reg = await planImport(db, ws, [input(sheet('Register', 'risks', RISK_COLUMNS, riskRows()))]);
    await commitImport(db, ws, { fileName: 'register.xlsx', writes: reg.writes }, 'tester');
    const r1 = (await loadSnapshot(db, ws)).tables['risks']!.find((r) => r.ref === 'R1')!.id;
    const chosen = { defaultRisk: r1, defaultDueDate: '2026-09-30' };
    const first = await planImport(db, ws, [input(gapPlan(), chosen)]);
    expect(first.sheets[0]!.counts).toEqual({ new: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(first.writes.filter((w) => w.table === 'treatmentActions').map((w) => w.draft)).toEqual([
      expect.objectContaining({ title: 'Introduce a leaver checklist', risks: [r1], dueDate: '2026-09-30' }),
      expect.objectContaining({ title: 'Enforce MFA on the customer portal', risks: [r1], dueDate: '2026-09-30' }),
    ]);
    expect(first.sheets[0]!.notes.join(' ')).toMatch(/Actions whose row names no risk treat “R1 Laptop stolen”, as chosen above/);
    await commitImport(db, ws, { fileName: 'plan.xlsx', writes: first.writes }, 'tester');
    const again = await planImport(db, ws, [input(gapPlan(), chosen)]);
    expect(again.sheets[0]!.counts).toEqual({ new: 0, updated: 0, unchanged: 2, rejected: 0 });
  });

  it('applies the chosen risk to a row whose risk cell is a placeholder, and keeps the chosen due date out of a done action\'s completion date', async () => {
    const reg = await planImport(db, ws, [input(sheet('Register', 'risks', RISK_COLUMNS, riskRows()))]);
    await commitImport(db, ws, { fileName: 'register.xlsx', writes: reg.writes }, 'tester');
    const r1 = (await loadSnapshot(db, ws)).tables['risks']!.find((r) => r.ref === 'R1')!.id;
    const plan = sheet('Plan', 'treatment-plan', [['Risk', 'riskId'], ['Action', 'action'], ['Owner', 'owner'], ['Status', 'status']], [
      ['-', 'Introduce a leaver checklist', 'Ana Novak', 'Open'],
      ['N/A', 'Enforce MFA on the customer portal', 'Ben Ode', 'Done'],
    ]);
    const result = await planImport(db, ws, [input(plan, { defaultRisk: r1, defaultDueDate: '2026-12-31' })]);
    expect(result.writes.find((w) => w.draft['title'] === 'Introduce a leaver checklist')!.draft).toMatchObject({ risks: [r1], dueDate: '2026-12-31' });
    // A done action with no date of its own is not completed on the chosen (future) due date: it is rejected, as without a choice.
    expect(result.sheets[0]!.rows[1]!.outcome).toBe('rejected');
    expect(result.sheets[0]!.rows[1]!.problems.map((p) => p.message).join(' ')).toMatch(/A done action needs a completion date/);
  });

  it('ignores a chosen risk that is no longer in the workspace', async () => {
    const result = await planImport(db, ws, [input(gapPlan(), { defaultRisk: 'gone', defaultDueDate: '2026-09-30' })]);
    expect(result.sheets[0]!.counts.rejected).toBe(2);
    expect(result.sheets[0]!.rows[0]!.problems.map((p) => p.message).join(' ')).toMatch(/Risks treated is required/);
  });
});

describe('values pasted from Markdown', () => {
  it('reads the words of badges and links for ids and listed values, and keeps a link\'s address in free text', async () => {
    const reg = sheet('Register', 'risks', RISK_COLUMNS, riskRows());
    const plan = sheet('Plan', 'treatment-plan', [['Risk', 'riskId'], ['Action', 'action'], ['Owner', 'owner'], ['Due', 'dueDate'], ['Status', 'status']], [
      ['[R1](#r1)', 'Encrypt laptops, see [the standard](https://example.org/std)', 'Ben Ode', '2026-06-30', '![In progress](https://img.shields.io/badge/status-In%20progress-blue)'],
      ['[R2](https://tracker.example/R2)', '![Mitigate](https://img.shields.io/badge/strategy-Mitigate-blue)', 'Ben Ode', '2026-07-31', 'Planned'],
      ['R3', 'Keep two suppliers<br>Test the failover yearly', 'Ben Ode', '2026-08-31', 'Planned'],
    ]);
    const result = await planImport(db, ws, [input(plan), input(reg)]);
    const action = result.writes.find((w) => w.table === 'treatmentActions')!;
    const r1 = result.writes.find((w) => w.table === 'risks' && w.ref === 'R1')!.id;
    expect(action.draft).toMatchObject({ risks: [r1], status: 'in_progress', title: 'Encrypt laptops, see the standard (https://example.org/std)' });
    expect(result.sheets[0]!.rows[0]!.problems).toEqual([]);
    // A badge is kept by its words; a risk named by a link to a tracker is still found by its id.
    const r2 = result.writes.find((w) => w.table === 'risks' && w.ref === 'R2')!.id;
    expect(result.writes.find((w) => w.table === 'treatmentActions' && w.draft['title'] === 'Mitigate')!.draft).toMatchObject({ risks: [r2] });
    // A Markdown table's "<br>" is a line break.
    expect(result.writes.find((w) => w.table === 'treatmentActions' && String(w.draft['title']).startsWith('Keep two'))!.draft).toMatchObject({ title: 'Keep two suppliers Test the failover yearly', description: 'Keep two suppliers\nTest the failover yearly' });
  });
});

describe('reading what the app itself writes', () => {
  async function seed() {
    const repo = new Repository(db, () => 'tester');
    const ana = await repo.create(personEntity, ws, emptyDraft(personEntity, { name: 'Ana Novak', kind: 'employee', active: true }));
    await repo.create(customControlEntity, ws, emptyDraft(customControlEntity, { controlId: 'CLD.1', source: 'Cloud', title: 'Tenant separation' }));
    await repo.create(assetEntity, ws, emptyDraft(assetEntity, { name: 'Leeds office, 3rd floor', type: 'site', owner: ana.id }));
    await repo.create(threatEntity, ws, emptyDraft(threatEntity, { name: 'Fire' }));
  }

  const REGISTER: [string, string | null][] = [
    ['Risk ID', 'id'], ['Risk', 'title'], ['Assets', 'asset'], ['Threats', 'threat'], ['Risk owner', 'owner'], ['Inherent likelihood', 'likelihood'],
    ['Inherent impact', 'impact'], ['Treatment option', 'treatment'], ['Controls', 'controls'], ['Residual likelihood', 'residualLikelihood'],
    ['Residual impact', 'residualImpact'], ['Description', 'description'], ['Risk source', null], ['Existing controls', null],
  ];

  it('resolves custom controls, keeps names with commas whole, and reads the extra columns by their header', async () => {
    await seed();
    const rows = [
      ['R1', 'Office fire', 'Leeds office, 3rd floor', 'Fire', 'Ana Novak', 3, 4, 'Modify', 'A.8.1, cld.1', 3, 2, 'Line one\r\nline two', 'Written by hand', 'A.5.15; CLD.1'],
      ['R2', 'Flood', 'Leeds office, 3rd floor', 'Flood; Fire', 'Ana Novak', 3, 3, '', '', '', '', 'Water', '', ''],
    ];
    const plan = await planImport(db, ws, [input(sheet('Register', 'risks', REGISTER, rows))]);
    expect(plan.sheets[0]!.counts).toMatchObject({ new: 2, rejected: 0 });
    const r1 = plan.writes.find((w) => w.ref === 'R1')!.draft;
    expect(r1['plannedControls']).toEqual([{ edition: '2022', id: 'A.8.1' }, { edition: 'custom', id: 'CLD.1' }]);
    expect(r1['existingControls']).toEqual([{ edition: '2022', id: 'A.5.15' }, { edition: 'custom', id: 'CLD.1' }]);
    expect(r1['assets']).toHaveLength(1);
    // Every threat is in the catalogue: the sources are the column's text, nothing added.
    expect(r1['riskSources']).toBe('Written by hand');
    // The mapping keeps the line breaks of the cell as it reads them.
    expect(r1['description']).toBe('Line one\r\nline two');
    // Likelihoods of 3 alone are no 1–3 scale: they stay 3 on the workspace's 1–5.
    const r2 = plan.writes.find((w) => w.ref === 'R2')!.draft;
    expect(r2['inherent']).toEqual({ likelihood: 3, impact: 3 });
    expect(r2['riskSources']).toBe('Threat: Flood');
    expect(plan.added).toEqual([]);
  });

  it('leaves the risk sources alone when every threat is in the catalogue, and has no column of its own', async () => {
    await seed();
    const columns = REGISTER.slice(0, 12);
    const first = await planImport(db, ws, [input(sheet('Register', 'risks', columns, [['R1', 'Fire', 'Leeds office, 3rd floor', 'Fire', 'Ana Novak', 2, 4, '', '', '', '', 'x']]))]);
    await commitImport(db, ws, { fileName: 'r.xlsx', writes: first.writes }, 'tester');
    const stored = (await db.records('risks').where({ workspaceId: ws }).first())!;
    await new Repository(db, () => 'tester').update(riskEntity, stored.id, { ...draftOf(riskEntity, stored), riskSources: 'Typed in the app.' }, stored.rev);
    const again = await planImport(db, ws, [input(sheet('Register', 'risks', columns, [['R1', 'Fire', 'Leeds office, 3rd floor', 'Fire', 'Ana Novak', 2, 4, '', '', '', '', 'x']]))]);
    expect(again.sheets[0]!.counts.unchanged).toBe(1);
  });

  const SOA: [string, string | null][] = [
    ['Control ID', 'controlId'], ['Control', 'controlTitle'], ['Applicable', 'applicable'], ['Justification', 'justification'],
    ['Implementation status', 'status'], ['Reasons for inclusion', null], ['Linked risks', null],
  ];

  it('takes reasons and linked risks from their own columns, imports custom controls, and skips rows that record nothing', async () => {
    await seed();
    const reg = sheet('Register', 'risks', REGISTER.slice(0, 7), [['R1', 'Fire', 'Leeds office, 3rd floor', 'Fire', 'Ana Novak', 2, 4], ['R2', 'Flood', 'Leeds office, 3rd floor', 'Fire', 'Ana Novak', 1, 1]]);
    const soa = sheet('SoA', 'soa', SOA, [
      ['A.5.1', 'Policies', 'Yes', 'Required by R1 and the contract', 'Implemented', 'LR, Risk treatment', 'R2; R9'],
      ['CLD.1', 'Tenant separation', 'Yes', '', 'Planned', 'BP', 'R1'],
      ['A.5.2', 'Roles', 'No', 'Nobody to assign.', '', 'RT', ''],
      ['A.5.3', 'Segregation of duties', '', '', '', '', ''],
    ]);
    const m = mappingFromAnalysis(soa);
    expect(m.fields).toMatchObject({ reasons: 'F', risks: 'G' });
    const plan = await planImport(db, ws, [input(soa), input(reg)]);
    const p = plan.sheets[0]!;
    expect(p.counts).toEqual({ new: 3, updated: 0, unchanged: 1, rejected: 0 });
    const entry = (id: string) => plan.writes.find((w) => w.table === 'soaEntries' && (w.draft['control'] as { id: string }[])[0]!.id === id)?.draft;
    const r2 = plan.writes.find((w) => w.ref === 'R2')!.id;
    const r1 = plan.writes.find((w) => w.ref === 'R1')!.id;
    // Not the R1 and "contract" the justification names: the columns say LR, RT and R2.
    expect(entry('A.5.1')).toMatchObject({ reasons: ['LR', 'RT'], risks: [r2] });
    expect(entry('CLD.1')).toMatchObject({ control: [{ edition: 'custom', id: 'CLD.1' }], reasons: ['BP'], risks: [r1], implementationStatus: 'planned' });
    expect(entry('A.5.2')).toMatchObject({ applicable: 'no', reasons: [] });
    expect(entry('A.5.3')).toBeUndefined();
    expect(p.rows.find((r) => r.row === 2)!.warnings).toContainEqual(expect.objectContaining({ column: 'G', message: expect.stringMatching(/No risk with the id R9/) }));
    expect(p.rows.find((r) => r.row === 3)!.title).toBe('CLD.1 Tenant separation');
    expect(p.rows.find((r) => r.row === 4)!.warnings).toContainEqual(expect.objectContaining({ column: 'F', message: expect.stringMatching(/Excluded/) }));
    expect(p.notes.join(' ')).toMatch(/record nothing/);
  });
});

describe('scores written with their working', () => {
  const columns: [string, string | null][] = [['Risk ID', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Inherent', 'score'], ['Residual', 'residualScore']];

  it('rate each stage from the working where no likelihood or impact column of that stage stands beside it, and say so', async () => {
    const rows = [['R1', 'Firmware tampering', 'Ana Novak', '4 × 5 = 20 (critical)', '**2 x 4 = 8 (medium)**'], ['R2', 'Late detection', 'Ben Ode', '3×5=15 (high)', '2 × 3 = 6']];
    const plan = await planImport(db, ws, [input(sheet('Risks', 'risks', columns, rows))]);
    const risk = (ref: string) => plan.writes.find((w) => w.table === 'risks' && w.ref === ref)!.draft;
    expect([risk('R1')['inherent'], risk('R1')['residual']]).toEqual([{ likelihood: 4, impact: 5 }, { likelihood: 2, impact: 4 }]);
    expect([risk('R2')['inherent'], risk('R2')['residual']]).toEqual([{ likelihood: 3, impact: 5 }, { likelihood: 2, impact: 3 }]);
    expect(plan.sheets[0]!.notes.join(' ')).toMatch(/the first number is read as the likelihood/);
  });

  it('leave the rating to the likelihood and impact columns, and read no working that does not add up or leaves the scales', async () => {
    const rated: [string, string | null][] = [...columns.slice(0, 3), ['Likelihood', 'likelihood'], ['Impact', 'impact'], ...columns.slice(3)];
    const rows = [['R1', 'Firmware tampering', 'Ana Novak', 2, 2, '4 × 5 = 20', '2 × 4 = 9'], ['R2', 'Late detection', 'Ben Ode', 3, 3, '3 × 3 = 9', '7 × 2 = 14']];
    const plan = await planImport(db, ws, [input(sheet('Risks', 'risks', rated, rows))]);
    const risk = (ref: string) => plan.writes.find((w) => w.table === 'risks' && w.ref === ref)!.draft;
    expect(risk('R1')['inherent']).toEqual({ likelihood: 2, impact: 2 });
    expect(risk('R1')['residual'] ?? null).toBeNull();
    expect(risk('R2')['residual'] ?? null).toBeNull();
  });
});

describe('review 28: workings, bare numbers and placeholders', () => {
  it('reads a working impact first where the header or the letters say so, and leaves a stored rating the working only transposes', async () => {
    const cols: [string, string | null][] = [['Risk ID', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Risk score (I × L)', 'score']];
    const plan = await planImport(db, ws, [input(sheet('Risks', 'risks', cols, [['R1', 'Firmware tampering', 'Ana Novak', '5 × 3 = 15'], ['R2', 'Late detection', 'Ben Ode', 'L2 × I4 = 8']]))]);
    const risk = (p: typeof plan, ref: string) => p.writes.find((w) => w.table === 'risks' && w.ref === ref)!.draft;
    expect(risk(plan, 'R1')['inherent']).toEqual({ likelihood: 3, impact: 5 });
    expect(risk(plan, 'R2')['inherent']).toEqual({ likelihood: 2, impact: 4 });
    await commitImport(db, ws, { fileName: 'a.xlsx', writes: plan.writes }, 'tester');
    const plain: [string, string | null][] = [...cols.slice(0, 3), ['Score', 'score']];
    const again = await planImport(db, ws, [input(sheet('Risks', 'risks', plain, [['R1', 'Firmware tampering', 'Ana Novak', '5 × 3 = 15'], ['R2', 'Late detection', 'Ben Ode', '3 × 4 = 12']]))]);
    const r1 = again.writes.find((w) => w.table === 'risks' && w.ref === 'R1');
    expect(r1 === undefined || (r1.draft['inherent'] as { likelihood: number }).likelihood === 3).toBe(true);
    expect(risk(again, 'R2')['inherent']).toEqual({ likelihood: 3, impact: 4 });
  });

  it('says when a working goes beyond the workspace\'s scales, and reads "3*2=6"', async () => {
    const cols: [string, string | null][] = [['Risk ID', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Score', 'score']];
    const plan = await planImport(db, ws, [input(sheet('Risks', 'risks', cols, [['R1', 'Firmware tampering', 'Ana Novak', '8 × 9 = 72'], ['R2', 'Late detection', 'Ben Ode', '3*2=6']]))]);
    const risk = (ref: string) => plan.writes.find((w) => w.table === 'risks' && w.ref === ref)!.draft;
    expect(risk('R1')['inherent'] ?? null).toBeNull();
    expect(plan.sheets[0]!.rows[0]!.warnings.map((w) => w.message).join(' ')).toMatch(/reads likelihood 8, impact 9; the workspace's scales run from 1 to 5 and 1 to 5: the rating is left to set in the register/);
    expect(risk('R2')['inherent']).toEqual({ likelihood: 3, impact: 2 });
  });

  it('gives a bare number no name another asset has, and links by the name where the number is a placeholder', async () => {
    const stored = await planImport(db, ws, [input(sheet('Assets', 'assets', [['Asset', 'name'], ['Owner', 'owner']], [['Laptop', 'Ana Novak']]))]);
    await commitImport(db, ws, { fileName: 's.xlsx', writes: stored.writes }, 'tester');
    const laptop = stored.writes.find((w) => w.table === 'assets')!.id;
    const cols: [string, string | null][] = [['Risk ID', 'id'], ['Asset ID', 'asset'], ['Asset', null], ['Risk', 'title'], ['Owner', 'owner']];
    const plan = await planImport(db, ws, [input(sheet('Risks', 'risks', cols, [['R3', 'A-007', '', 'Theft', 'Ben Ode'], ['R4', 'A-007', 'Laptop', 'Loss', 'Ben Ode'], ['R6', 'TBD', 'CRM', 'Leak', 'Ben Ode']]))]);
    const added = plan.writes.filter((w) => w.table === 'assets');
    expect(added.map((w) => w.draft['name']).sort()).toEqual(['A-007', 'CRM']);
    const risk = (ref: string) => plan.writes.find((w) => w.table === 'risks' && w.ref === ref)!.draft['assets'] as string[];
    expect(risk('R4')).toEqual(risk('R3'));
    expect(risk('R4')).not.toContain(laptop);
    expect(risk('R6')).toEqual([added.find((w) => w.draft['name'] === 'CRM')!.id]);
  });
});

/** The inherent rating a one-row register gives from its score column (header, cell); null when none. */
const ratingOf = async (score: string, cell: string) => {
  const cols: [string, string | null][] = [['Risk ID', 'id'], ['Risk', 'title'], ['Owner', 'owner'], [score, 'score']];
  const plan = await planImport(db, ws, [input(sheet('Risks', 'risks', cols, [['R1', 'Firmware tampering', 'Ana Novak', cell]]))]);
  return plan.writes.find((w) => w.table === 'risks' && w.ref === 'R1')!.draft['inherent'] ?? null;
};

/** Stores the assets A-01 CRM and A-02 ERP; their ids. */
const storeCrmAndErp = async (): Promise<string[]> => {
  const stored = await planImport(db, ws, [input(sheet('Assets', 'assets', [['Asset ID', 'id'], ['Asset', 'name'], ['Owner', 'owner']], [['A-01', 'CRM', 'Ana Novak'], ['A-02', 'ERP', 'Ana Novak']]))]);
  await commitImport(db, ws, { fileName: 's.xlsx', writes: stored.writes }, 'tester');
  return stored.writes.filter((w) => w.table === 'assets').map((w) => w.id);
};

describe('review 29: the order of a working, and placeholders', () => {
  it('takes the order from the header words in any of the languages, and from the letters of the cell', async () => {
    expect(await ratingOf('Impact score x Likelihood', '2 × 4 = 8')).toEqual({ likelihood: 4, impact: 2 });
    expect(await ratingOf('Gravité × Vraisemblance', '2 × 4 = 8')).toEqual({ likelihood: 4, impact: 2 });
    expect(await ratingOf('CIA x L', '2 × 4 = 8')).toEqual({ likelihood: 4, impact: 2 });
    expect(await ratingOf('Likelihood x Impact (c x p in old sheets)', '2 × 4 = 8')).toEqual({ likelihood: 2, impact: 4 });
    expect(await ratingOf('Score', 'A3 × E2 = 6')).toEqual({ likelihood: 2, impact: 3 });
    expect(await ratingOf('Score', '4 × L2 = 8')).toEqual({ likelihood: 2, impact: 4 });
    // Two letters of one kind say nothing.
    expect(await ratingOf('Score', 'C3 × I4 = 12')).toBeNull();
  });

  it('takes no-asset words for no asset, links the name beside an open number, and keeps a stored rating the letters change', async () => {
    const columns: [string, string | null][] = [['Risk ID', 'id'], ['Asset ID', null], ['Asset', 'asset'], ['Risk', 'title'], ['Owner', 'owner']];
    const plan = await planImport(db, ws, [input(sheet('Risks', 'risks', columns, [['R1', '', 'Unknown', 'Leak', 'Ana Novak'], ['R2', 'TBD', 'Acme portal', 'Fraud', 'Ana Novak'], ['R3', '?', 'None', 'Outage', 'Ana Novak']]))]);
    expect(plan.writes.filter((w) => w.table === 'assets').map((w) => w.draft['name'])).toEqual(['Acme portal']);
    const cols2: [string, string | null][] = [['Risk ID', 'id'], ['Risk', 'title'], ['Owner', 'owner'], ['Score', 'score']];
    const first = await planImport(db, ws, [input(sheet('Risks', 'risks', cols2, [['R9', 'Tampering', 'Ana Novak', '3 × 5 = 15']]))]);
    await commitImport(db, ws, { fileName: 'a.xlsx', writes: first.writes }, 'tester');
    const again = await planImport(db, ws, [input(sheet('Risks', 'risks', cols2, [['R9', 'Tampering', 'Ana Novak', 'L5 × I3 = 15']]))]);
    expect(again.writes.find((w) => w.table === 'risks' && w.ref === 'R9')!.draft['inherent']).toEqual({ likelihood: 5, impact: 3 });
  });
});

describe('review 30: header words around the sign, names beside an open number, and "X"', () => {
  it('reads the order from the words around the sign, not from one-letter words of the header\'s language', async () => {
    expect(await ratingOf('Risque lié à l’actif (P × G)', '2 × 4 = 8')).toEqual({ likelihood: 2, impact: 4 });
    expect(await ratingOf('Risk score, a product of likelihood and impact (L × I)', '2 × 4 = 8')).toEqual({ likelihood: 2, impact: 4 });
    expect(await ratingOf('Wynik ryzyka w skali 1-25 (S x P)', '2 × 4 = 8')).toEqual({ likelihood: 4, impact: 2 });
    expect(await ratingOf("Score (l'impact × la probabilité)", '2 × 4 = 8')).toEqual({ likelihood: 4, impact: 2 });
  });

  it('links the known assets a name beside an open number lists, and takes "X" for a name', async () => {
    const ids = await storeCrmAndErp();
    const columns: [string, string | null][] = [['Risk ID', 'id'], ['Asset ID', null], ['Asset', 'asset'], ['Risk', 'title'], ['Owner', 'owner']];
    const plan = await planImport(db, ws, [input(sheet('Risks', 'risks', columns, [['R1', 'TBD', 'CRM, ERP', 'Leak', 'Ana Novak'], ['R3', '', 'X', 'Account takeover', 'Ana Novak']]))]);
    const risk = (ref: string) => plan.writes.find((w) => w.table === 'risks' && w.ref === ref)!.draft['assets'];
    expect(risk('R1')).toEqual(ids);
    expect(plan.writes.filter((w) => w.table === 'assets').map((w) => w.draft['name'])).toEqual(['X']);
  });
});

describe('review 31: both sides of the sign, "x" as a number, and names around known assets', () => {
  it('lets a sign with both sides named decide the order first, and one with a word on its other side last', async () => {
    expect(await ratingOf('Risk score (5x5): Likelihood × Impact', '2 × 4 = 8')).toEqual({ likelihood: 2, impact: 4 });
    expect(await ratingOf('Velocity x Impact x Likelihood', '2 × 4 = 8')).toEqual({ likelihood: 4, impact: 2 });
    expect(await ratingOf('Risk score (Severity x Occurrence)', '4 × 2 = 8')).toEqual({ likelihood: 2, impact: 4 });
    expect(await ratingOf('Risikowert (Schadenshöhe × Wahrscheinlichkeit)', '4 × 2 = 8')).toEqual({ likelihood: 2, impact: 4 });
  });

  it('takes an "x" for no asset number, and reads a name beside an open number as an asset column is read', async () => {
    const [crm, erp] = await storeCrmAndErp();
    const columns: [string, string | null][] = [['Risk ID', 'id'], ['Asset ID', null], ['Asset', 'asset'], ['Risk', 'title'], ['Owner', 'owner']];
    const plan = await planImport(db, ws, [input(sheet('Risks', 'risks', columns, [['R4', 'X', 'CRM', 'Leak', 'Ana Novak'], ['R5', '-', 'ERP, Payroll', 'Fraud', 'Ana Novak']]))]);
    const risk = (ref: string) => plan.writes.find((w) => w.table === 'risks' && w.ref === ref)!.draft['assets'] as string[];
    const added = plan.writes.filter((w) => w.table === 'assets');
    expect(added.map((w) => w.draft['name'])).toEqual(['Payroll']);
    expect(risk('R4')).toEqual([crm]);
    expect(risk('R5')).toEqual([erp, added[0]!.id]);
  });

  it('links a known asset whose name holds a comma beside an open number, not the shorter one inside it', async () => {
    const stored = await planImport(db, ws, [input(sheet('Assets', 'assets', [['Asset', 'name'], ['Owner', 'owner']], [['Leeds office', 'Ana Novak'], ['Leeds office, 3rd floor', 'Ana Novak']]))]);
    await commitImport(db, ws, { fileName: 's.xlsx', writes: stored.writes }, 'tester');
    const floor = stored.writes.filter((w) => w.table === 'assets')[1]!.id;
    const columns: [string, string | null][] = [['Risk ID', 'id'], ['Asset ID', null], ['Asset', 'asset'], ['Risk', 'title'], ['Owner', 'owner']];
    const plan = await planImport(db, ws, [input(sheet('Risks', 'risks', columns, [['R1', 'TBD', 'Leeds office, 3rd floor', 'Flood', 'Ana Novak']]))]);
    expect(plan.writes.find((w) => w.table === 'risks' && w.ref === 'R1')!.draft['assets']).toEqual([floor]);
    expect(plan.writes.filter((w) => w.table === 'assets')).toEqual([]);
  });
});
