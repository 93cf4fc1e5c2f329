/**
 * A small CSV writer for tables of text (RFC 4180 style). Every field is quoted, inner quotes are
 * doubled, and a cell that a spreadsheet would read as a formula gets a leading apostrophe, as
 * OWASP advises against CSV injection: the text stays visible, it is never evaluated.
 */

/** Characters that make Excel, LibreOffice or Sheets treat a cell as a formula or split it. */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** One field, quoted, with inner quotes doubled and formula starts neutralised. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The table as CSV text: one line per row, fields separated by commas, lines by CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}
