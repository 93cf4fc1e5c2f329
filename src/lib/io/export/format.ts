import type { Workbook, Worksheet } from 'exceljs';
import { cellText, isSafeLink } from './safe.ts';

/** A web or mail link; written as a hyperlink only when its scheme is https:, http: or mailto:. */
export interface Link {
  text: string;
  link: string;
}
/** What a data cell holds. Strings are always written as text, never as formulas. */
export type Out = string | number | boolean | Date | Link | null;
/** A cell with a level colour (hex such as #ef6c00) behind it. */
export interface Coloured {
  value: Out;
  colour: string;
}

export interface Column {
  header: string;
  /** Width in characters; by default from the header and the content. */
  width?: number;
  /** Long text: a wide column with wrapped text. */
  wrap?: boolean;
  /** Business dates (`YYYY-MM-DD`) are written as Excel dates. */
  date?: boolean;
  /** A dropdown of fixed choices (from the Lists sheet). */
  choices?: readonly string[];
}

export interface TableOptions {
  /** Lines above the header, e.g. the SoA version and its approval; a blank line follows them. */
  title?: readonly string[];
  /** Columns kept in view when scrolling right (the key). */
  freezeColumns?: number;
}

/** The fixed choices of the dropdowns, written to one "Lists" sheet at the end of the workbook. */
export class Lists {
  private readonly lists: { name: string; choices: readonly string[] }[] = [];

  /** The range of a list of choices, as a data validation formula refers to it. */
  range(name: string, choices: readonly string[]): string {
    // One column per distinct list: "Yes, No" serves every yes/no column.
    let i = this.lists.findIndex((l) => l.choices.join('\u0000') === choices.join('\u0000'));
    if (i < 0) i = this.lists.push({ name, choices }) - 1;
    const col = columnLetter(i + 1);
    return `Lists!$${col}$2:$${col}$${choices.length + 1}`;
  }

  /** Writes the Lists sheet (when any dropdown was used). */
  write(wb: Workbook): void {
    if (this.lists.length === 0) return;
    const ws = wb.addWorksheet('Lists', { properties: { tabColor: { argb: 'FF9E9E9E' } } });
    this.lists.forEach((l, i) => {
      const col = ws.getColumn(i + 1);
      col.width = Math.min(40, Math.max(12, l.name.length + 2, ...l.choices.map((c) => c.length + 2)));
      ws.getCell(1, i + 1).value = cellText(l.name);
      ws.getCell(1, i + 1).font = { bold: true };
      l.choices.forEach((c, n) => (ws.getCell(n + 2, i + 1).value = cellText(c)));
    });
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
}

/** The column letter of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** A business date as the UTC midnight Excel stores; anything else stays text. */
export function excelDate(v: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : v;
}

/** A cell value as ExcelJS takes it: text cleaned, links only with a safe scheme, never a formula. */
export function cellValue(v: Out, date = false): string | number | boolean | Date | { text: string; hyperlink: string } | null {
  if (v === null || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'string') return date ? excelDate(v) : cellText(v);
  const text = cellText(v.text || v.link);
  return isSafeLink(v.link) && text ? { text, hyperlink: v.link.trim() } : text;
}

/** Dark ink or white: whichever reads better on a level colour. */
export function inkOn(hex: string): string {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((x) => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4));
  const lum = 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
  return (lum + 0.05) / 0.05 > 1.05 / (lum + 0.05) ? 'FF1A1A1A' : 'FFFFFFFF';
}

