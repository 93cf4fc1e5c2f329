/** Date arithmetic on business dates (`YYYY-MM-DD`), computed in UTC so no time zone shifts a day. */

/** A business date as a UTC midnight; throws on anything else. */
export function parse(d: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) throw new Error(`Not a date (YYYY-MM-DD): "${d}".`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

function format(dt: Date): string {
  return dt.toISOString().slice(0, 10);
}

/** `d` moved by `n` days (negative moves back). */
export function addDays(d: string, n: number): string {
  const dt = parse(d);
  dt.setUTCDate(dt.getUTCDate() + n);
  return format(dt);
}

/** `d` moved by `n` calendar months; the day is clamped to the end of a shorter month. */
export function addMonths(d: string, n: number): string {
  const dt = parse(d);
  const y = dt.getUTCFullYear();
  const m = dt.getUTCMonth() + n;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return format(new Date(Date.UTC(y, m, Math.min(dt.getUTCDate(), lastDay))));
}

/** The first day of the month of `d`. */
export function startOfMonth(d: string): string {
  return `${d.slice(0, 7)}-01`;
}

/** The last day of the month of `d`. */
export function endOfMonth(d: string): string {
  const dt = parse(d);
  return format(new Date(Date.UTC(dt.getUTCFullYear(), dt.getUTCMonth() + 1, 0)));
}

/** The earlier of two dates. */
export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
