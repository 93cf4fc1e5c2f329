import { describe, expect, it } from 'vitest';
import { clauseCoverage } from '../../../src/lib/domain/audit-coverage.ts';
import { attendanceOf, awarenessCoverage } from '../../../src/lib/domain/awareness.ts';
import { competenceGaps, competenceMatrix, evidenceValidUntil, meetsRequirement } from '../../../src/lib/domain/competence.ts';
import type { Audit } from '../../../src/lib/domain/entities/audit.ts';
import type { AuditProgramme } from '../../../src/lib/domain/entities/audit-programme.ts';
import type { AwarenessActivity } from '../../../src/lib/domain/entities/awareness-activity.ts';
import type { CompetenceRecord } from '../../../src/lib/domain/entities/competence-record.ts';
import type { CompetenceRequirement } from '../../../src/lib/domain/entities/competence-requirement.ts';
import type { CorrectiveAction } from '../../../src/lib/domain/entities/corrective-action.ts';
import type { Nonconformity } from '../../../src/lib/domain/entities/nonconformity.ts';
import type { Person } from '../../../src/lib/domain/entities/person.ts';
import type { Role } from '../../../src/lib/domain/entities/role.ts';
import { addDays, addMonths } from '../../../src/lib/domain/model/dates.ts';
import { ncFlow, statusBehind } from '../../../src/lib/domain/nonconformity-flow.ts';
import { exampleRecords } from './example-tables.ts';

const TODAY = '2026-06-15';
const ex = exampleRecords(TODAY);
const roles = ex['roles'] as Role[];
const persons = ex['persons'] as Person[];
const requirements = ex['competenceRequirements'] as CompetenceRequirement[];
const records = ex['competenceRecords'] as CompetenceRecord[];
const activities = ex['awarenessActivities'] as AwarenessActivity[];
const ncs = ex['nonconformities'] as Nonconformity[];
const cas = ex['correctiveActions'] as CorrectiveAction[];

const matrix = (recs: readonly CompetenceRecord[] = records, soonDays = 30) => competenceMatrix({ roles, persons, requirements, records: recs, today: TODAY, soonDays });
const cell = (m: ReturnType<typeof matrix>, role: string, person: string, competence: string) =>
  m.find((x) => x.role.id === role)?.holders.find((h) => h.person.id === person)?.cells.find((c) => c.requirement.competence === competence);

describe('competence matrix', () => {
  it('has a matrix for each role with requirements, rows for its active holders', () => {
    const m = matrix();
    expect(m.map((x) => x.role.id).sort()).toEqual(['rol-auditor', 'rol-champion', 'rol-continuity', 'rol-dpo', 'rol-incident', 'rol-isms', 'rol-riskowner', 'rol-sponsor']);
    expect(m.find((x) => x.role.id === 'rol-incident')?.holders.map((h) => h.person.id)).toEqual(['per-ops', 'per-isms']);
    expect(m.find((x) => x.role.id === 'rol-incident')?.requirements.map((r) => r.mandatory)).toEqual([true, false]);
  });

  it('marks evidence met, expiring within the window, and missing', () => {
    const m = matrix();
    expect(cell(m, 'rol-isms', 'per-isms', 'ISMS implementation')?.state).toBe('met');
    expect(cell(m, 'rol-incident', 'per-ops', 'Cloud security architecture')).toMatchObject({ state: 'expiring', validUntil: addDays(TODAY, 18) });
    expect(cell(m, 'rol-incident', 'per-isms', 'Cloud security architecture')?.state).toBe('missing');
  });

  it('marks expired evidence, and the example has no mandatory gap', () => {
    expect(competenceGaps(matrix())).toEqual([]);
    const aged = records.map((r) => (r.id === 'comp-dpo' ? { ...r, validUntil: addDays(TODAY, -1) } : r));
    const gaps = competenceGaps(matrix(aged));
    expect(gaps.map((g) => [g.person.id, g.requirement.competence, g.state])).toEqual([['per-dpo', 'Data protection practice', 'expired']]);
  });

  it('lets a later record replace an expired one, and counts validity months from the date obtained', () => {
    const req = requirements.find((q) => q.id === 'creq-secure-coding')!;
    const rec = { ...records.find((r) => r.id === 'comp-data-secure-coding')!, validUntil: null, obtainedAt: '2024-01-10' };
    expect(evidenceValidUntil(rec, req)).toBe('2027-01-10');
    const old = { ...rec, id: 'old', validUntil: '2020-01-01' };
    expect(matrix([...records.filter((r) => r.id !== 'comp-data-secure-coding'), old, rec]).length).toBeGreaterThan(0);
    expect(cell(matrix([...records.filter((r) => r.id !== 'comp-data-secure-coding'), old, rec]), 'rol-champion', 'per-data', req.competence)?.state).toBe('met');
  });

  it('matches unlinked records by the competence name', () => {
    const req = requirements[0]!;
    const rec = { ...records[0]!, requirement: null, competence: `  ${req.competence.toUpperCase()} ` };
    expect(meetsRequirement(rec, req)).toBe(true);
    expect(meetsRequirement({ ...rec, requirement: 'other' }, req)).toBe(false);
  });
});

