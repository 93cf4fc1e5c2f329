/** R08 operation, R09 risk assessment results, R10 treatment results, R11 metrics: each rule met and broken. */
import { describe, expect, it } from 'vitest';
import { missingPeriods } from '../../../../src/lib/domain/readiness/rules-operation.ts';
import type { Measurement } from '../../../../src/lib/domain/entities/measurement.ts';
import { add, drop, patch, record } from './fixtures.ts';
import { type Case, itemOf, runCase } from './cases.ts';
import { goodInput } from './good-workspace.ts';

const activity = (change: Record<string, unknown>): Case['change'] => (i) => patch(i, 'recurringActivities', 'ract-1', change);
const occ = (due: string, doneAt: string | null, evidence = 'Log') => ({ due, doneAt, by: null, result: doneAt ? 'ok' : 'missed', evidence, note: '' });
const bothRisks = (change: Record<string, unknown>): Case['change'] => (i) => patch(i, 'risks', null, change);

const cases: Case[] = [
  // R08
  { name: 'no recurring activity', item: 'R08', change: (i) => drop(i, 'recurringActivities'), status: 'fail', rule: /^Missing: at least one recurring activity/ },
  { name: 'a retired activity does not count', item: 'R08', change: activity({ status: 'retired' }), status: 'fail', rule: /^Missing/ },
  { name: 'one occurrence of three missed (67%, below 90%)', item: 'R08', change: activity({ occurrences: [occ('2025-06-30', '2025-06-30'), occ('2025-09-30', null), occ('2025-12-31', '2025-12-31')] }), status: 'fail', rule: /At least 90% .* \(now 2 of 3, 66%\)/, offender: 'ract-1' },
  { name: 'done without evidence does not count', item: 'R08', change: activity({ occurrences: [occ('2025-09-30', '2025-09-30', '')] }), status: 'fail', rule: /done with evidence/ },
  { name: 'an occurrence due 12 months and a day ago is outside the window', item: 'R08', change: activity({ occurrences: [occ('2025-03-14', null), occ('2025-06-30', '2025-06-30')] }), status: 'pass' },
  { name: 'an occurrence due exactly 12 months ago is inside the window', item: 'R08', change: activity({ occurrences: [occ('2025-03-15', null), occ('2025-06-30', '2025-06-30')] }), status: 'fail', rule: /At least 90%/ },
  { name: 'no criteria', item: 'R08', change: activity({ criteria: '' }), status: 'fail', rule: /criteria/ },
  { name: 'an outsourced process without its control', item: 'R08', change: activity({ externallyProvided: { supplier: 'ip-sup', howControlled: '' } }), status: 'fail', rule: /externally provided/ },
  { name: 'an operational change without consequences', item: 'R08', change: (i) => add(i, 'plannedChanges', record('plannedChanges', 'chg-1', { title: 'New firewall', level: 'operational', status: 'approved', consequences: '' })), status: 'fail', rule: /consequences/, offender: 'chg-1' },
  { name: 'an implemented operational change not reviewed afterwards', item: 'R08', change: (i) => add(i, 'plannedChanges', record('plannedChanges', 'chg-1', { title: 'New firewall', level: 'operational', status: 'implemented', consequences: 'Outage risk', implementedAt: '2026-02-01' })), status: 'warn', rule: /reviewed afterwards/ },
  { name: 'an activity past its next due date', item: 'R08', change: activity({ nextDue: '2026-03-14' }), status: 'warn', rule: /past its next due date/ },
  // R09
  { name: 'no open risk', item: 'R09', change: bothRisks({ status: 'closed' }), status: 'fail', rule: /^Missing: open risks in the register, assessed/ },
  { name: 'last assessed exactly 12 months ago (edge, inside)', item: 'R09', change: bothRisks({ lastReviewedAt: '2025-03-15', nextReviewDue: '2026-06-01' }), status: 'pass' },
  { name: 'last assessed 12 months and a day ago (edge, outside)', item: 'R09', change: bothRisks({ lastReviewedAt: '2025-03-14', nextReviewDue: '2026-06-01' }), status: 'fail', rule: /^Missing: open risks in the register, assessed \(reviewed\) within the last 12 months/ },
  { name: 'an owner who has left', item: 'R09', change: (i) => patch(i, 'persons', 'per-ops', { active: false }), status: 'fail', rule: /active owner|still an active person/, offender: 'rsk-1' },
  { name: 'a risk rated off the method’s scales', item: 'R09', change: (i) => patch(i, 'risks', 'rsk-2', { inherent: { likelihood: 7, impact: 7 } }), status: 'fail', rule: /rating falls in a level/, offender: 'rsk-2' },
  { name: 'a risk past its review date', item: 'R09', change: (i) => patch(i, 'risks', 'rsk-2', { nextReviewDue: '2026-03-14' }), status: 'fail', rule: /past its review date/, offender: 'rsk-2' },
  { name: 'a risk due for review today', item: 'R09', change: (i) => patch(i, 'risks', 'rsk-2', { nextReviewDue: '2026-03-15' }), status: 'pass' },
  { name: 'a significant change implemented after the last rating', item: 'R09', change: (i) => add(i, 'plannedChanges', record('plannedChanges', 'chg-1', { title: 'Move to a new cloud', level: 'isms', significant: true, status: 'implemented', consequences: 'x', implementedAt: '2026-03-01', affectedRisks: ['rsk-1'] })), status: 'fail', rule: /reassessed after it/, offender: 'rsk-1' },
  { name: 'a significant change followed by a reassessment', item: 'R09', change: (i) => add(i, 'plannedChanges', record('plannedChanges', 'chg-1', { title: 'Move', level: 'isms', significant: true, status: 'implemented', consequences: 'x', implementedAt: '2026-02-10', affectedRisks: ['rsk-1'] })), status: 'pass' },
  // R10
  { name: 'no action although a risk needs treatment', item: 'R10', change: (i) => drop(i, 'treatmentActions'), status: 'fail', rule: /^Missing: at least one treatment action/ },
  { name: 'the only open action is overdue (100% > 10%)', item: 'R10', change: (i) => add(patch(i, 'risks', 'rsk-1', { status: 'in_treatment' }), 'treatmentActions', record('treatmentActions', 'act-2', { title: 'Patch', risks: ['rsk-2'], owner: 'per-ops', dueDate: '2026-03-14', status: 'in_progress' }, 2)), status: 'fail', rule: /At most 10% .* \(now 1 action of 1, 100%\)/, offender: 'act-2' },
  { name: 'an open action due today is not overdue', item: 'R10', change: (i) => add(i, 'treatmentActions', record('treatmentActions', 'act-2', { title: 'Patch', risks: ['rsk-2'], owner: 'per-ops', dueDate: '2026-03-15', status: 'in_progress' }, 2)), status: 'pass' },
  { name: 'an overdue action on a very high risk', item: 'R10', change: (i) => {
      const many = Array.from({ length: 12 }, (_, n) => record('treatmentActions', `act-ok-${n}`, { title: `Task ${n}`, risks: ['rsk-2'], owner: 'per-ops', dueDate: '2026-12-01', status: 'planned' }, 10 + n));
      return add(i, 'treatmentActions', ...many, record('treatmentActions', 'act-late', { title: 'Late', risks: ['rsk-1'], owner: 'per-ops', dueDate: '2026-03-01', status: 'in_progress' }, 30));
    }, status: 'fail', rule: /highest level of the method/, offender: 'act-late' },
  { name: 'a done action not verified', item: 'R10', change: (i) => patch(i, 'treatmentActions', 'act-1', { verification: null }), status: 'fail', rule: /verification/, offender: 'act-1' },
  { name: 'all actions done but the risk not re-rated since', item: 'R10', change: (i) => patch(i, 'risks', 'rsk-1', { lastReviewedAt: '2026-01-19' }), status: 'fail', rule: /re-rated after/, offender: 'rsk-1' },
  // R11
  { name: 'no active metric', item: 'R11', change: (i) => patch(i, 'metrics', 'met-1', { status: 'candidate' }), status: 'fail', rule: /^Missing: at least one active metric/ },
  { name: 'a metric without who analyses it', item: 'R11', change: (i) => patch(i, 'metrics', 'met-1', { analysedBy: null }), status: 'fail', rule: /six items|by whom it is analysed/, offender: 'met-1' },
  { name: 'a month without a result', item: 'R11', change: (i) => drop(i, 'measurements', 'mea-6'), status: 'fail', rule: /result for each of its periods/, offender: 'met-1' },
  { name: 'an objective with a target but no metric', item: 'R11', change: (i) => patch(i, 'objectives', 'obj-1', { metric: null }), status: 'fail', rule: /tracked by a metric/, offender: 'obj-1' },
];

