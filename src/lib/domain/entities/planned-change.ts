import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { bool, controls, date, group, longText, oneOf, ref, refs, strings, text } from '../model/fields.ts';
import { needs, notBefore } from '../model/rules.ts';

const fields = {
  title: text('Title', { required: true, column: true, maxLength: 200 }),
  description: longText('Description'),
  level: oneOf('Level', ['isms', 'operational'], {
    required: true,
    column: true,
    labels: { isms: 'Change to the ISMS', operational: 'Operational change' },
  }),
  origin: oneOf('Origin', [
    'management_review',
    'nonconformity',
    'finding',
    'context_issue',
    'risk',
    'improvement',
    'other',
  ]),
  originRef: text('Originating record', { maxLength: 40, help: 'Its key, for example NC-004 or MR-002.' }),
  purpose: longText('Purpose'),
  consequences: longText('Possible consequences', { help: 'What could go wrong, including for the integrity of the ISMS.' }),
  affectedRisks: refs('Affected risks', 'risks'),
  affectedDocuments: refs('Affected documents', 'documents'),
  affectedControls: controls('Affected controls'),
  affects: strings('Other affected items', { help: 'Scope, roles, assets, processes or tools.' }),
  // 8.2: a significant change triggers a reassessment of the affected risks.
  significant: bool('Significant', { column: true }),
  owner: ref('Owner', 'persons', { column: true }),
  resources: longText('Resources'),
  plannedDate: date('Planned date', { column: true }),
  implementedAt: date('Implemented on'),
  status: oneOf('Status', ['proposed', 'approved', 'in_progress', 'implemented', 'reviewed', 'rejected'], {
    required: true,
    column: true,
  }),
  approvedBy: ref('Approved by', 'persons'),
  approvedAt: date('Approved on'),
  postReview: group('Review after implementation', {
    at: date('Reviewed on', { required: true }),
    by: ref('Reviewed by', 'persons'),
    outcome: longText('Outcome', { required: true }),
    note: longText('Note'),
  }),
};
export type PlannedChangeDraft = Values<typeof fields>;

/** 3.19 A deliberate change to the ISMS (6.3) or to operations (8.1), planned and reviewed. */
export const plannedChangeEntity = defineEntity({
  table: 'plannedChanges',
  label: 'Planned change',
  plural: 'Planned changes',
  refPrefix: 'CHG',
  clause: '6.3',
  area: 'planning',
  titleField: 'title',
  fields,
  rules: (d) => plannedChangeRules(d),
});
export type PlannedChange = RecordOf<typeof plannedChangeEntity>;

const APPROVED_OR_LATER = new Set(['approved', 'in_progress', 'implemented', 'reviewed']);

function plannedChangeRules(d: PlannedChangeDraft): Issue[] {
  const out: Issue[] = [];
  if (d.status && APPROVED_OR_LATER.has(d.status)) {
    needs(out, d, 'approvedBy', 'An approved change needs an approver.');
    needs(out, d, 'approvedAt', 'An approved change needs an approval date.');
  }
  if (d.status === 'implemented' || d.status === 'reviewed')
    needs(out, d, 'implementedAt', 'An implemented change needs its implementation date.');
  if (d.status === 'reviewed') needs(out, d, 'postReview', 'A reviewed change needs its review after implementation.');
  notBefore(out, d.approvedAt, d.implementedAt, 'implementedAt', 'Implementation date is before the approval date.');
  notBefore(out, d.implementedAt, d.postReview?.at, 'postReview.at', 'The review is dated before the implementation.');
  return out;
}
