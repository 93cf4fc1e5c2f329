/** R15 documents that Annex A controls call for, both editions, and the good-practice items. */
import { describe, expect, it } from 'vitest';
import type { ReadinessInput } from '../../../../src/lib/domain/readiness/index.ts';
import { readiness } from '../../../../src/lib/domain/readiness/index.ts';
import { add, drop, patch, record } from './fixtures.ts';
import { type Case, itemOf, runCase } from './cases.ts';
import { goodInput } from './good-workspace.ts';

/** Excludes controls in the approved SoA (the frozen rows decide applicability). */
const exclude = (...ids: string[]): Case['change'] => (i) =>
  patch(i, 'soaVersions', 'soav-1', (v) => ({
    entries: (v['entries'] as { control: { id: string }[] }[]).map((e) => (ids.includes(e.control[0]?.id ?? '') ? { ...e, applicable: 'no', reasons: [], exclusionJustification: 'Not relevant to us.' } : e)),
  }));
const ract = (change: Record<string, unknown>): Case['change'] => (i) => patch(i, 'recurringActivities', 'ract-1', change);

const cases: Case[] = [
  { name: 'no acceptable-use document', item: 'R15.acceptable-use', change: (i) => drop(i, 'documents', 'doc-aup'), status: 'fail', rule: /^Missing: a document that names A.5.10/ },
  { name: 'acceptable use acknowledged by too few', item: 'R15.acceptable-use', change: (i) => patch(i, 'awarenessActivities', 'awr-1', (a) => ({ attendance: (a['attendance'] as unknown[]).slice(0, 3) })), status: 'fail', rule: /acknowledged the current version/ },
  { name: 'acceptable use excluded in the SoA', item: 'R15.acceptable-use', change: exclude('A.5.10'), status: 'n/a', rule: /Not required: the SoA excludes A.5.10/ },
  { name: 'access control policy not approved', item: 'R15.access-control', change: (i) => patch(i, 'documents', 'doc-access', { status: 'draft', approvedAt: null, approver: null }), status: 'fail', rule: /is approved/, offender: 'doc-access' },
  { name: 'access control policy past review', item: 'R15.access-control', change: (i) => patch(i, 'documents', 'doc-access', { nextReviewDue: '2026-03-14' }), status: 'fail', rule: /review date/ },
  { name: 'access control written as a procedure does not count as a policy', item: 'R15.access-control', change: (i) => patch(i, 'documents', 'doc-access', { docType: 'procedure' }), status: 'fail', rule: /^Missing: a document of type topic policy or is policy/ },
  { name: 'a cited document counts even without naming the control', item: 'R15.access-control', change: (i) => patch(patch(i, 'documents', 'doc-access', { controlRefs: [] }), 'soaEntries', (i.tables.soaEntries ?? []).find((e) => e.control[0]?.id === 'A.5.15')!.id, { documents: ['doc-access'] }), status: 'pass' },
  { name: 'operating procedures without a location', item: 'R15.operating-procedures', change: (i) => patch(i, 'documents', 'doc-ops', { location: '' }), status: 'fail', rule: /find it/ },
  { name: 'no signed-agreement evidence in the SoA', item: 'R15.confidentiality', change: (i) => patch(i, 'soaEntries', (i.tables.soaEntries ?? []).find((e) => e.control[0]?.id === 'A.6.6')!.id, { evidence: [] }), status: 'warn', rule: /signed agreements/ },
  { name: 'no secure engineering principles', item: 'R15.secure-engineering', change: (i) => patch(i, 'documents', 'doc-eng', { controlRefs: [] }), status: 'fail', rule: /^Missing/ },
  { name: 'no supplier recorded', item: 'R15.supplier-policy', change: (i) => patch(i, 'interestedParties', 'ip-sup', { type: 'partner' }), status: 'fail', rule: /suppliers are recorded/ },
  { name: 'incident controls without an owner', item: 'R15.incident', change: (i) => patch(i, 'soaEntries', (i.tables.soaEntries ?? []).find((e) => e.control[0]?.id === 'A.5.24')!.id, { owner: null }), status: 'fail', rule: /name an owner/ },
  { name: 'incident procedure exercised exactly 12 months ago (edge, inside)', item: 'R15.incident', change: ract({ occurrences: [{ due: '2025-03-15', doneAt: '2025-03-15', by: null, result: 'ok', evidence: 'Drill', note: '' }] }), status: 'pass' },
  { name: 'incident procedure last exercised 12 months and a day ago', item: 'R15.incident', change: ract({ occurrences: [{ due: '2025-03-14', doneAt: '2025-03-14', by: null, result: 'ok', evidence: 'Drill', note: '' }] }), status: 'fail', rule: /tested or used within the last 12 months/ },
  { name: 'a recorded incident shows the procedure in use', item: 'R15.incident', change: (i) => add(ract({ occurrences: [] })(i), 'nonconformities', record('nonconformities', 'nc-inc', { title: 'Lost laptop', source: 'incident', requirement: 'A.8.1', description: 'x', severity: 'minor', owner: 'per-ops', detectedAt: '2026-03-01', dueDate: '2026-06-01', status: 'open' }, 9)), status: 'pass' },
  { name: 'no legal requirement', item: 'R15.legal-register', change: (i) => drop(i, 'requirements', 'req-legal'), status: 'fail', rule: /^Missing: a requirement register/ },
  { name: 'a legal requirement not linked to how it is met', item: 'R15.legal-register', change: (i) => patch(i, 'requirements', 'req-legal', { controls: [] }), status: 'fail', rule: /linked to the controls or documents/, offender: 'req-legal' },
  { name: 'a requirement reviewed exactly 12 months ago (edge, inside)', item: 'R15.legal-register', change: (i) => patch(i, 'requirements', 'req-legal', { lastReviewedAt: '2025-03-15' }), status: 'pass' },
  { name: 'a requirement reviewed 12 months and a day ago', item: 'R15.legal-register', change: (i) => patch(i, 'requirements', 'req-legal', { lastReviewedAt: '2025-03-14' }), status: 'fail', rule: /reviewed within the last 12 months/ },
  { name: 'no continuity exercise in 12 months', item: 'R15.continuity', change: ract({ controls: [] }), status: 'fail', rule: /exercise or test of continuity/ },
  { name: 'a verified action on the continuity controls counts as an exercise', item: 'R15.continuity', change: (i) => patch(ract({ controls: [] })(i), 'treatmentActions', 'act-1', { controls: [{ edition: '2022', id: 'A.5.30' }] }), status: 'pass' },
  { name: 'continuity applies while one of its controls does', item: 'R15.continuity', change: exclude('A.5.29'), status: 'pass' },
  { name: 'continuity does not apply when both controls are excluded', item: 'R15.continuity', change: exclude('A.5.29', 'A.5.30'), status: 'n/a' },
  // Good practice: never fail
  { name: 'an asset without a classification', item: 'GP.assets', change: (i) => patch(i, 'assets', 'ast-1', { classification: null }), status: 'warn', rule: /classification/ },
  { name: 'no classification scheme', item: 'GP.classification', change: (i) => patch(i, 'documents', 'doc-other', { controlRefs: [{ edition: '2022', id: 'A.8.15' }, { edition: '2022', id: 'A.8.32' }] }), status: 'warn', rule: /^Missing/ },
  { name: 'nobody reports ISMS performance', item: 'GP.roles', change: (i) => patch(i, 'roles', 'rol-isms', { duty: ['ensure_conformity'] }), status: 'warn', rule: /reports its performance/ },
  { name: 'log review not done in 12 months', item: 'GP.logs', change: ract({ controls: [{ edition: '2022', id: 'A.5.29' }, { edition: '2022', id: 'A.5.24' }] }), status: 'warn', rule: /Log review/ },
  { name: 'a change carried out without approval', item: 'GP.changes', change: (i) => add(i, 'plannedChanges', record('plannedChanges', 'chg-9', { title: 'x', level: 'operational', status: 'in_progress', consequences: 'y' })), status: 'warn', rule: /approval/ },
  { name: 'awareness below target', item: 'GP.awareness', change: (i) => patch(i, 'awarenessActivities', 'awr-1', { topics: ['policy'] }), status: 'warn', rule: /covered the policy/ },
  { name: 'no improvement in 12 months', item: 'GP.improvement', change: (i) => patch(i, 'improvements', 'imp-1', { createdAt: '2024-01-01T00:00:00.000Z', dueDate: '2024-06-01' }), status: 'warn', rule: /last 12 months/ },
];

