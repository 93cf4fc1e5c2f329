import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { date, list, longText, num, oneOf, ref, text } from '../model/fields.ts';

const objectiveStatuses = ['not_started', 'on_track', 'at_risk', 'achieved', 'missed', 'cancelled'] as const;

const fields = {
  title: text('Title', { required: true, column: true, maxLength: 200 }),
  description: longText('Description'),
  policy: ref('Policy it serves', 'documents'),
  metric: ref('Metric', 'metrics'),
  baseline: num('Baseline'),
  target: num('Target', { column: true }),
  unit: text('Unit', { maxLength: 40 }),
  direction: oneOf('Direction', ['up', 'down'], { labels: { up: 'Higher is better', down: 'Lower is better' } }),
  targetDate: date('Target date', { column: true }),
  notMeasurableReason: longText('Why it cannot be measured'),
  // 6.2: what will be done, with what, by whom, by when, and how results are evaluated.
  planWhat: longText('What will be done'),
  planResources: longText('Resources needed'),
  planWho: ref('Responsible', 'persons', { column: true }),
  planWhen: date('To be completed by'),
  planHowEvaluated: longText('How results will be evaluated'),
  status: oneOf('Status', objectiveStatuses, { required: true, column: true }),
  progress: list('Progress', 'Progress update', {
    at: date('Date', { required: true }),
    value: num('Value'),
    status: oneOf('Status', objectiveStatuses, { required: true }),
    note: longText('Note'),
  }),
  communicatedAt: date('Communicated on'),
};
export type ObjectiveDraft = Values<typeof fields>;

/** 3.18 A measurable information security objective and the plan to reach it (6.2). */
export const objectiveEntity = defineEntity({
  table: 'objectives',
  label: 'Objective',
  plural: 'Objectives',
  refPrefix: 'OBJ',
  clause: '6.2',
  area: 'planning',
  titleField: 'title',
  fields,
  rules: (d) => objectiveRules(d),
});
export type Objective = RecordOf<typeof objectiveEntity>;

function objectiveRules(d: ObjectiveDraft): Issue[] {
  const out: Issue[] = [];
  if (d.target !== null && !d.direction)
    out.push({ field: 'direction', message: 'Say whether higher or lower is better when a target is set.' });
  if (d.target !== null && d.baseline !== null && d.direction) {
    if (d.direction === 'up' && d.target < d.baseline)
      out.push({ field: 'target', message: 'Target is below the baseline, but higher is better.' });
    if (d.direction === 'down' && d.target > d.baseline)
      out.push({ field: 'target', message: 'Target is above the baseline, but lower is better.' });
  }
  return out;
}
