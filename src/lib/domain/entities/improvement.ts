import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { date, group, longText, oneOf, ref, text } from '../model/fields.ts';

const fields = {
  title: text('Title', { required: true, column: true, maxLength: 200 }),
  description: longText('Description'),
  expectedBenefit: longText('Expected benefit'),
  source: oneOf(
    'Source',
    ['management_review', 'audit_ofi', 'metric', 'incident_lesson', 'suggestion', 'opportunity_risk', 'benchmark'],
    {
      column: true,
      labels: {
        audit_ofi: 'Audit: opportunity for improvement',
        incident_lesson: 'Lesson from an incident',
        opportunity_risk: 'Opportunity from risk planning',
      },
    },
  ),
  sourceRef: text('Originating record', { maxLength: 40, help: 'Its key, for example FND-007 or MR-002.' }),
  owner: ref('Owner', 'persons', { column: true }),
  priority: oneOf('Priority', ['low', 'medium', 'high'], { column: true }),
  dueDate: date('Due date', { column: true }),
  status: oneOf('Status', ['proposed', 'accepted', 'in_progress', 'implemented', 'rejected'], {
    required: true,
    column: true,
  }),
  rejectionReason: longText('Why it was rejected'),
  benefitReview: group('Benefit review', {
    at: date('Reviewed on', { required: true }),
    result: oneOf('Result', ['achieved', 'partly_achieved', 'not_achieved'], { required: true }),
    note: longText('Note'),
  }),
};
export type ImprovementDraft = Values<typeof fields>;

/** 3.28 An opportunity to improve the ISMS, its decision and whether it helped (10.1; section 8.4). */
export const improvementEntity = defineEntity({
  table: 'improvements',
  label: 'Improvement',
  plural: 'Improvements',
  refPrefix: 'IMP',
  clause: '10.1',
  area: 'improvement',
  titleField: 'title',
  fields,
  rules: (d) => improvementRules(d),
});
export type Improvement = RecordOf<typeof improvementEntity>;

function improvementRules(d: ImprovementDraft): Issue[] {
  const out: Issue[] = [];
  if (d.status === 'rejected' && d.rejectionReason.trim() === '')
    out.push({ field: 'rejectionReason', message: 'Say why the improvement was rejected.' });
  if (d.benefitReview && d.status !== 'implemented')
    out.push({ field: 'benefitReview', message: 'Only an implemented improvement has a benefit review.' });
  return out;
}