describe('awareness coverage', () => {
  it('counts every active person in the example as having covered the core topics', () => {
    const c = awarenessCoverage(persons, activities, TODAY);
    expect(c.total).toBe(13);
    expect(c.complete).toBe(13);
    expect(c.pct).toBe(100);
  });

  it('stops counting attendance older than twelve months', () => {
    const c = awarenessCoverage(persons, activities, addMonths(TODAY, 8));
    const aud = c.people.find((p) => p.person.id === 'per-aud');
    expect(aud?.missing).toEqual(['policy', 'contribution', 'nonconformance']);
    expect(c.pct).toBe(92);
  });

  it('ignores planned activities and reports the audience attended', () => {
    const planned = activities.map((a) => ({ ...a, status: 'planned' as const }));
    expect(awarenessCoverage(persons, planned, TODAY).complete).toBe(0);
    const yearly = activities.find((a) => a.id === 'awr-yearly')!;
    expect(attendanceOf(yearly, persons, () => [])).toEqual({ attended: 12, expected: 13 });
    const external = activities.find((a) => a.id === 'awr-external')!;
    expect(attendanceOf(external, persons, (r) => roles.find((x) => x.id === r)?.holders ?? [])).toEqual({ attended: 2, expected: 2 });
  });
});

describe('nonconformity flow', () => {
  const nc = (id: string) => ncs.find((n) => n.id === id)!;

  it('shows a closed nonconformity with every step done and its age at closing', () => {
    const f = ncFlow(nc('nc-access-review'), cas, TODAY);
    expect(f.steps.every((s) => s.state === 'done')).toBe(true);
    expect(f.current).toBeNull();
    expect(f.canClose).toBe(false);
    expect(f.ageDays).toBe(130);
  });

  it('is waiting for the implementation when actions are open', () => {
    const f = ncFlow(nc('nc-supplier-review'), cas, TODAY);
    expect(f.current).toBe('implement');
    expect(f.closeBlocker).toMatch(/implemented/);
  });

  it('is waiting for the effectiveness check once actions are done, then may close', () => {
    const f = ncFlow(nc('nc-misdirected-export'), cas, TODAY);
    expect(f.current).toBe('verify');
    expect(f.canClose).toBe(false);
    const checked = cas.map((a) => (a.nonconformity === 'nc-misdirected-export' ? { ...a, effectiveness: { plannedAt: null, criteria: '', checkedAt: TODAY, by: null, result: 'effective' as const, note: '' } } : a));
    const g = ncFlow(nc('nc-misdirected-export'), checked, TODAY);
    expect(g.current).toBe('close');
    expect(g.canClose).toBe(true);
  });

  it('asks to reopen when an action was not effective', () => {
    const bad = cas.map((a) => (a.id === 'ca-export-links' ? { ...a, effectiveness: { plannedAt: null, criteria: '', checkedAt: TODAY, by: null, result: 'not_effective' as const, note: '' } } : a));
    expect(ncFlow(nc('nc-misdirected-export'), bad, TODAY).closeBlocker).toMatch(/not effective/);
  });

  it('skips the action steps when no corrective action is needed', () => {
    const n = { ...nc('nc-supplier-review'), caNeeded: 'no' as const, caNotNeededReason: 'A one-off.' };
    const f = ncFlow(n, [], TODAY);
    expect(f.steps.filter((s) => s.state === 'skipped').map((s) => s.key)).toEqual(['plan', 'implement', 'verify']);
    expect(f.canClose).toBe(true);
  });

  it('implies the status of the steps done, so a lagging status can be moved on', () => {
    expect(ncFlow(nc('nc-supplier-review'), cas, TODAY).impliedStatus).toBe('action_planned');
    expect(ncFlow(nc('nc-misdirected-export'), cas, TODAY).impliedStatus).toBe('verifying');
    expect(statusBehind('open', 'analysed')).toBe(true);
    expect(statusBehind('verifying', 'verifying')).toBe(false);
    expect(statusBehind('verifying', 'action_planned')).toBe(false);
    expect(statusBehind('reopened', 'action_planned')).toBe(true);
    expect(statusBehind('verifying', 'reopened')).toBe(true);
  });

  it('starts at the correction for a new record, and flags an overdue one', () => {
    const fresh = { ...nc('nc-supplier-review'), status: 'open' as const, correction: null, rootCause: null, caNeeded: null, similarElsewhereChecked: false, dueDate: addDays(TODAY, -1) };
    const f = ncFlow(fresh, [], TODAY);
    expect(f.current).toBe('contain');
    expect(f.closeBlocker).toBe('Record the correction first.');
    expect(f.overdue).toBe(true);
  });
});

describe('audit programme coverage', () => {
  const programmes = ex['auditProgrammes'] as AuditProgramme[];
  const audits = ex['audits'] as Audit[];

  it('covers clauses 4 to 10 in the example, through the full audit', () => {
    const c = clauseCoverage(programmes[0]!, audits);
    expect(c.map((x) => x.clause)).toEqual(['4', '5', '6', '7', '8', '9', '10']);
    expect(c.every((x) => x.covered)).toBe(true);
    expect(c.find((x) => x.clause === '10')?.by).toEqual(['Full ISMS audit: clauses 4 to 10 and a sample of Annex A', 'Follow-up: access control, suppliers and backup', 'AUD-001']);
  });

  it('shows a clause no audit lists as not covered, and counts sub-clauses for their clause', () => {
    const p = { ...programmes[0]!, plannedAudits: [{ ...programmes[0]!.plannedAudits[0]!, clauses: ['4.3', '6.1.2', '10'] }] };
    const c = clauseCoverage(p, []);
    expect(c.filter((x) => x.covered).map((x) => x.clause)).toEqual(['4', '6', '10']);
  });
});
