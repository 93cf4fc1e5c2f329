/** Planning and measuring in the example: objectives (6.2), metrics and twelve months of measurements (9.1). */
import { measurementEntity } from '../entities/measurement.ts';
import { metricEntity } from '../entities/metric.ts';
import { objectiveEntity, type ObjectiveDraft } from '../entities/objective.ts';
import { rec } from './build.ts';
import { type Clock, addDays, addMonths, endOfMonth, minDate, startOfMonth } from './dates.ts';
import type { ExampleRecord } from './types.ts';

interface MetricSpec {
  key: string;
  name: string;
  question: string;
  subject: string;
  builtInKey?: string;
  method: string;
  unit: string;
  direction: 'up' | 'down';
  target: number;
  green: number;
  amber: number;
  by: string;
  source: string;
  /** Twelve monthly values, oldest first, ending last month. */
  values: number[];
}

const METRICS: MetricSpec[] = [
  {
    key: 'met-phishing', name: 'Phishing simulation click rate', question: 'Are staff getting better at spotting phishing?',
    subject: 'A.6.3 awareness; objective on phishing', method: 'Clicks on the monthly simulated message divided by messages delivered, in per cent.',
    unit: '%', direction: 'down', target: 5, green: 5, amber: 10, by: 'per-isms', source: 'Phishing simulation platform, monthly report',
    values: [14.2, 12.8, 11.5, 10.9, 9.6, 8.8, 8.1, 7.4, 6.9, 6.1, 5.6, 4.8],
  },
  {
    key: 'met-patching', name: 'Critical vulnerabilities fixed within 14 days', question: 'Do we close the most dangerous flaws fast enough?',
    subject: 'A.8.8 technical vulnerabilities', method: 'Critical findings closed within 14 days of detection divided by critical findings due in the month, in per cent.',
    unit: '%', direction: 'up', target: 95, green: 95, amber: 85, by: 'per-dev', source: 'Dependency and image scanner export',
    values: [78, 80, 79, 83, 85, 84, 87, 88, 86, 89, 90, 91],
  },
  {
    key: 'met-awareness', name: 'Security awareness completion', question: 'Has everyone done their yearly security training?',
    subject: 'A.6.3 awareness; clause 7.3', builtInKey: 'awareness_pct',
    method: 'Active staff with the core training completed in the last twelve months divided by active staff, in per cent.',
    unit: '%', direction: 'up', target: 95, green: 95, amber: 85, by: 'per-hr', source: 'Learning platform completion report',
    values: [71, 74, 78, 80, 83, 85, 88, 90, 92, 93, 95, 96],
  },
  {
    key: 'met-restore', name: 'Successful restore tests', question: 'Would our backups bring the data back?',
    subject: 'A.8.13 backup', method: 'Restore tests meeting the time and completeness criteria divided by tests run in the month, in per cent.',
    unit: '%', direction: 'up', target: 100, green: 100, amber: 90, by: 'per-ops', source: 'Restore test log in the operations wiki',
    values: [67, 75, 100, 80, 100, 100, 100, 100, 100, 100, 100, 100],
  },
  {
    key: 'met-availability', name: 'Platform availability', question: 'Do we meet the availability we promise customers?',
    subject: 'A.8.14 redundancy; SLA requirement', method: 'Minutes the platform and API were up, outside announced maintenance, divided by minutes in the month.',
    unit: '%', direction: 'up', target: 99.9, green: 99.9, amber: 99.5, by: 'per-ops', source: 'External uptime monitor',
    values: [99.95, 99.97, 99.71, 99.92, 99.99, 99.96, 99.93, 99.98, 99.86, 99.97, 99.99, 99.96],
  },
  {
    key: 'met-overdue-actions', name: 'Overdue risk treatment actions', question: 'Is the treatment plan on schedule?',
    subject: 'Risk treatment plan (6.1.3, 8.3)', builtInKey: 'rtp_overdue', method: 'Open treatment actions whose due date has passed, counted on the last day of the month.',
    unit: 'actions', direction: 'down', target: 0, green: 0, amber: 2, by: 'per-isms', source: 'Computed from the treatment plan',
    values: [5, 6, 4, 4, 3, 3, 2, 3, 2, 2, 1, 2],
  },
];

export function metrics(): ExampleRecord[] {
  return METRICS.map((m) =>
    rec(metricEntity, m.key, {
      name: m.name,
      question: m.question,
      subject: m.subject,
      kind: m.builtInKey ? 'built_in' : 'manual',
      builtInKey: m.builtInKey ?? '',
      method: m.method,
      unit: m.unit,
      direction: m.direction,
      target: m.target,
      thresholdGreen: m.green,
      thresholdAmber: m.amber,
      frequency: 'monthly',
      measuredBy: m.by,
      analysisFrequency: 'quarterly',
      analysedBy: 'per-isms',
      status: 'active',
    }),
  );
}

