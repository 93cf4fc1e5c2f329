/** R05 objectives, R06 competence, R07 documents: each rule met and broken, with the window edges. */
import { describe, it } from 'vitest';
import { add, drop, patch, record } from './fixtures.ts';
import { type Case, runCase } from './cases.ts';

const objective = (change: Record<string, unknown>): Case['change'] => (i) => patch(i, 'objectives', 'obj-1', change);
const progressAt = (at: string) => objective({ progress: [{ at, value: 80, status: 'on_track', note: '' }] });

const cases: Case[] = [
  // R05
  { name: 'no active objective', item: 'R05', change: objective({ status: 'achieved' }), status: 'fail', rule: /^Missing: at least one active objective/ },
  { name: 'not linked to a policy', item: 'R05', change: objective({ policy: null }), status: 'fail', rule: /linked to the policy/, offender: 'obj-1' },
  { name: 'not measurable and no reason', item: 'R05', change: objective({ target: null, direction: null }), status: 'fail', rule: /measurable/ },
  { name: 'not measurable, with a reason', item: 'R05', change: objective({ target: null, direction: null, metric: null, notMeasurableReason: 'A one-off project.' }), status: 'pass' },
  { name: 'plan without resources', item: 'R05', change: objective({ planResources: '' }), status: 'fail', rule: /its plan/ },
  { name: 'last update exactly 3 months ago (edge, inside)', item: 'R05', change: progressAt('2025-12-15'), status: 'pass' },
  { name: 'last update 3 months and a day ago (edge, outside)', item: 'R05', change: progressAt('2025-12-14'), status: 'fail', rule: /progress update within the last 3 months/ },
  { name: 'the update interval follows the settings', item: 'R05', change: (i) => ({ ...progressAt('2025-12-14')(i), settings: { ...i.settings, objectiveUpdateMonths: 6 } }), status: 'pass' },
  { name: 'not communicated', item: 'R05', change: objective({ communicatedAt: null }), status: 'fail', rule: /communicated/ },
  // R06
  { name: 'no competence requirement at all', item: 'R06', change: (i) => drop(i, 'competenceRequirements'), status: 'fail', rule: /^Missing: competence requirements/ },
  { name: 'the auditor role defines no competence', item: 'R06', change: (i) => drop(i, 'competenceRequirements', 'creq-aud'), status: 'fail', rule: /define the competence they need/, offender: 'rol-aud' },
  { name: 'the ISMS manager’s evidence expired yesterday', item: 'R06', change: (i) => patch(i, 'competenceRecords', 'comp-1', { validUntil: '2026-03-14' }), status: 'fail', rule: /ISMS manager and the internal auditors have valid evidence/, offender: 'per-isms' },
  { name: 'evidence valid until today still counts', item: 'R06', change: (i) => patch(i, 'competenceRecords', 'comp-1', { validUntil: '2026-03-15' }), status: 'pass' },
  { name: 'a mandatory requirement met by the holder', item: 'R06', change: (i) => patch(i, 'competenceRequirements', 'creq-top', { mandatory: true }), status: 'pass' },
  { name: 'a holder lacks mandatory evidence', item: 'R06', change: (i) => patch(drop(i, 'competenceRecords', 'comp-3'), 'competenceRequirements', 'creq-top', { mandatory: true }), status: 'fail', rule: /mandatory competence/, offender: 'per-ceo' },
  { name: 'a holder lacks desirable evidence', item: 'R06', change: (i) => drop(i, 'competenceRecords', 'comp-3'), status: 'warn', rule: /desirable/ },
  { name: 'a role with holders defines nothing', item: 'R06', change: (i) => drop(i, 'competenceRequirements', 'creq-top'), status: 'warn', rule: /Every other role/, offender: 'rol-top' },
  // R07
  { name: 'no document besides the policy', item: 'R07', change: (i) => patch(i, 'documents', null, (d) => (d.id === 'doc-policy' ? {} : { status: 'withdrawn' })), status: 'fail', rule: /^Missing: a document register/ },
  { name: 'a document without an owner', item: 'R07', change: (i) => patch(i, 'documents', 'doc-eng', { owner: null }), status: 'fail', rule: /has an owner/, offender: 'doc-eng' },
  { name: 'a draft never approved', item: 'R07', change: (i) => add(i, 'documents', record('documents', 'doc-draft', { title: 'Draft', docType: 'guideline', status: 'draft', owner: 'per-isms' }, 30)), status: 'fail', rule: /approved version/, offender: 'doc-draft' },
  { name: 'a document in review keeps its approved version', item: 'R07', change: (i) => patch(i, 'documents', 'doc-eng', { status: 'in_review' }), status: 'pass' },
  { name: 'a document whose review was due yesterday', item: 'R07', change: (i) => patch(i, 'documents', 'doc-eng', { nextReviewDue: '2026-03-14' }), status: 'fail', rule: /past its review date/ },
  { name: 'a document due for review today is not late', item: 'R07', change: (i) => patch(i, 'documents', 'doc-eng', { nextReviewDue: '2026-03-15' }), status: 'pass' },
  { name: 'the SoA cites a withdrawn document', item: 'R07', change: (i) => patch(patch(i, 'documents', 'doc-eng', { status: 'withdrawn' }), 'soaEntries', 'soa-1', { documents: ['doc-eng'] }), status: 'fail', rule: /cited by the SoA/, offender: 'soa-1' },
  { name: 'an objective cites a missing document', item: 'R07', change: (i) => patch(i, 'objectives', 'obj-1', { policy: 'doc-gone' }), status: 'fail', rule: /cited by/, offender: 'obj-1' },
  { name: 'an external document without a location', item: 'R07', change: (i) => patch(i, 'documents', 'doc-eng', { docType: 'external', origin: 'external', location: '' }), status: 'fail', rule: /external document/ },
];

describe('R05–R07', () => {
  it.each(cases.map((c) => [`${c.item}: ${c.name}`, c] as const))('%s', (_n, c) => runCase(c));
});
