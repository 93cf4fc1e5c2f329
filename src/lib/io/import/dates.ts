/**
 * Dates in every form registers hold them: real dates, Excel serial numbers, and text such as
 * 2026-03-31, 31.03.2026, 31/03/26, 03/31/2026, 31-Mar-2026, "March 31, 2026", "31. března
 * 2026", "31 Μαρτίου 2026", and Solar Hijri dates in Persian or Western digits ("۱۴۰۴/۰۳/۱۵").
 * All become ISO yyyy-mm-dd, or null when the text is not a date.
 */
import type { CellValue } from './types.ts';
import { westernDigits } from './script.ts';

const MONTH_WORDS: [number, string][] = [
  [1, 'january jan janvier janv januar jänner jaenner enero ene leden ledna ιανουαριος ιανουαριου ιαν'],
  [2, 'february feb fevrier fevr fév februar feber febrero unor unora φεβρουαριος φεβρουαριου φεβ'],
  [3, 'march mar mars marz maerz marzo brezen brezna μαρτιος μαρτιου μαρ'],
  [4, 'april apr avril avr abril abr duben dubna απριλιος απριλιου απρ'],
  [5, 'may mai mayo kveten kvetna μαιος μαιου μαι'],
  [6, 'june jun juin juni junio cerven cervna ιουνιος ιουνιου ιουν'],
  [7, 'july jul juillet juil juli julio cervenec cervence ιουλιος ιουλιου ιουλ'],
  [8, 'august aug aout août agosto ago srpen srpna αυγουστος αυγουστου αυγ'],
  [9, 'september sep sept septembre septiembre setiembre zari σεπτεμβριος σεπτεμβριου σεπ'],
  [10, 'october oct octobre oktober okt octubre rijen rijna οκτωβριος οκτωβριου οκτ'],
  [11, 'november nov novembre noviembre listopad listopadu νοεμβριος νοεμβριου νοε'],
  [12, 'december dec decembre dezember dez diciembre dic prosinec prosince δεκεμβριος δεκεμβριου δεκ'],
];

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ς/g, 'σ');
}

const MONTHS = new Map<string, number>();
for (const [n, words] of MONTH_WORDS) for (const w of words.split(' ')) MONTHS.set(fold(w), n);
const FULL_NAMES = [...MONTHS.entries()].filter(([w]) => w.length > 4);

/** The month a word names (any of the six languages, full or abbreviated), or 0. */
export function monthOf(word: string): number {
  const w = fold(word).replace(/\.$/, '');
  const exact = MONTHS.get(w);
  if (exact) return exact;
  if (w.length < 3) return 0;
  const found = new Set(FULL_NAMES.filter(([name]) => name.startsWith(w)).map(([, n]) => n));
  return found.size === 1 ? ([...found][0] ?? 0) : 0;
}

function iso(y: number, m: number, d: number): string | null {
  if (y < 100) y += y < 70 ? 2000 : 1900;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d || y < 1900 || y > 2200) return null;
  return dt.toISOString().slice(0, 10);
}

/** The platform's Persian calendar, made once (null where the platform has none). */
let persian: Intl.DateTimeFormat | null | undefined;

/** The day `t` (ms since 1970, UTC) in the Persian calendar: [year, month, day]; null without that calendar. */
function persianParts(t: number): [number, number, number] | null {
  if (persian === undefined) {
    try {
      persian = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
      if (persian.resolvedOptions().calendar !== 'persian') persian = null;
    } catch {
      persian = null;
    }
  }
  if (!persian) return null;
  const part = (parts: Intl.DateTimeFormatPart[], type: string) => Number(parts.find((p) => p.type === type)?.value);
  const parts = persian.formatToParts(new Date(t));
  return [part(parts, 'year'), part(parts, 'month'), part(parts, 'day')];
}

/**
 * A Solar Hijri (Jalali) date as ISO: its Gregorian day is about 621 years and a Nowruz (20 or 21
 * March) on, plus the days of its months (six of 31, then 30); the platform's Persian calendar
 * settles the exact day. Null for a day the calendar does not have (1404/12/31).
 */
function solarHijri(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > (m <= 6 ? 31 : 30)) return null;
  const near = Date.UTC(y + 621, 2, 21) + ((m <= 6 ? (m - 1) * 31 : 186 + (m - 7) * 30) + d - 1) * 86_400_000;
  for (const shift of [0, -1, 1, -2, 2]) {
    const t = near + shift * 86_400_000;
    const got = persianParts(t);
    if (!got) return null;
    if (got[0] === y && got[1] === m && got[2] === d) return new Date(t).toISOString().slice(0, 10);
  }
  return null;
}

