import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { date, longText, oneOf, text } from '../model/fields.ts';
import { notBefore } from '../model/rules.ts';

const fields = {
  name: text('Name', { required: true, column: true, maxLength: 200 }),
  type: oneOf(
    'Type',
    [
      'customer',
      'regulator',
      'employee',
      'owner_shareholder',
      'parent_company',
      'supplier',
      'partner',
      'insurer',
      'certification_body',
      'public',
      'other',
    ],
    { required: true, column: true, labels: { owner_shareholder: 'Owner or shareholder', public: 'General public' } },
  ),
  internalExternal: oneOf('Internal or external', ['internal', 'external'], { column: true }),
  influence: oneOf('Influence', ['low', 'medium', 'high'], { column: true }),
  description: longText('Description'),
  website: text('Website', { format: 'url' }),
  lastReviewedAt: date('Last reviewed'),
  nextReviewDue: date('Next review due', { column: true }),
};
export type InterestedPartyDraft = Values<typeof fields>;

/** 3.4 A party with a stake in the ISMS, such as a customer, regulator or supplier (4.2 a). */
export const interestedPartyEntity = defineEntity({
  table: 'interestedParties',
  label: 'Interested party',
  plural: 'Interested parties',
  refPrefix: 'IP',
  clause: '4.2',
  area: 'context',
  titleField: 'name',
  fields,
  rules: (d) => interestedPartyRules(d),
});
export type InterestedParty = RecordOf<typeof interestedPartyEntity>;

function interestedPartyRules(d: InterestedPartyDraft): Issue[] {
  const out: Issue[] = [];
  notBefore(out, d.lastReviewedAt, d.nextReviewDue, 'nextReviewDue', 'Next review due is before the last review.');
  return out;
}