describe('R08–R11', () => {
  it.each(cases.map((c) => [`${c.item}: ${c.name}`, c] as const))('%s', (_n, c) => runCase(c));
});

describe('R09 and R04b with an imported draft not yet rated', () => {
  it('lists it as a draft to rate, with what its file said, and not as past its review or within the appetite', () => {
    const input = patch(goodInput(), 'risks', 'rsk-2', { status: 'draft', inherent: null, residual: null, nextReviewDue: null, lastReviewedAt: null, importedLevel: 'Critical', treatmentOption: 'modify' });
    const r09 = itemOf(input, 'R09');
    const rated = r09.checks.find((c) => /rating falls in a level/.test(c.rule))!;
    expect(rated.offenders.map((o) => [o.id, o.note])).toEqual([['rsk-2', 'Draft, still to rate (the file said “Critical”)']]);
    expect(r09.checks.find((c) => /past its review date/.test(c.rule))!.offenders).toEqual([]);
    const r04b = itemOf(input, 'R04b');
    expect(r04b.checks.find((c) => /within the appetite/.test(c.rule))!.offenders.map((o) => o.id)).not.toContain('rsk-2');
  });
});

describe('measurement periods', () => {
  const m = (periodStart: string, periodEnd: string) => ({ periodStart, periodEnd, measuredAt: periodEnd }) as Measurement;

  it('asks for every month since the first result, within the last 12 months', () => {
    const ms = [m('2025-12-01', '2025-12-31'), m('2026-02-01', '2026-02-28')];
    expect(missingPeriods('monthly', ms, '2026-03-15')).toEqual(['2026-01-01 to 2026-01-31']);
  });

  it('gives a period 14 days after its end before it counts as missing', () => {
    const ms = [m('2026-01-01', '2026-01-31')];
    expect(missingPeriods('monthly', ms, '2026-03-13')).toEqual([]);
    expect(missingPeriods('monthly', ms, '2026-03-14')).toEqual(['2026-02-01 to 2026-02-28']);
  });

  it('counts quarters from January, and nothing before the first result', () => {
    const ms = [m('2025-07-01', '2025-09-30')];
    expect(missingPeriods('quarterly', ms, '2026-03-15')).toEqual(['2025-10-01 to 2025-12-31']);
    expect(missingPeriods('quarterly', [], '2026-03-15')).toEqual([]);
  });
});
