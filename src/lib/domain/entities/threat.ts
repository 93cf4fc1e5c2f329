import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { bool, longText, oneOf, someOf, text } from '../model/fields.ts';

const fields = {
  name: text('Name', { required: true, column: true, maxLength: 200 }),
  description: longText('Description'),
  category: oneOf(
    'Category',
    [
      'physical',
      'natural',
      'infrastructure_failure',
      'technical_failure',
      'deliberate_human',
      'accidental_human',
      'organisational',
    ],
    { column: true, labels: { deliberate_human: 'Deliberate (human)', accidental_human: 'Accidental (human)' } },
  ),
  sourceType: oneOf('Source', ['deliberate', 'accidental', 'environmental'], { column: true }),
  affects: someOf('Properties affected', ['C', 'I', 'A'], {
    column: true,
    labels: { C: 'Confidentiality', I: 'Integrity', A: 'Availability' },
  }),
  builtIn: bool('Built in', { column: true, help: 'Built-in entries are read-only; copy one to change it.' }),
};
export type ThreatDraft = Values<typeof fields>;

/** 3.9 A threat of the catalogue used to build asset-based risks (6.1.2 c). */
export const threatEntity = defineEntity({
  table: 'threats',
  label: 'Threat',
  plural: 'Threats',
  refPrefix: 'THR',
  clause: '6.1.2',
  area: 'planning',
  titleField: 'name',
  fields,
  rules: (d) => threatRules(d),
});
export type Threat = RecordOf<typeof threatEntity>;

/** The only source type that fits a category, where the category decides it. */
const sourceOfCategory: Partial<Record<NonNullable<ThreatDraft['category']>, NonNullable<ThreatDraft['sourceType']>>> = {
  deliberate_human: 'deliberate',
  accidental_human: 'accidental',
  natural: 'environmental',
};

function threatRules(d: ThreatDraft): Issue[] {
  const out: Issue[] = [];
  const expected = d.category ? sourceOfCategory[d.category] : undefined;
  if (expected && d.sourceType && d.sourceType !== expected)
    out.push({ field: 'sourceType', message: `A threat of this category has a ${expected} source.` });
  return out;
}
