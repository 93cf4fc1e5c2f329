import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { bool, date, list, num, oneOf, ref, refs, someOf, text } from '../model/fields.ts';
import { notBefore } from '../model/rules.ts';

/** 7.3 a–c: the three things everyone must be aware of; the rest are topical. */
export const coreAwarenessTopics = ['policy', 'contribution', 'nonconformance'] as const;

const fields = {
  title: text('Title', { required: true, column: true, maxLength: 200 }),
  topics: someOf(
    'Topics',
    [...coreAwarenessTopics, 'phishing', 'data_protection', 'incident_reporting', 'secure_development', 'physical_security', 'remote_working', 'other'],
    {
      column: true,
      labels: {
        policy: 'The information security policy',
        contribution: 'Their part in the ISMS and its benefits',
        nonconformance: 'What happens when rules are not followed',
        incident_reporting: 'Reporting incidents and weaknesses',
      },
    },
  ),
  method: oneOf('Method', ['e_learning', 'classroom', 'briefing', 'email', 'poster', 'simulation'], {
    column: true,
    labels: { e_learning: 'E-learning' },
  }),
  date: date('Held on', { column: true, help: 'The day it took place or was launched.' }),
  dueDate: date('Complete by'),
  allStaff: bool('For all staff'),
  audience: refs('Audience (roles)', 'roles', { help: 'Leave empty when it is for all staff.' }),
  materials: text('Materials', { maxLength: 2000, help: 'A link to the slides, course or message, or where they are kept.' }),
  document: ref('Document it presents', 'documents', { help: 'For example the information security policy.' }),
  attendance: list('Attendance', 'Attendee', {
    person: ref('Person', 'persons', { required: true }),
    completedAt: date('Completed on', { required: true }),
    score: num('Score (%)', { min: 0, max: 100 }),
    policyVersion: text('Policy version acknowledged', { maxLength: 40 }),
  }),
  status: oneOf('Status', ['planned', 'running', 'completed', 'cancelled'], { required: true, column: true }),
};
export type AwarenessActivityDraft = Values<typeof fields>;

/** 3.21 An awareness or training activity and who took part (7.3). */
export const awarenessActivityEntity = defineEntity({
  table: 'awarenessActivities',
  label: 'Awareness activity',
  plural: 'Awareness activities',
  refPrefix: 'AWR',
  clause: '7.3',
  area: 'support',
  titleField: 'title',
  fields,
  rules: (d) => awarenessRules(d),
});
export type AwarenessActivity = RecordOf<typeof awarenessActivityEntity>;

function awarenessRules(d: AwarenessActivityDraft): Issue[] {
  const out: Issue[] = [];
  if (d.allStaff && d.audience.length > 0)
    out.push({ field: 'audience', message: 'An activity for all staff names no roles as its audience.' });
  if ((d.status === 'running' || d.status === 'completed') && !d.date)
    out.push({ field: 'date', message: 'Give the date it was held or launched.' });
  notBefore(out, d.date, d.dueDate, 'dueDate', 'Complete by is before the date it was held.');
  const seen = new Set<string>();
  d.attendance.forEach((a, i) => {
    if (a.person && seen.has(a.person)) out.push({ field: `attendance.${i}.person`, message: 'This person is listed twice.' });
    if (a.person) seen.add(a.person);
    notBefore(out, d.date, a.completedAt, `attendance.${i}.completedAt`, 'Completed before the activity was held.');
  });
  return out;
}
