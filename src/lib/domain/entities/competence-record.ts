import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { date, longText, oneOf, ref, text } from '../model/fields.ts';
import { notBefore } from '../model/rules.ts';

const fields = {
  person: ref('Person', 'persons', { required: true, column: true }),
  role: ref('For role', 'roles', { column: true }),
  requirement: ref('Meets requirement', 'competenceRequirements', { help: 'The competence requirement of a role that this evidence meets.' }),
  competence: text('Competence', { required: true, column: true, maxLength: 200 }),
  kind: oneOf('Kind of evidence', ['education', 'training', 'certification', 'experience', 'assessment'], {
    column: true,
  }),
  description: longText('Description', { help: 'For example a lead auditor course, a certification or years of practice.' }),
  issuer: text('Issued by'),
  obtainedAt: date('Obtained on'),
  validUntil: date('Valid until', { column: true }),
  evidence: text('Evidence', { maxLength: 2000, help: 'A link or the location of the certificate or record.' }),
  verifiedBy: ref('Verified by', 'persons'),
};
export type CompetenceRecordDraft = Values<typeof fields>;

/** 3.20 Evidence that a person has a competence, such as a course, certificate or experience (7.2). */
export const competenceRecordEntity = defineEntity({
  table: 'competenceRecords',
  label: 'Competence record',
  plural: 'Competence records',
  refPrefix: 'COMP',
  clause: '7.2',
  area: 'support',
  titleField: 'competence',
  fields,
  rules: (d) => competenceRecordRules(d),
});
export type CompetenceRecord = RecordOf<typeof competenceRecordEntity>;

function competenceRecordRules(d: CompetenceRecordDraft): Issue[] {
  const out: Issue[] = [];
  notBefore(out, d.obtainedAt, d.validUntil, 'validUntil', 'Valid until is before the date it was obtained.');
  return out;
}
