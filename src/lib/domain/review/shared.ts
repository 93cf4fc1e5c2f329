/** Small helpers the review-pack inputs share. Pure. */
import type { PackTable } from '../review-pack.ts';
import type { Person } from '../entities/person.ts';
import { parse } from '../model/dates.ts';

/** What every input builder returns. */
export interface InputResult {
  summary: string;
  facts: string[];
  table: PackTable | null;
  attention: number;
}

/** "1 nonconformity", "3 nonconformities". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Whole days from `a` to `b` (both `YYYY-MM-DD`). */
export function daysBetween(a: string, b: string): number {
  return Math.round((parse(b).getTime() - parse(a).getTime()) / 86_400_000);
}

/** The business date of a stored timestamp (`2025-03-01T…` → `2025-03-01`). */
export function dayOf(ts: string): string {
  return ts.slice(0, 10);
}

/** Whether a record was created, or changed, after `since` (a business date, exclusive). */
export function changeSince(r: { createdAt: string; updatedAt: string }, since: string): 'new' | 'changed' | null {
  if (dayOf(r.createdAt) > since) return 'new';
  if (dayOf(r.updatedAt) > since) return 'changed';
  return null;
}

/** A person's name by id, for tables; '—' when unknown or not set. */
export function nameOf(persons: readonly Person[], id: string | null | undefined): string {
  if (!id) return '—';
  return persons.find((p) => p.id === id)?.name ?? '—';
}

/** A table, or null when it has no rows. */
export function table(head: string[], rows: string[][]): PackTable | null {
  return rows.length ? { head, rows } : null;
}

/** Counts of values: `{ open: 2, closed: 1 }`, listed as "2 open, 1 closed" in the given order. */
export function tally(values: readonly (string | null)[], order: readonly string[], label: (v: string) => string = (v) => v.replace(/_/g, ' ')): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v ?? '', (counts.get(v ?? '') ?? 0) + 1);
  return order.filter((o) => counts.has(o)).map((o) => `${counts.get(o)} ${label(o)}`).join(', ');
}