/** A solid fill of a hex colour, with its readable ink. */
export function levelStyle(hex: string): { fill: { type: 'pattern'; pattern: 'solid'; fgColor: { argb: string } }; font: { color: { argb: string } } } {
  const ok = /^#[0-9a-f]{6}$/i.test(hex) ? hex : '#9e9e9e';
  return { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${ok.slice(1).toUpperCase()}` } }, font: { color: { argb: inkOn(ok) } } };
}

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F0' } } as const;

function widthOf(c: Column, rows: readonly (Out | Coloured)[][], i: number): number {
  if (c.width) return c.width;
  if (c.wrap) return 50;
  if (c.date) return Math.max(12, c.header.length + 2);
  let w = c.header.length + 2;
  for (let r = 0; r < Math.min(rows.length, 200); r++) {
    const v = rows[r]![i];
    const shown = v === null || v === undefined ? '' : typeof v === 'object' && 'colour' in v ? String(v.value ?? '') : typeof v === 'object' && !(v instanceof Date) ? v.text : String(v);
    w = Math.max(w, (shown.split('\n')[0] ?? '').length + 2);
  }
  return Math.min(45, Math.max(8, w));
}

/**
 * Writes a table on a sheet as a careful person would: a bold header that stays in view and
 * filters, sensible widths, wrapped long text, dates as dates, dropdowns on fixed choices, level
 * colours, landscape printing fit to the page width with the header repeated on every page.
 * Returns the header row number.
 */
export function writeTable(ws: Worksheet, columns: readonly Column[], rows: readonly (Out | Coloured)[][], lists: Lists, opts: TableOptions = {}): number {
  const title = opts.title ?? [];
  title.forEach((line, i) => {
    ws.getCell(i + 1, 1).value = cellText(line);
    ws.getCell(i + 1, 1).font = i === 0 ? { bold: true, size: 13 } : { italic: true };
  });
  const headerRow = title.length ? title.length + 2 : 1;
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = widthOf(c, rows, i);
    col.alignment = { vertical: 'top', wrapText: Boolean(c.wrap) };
    if (c.date) col.numFmt = 'yyyy-mm-dd';
  });
  const header = ws.getRow(headerRow);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = cellText(c.header);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'top', wrapText: true };
    cell.border = { bottom: { style: 'thin' } };
  });
  rows.forEach((r, n) => writeRow(ws, headerRow + 1 + n, columns, r));
  finishTable(ws, columns, rows.length, headerRow, lists, opts.freezeColumns ?? 0);
  return headerRow;
}

function writeRow(ws: Worksheet, rowNo: number, columns: readonly Column[], values: readonly (Out | Coloured)[]): void {
  const row = ws.getRow(rowNo);
  columns.forEach((c, i) => {
    const v = values[i] ?? null;
    const coloured = v !== null && typeof v === 'object' && 'colour' in v ? v : null;
    const cell = row.getCell(i + 1);
    cell.value = cellValue(coloured ? coloured.value : (v as Out), c.date);
    if (coloured && coloured.value !== null && coloured.value !== '') {
      const s = levelStyle(coloured.colour);
      cell.fill = s.fill;
      cell.font = s.font;
    }
  });
}

/** Freeze, filter, dropdowns and print setup of a written table. */
function finishTable(ws: Worksheet, columns: readonly Column[], count: number, headerRow: number, lists: Lists, freezeColumns: number): void {
  const last = headerRow + Math.max(count, 1);
  ws.views = [{ state: 'frozen', ySplit: headerRow, xSplit: freezeColumns, activeCell: `${columnLetter(freezeColumns + 1)}${headerRow + 1}` }];
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: last, column: columns.length } };
  // Dropdowns also cover some empty rows below the data, for rows the user adds by hand.
  const end = Math.max(last, headerRow + 500);
  columns.forEach((c, i) => {
    if (!c.choices?.length) return;
    const col = columnLetter(i + 1);
    validations(ws).add(`${col}${headerRow + 1}:${col}${end}`, {
      type: 'list',
      allowBlank: true,
      formulae: [lists.range(c.header, c.choices)],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: c.header.slice(0, 32),
      error: 'Choose a value from the list.',
    });
  });
  printSetup(ws, headerRow);
}

/** Landscape, fit to the page width, the header rows repeated on each page, the sheet and page in the footer. */
export function printSetup(ws: Worksheet, headerRow: number): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    paperSize: 9,
    printTitlesRow: `1:${headerRow}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: '&L&A&RPage &P of &N' };
}

interface DataValidationList {
  type: 'list';
  allowBlank: boolean;
  formulae: string[];
  showErrorMessage: boolean;
  errorStyle: 'warning';
  errorTitle: string;
  error: string;
}

/** ExcelJS keeps a sheet's data validations on `dataValidations`, which its typings leave out. */
function validations(ws: Worksheet): { add(range: string, dv: DataValidationList): void } {
  return (ws as unknown as { dataValidations: { add(range: string, dv: DataValidationList): void } }).dataValidations;
}
