import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { bool, controls, date, group, int, oneOf, ref, strings, text } from '../model/fields.ts';
import { needs, notBefore } from '../model/rules.ts';

const fields = {
  title: text('Title', { required: true, column: true, maxLength: 200 }),
  docType: oneOf(
    'Type',
    [
      'is_policy',
      'topic_policy',
      'procedure',
      'process',
      'plan',
      'standard',
      'guideline',
      'form_template',
      'record',
      'external',
    ],
    {
      required: true,
      column: true,
      labels: {
        is_policy: 'Information security policy',
        topic_policy: 'Topic-specific policy',
        form_template: 'Form or template',
        external: 'External document',
      },
    },
  ),
  author: ref('Author', 'persons'),
  owner: ref('Owner', 'persons', { column: true }),
  approver: ref('Approver', 'persons'),
  approvedAt: date('Approved on'),
  version: text('Current version', { column: true, maxLength: 40, help: 'For example 1.0, 1.1 or 2.0.' }),
  status: oneOf('Status', ['draft', 'in_review', 'approved', 'published', 'superseded', 'withdrawn'], {
    required: true,
    column: true,
    labels: { withdrawn: 'Retired (withdrawn)' },
  }),
  classification: oneOf('Classification', ['public', 'internal', 'confidential', 'restricted']),
  // A link, a file path or "in app": not checked as a URL.
  location: text('Location', { maxLength: 2000, help: 'A link, a file path, or "in app".' }),
  reviewCycleMonths: int('Review every (months)', { min: 1, max: 60 }),
  lastReviewedAt: date('Last reviewed'),
  nextReviewDue: date('Next review due', { column: true }),
  retentionMonths: int('Keep for (months)', { min: 0 }),
  controlRefs: controls('Controls it implements'),
  clauseRefs: strings('Clauses it implements', { help: 'Clause numbers such as 6.1.2 or 7.5.3.' }),
  origin: oneOf('Origin', ['internal', 'external']),
  // 5.2: what the information security policy must do, ticked when the policy is approved.
  policyChecklist: group('Policy checklist', {
    fitsPurpose: bool('Fits the purpose of the organisation'),
    objectivesFramework: bool('Sets objectives or a way to set them'),
    commitsToRequirements: bool('Commits to meeting applicable requirements'),
    commitsToImprovement: bool('Commits to continual improvement'),
    communicatedInternally: bool('Communicated within the organisation'),
    availabilityDecided: bool('Availability to interested parties decided'),
  }),
};
export type DocumentDraft = Values<typeof fields>;

/** 3.6 A controlled document (policy, procedure, plan, record or external); its versions are document versions (5.2, 7.5). */
export const documentEntity = defineEntity({
  table: 'documents',
  label: 'Document',
  plural: 'Documents',
  refPrefix: 'DOC',
  clause: '7.5',
  area: 'support',
  titleField: 'title',
  fields,
  rules: (d) => documentRules(d),
});
export type Document = RecordOf<typeof documentEntity>;

function documentRules(d: DocumentDraft): Issue[] {
  const out: Issue[] = [];
  if (d.status === 'approved' || d.status === 'published') {
    needs(out, d, 'approver', 'An approved document needs an approver.');
    needs(out, d, 'approvedAt', 'An approved document needs an approval date.');
  }
  if (d.docType === 'external' && d.origin === 'internal')
    out.push({ field: 'origin', message: 'An external document has an external origin.' });
  notBefore(out, d.lastReviewedAt, d.nextReviewDue, 'nextReviewDue', 'Next review due is before the last review.');
  return out;
}
