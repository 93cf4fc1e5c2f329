import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { date, longText, num, ref, text } from '../model/fields.ts';
import { notBefore } from '../model/rules.ts';

const fields = {
  metric: ref('Metric', 'metrics', { required: true, column: true }),
  periodStart: date('Period from', { column: true }),
  periodEnd: date('Period to', { column: true }),
  value: num('Value', { required: true, column: true }),
  measuredAt: date('Measured on', { required: true, column: true }),
  measuredBy: ref('Measured by', 'persons'),
  source: text('Source', { help: 'Where the figure comes from.' }),
  note: longText('Note'),
  // Measurements are records: a correction is a new entry that supersedes the old one.
  supersedes: ref('Corrects', 'measurements'),
};
export type MeasurementDraft = Values<typeof fields>;

/** 3.23 One result of a metric for one period, kept as evidence (9.1). */
export const measurementEntity = defineEntity({
  table: 'measurements',
  label: 'Measurement',
  plural: 'Measurements',
  refPrefix: 'MEAS',
  clause: '9.1',
  area: 'performance',
  titleField: 'measuredAt',
  fields,
  rules: (d) => measurementRules(d),
});
export type Measurement = RecordOf<typeof measurementEntity>;

function measurementRules(d: MeasurementDraft): Issue[] {
  const out: Issue[] = [];
  notBefore(out, d.periodStart, d.periodEnd, 'periodEnd', 'Period end is before the period start.');
  notBefore(out, d.periodStart, d.measuredAt, 'measuredAt', 'Measured before the period started.');
  return out;
}