/** Twelve monthly measurements per metric, the last for the month before `today`. */
export function measurements(c: Clock): ExampleRecord[] {
  const thisMonth = startOfMonth(c.today);
  return METRICS.flatMap((m) =>
    m.values.map((value, i) => {
      const periodStart = addMonths(thisMonth, i - m.values.length);
      const periodEnd = endOfMonth(periodStart);
      return rec(measurementEntity, `${m.key.replace('met-', 'mea-')}-${String(i + 1).padStart(2, '0')}`, {
        metric: m.key,
        periodStart,
        periodEnd,
        value,
        measuredAt: minDate(addDays(periodEnd, 3), c.today),
        measuredBy: m.by,
        source: m.source,
      });
    }),
  );
}

/** The value of a metric for the month `monthsAgo` months before this one (1 = last month). */
function valueAt(metric: string, monthsAgo: number): number | null {
  const values = METRICS.find((m) => m.key === metric)?.values ?? [];
  return values[values.length - monthsAgo] ?? null;
}

interface ObjectiveSpec {
  key: string;
  title: string;
  description: string;
  metric: string;
  baseline: number;
  target: number;
  unit: string;
  direction: 'up' | 'down';
  due: number;
  what: string;
  resources: string;
  who: string;
  how: string;
  status: NonNullable<ObjectiveDraft['status']>;
  /** Status of the four quarterly updates, oldest first. */
  trail: NonNullable<ObjectiveDraft['status']>[];
}

const OBJECTIVES: ObjectiveSpec[] = [
  { key: 'obj-phishing', title: 'Cut the phishing click rate below 5%', description: 'Fewer people fall for phishing, so fewer accounts are at risk.', metric: 'met-phishing', baseline: 14, target: 5, unit: '%', direction: 'down', due: 3, what: 'Monthly simulations with instant coaching, and passkeys so a click no longer gives away a password.', resources: 'Simulation platform licence; two hours a month of the ISMS manager.', who: 'per-isms', how: 'Monthly click rate from the simulation platform, reviewed each quarter.', status: 'on_track', trail: ['on_track', 'on_track', 'on_track', 'on_track'] },
  { key: 'obj-patching', title: 'Fix 95% of critical vulnerabilities within 14 days', description: 'Known critical flaws are closed before attackers can use them.', metric: 'met-patching', baseline: 78, target: 95, unit: '%', direction: 'up', due: 2, what: 'Nightly image rebuilds and a deployment gate for old critical findings.', resources: 'Two engineer-weeks of platform team time.', who: 'per-dev', how: 'Monthly share of critical findings fixed in time, from the scanner.', status: 'at_risk', trail: ['on_track', 'on_track', 'at_risk', 'at_risk'] },
  { key: 'obj-awareness', title: '95% of staff complete security training every year', description: 'Everyone knows the policy, their part in it and how to report a problem.', metric: 'met-awareness', baseline: 71, target: 95, unit: '%', direction: 'up', due: -1, what: 'Yearly e-learning, onboarding sessions for joiners and reminders from managers.', resources: 'Learning platform; one hour per person per year.', who: 'per-hr', how: 'Completion share from the learning platform, reported monthly.', status: 'achieved', trail: ['on_track', 'on_track', 'on_track', 'achieved'] },
  { key: 'obj-availability', title: 'Keep monthly availability at 99.9% or better', description: 'Customers get the availability the contracts promise.', metric: 'met-availability', baseline: 99.8, target: 99.9, unit: '%', direction: 'up', due: 6, what: 'Standby region, load tests before peak season and better alerting.', resources: 'Standby region running costs; operations team time.', who: 'per-cto', how: 'Monthly availability from the external monitor, against the SLA.', status: 'on_track', trail: ['at_risk', 'on_track', 'on_track', 'on_track'] },
  { key: 'obj-restore', title: 'Every monthly restore test succeeds', description: 'We know our backups work before we need them.', metric: 'met-restore', baseline: 67, target: 100, unit: '%', direction: 'up', due: 4, what: 'Immutable backups and a monthly restore of a different system each time.', resources: 'Half a day of operations time a month.', who: 'per-ops', how: 'Monthly share of restore tests that met the criteria.', status: 'on_track', trail: ['at_risk', 'on_track', 'on_track', 'on_track'] },
];

export function objectives(c: Clock): ExampleRecord[] {
  return OBJECTIVES.map((o) =>
    rec(objectiveEntity, o.key, {
      title: o.title,
      description: o.description,
      policy: 'doc-policy',
      metric: o.metric,
      baseline: o.baseline,
      target: o.target,
      unit: o.unit,
      direction: o.direction,
      targetDate: c.ahead(o.due),
      planWhat: o.what,
      planResources: o.resources,
      planWho: o.who,
      planWhen: c.ahead(o.due),
      planHowEvaluated: o.how,
      status: o.status,
      progress: o.trail.map((status, i) => {
        const monthsAgo = 10 - 3 * i;
        return { at: c.ago(monthsAgo), value: valueAt(o.metric, monthsAgo + 1), status, note: i === 3 ? 'Reported to the executive team.' : '' };
      }),
      communicatedAt: c.ago(11),
    }),
  );
}
