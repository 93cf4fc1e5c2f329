/**
 * What keeps an exported file safe to open (section 10): user text never becomes a formula, a
 * link is only a web or mail link, and a CSV cell cannot be read as a formula by a spreadsheet.
 */

/** Excel's limit for the text of one cell. */
export const CELL_TEXT_MAX = 32767;

/**
 * Characters XML 1.0 cannot carry (C0 controls other than tab, CR and LF, lone surrogates,
 * U+FFFE/U+FFFF): a workbook holding one does not open. They are dropped.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as a workbook cell can hold it: XML-safe, within Excel's length limit, and with what XML
 * would lose spelled out the way spreadsheet programs read it back: a carriage return as
 * `_x000D_` (XML turns CR LF into LF), and text that already looks like such an escape guarded
 * with `_x005F_` so that it reads back unchanged.
 */
export function cellText(v: string): string {
  const clean = v.replace(NOT_XML, '');
  const cut = clean.length > CELL_TEXT_MAX ? `${clean.slice(0, CELL_TEXT_MAX - 1)}…` : clean;
  return cut.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1').replace(/\r/g, '_x000D_');
}

/** True for the links a file may carry: https:, http: and mailto: only. */
export function isSafeLink(v: string): boolean {
  try {
    const u = new URL(v.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' || u.protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** Characters that make a spreadsheet read a CSV cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * One CSV field. Text is quoted, and text starting with = + - @ tab, CR or LF gets a leading single
 * quote so that no spreadsheet runs it; a number is written as it is (a negative number is data).
 */
export function csvField(v: string | number): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const text = FORMULA_START.test(v) ? `'${v}` : v;
  return `"${text.replace(/"/g, '""')}"`;
}

/** A CSV document: text fields quoted, CRLF line ends (RFC 4180), a BOM so Excel reads UTF-8. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
