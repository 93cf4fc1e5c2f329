import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { date, longText, oneOf, ref, refs, text } from '../model/fields.ts';
import { needs, notBefore } from '../model/rules.ts';

const fields = {
  document: ref('Document', 'documents', { required: true, column: true }),
  version: text('Version', { required: true, column: true, maxLength: 40, help: 'For example 1.0, 1.1 or 2.0.' }),
  status: oneOf('Status', ['draft', 'in_review', 'approved', 'superseded', 'withdrawn'], { required: true, column: true }),
  author: ref('Author', 'persons', { column: true }),
  reviewers: refs('Reviewers', 'persons'),
  approver: ref('Approver', 'persons'),
  approvedAt: date('Approved on', { column: true }),
  effectiveFrom: date('Effective from'),
  changeSummary: longText('What changed'),
  location: text('Location', { maxLength: 2000, help: 'Where this version is kept: a link, a file path or "in app".' }),
};
export type DocumentVersionDraft = Values<typeof fields>;

/** 3.6 One version of a controlled document, with its author, approval and changes (7.5.2, 7.5.3). */
export const documentVersionEntity = defineEntity({
  table: 'documentVersions',
  label: 'Document version',
  plural: 'Document versions',
  refPrefix: 'DVER',
  clause: '7.5',
  area: 'support',
  titleField: 'version',
  fields,
  rules: (d) => documentVersionRules(d),
});
export type DocumentVersion = RecordOf<typeof documentVersionEntity>;

function documentVersionRules(d: DocumentVersionDraft): Issue[] {
  const out: Issue[] = [];
  if (d.status === 'approved' || d.status === 'superseded') {
    needs(out, d, 'approver', 'An approved version needs its approver.');
    needs(out, d, 'approvedAt', 'An approved version needs its approval date.');
  }
  notBefore(out, d.approvedAt, d.effectiveFrom, 'effectiveFrom', 'A version cannot take effect before it is approved.');
  return out;
}

/** Compares version numbers the way people write them: 1.9 < 1.10 < 2.0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((x) => Number.parseInt(x, 10));
  const pb = b.split(/[.-]/).map((x) => Number.parseInt(x, 10));
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (Number.isNaN(x) || Number.isNaN(y)) return a.localeCompare(b);
    if (x !== y) return x - y;
  }
  return 0;
}