describe('R15 and good practice', () => {
  it.each(cases.map((c) => [`${c.item}: ${c.name}`, c] as const))('%s', (_n, c) => runCase(c));

  it('summarises R15 as the worst applicable document, naming those not fit', () => {
    const r = readiness(drop(goodInput(), 'documents', 'doc-eng'));
    const r15 = r.items.find((i) => i.id === 'R15')!;
    expect(r15.status).toBe('fail');
    expect(r15.rule).toMatch(/1 of 9 required documents .* Secure system engineering principles/);
    // R15 is not a blocker, and its sub-items count in the figure instead of the summary.
    expect(r.blockers.map((b) => b.id)).not.toContain('R15');
    expect(r.figure.failed).toBe(1);
  });

  it('uses the 2013 control numbers under the 2013 edition', () => {
    const input: ReadinessInput = { ...goodInput(), edition: '2013' };
    expect(itemOf(input, 'R15.access-control').clause).toBe('A.9.1.1');
    expect(itemOf(input, 'R15.incident').clause).toBe('A.16.1.1, A.16.1.5');
    expect(itemOf(input, 'R15.legal-register').clause).toBe('A.18.1.1');
    expect(itemOf(input, 'GP.assets').clause).toBe('A.8.1.1');
    // The documents of the workspace name 2022 controls, so none serves the 2013 edition.
    expect(itemOf(input, 'R15.access-control').present).toBe(false);
  });
});