/** An Excel serial day number (1900 system, or 1904 when the workbook says so) as ISO. */
export function serialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < (date1904 ? 0 : 1) || serial > 2958465) return null;
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  // Excel counts a 29 February 1900 that never was; serials after it are one day ahead.
  const epoch = Date.UTC(1899, 11, days > 60 ? 30 : 31);
  return new Date(epoch + days * 86400000).toISOString().slice(0, 10);
}

function numericDate(a: number, b: number, y: number, dayFirst: boolean): string | null {
  if (a > 12 && b <= 12) return iso(y, b, a);
  if (b > 12 && a <= 12) return iso(y, a, b);
  return dayFirst ? iso(y, b, a) : iso(y, a, b);
}

function textDate(raw: string, dayFirst: boolean): string | null {
  const s = westernDigits(raw.trim());
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/.exec(s);
  // Years 1300–1499 are of the Solar Hijri calendar Iranian registers use ("۱۴۰۴/۰۳/۱۵").
  if (m && Number(m[1]) >= 1300 && Number(m[1]) < 1500) return solarHijri(Number(m[1]), Number(m[2]), Number(m[3]));
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}.*)?$/.exec(s);
  // In Persian or Arabic digits, a two-digit year ("۰۴/۰۳/۱۵") is a Solar Hijri (or Hijri) one with its century left out: no Gregorian day can be told.
  if (m && m[3]!.length === 2 && s !== raw.trim()) return null;
  if (m) return numericDate(Number(m[1]), Number(m[2]), Number(m[3]), dayFirst);
  m = /^(\d{8})$/.exec(s);
  if (m && /^(19|20)/.test(s)) return iso(Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6)));
  // A quarter ("Q4 2026", "2026-Q4") is due by its last day.
  m = /^(?:Q([1-4])\s*[-/ ]?\s*((?:19|20)\d{2})|((?:19|20)\d{2})\s*[-/ ]?\s*Q([1-4]))$/i.exec(s);
  if (m) {
    const year = Number(m[2] ?? m[3]);
    const month = Number(m[1] ?? m[4]) * 3;
    return iso(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
  }
  if (/^\d{5}(\.\d+)?$/.test(s)) {
    const n = Number(s);
    return n >= 20000 && n <= 80000 ? serialToIso(n) : null;
  }
  return wordDate(s);
}

/** Dates written with a month name, in any order: "31-Mar-2026", "March 31st, 2026", "31 de marzo de 2026". */
function wordDate(s: string): string | null {
  const tokens = fold(s)
    .replace(/(\d)(st|nd|rd|th|er|eme|º|ª)\b/g, '$1')
    .split(/[\s,./-]+/)
    .filter((t) => t && t !== 'de' && t !== 'del' && t !== 'the' && t !== 'of');
  if (tokens.length < 2 || tokens.length > 4) return null;
  let month = 0;
  let monthAt = -1;
  const numbers: { v: number; at: number; len: number }[] = [];
  tokens.forEach((t, i) => {
    if (/^\d+$/.test(t)) numbers.push({ v: Number(t), at: i, len: t.length });
    else if (!month && monthOf(t)) {
      month = monthOf(t);
      monthAt = i;
    }
  });
  if (!month || numbers.length === 0 || numbers.length + 1 !== tokens.length) return null;
  if (numbers.length === 1) {
    const only = numbers[0];
    return only && only.len === 4 ? iso(only.v, month, 1) : null;
  }
  const [x, y] = numbers;
  if (!x || !y) return null;
  const yearFirst = x.len === 4;
  if (yearFirst) return iso(x.v, month, y.v);
  if (y.len === 4 || (x.at < monthAt && y.at > monthAt) || x.at > monthAt) return iso(y.v, month, x.v);
  return null;
}

export interface DateOptions {
  /** For 01/02/2026 read as 1 February (true, default) or 2 January (false). */
  dayFirst?: boolean;
  /** The workbook counts serial numbers from 1904. */
  date1904?: boolean;
}

/**
 * An ISO date (yyyy-mm-dd) from a cell or a value: a Date, a serial number, or text in one of the
 * usual forms; null when it is not a date. Unambiguous text (31/03/2026, 03/31/2026) is read
 * whatever `dayFirst` says.
 */
export function toIsoDate(input: CellValue | string | number | Date | null | undefined, options: DateOptions = {}): string | null {
  if (input === null || input === undefined) return null;
  const value = typeof input === 'object' && !(input instanceof Date) ? input.value : input;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'number') {
    if (value >= 19000101 && value <= 22001231 && Number.isInteger(value)) return textDate(String(value), true);
    return serialToIso(value, options.date1904);
  }
  if (typeof value === 'string') return textDate(value, options.dayFirst ?? true);
  return null;
}
