/**
 * The text Excel shows for a number or a date under its number format, for the formats registers
 * use: General, fixed decimals, percentages and day/month/year patterns. It is what recovers
 * "5.30" from 5.3 under "0.00" and "10.1.1" from a date under "yy.m.d".
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The first section of a format, without colours, locale tags and quoted text. */
function firstSection(fmt: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i] ?? '';
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === ';') break;
    else if (ch === '\\') i++;
    else out += ch;
  }
  return out.replace(/\[[^\]]*\]/g, '').replace(/_.|\*./g, '');
}

/** A number as Excel's General format shows it (15 significant digits, no float noise). */
export function formatGeneral(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

/** A number as its format shows it; unknown formats fall back to General. */
export function formatNumber(n: number, fmt?: string): string {
  if (!fmt || /^(general|@)$/i.test(fmt.trim())) return formatGeneral(n);
  const section = firstSection(fmt);
  if (!/[0#?]/.test(section)) return formatGeneral(n);
  const decimals = /\.([0#?]+)/.exec(section)?.[1]?.length ?? 0;
  const fixed = /%/.test(section) ? `${(n * 100).toFixed(decimals)}%` : n.toFixed(decimals);
  return fixed;
}

interface DateToken {
  kind: 'y' | 'm' | 'd' | 'lit';
  width: number;
  text?: string;
}

/** The day/month/year parts of a date format in order, with the literal text between them. */
export function dateTokens(fmt: string): DateToken[] {
  const src = firstSection(fmt);
  const out: DateToken[] = [];
  const re = /(y+|m+|d+|h+|s+|am\/pm|a\/p|.)/gi;
  let prevTime = false;
  for (const m of src.matchAll(re)) {
    const t = m[1] ?? '';
    const c = t[0]?.toLowerCase();
    if (c === 'y' || c === 'd') out.push({ kind: c, width: t.length });
    else if (c === 'm' && t.length <= 5 && !prevTime && !/^\W*s/i.test(src.slice((m.index ?? 0) + t.length))) out.push({ kind: 'm', width: t.length });
    else if (c === 'h' || c === 's' || c === 'm' || /am\/pm|a\/p/i.test(t)) {
      prevTime = c === 'h';
      out.push({ kind: 'lit', width: 0, text: '\u0000' });
      continue;
    } else out.push({ kind: 'lit', width: 0, text: t });
    prevTime = false;
  }
  // Drop the time part and the separators that only belonged to it.
  const cut = out.findIndex((t) => t.text === '\u0000');
  const kept = cut < 0 ? out : out.slice(0, cut);
  while (kept.length && kept[kept.length - 1]?.kind === 'lit') kept.pop();
  return kept;
}

function part(d: Date, t: DateToken): string {
  if (t.kind === 'y') return t.width <= 2 ? String(d.getUTCFullYear() % 100).padStart(2, '0') : String(d.getUTCFullYear());
  if (t.kind === 'm') {
    const m = d.getUTCMonth();
    if (t.width >= 4) return MONTH_NAMES[m] ?? '';
    if (t.width === 3) return MONTHS[m] ?? '';
    return t.width === 2 ? String(m + 1).padStart(2, '0') : String(m + 1);
  }
  if (t.kind === 'd') {
    if (t.width >= 3) return '';
    return t.width === 2 ? String(d.getUTCDate()).padStart(2, '0') : String(d.getUTCDate());
  }
  return t.text ?? '';
}

/** The ISO form of a date (UTC), yyyy-mm-dd. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A date as its format shows it; without a usable format, yyyy-mm-dd. */
export function formatDate(d: Date, fmt?: string): string {
  if (Number.isNaN(d.getTime())) return '';
  const tokens = fmt ? dateTokens(fmt) : [];
  if (!tokens.some((t) => t.kind !== 'lit')) return isoDate(d);
  return tokens.map((t) => part(d, t)).join('').trim();
}
