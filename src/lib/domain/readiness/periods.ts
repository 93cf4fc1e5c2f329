/** Calendar periods of a measurement frequency, for "a result for every period" rules (9.1). */
import { addDays, addMonths } from '../model/dates.ts';

/** Months in one period of each frequency. */
export const PERIOD_MONTHS: Record<string, number> = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 };

export interface Period {
  start: string;
  end: string;
}

/** The calendar period of `months` months that contains `d` (quarters start in January, April…). */
export function periodOf(d: string, months: number): Period {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  const first = Math.floor((m - 1) / months) * months + 1;
  const start = `${y}-${String(first).padStart(2, '0')}-01`;
  return { start, end: addDays(addMonths(start, months), -1) };
}

/**
 * The periods that started on or after `from` (the period holding it counts) and ended between
 * `windowStart` and `lastEnd`, oldest first.
 */
export function periodsBetween(months: number, from: string, windowStart: string, lastEnd: string): Period[] {
  const out: Period[] = [];
  for (let p = periodOf(from, months); p.end <= lastEnd; p = periodOf(addMonths(p.start, months), months))
    if (p.end >= windowStart) out.push(p);
  return out;
}
