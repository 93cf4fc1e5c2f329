import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { bool, date, int, longText, oneOf, ref, refs, strings, text } from '../model/fields.ts';
import { notBefore } from '../model/rules.ts';

const fields = {
  name: text('Name', { required: true, column: true, maxLength: 200 }),
  description: longText('Description'),
  type: oneOf(
    'Type',
    ['information', 'software', 'hardware', 'service', 'cloud_service', 'network', 'site', 'people', 'process', 'supplier'],
    { required: true, column: true },
  ),
  owner: ref('Owner', 'persons', { required: true, column: true }),
  custodian: ref('Custodian', 'persons'),
  classification: oneOf('Classification', ['public', 'internal', 'confidential', 'restricted'], { column: true }),
  valueC: int('Confidentiality value', { min: 1, max: 5 }),
  valueI: int('Integrity value', { min: 1, max: 5 }),
  valueA: int('Availability value', { min: 1, max: 5 }),
  inScope: bool('In scope', { column: true }),
  scope: ref('ISMS scope', 'scopes'),
  location: text('Location'),
  processes: strings('Processes that use it'),
  dependsOn: refs('Depends on', 'assets'),
  lifecycle: oneOf('Lifecycle', ['planned', 'in_use', 'retired', 'disposed'], { labels: { in_use: 'In use' } }),
  lastReviewedAt: date('Last reviewed'),
  nextReviewDue: date('Next review due'),
};
export type AssetDraft = Values<typeof fields>;

/** 3.8 Something of value to protect, with its owner and C/I/A values (6.1.2, 2022 A.5.9 / 2013 A.8.1.1). */
export const assetEntity = defineEntity({
  table: 'assets',
  label: 'Asset',
  plural: 'Assets',
  refPrefix: 'AST',
  clause: 'A.5.9',
  area: 'planning',
  titleField: 'name',
  fields,
  rules: (d) => assetRules(d),
});
export type Asset = RecordOf<typeof assetEntity>;

function assetRules(d: AssetDraft): Issue[] {
  const out: Issue[] = [];
  if (d.scope && !d.inScope) out.push({ field: 'inScope', message: 'An asset linked to a scope must be marked in scope.' });
  notBefore(out, d.lastReviewedAt, d.nextReviewDue, 'nextReviewDue', 'Next review due is before the last review.');
  return out;
}
