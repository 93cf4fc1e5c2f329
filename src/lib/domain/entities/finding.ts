import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { longText, oneOf, ref, text } from '../model/fields.ts';

/** Where a finding or a nonconformity came from. */
export const findingSources = [
  'internal_audit',
  'external_audit',
  'management_review',
  'incident',
  'monitoring',
  'complaint',
  'self_identified',
] as const;

const fields = {
  audit: ref('Audit', 'audits', { column: true }),
  source: oneOf('Source', findingSources, { column: true }),
  requirement: text('Requirement', { column: true, maxLength: 120, help: 'The clause or control id not met, e.g. 6.1.3 or A.5.15.' }),
  type: oneOf('Type', ['major_nc', 'minor_nc', 'observation', 'ofi', 'good_practice'], {
    required: true,
    column: true,
    labels: {
      major_nc: 'Major nonconformity',
      minor_nc: 'Minor nonconformity',
      ofi: 'Opportunity for improvement',
    },
  }),
  statement: longText('Statement', { required: true, column: true }),
  evidence: longText('Evidence'),
  area: text('Area', { help: 'The unit, process or site concerned.' }),
  nonconformity: ref('Nonconformity', 'nonconformities'),
  improvement: ref('Improvement', 'improvements'),
};
export type FindingDraft = Values<typeof fields>;

/** 3.24 A finding of an audit or other check, classified by type (9.2; section 8.1). */
export const findingEntity = defineEntity({
  table: 'findings',
  label: 'Finding',
  plural: 'Findings',
  refPrefix: 'FND',
  clause: '9.2',
  area: 'performance',
  titleField: 'statement',
  fields,
  rules: (d) => findingRules(d),
});
export type Finding = RecordOf<typeof findingEntity>;

function findingRules(d: FindingDraft): Issue[] {
  const out: Issue[] = [];
  if (!d.audit && !d.source) out.push({ field: 'source', message: 'Give the audit or the source of the finding.' });
  if (d.audit && d.source && d.source !== 'internal_audit' && d.source !== 'external_audit')
    out.push({ field: 'source', message: 'A finding of an audit has an audit as its source.' });
  if ((d.type === 'ofi' || d.type === 'good_practice') && d.nonconformity)
    out.push({ field: 'nonconformity', message: 'Only a nonconformity or an observation links to a nonconformity.' });
  if (d.type === 'good_practice' && d.improvement)
    out.push({ field: 'improvement', message: 'A good practice is only reported; it does not link to an improvement.' });
  return out;
}
