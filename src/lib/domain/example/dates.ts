/**
 * Dates relative to the day the example ISMS is loaded, so it always looks current.
 */
import { addDays, addMonths, parse } from '../model/dates.ts';

export { addDays, addMonths, endOfMonth, minDate, startOfMonth } from '../model/dates.ts';

/**
 * Shorthands for one `today`: `ago(3)` is three months back, `ahead(2)` two months on, and the
 * `Days` variants count days.
 */
export interface Clock {
  today: string;
  ago(months: number): string;
  ahead(months: number): string;
  daysAgo(days: number): string;
  daysAhead(days: number): string;
}

export function clock(today: string): Clock {
  parse(today);
  return {
    today,
    ago: (m) => addMonths(today, -m),
    ahead: (m) => addMonths(today, m),
    daysAgo: (n) => addDays(today, -n),
    daysAhead: (n) => addDays(today, n),
  };
}
