/** Small building blocks shared by the readiness rules. */
import { controlTitle, type Edition } from '../catalogs/index.ts';
import { entityByTable } from '../entities/index.ts';
import { addDays, addMonths } from '../model/dates.ts';
import { recordLink } from './links.ts';
import type { Check, FixLink, Offender } from './types.ts';

/** What every stored record has: an id and a human key. */
export interface Keyed {
  id: string;
  ref: string;
}

/**
 * True when `date` lies in the `months` calendar months up to and including `today`. The edge
 * counts: a date exactly `months` months ago is inside (12 months before 2026-03-15 is 2025-03-15).
 */
export function withinMonths(date: string | null | undefined, today: string, months: number): boolean {
  return !!date && date <= today && date >= addMonths(today, -months);
}

/** True when `date` lies in the `days` days up to and including `today`. */
export function withinDays(date: string | null | undefined, today: string, days: number): boolean {
  return !!date && date <= today && date >= addDays(today, -days);
}

/** The latest of some dates, ignoring empty ones; null when there is none. */
export function latest(dates: readonly (string | null | undefined)[]): string | null {
  let out: string | null = null;
  for (const d of dates) if (d && (out === null || d > out)) out = d;
  return out;
}

/** The business date of an ISO timestamp (`2026-03-01T10:00:00Z` → `2026-03-01`). */
export function dayOf(ts: string | null | undefined): string | null {
  return ts ? ts.slice(0, 10) : null;
}

/** True when a text holds more than blanks. */
export function filled(v: unknown): boolean {
  return typeof v === 'string' ? v.trim() !== '' : v !== null && v !== undefined;
}

/** How a record is named: its entity's title field, or a control id and title for SoA rows. */
export function labelOf(table: string, r: Keyed & Record<string, unknown>): string {
  const control = r['control'];
  if (Array.isArray(control) && control.length === 1) {
    const c = control[0] as { edition: string; id: string };
    const title = c.edition === 'custom' ? undefined : controlTitle(c.edition as Edition, c.id);
    return title ? `${c.id} ${title}` : c.id;
  }
  let field = 'title';
  try {
    field = entityByTable(table).titleField;
  } catch {
    // A table the registry does not know yet: fall back to the usual names.
  }
  for (const k of [field, 'title', 'name', 'subject']) {
    const v = r[k];
    if (typeof v === 'string' && v.trim()) return v;
  }
  return r.ref || '(untitled)';
}

/** A record that breaks a rule, with a note saying how. */
export function offender(table: string, r: Keyed, note: string): Offender {
  const rec = r as Keyed & Record<string, unknown>;
  const control = table === 'soaEntries' && Array.isArray(rec['control']) ? (rec['control'][0] as { id?: string } | undefined)?.id : undefined;
  return { table, id: r.id, ref: r.ref, label: labelOf(table, rec), note, link: recordLink(table, r, control ?? r.ref) };
}

/**
 * A rule and its result. Pass the offending records (the rule holds when there are none), or a
 * boolean for rules about the workspace as a whole.
 */
export function check(rule: string, result: Offender[] | boolean, severity: 'fail' | 'warn' = 'fail', fixLink?: FixLink): Check {
  const offenders = Array.isArray(result) ? result : [];
  const ok = Array.isArray(result) ? result.length === 0 : result;
  return fixLink ? { rule, severity, ok, offenders, fix: fixLink } : { rule, severity, ok, offenders };
}

/** The ids of the active people flagged as top management. */
export function topManagement(persons: readonly { id: string; isTopManagement: boolean; active: boolean }[]): Set<string> {
  return new Set(persons.filter((p) => p.isTopManagement && p.active).map((p) => p.id));
}

/** The ids of the active people. */
export function activePeople(persons: readonly { id: string; active: boolean }[]): Set<string> {
  return new Set(persons.filter((p) => p.active).map((p) => p.id));
}

export { plural } from '../model/words.ts';

/** Percentage rounded down to a whole number (0 of 0 counts as 100%). */
export function pct(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.floor((part / whole) * 100);
}
