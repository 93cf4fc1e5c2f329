import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { date, group, longText, oneOf, ref } from '../model/fields.ts';
import { needs, notBefore } from '../model/rules.ts';

const fields = {
  nonconformity: ref('Nonconformity', 'nonconformities', { required: true, column: true }),
  description: longText('What will be done', { required: true, column: true }),
  owner: ref('Owner', 'persons', { required: true, column: true }),
  dueDate: date('Due date', { required: true, column: true }),
  status: oneOf('Status', ['planned', 'in_progress', 'implemented', 'cancelled'], { required: true, column: true }),
  implementedAt: date('Implemented on'),
  evidence: longText('Evidence', { help: 'What shows it was done: a link, a record, a location.' }),
  // 10.2: the effectiveness of the action is reviewed and the result kept.
  effectiveness: group('Effectiveness check', {
    plannedAt: date('Check planned for'),
    criteria: longText('Effective when'),
    checkedAt: date('Checked on'),
    by: ref('Checked by', 'persons'),
    result: oneOf('Result', ['effective', 'not_effective'], { labels: { not_effective: 'Not effective' } }),
    note: longText('Note'),
  }),
};
export type CorrectiveActionDraft = Values<typeof fields>;

/** 3.26 An action that removes the cause of a nonconformity, and the check that it worked (10.2). */
export const correctiveActionEntity = defineEntity({
  table: 'correctiveActions',
  label: 'Corrective action',
  plural: 'Corrective actions',
  refPrefix: 'CA',
  clause: '10.2',
  area: 'improvement',
  titleField: 'description',
  fields,
  rules: (d) => correctiveActionRules(d),
});
export type CorrectiveAction = RecordOf<typeof correctiveActionEntity>;

function correctiveActionRules(d: CorrectiveActionDraft): Issue[] {
  const out: Issue[] = [];
  if (d.status === 'implemented') needs(out, d, 'implementedAt', 'An implemented action needs its implementation date.');
  const e = d.effectiveness;
  if (e) {
    if (e.result && !e.checkedAt) out.push({ field: 'effectiveness.checkedAt', message: 'Give the date of the effectiveness check.' });
    if (e.checkedAt && !e.result) out.push({ field: 'effectiveness.result', message: 'Give the result of the effectiveness check.' });
    if (e.result && d.status !== 'implemented')
      out.push({ field: 'effectiveness.result', message: 'Only an implemented action can be checked for effectiveness.' });
    notBefore(out, d.implementedAt, e.checkedAt, 'effectiveness.checkedAt', 'The check is dated before the action was implemented.');
  }
  return out;
}
