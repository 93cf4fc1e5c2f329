import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { bool, date, list, longText, oneOf, ref, refs, text } from '../model/fields.ts';
import { notBefore } from '../model/rules.ts';

/** 8.2 The topics a management review considers, in our own words. */
export const reviewInputLabels = {
  prev_actions: 'Actions from earlier reviews',
  issues_changes: 'Changes in internal and external issues',
  ip_changes: 'Changes in what interested parties need and expect',
  perf_nc: 'Nonconformities and corrective actions',
  perf_metrics: 'Monitoring and measurement results',
  perf_audits: 'Audit results',
  perf_objectives: 'How far objectives are met',
  ip_feedback: 'Feedback from interested parties',
  risk_status: 'Risk assessment results and treatment plan status',
  improvement_opps: 'Opportunities to improve',
} as const;
/** The code of one management review input (DOMAIN.md 8.2). */
export type ReviewInputCode = keyof typeof reviewInputLabels;

const fields = {
  title: text('Title', { required: true, column: true, maxLength: 200 }),
  date: date('Date', { required: true, column: true }),
  periodFrom: date('Period from'),
  periodTo: date('Period to'),
  chair: ref('Chair', 'persons', { column: true }),
  attendees: refs('Attendees', 'persons'),
  inputs: list('Inputs', 'Input', {
    code: oneOf(
      'Topic',
      [
        'prev_actions',
        'issues_changes',
        'ip_changes',
        'perf_nc',
        'perf_metrics',
        'perf_audits',
        'perf_objectives',
        'ip_feedback',
        'risk_status',
        'improvement_opps',
      ],
      { required: true, labels: reviewInputLabels },
    ),
    summary: longText('Summary'),
    addressed: bool('Addressed'),
  }),
  decisions: list('Decisions', 'Decision', {
    kind: oneOf('Kind', ['improvement', 'isms_change', 'resources', 'objectives', 'risk', 'other'], {
      required: true,
      labels: { isms_change: 'Change to the ISMS' },
    }),
    text: longText('Decision', { required: true }),
  }),
  actions: list('Actions', 'Action', {
    text: longText('Action', { required: true }),
    owner: ref('Owner', 'persons'),
    dueDate: date('Due date'),
    status: oneOf('Status', ['open', 'done', 'cancelled'], { required: true }),
  }),
  conclusion: longText('Conclusion', { help: 'Is the ISMS still suitable, adequate and effective?' }),
  minutes: ref('Minutes', 'documents'),
  status: oneOf('Status', ['planned', 'held', 'minutes_approved'], { required: true, column: true }),
};
export type ManagementReviewDraft = Values<typeof fields>;

/** 3.27 A management review: its inputs, decisions and actions (9.3; section 8.2). */
export const managementReviewEntity = defineEntity({
  table: 'managementReviews',
  label: 'Management review',
  plural: 'Management reviews',
  refPrefix: 'MR',
  clause: '9.3',
  area: 'performance',
  titleField: 'title',
  fields,
  rules: (d) => managementReviewRules(d),
});
export type ManagementReview = RecordOf<typeof managementReviewEntity>;

function managementReviewRules(d: ManagementReviewDraft): Issue[] {
  const out: Issue[] = [];
  notBefore(out, d.periodFrom, d.periodTo, 'periodTo', 'Period end is before the period start.');
  const seen = new Set<string>();
  d.inputs.forEach((input, i) => {
    if (input.code && seen.has(input.code)) out.push({ field: `inputs.${i}.code`, message: 'This input is listed twice.' });
    if (input.code) seen.add(input.code);
    if (input.addressed && input.summary.trim() === '')
      out.push({ field: `inputs.${i}.summary`, message: 'Summarise an input marked as addressed.' });
  });
  // 9.3.3: once the minutes are approved, every action has an owner and a due date.
  if (d.status === 'minutes_approved')
    d.actions.forEach((a, i) => {
      if (!a.owner) out.push({ field: `actions.${i}.owner`, message: 'Name an owner for each action.' });
      if (!a.dueDate) out.push({ field: `actions.${i}.dueDate`, message: 'Give a due date for each action.' });
    });
  return out;
}
