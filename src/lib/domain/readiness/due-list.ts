/**
 * The due list: reviews, approvals, actions, audits and expiring competences that are overdue,
 * coming due within a number of days, or waiting for an approval. Pure: today is in the input.
 */
import { addDays, parse } from '../model/dates.ts';
import { approvalsDue, actionsDue, auditsDue, competenceDue, reviewsDue, type DueSeed } from './due-sources.ts';
import { labelOf } from './helpers.ts';
import { type ReadinessInput, rows } from './input.ts';
import { recordLink } from './links.ts';
import { thresholdsFrom } from './thresholds.ts';
import type { RouteLink } from './types.ts';

export type DueGroup = 'reviews' | 'approvals' | 'actions' | 'audits' | 'competence';
export type DueState = 'overdue' | 'due_soon' | 'waiting';

export interface DueItem {
  group: DueGroup;
  /** What is due, in a few words: "Review", "Effectiveness check", "Evidence expires". */
  what: string;
  table: string;
  id: string;
  ref: string;
  label: string;
  /** The date it is due; null for an approval that waits without a date. */
  due: string | null;
  state: DueState;
  /** Days from today to the due date (negative when overdue); null without a date. */
  days: number | null;
  /** The accountable person's name, when known. */
  owner: string | null;
  link: RouteLink;
}

export const dueGroups: readonly { group: DueGroup; title: string }[] = [
  { group: 'reviews', title: 'Reviews' },
  { group: 'approvals', title: 'Approvals' },
  { group: 'actions', title: 'Actions' },
  { group: 'audits', title: 'Audits and management reviews' },
  { group: 'competence', title: 'Expiring competence' },
];

const ORDER: Record<DueState, number> = { overdue: 0, due_soon: 1, waiting: 2 };

function daysBetween(from: string, to: string): number {
  return Math.round((parse(to).getTime() - parse(from).getTime()) / 86_400_000);
}

/**
 * Everything due by `today + withinDays` (default: the workspace's "due soon" setting) or overdue,
 * and every approval that is waiting; overdue first (oldest first), then by date.
 */
export function dueList(input: ReadinessInput, withinDays?: number): DueItem[] {
  const t = thresholdsFrom(input.settings);
  const horizon = addDays(input.today, withinDays ?? t.dueSoonDays);
  const names = new Map(rows(input, 'persons').map((p) => [p.id, p.name]));
  const seeds: DueSeed[] = [...reviewsDue(input, t), ...approvalsDue(input), ...actionsDue(input, t), ...auditsDue(input, t), ...competenceDue(input)];
  return seeds
    .filter((s) => s.due === null || s.due <= horizon)
    .map((s): DueItem => {
      const state: DueState = s.due === null ? 'waiting' : s.due < input.today ? 'overdue' : 'due_soon';
      const search = s.search ?? s.record.ref;
      return {
        group: s.group,
        what: s.what,
        table: s.table,
        id: s.record.id,
        ref: s.record.ref,
        label: s.label ?? labelOf(s.table, s.record as typeof s.record & Record<string, unknown>),
        due: s.due,
        state,
        days: s.due === null ? null : daysBetween(input.today, s.due),
        owner: s.owner ? (names.get(s.owner) ?? null) : null,
        link: recordLink(s.table, s.record, search),
      };
    })
    .toSorted((a, b) => ORDER[a.state] - ORDER[b.state] || (a.due ?? '').localeCompare(b.due ?? '') || a.ref.localeCompare(b.ref));
}
