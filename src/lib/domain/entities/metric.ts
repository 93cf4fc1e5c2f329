import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { longText, num, oneOf, ref, text } from '../model/fields.ts';

const frequencies = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;

const fields = {
  name: text('Name', { required: true, column: true, maxLength: 200 }),
  question: longText('Question it answers', { help: 'The decision it informs.' }),
  // 9.1 a–f: what, how, when and who measures, when and who analyses.
  subject: text('What is monitored', { help: 'A control, objective, risk or process.' }),
  kind: oneOf('Kind', ['built_in', 'manual'], {
    required: true,
    column: true,
    labels: { built_in: 'Built in (computed)', manual: 'Entered by hand' },
  }),
  builtInKey: text('Built-in key', { maxLength: 60 }),
  method: longText('Method', { help: 'How it is measured, so that results can be compared and repeated.' }),
  unit: text('Unit', { column: true, maxLength: 40 }),
  direction: oneOf('Direction', ['up', 'down'], { labels: { up: 'Higher is better', down: 'Lower is better' } }),
  target: num('Target', { column: true }),
  thresholdGreen: num('Green from'),
  thresholdAmber: num('Amber from'),
  frequency: oneOf('Measured', frequencies, { column: true }),
  measuredBy: ref('Measured by', 'persons'),
  analysisFrequency: oneOf('Analysed', frequencies),
  analysedBy: ref('Analysed by', 'persons'),
  status: oneOf('Status', ['candidate', 'active', 'retired'], { required: true, column: true }),
};
export type MetricDraft = Values<typeof fields>;

/** 3.23 A metric: what is measured, how, when and by whom (9.1; section 7). */
export const metricEntity = defineEntity({
  table: 'metrics',
  label: 'Metric',
  plural: 'Metrics',
  refPrefix: 'MET',
  clause: '9.1',
  area: 'performance',
  titleField: 'name',
  fields,
  rules: (d) => metricRules(d),
});
export type Metric = RecordOf<typeof metricEntity>;

function metricRules(d: MetricDraft): Issue[] {
  const out: Issue[] = [];
  if (d.kind === 'built_in' && d.builtInKey.trim() === '')
    out.push({ field: 'builtInKey', message: 'A built-in metric needs its key.' });
  if (d.kind === 'manual' && d.builtInKey.trim() !== '')
    out.push({ field: 'builtInKey', message: 'Only a built-in metric has a key.' });
  const green = d.thresholdGreen;
  const amber = d.thresholdAmber;
  if ((green !== null || amber !== null) && !d.direction)
    out.push({ field: 'direction', message: 'Say whether higher or lower is better when thresholds are set.' });
  if (green !== null && amber !== null) {
    if (d.direction === 'up' && amber > green)
      out.push({ field: 'thresholdAmber', message: 'Amber threshold is above green, but higher is better.' });
    if (d.direction === 'down' && amber < green)
      out.push({ field: 'thresholdAmber', message: 'Amber threshold is below green, but lower is better.' });
  }
  return out;
}
