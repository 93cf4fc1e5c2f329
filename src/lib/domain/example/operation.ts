/** Operation in the example (8.1): recurring activities with the record of each time they ran. */
import { type RecurringActivityDraft, recurringActivityEntity } from '../entities/recurring-activity.ts';
import { a2022, rec } from './build.ts';
import { type Clock, addDays, addMonths, endOfMonth } from './dates.ts';
import type { ExampleRecord } from './types.ts';

type Occurrence = RecurringActivityDraft['occurrences'][number];
type Frequency = NonNullable<RecurringActivityDraft['frequency']>;
const MONTHS: Record<Frequency, number> = { weekly: 0, monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 };

/**
 * The occurrences due over the last twelve months (at month ends, `every` months apart, the last
 * one at the end of last month), done three days before each due date by `by`; `exceptions` overrides some by index.
 */
function history(c: Clock, every: number, by: string, evidence: string, exceptions: Record<number, Partial<Occurrence>> = {}): Occurrence[] {
  const out: Occurrence[] = [];
  const lastDue = endOfMonth(addMonths(c.today, -1));
  for (let back = 12 - every; back >= 0; back -= every) {
    const due = endOfMonth(addMonths(lastDue, -back));
    out.push({ due, doneAt: addDays(due, -3), by, result: 'ok', evidence: `${evidence}, ${due.slice(0, 7)}`, note: '' });
  }
  return out.map((o, i) => ({ ...o, ...exceptions[i] }));
}

/** The next due date after the last occurrence. */
const nextAfter = (occ: Occurrence[], every: number): string | null => {
  const due = occ.at(-1)?.due;
  return due ? endOfMonth(addMonths(due, every)) : null;
};

type Init = Pick<RecurringActivityDraft, 'title' | 'process' | 'criteria' | 'frequency' | 'owner' | 'controls'> & Partial<RecurringActivityDraft>;

export function recurringActivities(c: Clock): ExampleRecord[] {
  const activity = (key: string, init: Init, occurrences: Occurrence[]): ExampleRecord =>
    rec(recurringActivityEntity, key, {
      status: 'active',
      occurrences,
      nextDue: nextAfter(occurrences, MONTHS[init.frequency ?? 'monthly'] || 1),
      ...init,
    });
  const access = history(c, 3, 'per-ops', 'Access review sheet', {
    0: { result: 'issues', note: 'Code hosting left out of the review; found by the internal audit.' },
    1: { result: 'issues', note: 'Code hosting left out again; corrected after the audit.' },
  });
  return [
    activity('ract-access-review', {
      title: 'Quarterly access review', process: 'Access management',
      criteria: 'Every in-scope application with user accounts is on the list; owners confirm each account; leavers removed within five working days.',
      frequency: 'quarterly', owner: 'per-ops', controls: a2022('A.5.15', 'A.5.18'),
    }, access),
    activity('ract-restore-test', {
      title: 'Monthly restore test', process: 'Backup and recovery',
      criteria: 'A different system each month is restored from the immutable copy within four hours, and its data checked complete.',
      frequency: 'monthly', owner: 'per-ops', controls: a2022('A.8.13'),
    }, history(c, 1, 'per-ops', 'Restore test log', { 0: { result: 'issues', note: 'Restore took six hours; runbook updated.' } })),
    activity('ract-vuln-review', {
      title: 'Monthly vulnerability review', process: 'Vulnerability management',
      criteria: 'Every critical and high finding of the scanners has an owner and a fix date; exceptions approved by the ISMS manager.',
      frequency: 'monthly', owner: 'per-dev', controls: a2022('A.8.8'),
    }, history(c, 1, 'per-dev', 'Scanner export and triage notes')),
    activity('ract-supplier-review', {
      title: 'Critical supplier reviews', process: 'Supplier management',
      criteria: 'Each critical supplier’s assurance report, incidents and contract terms are reviewed and the result recorded.',
      frequency: 'half_yearly', owner: 'per-isms', controls: a2022('A.5.19', 'A.5.22'),
    }, history(c, 6, 'per-isms', 'Supplier review records', {
      0: { doneAt: null, by: null, result: 'missed', evidence: '', note: 'Two reviews slipped; see the nonconformity on supplier reviews.' },
    })),
    activity('ract-continuity', {
      title: 'Yearly continuity exercise', process: 'Business continuity',
      criteria: 'A realistic scenario is exercised with the people on the plan; lessons are recorded and the plan updated.',
      frequency: 'yearly', owner: 'per-ops', controls: a2022('A.5.29', 'A.5.30'),
    }, [{ due: c.daysAgo(80), doneAt: c.daysAgo(85), by: 'per-ops', result: 'ok', evidence: 'Exercise report: failover to the standby region', note: '' }]),
    activity('ract-nimbus', {
      title: 'Facility and hypervisor security, run by Nimbus Cloud', process: 'Infrastructure operations',
      criteria: 'The provider keeps its independent assurance report current and tells us of incidents that affect our accounts.',
      frequency: 'yearly', owner: 'per-ops', controls: a2022('A.5.23', 'A.7.1'),
      externallyProvided: {
        supplier: 'ip-nimbus',
        howControlled: 'Shared responsibility model in the customer agreement; the provider’s assurance report is read and its exceptions followed up each year; security bulletins are watched by operations.',
      },
    }, [{ due: c.ago(5), doneAt: c.ago(5), by: 'per-ops', result: 'ok', evidence: 'Assurance report review note', note: '' }]),
  ];
}
