/**
 * Where a sheet's header may be, and what each column's header says once the band rows above it
 * are read too ("Residual risk / Likelihood"). Title, logo and document-control rows are told
 * apart from group bands.
 */
import { HEADER_SCAN_ROWS } from './limits.ts';
import { mergeAt, rowCells, textAt, type Grid, type GridCell, type Range } from './grid.ts';
import { coreHeader } from './fields.ts';
import { isTemplateRow } from './cells.ts';

export interface ColumnHeader {
  col: number;
  /** "parent / child" for two-row headers, else the header. */
  text: string;
  /** The lowest header cell's text (or the band's, when the column has only a band). */
  child: string;
  /** The band(s) above, joined; '' for a one-row header. */
  context: string;
}

/** A control's number or a range of them: "A.8.1", "5.1.2", "A.8.1-A.8.5". */
const CONTROL_CODE = /^[A-Z]{0,3}\.?\d+(\.\d+)+([-–][A-Z]{0,3}\.?\d+(\.\d+)*)?$/i;

/** The leftmost column with a header: the table's key column, as most tables put it first. */
export const firstHeaded = (headers: readonly ColumnHeader[]): ColumnHeader | undefined => headers.toSorted((x, y) => x.col - y.col).find((h) => h.text.trim() !== '');

/** A row that can be a header: at least two short text cells, few numbers, no dates. */
export function isHeaderish(grid: Grid, row: number, minCells = 2): boolean {
  const cells = rowCells(grid, row).filter(([, c]) => !c.filled).sort((a, b) => a[0] - b[0]);
  if (headerCells(cells, minCells)) return true;
  // (A box beside the table past an empty column, a heat map's "P \ I | 1 | 2 | 3", is no part of the header.)
  const gap = cells.findIndex(([col], i) => i > 0 && col > cells[i - 1]![0] + 1);
  return gap >= 3 && headerCells(cells.slice(0, gap), minCells);
}

/** Cells that can be a header: at least two short texts, few numbers, no dates. */
function headerCells(cells: [number, GridCell][], minCells: number): boolean {
  const texts = cells.filter(([, c]) => typeof c.value === 'string' && !c.formula && c.text.length <= 150);
  if (texts.length < minCells || cells.length - texts.length > Math.max(1, cells.length * 0.2)) return false;
  if (isTemplateRow(cells.map(([, c]) => c))) return false;
  // Data rows hold codes ("R-01", "5.1.1") and long sentences; header rows hold short labels
  // (also in snake case with digits: "Likelihood_1_5", or with their scale in brackets: "Impact(1-5)").
  // …or in camel case with a number ("FreqParam1"), or a name with a gloss ("ISO27001 (2013)", "SOC2 (TSC)").
  // A control number or range before a name in brackets is a record's code ("A.8.1-A.8.5 (Access Control)").
  const codes = texts.filter(([, c]) => {
    const t = c.text.replace(/[([][^)\]]*[)\]]\s*$/, '');
    if (CONTROL_CODE.test(t.trim())) return true;
    return !/[\s_]/.test(t) && /\d/.test(t) && !/^([A-Z][a-z]+){2,}\d{1,2}$/.test(t);
  }).length;
  const average = texts.reduce((n, [, c]) => n + coreHeader(c.text).length, 0) / texts.length;
  return codes <= texts.length * 0.15 && average <= 45 && !cells.some(([, c]) => c.value instanceof Date);
}

/** Rows worth trying as the header, top first. */
export function headerCandidates(grid: Grid): number[] {
  let first = Infinity;
  for (const r of grid.rows.keys()) first = Math.min(first, r);
  const out: number[] = [];
  for (let r = first; r <= Math.min(grid.maxRow, first + HEADER_SCAN_ROWS); r++) if (isHeaderish(grid, r)) out.push(r);
  return out;
}

function spanOf(grid: Grid, row: number): { left: number; right: number } {
  const cols = rowCells(grid, row).map(([c]) => c);
  return { left: Math.min(...cols), right: Math.max(...cols) };
}

