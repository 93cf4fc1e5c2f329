import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { controls, date, list, longText, oneOf, ref, someOf, strings, text } from '../model/fields.ts';
import { soaReasonLabels } from './soa-entry.ts';
import { needs } from '../model/rules.ts';

/** One frozen SoA row. */
export const snapshotFields = {
  control: controls('Control', { required: true }),
  title: text('Control title'),
  group: text('Theme or clause'),
  applicable: oneOf('Applicable', ['undecided', 'yes', 'no'], { required: true }),
  reasons: someOf('Reasons for inclusion', ['RT', 'LR', 'CO', 'BP'], { labels: soaReasonLabels }),
  inclusionJustification: longText('Why it is included'),
  exclusionJustification: longText('Why it is excluded'),
  implementationStatus: oneOf('Implementation', ['not_assessed', 'not_implemented', 'planned', 'partially_implemented', 'implemented']),
  implementationNote: longText('How it is implemented'),
  owner: text('Owner'),
  risks: strings('Risks'),
  requirements: strings('Requirements'),
  documents: strings('Documents'),
  evidence: strings('Evidence'),
  lastReviewedAt: date('Last reviewed'),
};

const fields = {
  version: text('Version', { required: true, column: true, maxLength: 40, help: 'For example 1.0, 1.1 or 2.0.' }),
  edition: oneOf('Edition', ['2022', '2013'], { required: true, column: true }),
  status: oneOf('Status', ['draft', 'in_review', 'approved', 'superseded', 'archived'], {
    required: true,
    column: true,
    labels: { archived: 'Archived (kept read-only)' },
  }),
  approvedBy: ref('Approved by', 'persons', { column: true }),
  approvedAt: date('Approved on', { column: true }),
  changeSummary: longText('What changed'),
  // The rows as they stood when the version was frozen, in words (names and refs rather than ids),
  // so that a frozen version reads the same after people leave or risks are renumbered.
  entries: list('Rows', 'Row', snapshotFields, { system: true }),
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
  if (!/^\d+\.\d+$/.test(d.version.trim())) out.push({ field: 'version', message: 'Write the version as major.minor, for example 1.0 or 2.1.' });
  if (d.status === 'approved') {
    needs(out, d, 'approvedBy', 'An approved SoA version needs an approver.');
    needs(out, d, 'approvedAt', 'An approved SoA version needs an approval date.');
  }
  return out;
}
