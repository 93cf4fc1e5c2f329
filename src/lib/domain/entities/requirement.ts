import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { bool, controls, date, longText, oneOf, ref, refs, text } from '../model/fields.ts';
import { notBefore } from '../model/rules.ts';

const fields = {
  title: text('Title', { required: true, column: true, maxLength: 200 }),
  party: ref('Interested party', 'interestedParties', { required: true, column: true }),
  description: longText('What they need or expect', { required: true }),
  kind: oneOf('Kind', ['legal', 'regulatory', 'contractual', 'expectation'], { required: true, column: true }),
  source: text('Source', { help: 'A law and article, a contract and clause, a questionnaire or a meeting.' }),
  // 2022 4.2 c: decide which requirements the ISMS addresses.
  addressedThroughIsms: oneOf('Addressed through the ISMS', ['yes', 'partly', 'no'], { column: true }),
  addressedRationale: longText('Why it is not fully addressed'),
  controls: controls('Controls that address it'),
  documents: refs('Documents that address it', 'documents'),
  objectives: refs('Objectives that address it', 'objectives'),
  isClimateRelated: bool('Related to climate change'),
  complianceStatus: oneOf('Compliance', ['compliant', 'partially', 'non_compliant', 'not_assessed'], {
    column: true,
    labels: { partially: 'Partially compliant', non_compliant: 'Not compliant', not_assessed: 'Not assessed' },
  }),
  lastReviewedAt: date('Last reviewed'),
  nextReviewDue: date('Next review due'),
};
export type RequirementDraft = Values<typeof fields>;

/** 3.4 What one interested party requires, and whether the ISMS addresses it (4.2 b, c). */
export const requirementEntity = defineEntity({
  table: 'requirements',
  label: 'Requirement',
  plural: 'Requirements',
  refPrefix: 'REQ',
  clause: '4.2',
  area: 'context',
  titleField: 'title',
  fields,
  rules: (d) => requirementRules(d),
});
export type Requirement = RecordOf<typeof requirementEntity>;

function requirementRules(d: RequirementDraft): Issue[] {
  const out: Issue[] = [];
  if ((d.addressedThroughIsms === 'partly' || d.addressedThroughIsms === 'no') && d.addressedRationale.trim() === '')
    out.push({ field: 'addressedRationale', message: 'Give a rationale when the requirement is not fully addressed.' });
  notBefore(out, d.lastReviewedAt, d.nextReviewDue, 'nextReviewDue', 'Next review due is before the last review.');
  return out;
}
