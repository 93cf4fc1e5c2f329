/** R12 internal audit, R13 management review, R14 nonconformities: each rule met and broken, with the window edges. */
import { describe, expect, it } from 'vitest';
import { add, drop, patch, record } from './fixtures.ts';
import { type Case, itemOf, runCase } from './cases.ts';
import { goodInput } from './good-workspace.ts';

const audit = (change: Record<string, unknown>): Case['change'] => (i) => patch(i, 'audits', 'aud-1', change);
/** The audit moved so that its fieldwork ended on `end`. */
const auditEnded = (end: string): Case['change'] => audit({ plannedDate: end, startDate: end, endDate: end, reportIssuedAt: end });
const review = (change: Record<string, unknown>): Case['change'] => (i) => patch(i, 'managementReviews', 'mr-1', change);
const nc = (change: Record<string, unknown>): Case['change'] => (i) => patch(i, 'nonconformities', 'nc-1', change);
const openNc = (id: string, init: Record<string, unknown>) => record('nonconformities', id, { title: 'New', source: 'incident', requirement: 'A.5.24', description: 'x', severity: 'minor', owner: 'per-ops', status: 'open', ...init }, 5);

const cases: Case[] = [
  // R12
  { name: 'no closed internal audit', item: 'R12', change: audit({ status: 'reporting' }), status: 'fail', rule: /^Missing: an approved audit programme .* at least one closed internal audit/ },
  { name: 'no programme covering today', item: 'R12', change: (i) => patch(i, 'auditProgrammes', 'apr-1', { periodTo: '2026-03-14' }), status: 'fail', rule: /^Missing: an approved audit programme/ },
  { name: 'audit ended exactly 12 months ago (edge, inside)', item: 'R12', change: auditEnded('2025-03-15'), status: 'pass' },
  { name: 'audit ended 12 months and a day ago (edge, outside)', item: 'R12', change: auditEnded('2025-03-14'), status: 'fail', rule: /internal audit was closed within the last 12 months/, offender: 'aud-1' },
  { name: 'the audit interval follows the settings', item: 'R12', change: (i) => ({ ...auditEnded('2025-03-14')(i), settings: { ...i.settings, auditIntervalMonths: 18 } }), status: 'pass' },
  { name: 'a main clause not audited', item: 'R12', change: audit({ clauses: ['4', '5', '6', '7', '8', '10'] }), status: 'fail', rule: /every main clause, 4 to 10/ },
  { name: 'a main clause covered by a checked requirement', item: 'R12', change: audit({ clauses: ['4', '5', '6', '7', '8', '10'], checks: [{ requirement: '9.1', question: 'Metrics?', sample: '', result: 'conform', note: '' }] }), status: 'warn', rule: /sub-clause/ },
  { name: 'a check marked "not checked" covers nothing', item: 'R12', change: audit({ clauses: ['4', '5', '6', '7', '8', '10'], checks: [{ requirement: '9.1', question: 'Metrics?', sample: '', result: 'not_checked', note: '' }] }), status: 'fail', rule: /every main clause/ },
  { name: 'applicable controls neither audited nor planned', item: 'R12', change: (i) => patch(i, 'auditProgrammes', 'apr-1', { plannedAudits: [] }), status: 'warn', rule: /applicable Annex A control/ },
  { name: 'no criteria', item: 'R12', change: audit({ criteria: '' }), status: 'fail', rule: /scope and criteria/, offender: 'aud-1' },
  { name: 'independence not declared', item: 'R12', change: audit({ independenceDeclared: false }), status: 'fail', rule: /independence/ },
  { name: 'the auditor audits their own area', item: 'R12', change: audit({ auditees: ['per-isms', 'per-aud'] }), status: 'fail', rule: /own area/ },
  { name: 'report not sent to top management', item: 'R12', change: audit({ reportDistributedTo: ['per-isms'] }), status: 'fail', rule: /report .* top management/ },
  { name: 'a nonconformity finding without its record', item: 'R12', change: (i) => drop(patch(i, 'findings', 'fnd-1', { nonconformity: null }), 'nonconformities'), status: 'fail', rule: /own nonconformity record/, offender: 'fnd-1' },
  // R13
  { name: 'no review held', item: 'R13', change: review({ status: 'planned' }), status: 'fail', rule: /^Missing: a management review held within the last 12 months/ },
  { name: 'held exactly 12 months ago (edge, inside)', item: 'R13', change: (i) => review({ date: '2025-03-15' })(auditEnded('2025-03-15')(i)), status: 'pass' },
  { name: 'held 12 months and a day ago (edge, outside)', item: 'R13', change: review({ date: '2025-03-14' }), status: 'fail', rule: /^Missing:/ },
  { name: 'a review dated in the future is not held yet', item: 'R13', change: review({ date: '2026-03-16' }), status: 'fail', rule: /^Missing:/ },
  { name: 'no top manager attended', item: 'R13', change: review({ chair: 'per-isms', attendees: ['per-isms'] }), status: 'fail', rule: /top management attended/, offender: 'mr-1' },
  { name: 'an input not addressed', item: 'R13', change: review({ inputs: [] }), status: 'fail', rule: /Every input the 2022 edition asks for/ },
  { name: 'the 2013 edition does not ask for changes in parties’ needs', item: 'R13', change: (i) => ({ ...review({ inputs: ['prev_actions', 'issues_changes', 'perf_nc', 'perf_metrics', 'perf_audits', 'perf_objectives', 'ip_feedback', 'risk_status', 'improvement_opps'].map((code) => ({ code, summary: 'Done.', addressed: true })) })(i), edition: '2013' }), status: 'pass' },
  { name: 'no decision on ISMS changes', item: 'R13', change: review({ decisions: [{ kind: 'improvement', text: 'x' }] }), status: 'fail', rule: /changes to the ISMS/ },
  { name: 'no conclusion', item: 'R13', change: review({ conclusion: '' }), status: 'fail', rule: /conclusion/ },
  { name: 'an action without a due date', item: 'R13', change: review({ actions: [{ text: 'x', owner: 'per-ops', dueDate: null, status: 'open' }] }), status: 'fail', rule: /owner and a due date/ },
  { name: 'minutes not approved', item: 'R13', change: review({ status: 'held' }), status: 'fail', rule: /minutes are approved/ },
  { name: 'held before any internal audit closed', item: 'R13', change: auditEnded('2025-12-11'), status: 'fail', rule: /after a closed internal audit/ },
  // R14
  { name: 'no nonconformity while an audit found one', item: 'R14', change: (i) => drop(i, 'nonconformities'), status: 'fail', rule: /^Missing:/ },
  { name: 'an empty register after a clean audit', item: 'R14', change: (i) => drop(drop(i, 'nonconformities'), 'findings'), status: 'pass' },
  { name: 'a nonconformity without a severity', item: 'R14', change: nc({ severity: null }), status: 'fail', rule: /severity/ },
  { name: 'detected exactly 30 days ago without a correction', item: 'R14', change: (i) => add(i, 'nonconformities', openNc('nc-2', { detectedAt: '2026-02-13', dueDate: '2026-08-01' })), status: 'fail', rule: /Within 30 days of detection/, offender: 'nc-2' },
  { name: 'detected 29 days ago without a correction', item: 'R14', change: (i) => add(i, 'nonconformities', openNc('nc-2', { detectedAt: '2026-02-14', dueDate: '2026-08-01' })), status: 'pass' },
  { name: 'action needed but none planned after 30 days', item: 'R14', change: (i) => drop(i, 'correctiveActions'), status: 'fail', rule: /at least one, with an owner/ },
  { name: 'closed without an effective check', item: 'R14', change: (i) => patch(i, 'correctiveActions', 'ca-1', { effectiveness: null }), status: 'fail', rule: /effectiveness check/, offender: 'nc-1' },
  { name: 'closed with no action needed, for a reason', item: 'R14', change: (i) => drop(nc({ caNeeded: 'no', caNotNeededReason: 'A one-off slip.' })(i), 'correctiveActions'), status: 'pass' },
  { name: 'open past its due date', item: 'R14', change: nc({ status: 'verifying', dueDate: '2026-03-14' }), status: 'fail', rule: /open past its due date/ },
  { name: 'without a due date, a minor one has 180 days', item: 'R14', change: (i) => add(i, 'nonconformities', openNc('nc-2', { detectedAt: '2025-09-15', dueDate: null, correction: { action: 'x', doneAt: null, by: null }, rootCause: { method: 'other', cause: 'x', category: null }, caNeeded: 'no', caNotNeededReason: 'x', status: 'contained' })), status: 'fail', rule: /open past its due date/, offender: 'nc-2' },
  { name: 'a major one open', item: 'R14', change: (i) => add(i, 'nonconformities', openNc('nc-2', { severity: 'major', detectedAt: '2026-03-10', dueDate: '2026-06-01' })), status: 'fail', rule: /No major nonconformity is open/ },
  { name: 'a corrective action overdue', item: 'R14', change: (i) => add(i, 'correctiveActions', record('correctiveActions', 'ca-2', { nonconformity: 'nc-1', description: 'More', owner: 'per-ops', dueDate: '2026-03-14', status: 'in_progress' }, 2)), status: 'warn', rule: /corrective action is past its due date/ },
];

describe('R12–R14', () => {
  it.each(cases.map((c) => [`${c.item}: ${c.name}`, c] as const))('%s', (_n, c) => runCase(c));

  it('shows the 2013 clause number for nonconformities under the 2013 edition', () => {
    expect(itemOf({ ...goodInput(), edition: '2013' }, 'R14').clause).toBe('10.1');
  });

  it('links an offending nonconformity to its own page', () => {
    const item = itemOf(nc({ severity: null })(goodInput()), 'R14');
    expect(item.offenders[0]?.link).toEqual({ path: 'nonconformities', query: { nc: 'nc-1' } });
  });
});
