import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { controls, date, group, list, longText, oneOf, ref, text } from '../model/fields.ts';

/** How often a recurring activity runs. */
export const activityFrequencies = ['weekly', 'monthly', 'quarterly', 'half_yearly', 'yearly'] as const;

const fields = {
  title: text('Title', { required: true, column: true, maxLength: 200 }),
  process: text('Process', { column: true, help: 'The ISMS or operational process it belongs to.' }),
  criteria: longText('Done right when', { help: 'The criteria the activity is checked against (8.1).' }),
  frequency: oneOf('Frequency', activityFrequencies, { required: true, column: true, labels: { half_yearly: 'Every six months' } }),
  owner: ref('Owner', 'persons', { column: true }),
  controls: controls('Controls it operates'),
  nextDue: date('Next due', { column: true }),
  occurrences: list('Occurrences', 'Occurrence', {
    due: date('Due', { required: true }),
    doneAt: date('Done on'),
    by: ref('Done by', 'persons'),
    result: oneOf('Result', ['ok', 'issues', 'missed'], { labels: { ok: 'Done, no issues', issues: 'Done, issues found' } }),
    evidence: text('Evidence', { maxLength: 2000 }),
    note: longText('Note'),
  }),
  // 8.1: processes provided from outside are controlled too.
  externallyProvided: group('Provided by a supplier', {
    supplier: ref('Supplier', 'interestedParties', { required: true }),
    howControlled: longText('How we control it', { required: true }),
  }),
  status: oneOf('Status', ['active', 'retired'], { required: true, column: true }),
};
export type RecurringActivityDraft = Values<typeof fields>;

/** 3.30 An activity that must happen at a set frequency, with the record of each time it ran (8.1). */
export const recurringActivityEntity = defineEntity({
  table: 'recurringActivities',
  label: 'Recurring activity',
  plural: 'Recurring activities',
  refPrefix: 'RACT',
  clause: '8.1',
  area: 'operation',
  titleField: 'title',
  fields,
  rules: (d) => recurringRules(d),
});
export type RecurringActivity = RecordOf<typeof recurringActivityEntity>;

function recurringRules(d: RecurringActivityDraft): Issue[] {
  const out: Issue[] = [];
  d.occurrences.forEach((o, i) => {
    const p = `occurrences.${i}`;
    if ((o.result === 'ok' || o.result === 'issues') && !o.doneAt) out.push({ field: `${p}.doneAt`, message: 'Give the date it was done.' });
    if (o.result === 'missed' && o.doneAt) out.push({ field: `${p}.result`, message: 'An occurrence with a done date was not missed.' });
    if (o.doneAt && !o.result) out.push({ field: `${p}.result`, message: 'Give the result of the occurrence.' });
  });
  return out;
}
