import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { bool, int, longText, oneOf, ref, someOf, text } from '../model/fields.ts';

/** The kinds of evidence that can show a competence (7.2 c: education, training or experience). */
export const competenceEvidenceKinds = ['education', 'training', 'certification', 'experience', 'assessment'] as const;

const fields = {
  role: ref('Role', 'roles', { required: true, column: true }),
  competence: text('Competence', { required: true, column: true, maxLength: 200 }),
  kind: oneOf('Kind', ['knowledge', 'skill', 'qualification', 'experience'], {
    column: true,
    help: 'What sort of competence this is.',
  }),
  level: oneOf('Level', ['basic', 'practitioner', 'expert'], { column: true }),
  mandatory: bool('Mandatory', { column: true, help: 'Every holder of the role needs it; otherwise it is desirable.' }),
  acceptableEvidence: someOf('Acceptable evidence', competenceEvidenceKinds),
  validityMonths: int('Evidence stays valid for (months)', {
    min: 1,
    max: 120,
    help: 'Leave empty when the evidence does not expire, or when it carries its own expiry date.',
  }),
  description: longText('Description', { help: 'What the person must know or be able to do.' }),
};
export type CompetenceRequirementDraft = Values<typeof fields>;

/** 3.20 A competence that holders of a role need, at a level, with the evidence that shows it (7.2 a). */
export const competenceRequirementEntity = defineEntity({
  table: 'competenceRequirements',
  label: 'Competence requirement',
  plural: 'Competence requirements',
  refPrefix: 'CREQ',
  clause: '7.2',
  area: 'support',
  titleField: 'competence',
  fields,
  rules: (d) => competenceRequirementRules(d),
});
export type CompetenceRequirement = RecordOf<typeof competenceRequirementEntity>;

function competenceRequirementRules(d: CompetenceRequirementDraft): Issue[] {
  const out: Issue[] = [];
  if (d.kind === 'qualification' && d.acceptableEvidence.length > 0 && !d.acceptableEvidence.some((k) => k === 'certification' || k === 'education'))
    out.push({ field: 'acceptableEvidence', message: 'A qualification is shown by a certification or by education.' });
  return out;
}
