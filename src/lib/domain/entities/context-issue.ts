import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { bool, date, longText, oneOf, refs, text } from '../model/fields.ts';
import { notBefore } from '../model/rules.ts';

const externalCategories = ['political', 'economic', 'social', 'technological', 'legal', 'environmental'] as const;
const internalCategories = [
  'governance',
  'structure',
  'culture',
  'resources',
  'capabilities',
  'processes',
  'information_systems',
  'contracts',
] as const;

const fields = {
  title: text('Title', { required: true, column: true, maxLength: 200 }),
  description: longText('Description', { required: true }),
  origin: oneOf('Origin', ['internal', 'external'], { required: true, column: true }),
  category: oneOf('Category', [...externalCategories, ...internalCategories], {
    help: 'External issues use the PESTLE categories; internal issues the organisational ones.',
  }),
  effect: oneOf('Effect on the ISMS', ['negative', 'positive', 'both']),
  relevance: oneOf('Relevance', ['low', 'medium', 'high'], { column: true }),
  isClimateRelated: bool('Related to climate change'),
  status: oneOf('Status', ['active', 'monitoring', 'closed'], { required: true, column: true }),
  risks: refs('Risks and opportunities', 'risks'),
  objectives: refs('Objectives', 'objectives'),
  lastReviewedAt: date('Last reviewed'),
  nextReviewDue: date('Next review due', { column: true }),
};
export type ContextIssueDraft = Values<typeof fields>;

/** 3.3 An internal or external issue that affects what the ISMS can achieve (4.1, Amd 1:2024). */
export const contextIssueEntity = defineEntity({
  table: 'contextIssues',
  label: 'Context issue',
  plural: 'Context issues',
  refPrefix: 'CTX',
  clause: '4.1',
  area: 'context',
  titleField: 'title',
  fields,
  rules: (d) => contextIssueRules(d),
});
export type ContextIssue = RecordOf<typeof contextIssueEntity>;

function contextIssueRules(d: ContextIssueDraft): Issue[] {
  const out: Issue[] = [];
  const allowed: readonly string[] = d.origin === 'external' ? externalCategories : internalCategories;
  if (d.category && d.origin && !allowed.includes(d.category))
    out.push({ field: 'category', message: `This category does not fit an ${d.origin} issue.` });
  notBefore(out, d.lastReviewedAt, d.nextReviewDue, 'nextReviewDue', 'Next review due is before the last review.');
  return out;
}
