import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { controls, date, group, longText, num, oneOf, ref, refs, text } from '../model/fields.ts';
import { needs, notBefore } from '../model/rules.ts';

const fields = {
  title: text('Title', { required: true, column: true, maxLength: 200 }),
  description: longText('What will be done'),
  risks: refs('Risks treated', 'risks', { required: true }),
  controls: controls('Controls it puts in place'),
  owner: ref('Owner', 'persons', { required: true, column: true }),
  resources: longText('Resources'),
  cost: num('Cost', { min: 0 }),
  startDate: date('Start date'),
  dueDate: date('Due date', { required: true, column: true }),
  completedAt: date('Completed on', { column: true }),
  status: oneOf('Status', ['planned', 'in_progress', 'done', 'cancelled'], { required: true, column: true }),
  expectedEffect: longText('Expected effect', { help: 'The residual rating the action should achieve.' }),
  // 8.3: the result of the treatment is checked and kept.
  verification: group('Verification', {
    at: date('Verified on', { required: true }),
    by: ref('Verified by', 'persons'),
    result: oneOf('Result', ['effective', 'partly', 'not_effective'], {
      required: true,
      labels: { partly: 'Partly effective', not_effective: 'Not effective' },
    }),
    note: longText('Note'),
  }),
};
export type TreatmentActionDraft = Values<typeof fields>;

/** 3.14 One action of the risk treatment plan, with owner, due date and verification (6.1.3 e, 8.3). */
export const treatmentActionEntity = defineEntity({
  table: 'treatmentActions',
  label: 'Treatment action',
  plural: 'Treatment actions',
  refPrefix: 'ACT',
  clause: '6.1.3',
  area: 'operation',
  titleField: 'title',
  fields,
  rules: (d) => treatmentActionRules(d),
});
export type TreatmentAction = RecordOf<typeof treatmentActionEntity>;

function treatmentActionRules(d: TreatmentActionDraft): Issue[] {
  const out: Issue[] = [];
  if (d.status === 'done') needs(out, d, 'completedAt', 'A done action needs a completion date.');
  notBefore(out, d.startDate, d.dueDate, 'dueDate', 'Due date is before the start date.');
  notBefore(out, d.startDate, d.completedAt, 'completedAt', 'Completion date is before the start date.');
  notBefore(out, d.completedAt, d.verification?.at, 'verification.at', 'Verification date is before the completion date.');
  return out;
}
