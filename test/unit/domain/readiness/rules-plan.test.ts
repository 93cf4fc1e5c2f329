/** R01 scope, R02 policy, R03 risk method: each rule met (the complete workspace) and broken. */
import { describe, it } from 'vitest';
import { add, patch, drop, record, withTables } from './fixtures.ts';
import { type Case, runCase } from './cases.ts';

const scope = (change: Record<string, unknown>): Case['change'] => (i) => patch(i, 'scopes', 'scp-1', change);
const policy = (change: Record<string, unknown>): Case['change'] => (i) => patch(i, 'documents', 'doc-policy', change);
const method = (change: Record<string, unknown>): Case['change'] => (i) => {
  const next = patch(i, 'riskMethods', 'rm-1', change);
  return { ...next, method: { ...i.method!, ...change } as typeof i.method };
};

const cases: Case[] = [
  // R01
  { name: 'no approved scope', item: 'R01', change: scope({ status: 'draft' }), status: 'fail', rule: /^Missing: an approved ISMS scope/ },
  { name: 'two approved scopes', item: 'R01', change: (i) => add(i, 'scopes', record('scopes', 'scp-2', { title: 'Old', statement: 'Old', orgUnits: ['x'], status: 'approved', approvedAt: '2025-01-01' }, 2)), status: 'fail', rule: /Only one scope/, offender: 'scp-2' },
  { name: 'empty statement', item: 'R01', change: scope({ statement: ' ' }), status: 'fail', rule: /statement is written/, offender: 'scp-1' },
  { name: 'nothing in scope', item: 'R01', change: scope({ orgUnits: [] }), status: 'fail', rule: /At least one unit/ },
  { name: 'unjustified exclusion', item: 'R01', change: scope({ exclusions: [{ item: 'Lab', justification: '' }] }), status: 'fail', rule: /exclusion has a justification/ },
  { name: 'no interfaces and none confirmed', item: 'R01', change: scope({ interfaces: [] }), status: 'fail', rule: /Interfaces and dependencies/ },
  { name: '"no interfaces" confirmed', item: 'R01', change: scope({ interfaces: [], noInterfacesConfirmed: true }), status: 'pass' },
  { name: 'no requirement considered', item: 'R01', change: scope({ requirementsConsidered: [] }), status: 'fail', rule: /considered/ },
  { name: 'reviewed exactly 12 months ago (edge, inside)', item: 'R01', change: scope({ lastReviewedAt: '2025-03-15', approvedAt: '2025-03-01', nextReviewDue: null }), status: 'pass' },
  { name: 'reviewed 12 months and a day ago (edge, outside)', item: 'R01', change: scope({ lastReviewedAt: '2025-03-14', approvedAt: '2025-03-01', nextReviewDue: null }), status: 'fail', rule: /reviewed or approved within the last 12 months/ },
  { name: 'next review date passed', item: 'R01', change: scope({ nextReviewDue: '2026-03-14' }), status: 'fail', rule: /next review date has not passed/ },
  { name: 'asset with an open risk outside the scope', item: 'R01', change: (i) => patch(i, 'assets', 'ast-1', { inScope: false, scope: null }), status: 'fail', rule: /asset that carries an open risk/, offender: 'ast-1' },
  // R02
  { name: 'no approved policy', item: 'R02', change: policy({ status: 'draft' }), status: 'fail', rule: /^Missing:/ },
  { name: 'a checklist point not ticked', item: 'R02', change: policy({ policyChecklist: { fitsPurpose: true, objectivesFramework: false, commitsToRequirements: true, commitsToImprovement: true, communicatedInternally: true, availabilityDecided: true } }), status: 'fail', rule: /six points/, offender: 'doc-policy' },
  { name: 'approved by someone outside top management', item: 'R02', change: policy({ approver: 'per-isms' }), status: 'fail', rule: /approver is an active member of top management/ },
  { name: 'approver has left', item: 'R02', change: (i) => patch(i, 'persons', 'per-ceo', { active: false }), status: 'fail', rule: /approver is an active member/ },
  { name: 'no owner', item: 'R02', change: policy({ owner: null }), status: 'fail', rule: /has an owner/ },
  { name: 'reviewed exactly 12 months ago (edge, inside)', item: 'R02', change: policy({ lastReviewedAt: '2025-03-15', approvedAt: '2025-03-10', nextReviewDue: null }), status: 'pass' },
  { name: 'reviewed 12 months and a day ago (edge, outside)', item: 'R02', change: policy({ lastReviewedAt: '2025-03-14', approvedAt: '2025-03-10', nextReviewDue: null }), status: 'fail', rule: /within the last 12 months/ },
  { name: 'not communicated since the version took effect', item: 'R02', change: (i) => patch(i, 'communications', 'com-1', { log: [{ at: '2026-01-11', by: null, note: '', evidence: '' }] }), status: 'fail', rule: /communicated/ },
  { name: 'acknowledged by enough people instead of a log entry', item: 'R02', change: (i) => patch(patch(i, 'communications', 'com-1', { log: [] }), 'awarenessActivities', 'awr-1', { document: 'doc-policy' }), status: 'pass' },
  { name: 'without the schema-2 registers, the policy’s own "communicated" tick decides', item: 'R02', change: (i) => withTables(policy({ policyChecklist: null })(i), { communications: undefined, awarenessActivities: undefined } as never), status: 'fail', rule: /six points/ },
  { name: 'a second policy in force', item: 'R02', change: (i) => add(i, 'documents', record('documents', 'doc-policy-old', { title: 'Old policy', docType: 'is_policy', status: 'published', approvedAt: '2024-01-01', approver: 'per-ceo' }, 20)), status: 'warn', rule: /Only one information security policy/ },
  // R03
  { name: 'no approved method', item: 'R03', change: (i) => ({ ...drop(i, 'riskMethods'), method: null }), status: 'fail', rule: /^Missing: an approved risk method/ },
  { name: 'bands leave a gap', item: 'R03', change: method({ levels: [{ code: 'low', label: 'Low', colour: '#2e7d32', minScore: 1, maxScore: 4, reviewMonths: 12, acceptedBy: 'risk_owner' }, { code: 'high', label: 'High', colour: '#c62828', minScore: 6, maxScore: 25, reviewMonths: 6, acceptedBy: 'top_management' }], appetite: 'low' }), status: 'fail', rule: /exactly one risk level/ },
  { name: 'a scale level without its criterion', item: 'R03', change: (i) => method({ likelihoodScale: i.method!.likelihoodScale.map((s, n) => (n === 0 ? { ...s, description: '' } : s)) })(i), status: 'fail', rule: /scales have 3 to 7 levels/, offender: 'rm-1' },
  { name: 'appetite not a level', item: 'R03', change: method({ appetite: 'none' }), status: 'fail' },
  { name: 'no reassessment triggers', item: 'R03', change: method({ triggers: '' }), status: 'fail', rule: /reassessment interval and the events/, offender: 'rm-1' },
  { name: 'no approval date', item: 'R03', change: method({ approvedAt: null }), status: 'fail', rule: /who approved it and when/ },
];

describe('R01–R03', () => {
  it.each(cases.map((c) => [`${c.item}: ${c.name}`, c] as const))('%s', (_n, c) => runCase(c));
});