/** A row above the header that is a title, not a band: one cell across (nearly) the whole table. */
function isTitle(grid: Grid, row: number, width: number, headerCells: number): boolean {
  const cells = rowCells(grid, row).filter(([, c]) => !c.filled);
  if (cells.length !== 1) return false;
  const [col] = cells[0] ?? [0];
  const merge = mergeAt(grid, row, col);
  const span = merge ? merge.right - merge.left + 1 : 1;
  return span >= width * 0.7 || (!merge && headerCells >= 3);
}

/**
 * Bands group the columns below them: a band is merged across several columns, or written once
 * over a group and so the row has fewer cells than the header, or repeated over its group. A row
 * with a label over every column is a header of its own, and the row under it its first record.
 */
function groupsColumns(grid: Grid, row: number, cells: [number, GridCell][], header: number): boolean {
  if (grid.merges.some((m) => m.top <= row && m.bottom >= row && m.right > m.left)) return true;
  if (cells.length < rowCells(grid, header).filter(([, c]) => !c.filled).length) return true;
  return cells.some(([col, c], i) => i > 0 && cells[i - 1]?.[0] === col - 1 && cells[i - 1]?.[1].text === c.text);
}

function isBand(grid: Grid, row: number, header: number): boolean {
  const cells = rowCells(grid, row).filter(([, c]) => !c.filled);
  if (cells.length === 0) return false;
  if (cells.some(([, c]) => typeof c.value !== 'string' || c.text.length > 60 || /:\s+\S/.test(c.text))) return false;
  const { left, right } = spanOf(grid, header);
  return !isTitle(grid, row, right - left + 1, rowCells(grid, header).length) && groupsColumns(grid, row, cells, header);
}

/** A row whose cells all belong to merges that started above and reach into it. */
function coveredFromAbove(grid: Grid, row: number): Range[] {
  return grid.merges.filter((m) => m.top < row && m.bottom >= row);
}

/** A cell merged across columns whose own headers are written in the row below: a band, not the header. */
export function isBandOverChildren(grid: Grid, row: number): boolean {
  const below = grid.rows.get(row + 1);
  return grid.merges.some((m) => m.top === row && m.bottom === row && m.right > m.left && [...Array(m.right - m.left + 1).keys()].every((k) => {
    const c = below?.get(m.left + k);
    return c !== undefined && !c.filled && typeof c.value === 'string';
  }));
}

/** The band rows above a header row, nearest last (at most two). */
export function bandRows(grid: Grid, header: number): number[] {
  const bands: number[] = [];
  let r = header - 1;
  while (r >= 1 && bands.length < 2) {
    const empty = rowCells(grid, r).every(([, c]) => c.filled);
    if (empty && coveredFromAbove(grid, r).length > 0) {
      r--;
      continue;
    }
    if (!isBand(grid, r, header)) break;
    bands.unshift(r);
    r--;
  }
  return bands;
}

/** The text a header cell shows, reading a horizontal merge only in its first column. */
function headerText(grid: Grid, row: number, col: number, asBand: boolean): string {
  const own = textAt(grid, row, col);
  const cell = grid.rows.get(row)?.get(col);
  if (own && !cell?.filled) return own;
  const m = mergeAt(grid, row, col);
  if (!m) return own;
  if (!asBand && m.left !== col) return '';
  return textAt(grid, m.top, m.left);
}

/**
 * The lowest row of the header: when every header cell is merged down over the rows below it
 * ("Risk ID" over A1:A2), the header ends at the bottom of those merges.
 */
export function headerBottom(grid: Grid, row: number, headers: ColumnHeader[]): number {
  if (continuedBelow(grid, row, headers)) return row + 1;
  let bottom = row;
  for (const h of headers) {
    const m = mergeAt(grid, row, h.col);
    if (!m || m.bottom <= row) return row;
    bottom = Math.max(bottom, m.bottom);
  }
  for (let r = row + 1; r <= bottom; r++) if (rowCells(grid, r).some(([, c]) => !c.filled)) return row;
  return bottom;
}

