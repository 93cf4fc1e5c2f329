/** R08 operational planning and control (8.1) and R11 monitoring and measurement results (9.1). */
import type { RecurringActivity } from '../entities/recurring-activity.ts';
import type { Measurement } from '../entities/measurement.ts';
import { addDays, addMonths } from '../model/dates.ts';
import { check, filled, offender, pct } from './helpers.ts';
import { type ReadinessInput, rows } from './input.ts';
import { decide } from './item.ts';
import { fix, fixTable } from './links.ts';
import { PERIOD_MONTHS, periodsBetween } from './periods.ts';
import type { Thresholds } from './thresholds.ts';
import type { Offender, ReadinessItem } from './types.ts';

/** A measurement for a period may be entered this many days after the period ends. */
export const MEASUREMENT_GRACE_DAYS = 14;

const retired = new Set(['retired', 'inactive', 'cancelled']);

/** Occurrences that fell due in the last 12 months, and those done with evidence. */
function occurrenceCounts(a: RecurringActivity, today: string): { due: number; done: number } {
  const from = addMonths(today, -12);
  const due = a.occurrences.filter((o) => o.due && o.due >= from && o.due <= today);
  return { due: due.length, done: due.filter((o) => o.doneAt && filled(o.evidence)).length };
}

/** R08: recurring activities with criteria, done on time with evidence; outsourced processes controlled. */
export function r08Operation(input: ReadinessInput, t: Thresholds): ReadinessItem {
  const active = rows(input, 'recurringActivities').filter((a) => !retired.has(a.status ?? ''));
  const counts = active.map((a) => ({ a, ...occurrenceCounts(a, input.today) }));
  const due = counts.reduce((s, c) => s + c.due, 0);
  const done = counts.reduce((s, c) => s + c.done, 0);
  const missed = counts.filter((c) => c.done < c.due).map((c) => offender('recurringActivities', c.a, `${c.due - c.done} of ${c.due} occurrences not done with evidence`));
  const opChanges = rows(input, 'plannedChanges').filter((c) => c.level === 'operational' && c.status !== 'rejected');
  const checks = [
    check(`At least ${t.recurringDonePct}% of the occurrences due in the last 12 months were done with evidence (now ${done} of ${due}, ${pct(done, due)}%).`, pct(done, due) < t.recurringDonePct ? missed : []),
    check('Every recurring activity states its criteria (what "done right" means).', active.filter((a) => !filled(a.criteria)).map((a) => offender('recurringActivities', a, 'No criteria'))),
    check('Every externally provided process names the supplier and how it is controlled.', active.filter((a) => a.externallyProvided && (!a.externallyProvided.supplier || !filled(a.externallyProvided.howControlled))).map((a) => offender('recurringActivities', a, 'Supplier or control missing'))),
    check('Every operational change states its possible consequences.', opChanges.filter((c) => !filled(c.consequences)).map((c) => offender('plannedChanges', c, 'No consequences stated')), 'fail', fixTable('Open the planned changes', 'plannedChanges')),
    check('Implemented operational changes were reviewed afterwards.', opChanges.filter((c) => c.status === 'implemented' && !c.postReview).map((c) => offender('plannedChanges', c, 'Not reviewed after implementation')), 'warn', fixTable('Open the planned changes', 'plannedChanges')),
    check('No recurring activity is past its next due date.', active.filter((a) => a.nextDue && a.nextDue < input.today).map((a) => offender('recurringActivities', a, `Was due ${a.nextDue}`)), 'warn'),
  ];
  return decide({
    id: 'R08',
    title: 'Operational planning and control',
    clause: '8.1',
    blocker: false,
    presentRule: 'at least one recurring activity (such as a quarterly access review) in the operations register.',
    present: active.length > 0,
    checks,
    fix: fixTable('Open the recurring activities', 'recurringActivities'),
  });
}

/** The date a measurement is for: the end of its period, else its start, else when it was taken. */
function measuredFor(m: Measurement): string | null {
  return m.periodEnd ?? m.periodStart ?? m.measuredAt;
}

/** The periods of the last 12 months, since the metric's first result, that have no measurement. */
export function missingPeriods(frequency: string | null, ms: readonly Measurement[], today: string): string[] {
  const months = PERIOD_MONTHS[frequency ?? ''];
  const dates = ms.map(measuredFor).filter((d): d is string => !!d).sort();
  if (!months || dates.length === 0) return [];
  const periods = periodsBetween(months, dates[0]!, addMonths(today, -12), addDays(today, -MEASUREMENT_GRACE_DAYS));
  return periods.filter((p) => !dates.some((d) => d >= p.start && d <= p.end)).map((p) => `${p.start} to ${p.end}`);
}

/** R11: active metrics that say what, how, when and who, measured for every elapsed period. */
export function r11Metrics(input: ReadinessInput): ReadinessItem {
  const active = rows(input, 'metrics').filter((m) => m.status === 'active');
  const byMetric = new Map<string, Measurement[]>();
  for (const m of rows(input, 'measurements')) if (m.metric) byMetric.set(m.metric, [...(byMetric.get(m.metric) ?? []), m]);
  const gaps: Offender[] = active.flatMap((m) => {
    const list = byMetric.get(m.id) ?? [];
    const missing = missingPeriods(m.frequency, list, input.today);
    if (list.length === 0) return [offender('metrics', m, 'No measurement yet')];
    return missing.length ? [offender('metrics', m, `No result for ${missing.length} period(s), e.g. ${missing[0]}`)] : [];
  });
  const objectives = rows(input, 'objectives').filter((o) => o.target !== null && o.status !== 'cancelled' && o.status !== 'achieved' && o.status !== 'missed');
  const checks = [
    check('Every active metric says what is monitored, the method, how often and by whom it is measured, and how often and by whom it is analysed.', active.filter((m) => !filled(m.subject) || !filled(m.method) || !m.frequency || !m.measuredBy || !m.analysisFrequency || !m.analysedBy).map((m) => offender('metrics', m, 'One of the six items is missing'))),
    check(`Every active metric has a result for each of its periods in the last 12 months (a period counts ${MEASUREMENT_GRACE_DAYS} days after it ends).`, gaps),
    check('Every active objective with a target is tracked by a metric.', objectives.filter((o) => !o.metric).map((o) => offender('objectives', o, 'No metric linked')), 'fail', fix('Open the objectives', 'objectives')),
  ];
  return decide({
    id: 'R11',
    title: 'Monitoring and measurement results',
    clause: '9.1',
    blocker: false,
    presentRule: 'at least one active metric with at least one measurement.',
    present: active.some((m) => (byMetric.get(m.id)?.length ?? 0) > 0),
    checks,
    fix: fix('Open the metrics', 'metrics'),
  });
}
