import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { date, longText, oneOf, ref, text } from '../model/fields.ts';
import { needs } from '../model/rules.ts';

const fields = {
  version: text('Version', { required: true, column: true, maxLength: 40, help: 'For example 1.0, 1.1 or 2.0.' }),
  edition: oneOf('Edition', ['2022', '2013'], { required: true, column: true }),
  status: oneOf('Status', ['draft', 'in_review', 'approved', 'superseded'], { required: true, column: true }),
  approvedBy: ref('Approved by', 'persons', { column: true }),
  approvedAt: date('Approved on', { column: true }),
  changeSummary: longText('What changed'),
};
export type SoaVersionDraft = Values<typeof fields>;

/** 3.17 A version of the Statement of Applicability; an approved one freezes its rows (6.1.3 d). */
export const soaVersionEntity = defineEntity({
  table: 'soaVersions',
  label: 'SoA version',
  plural: 'SoA versions',
  refPrefix: 'SOAV',
  clause: '6.1.3 d',
  area: 'planning',
  titleField: 'version',
  fields,
  rules: (d) => soaVersionRules(d),
});
export type SoaVersion = RecordOf<typeof soaVersionEntity>;

function soaVersionRules(d: SoaVersionDraft): Issue[] {
  const out: Issue[] = [];
  if (d.status === 'approved') {
    needs(out, d, 'approvedBy', 'An approved SoA version needs an approver.');
    needs(out, d, 'approvedAt', 'An approved SoA version needs an approval date.');
  }
  return out;
}