/**
 * The row under the header goes on with its words ("Denominación del" over "control", "Justificación" over "(inclusión /
 * exclusión)") where the header's other cells are merged down over it: the header is two rows, and ends there. (Hints under the
 * names, "(1-5)", with none of the header merged down, leave the header on the names' row.)
 */
export function continuedBelow(grid: Grid, row: number, headers: readonly ColumnHeader[]): boolean {
  const below = grid.rows.get(row + 1);
  if (!below) return false;
  let merged = 0;
  const rest: GridCell[] = [];
  for (const h of headers) {
    const m = mergeAt(grid, row, h.col);
    if (m && m.bottom > row) merged++;
    else if (below.get(h.col) && !below.get(h.col)!.filled) rest.push(below.get(h.col)!);
  }
  const cols = new Set(headers.map((h) => h.col));
  // (A box beside the table, "Übersicht | Brutto | Netto", is no part of its header.)
  const right = Math.max(...cols);
  if (merged === 0 || rest.length === 0 || ![...below].every(([col, c]) => c.filled || cols.has(col) || col > right + 1)) return false;
  // (…or, where most of the header is merged down over the row, short words of any case under the rest: "L × I", "(1–5)", "auto".)
  const words = (c: GridCell) => typeof c.value === 'string' && !c.formula;
  return rest.every((c) => words(c) && /^[\p{Ll}(]/u.test(c.text.trim())) || (merged * 2 >= headers.length && rest.every((c) => words(c) && c.text.trim().length <= 40));
}

/** A fragment of a header's words that goes on from the row above: led by a little word or an elision ("de l'action", "d'échéance", "of the"). */
const GOES_ON = /^(de|des|du|del|della|di|da|do|dos|das|la|le|les|el|los|l'|d'|of|the|and|to|for|der|die|das|den|dem|zur|zum|von|und|van|het|en|et|y|e|i|och|og)(\s|$)|^[ld]['’]/;

/**
 * The header's words go on in the row below, none of them merged down ("N° | Description | Date" over "de l' | de l'action |
 * d'échéance" over "action | de traitement | prévue"): every cell there starts in lower case or with a bracketed hint, holds no
 * number outside its brackets, and one at least is led by a little word. (Hints alone, "(1-5)", leave the header on the names.)
 */
export function wordsGoOn(grid: Grid, row: number, headers: readonly ColumnHeader[]): boolean {
  const cols = new Set(headers.map((h) => h.col));
  const cells = rowCells(grid, row).filter(([col, c]) => cols.has(col) && !c.filled && c.text.trim() !== '');
  if (cells.length < 2 || rowCells(grid, row).some(([col, c]) => !cols.has(col) && !c.filled && c.text.trim() !== '' && col < Math.max(...cols))) return false;
  const texts = cells.map(([, c]) => (typeof c.value === 'string' ? c.text.trim() : ''));
  return texts.every((t) => /^[\p{Ll}(]/u.test(t) && !/\d/.test(t.replace(/\([^)]*\)/g, ''))) && texts.some((t) => GOES_ON.test(t.toLowerCase()));
}

/** Every column's header, combining the band rows with the header row. */
export function columnHeaders(grid: Grid, header: number, bands: number[]): ColumnHeader[] {
  const cols = new Set<number>();
  for (const r of [...bands, header]) for (const [c] of rowCells(grid, r)) cols.add(c);
  for (const m of grid.merges) if (m.top <= header && m.bottom >= header) cols.add(m.left);
  const out: ColumnHeader[] = [];
  for (const col of [...cols].sort((a, b) => a - b)) {
    const child = headerText(grid, header, col, false);
    const parents = bands.map((b) => headerText(grid, b, col, child !== '')).filter((t) => t !== '');
    const parts = [...parents, child].filter((t, i, a) => t !== '' && a.indexOf(t) === i);
    if (parts.length === 0) continue;
    const last = parts[parts.length - 1] ?? '';
    out.push({ col, text: parts.join(' / '), child: last, context: parts.slice(0, -1).join(' ') });
  }
  return out;
}
