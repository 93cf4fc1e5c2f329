/** A sheet as the analysis sees it: non-empty cells by row and column, and its merged ranges. */
import type { CellValue } from './types.ts';

export interface GridCell extends CellValue {
  /** The value is a formula's cached result. */
  formula?: boolean;
  /** The value was copied down from the top of a vertical merge. */
  filled?: boolean;
}

export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  name: string;
  hidden: boolean;
  /** Row number → column number → cell; only non-empty cells. */
  rows: Map<number, Map<number, GridCell>>;
  maxRow: number;
  maxCol: number;
  merges: Range[];
  /** Rows that hold only formulas whose result is empty (absent from `rows`). */
  emptyFormulaRows: number[];
}

/** "A" for 1, "AA" for 27. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** 1 for "A", 27 for "AA"; 0 when not a column. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const c = ch.charCodeAt(0) - 64;
    if (c < 1 || c > 26) return 0;
    n = n * 26 + c;
  }
  return n;
}

/** "B3:D7" as a range; null when malformed. Whole columns/rows ("A:A", "1:1") reach the sheet's end. */
export function parseRange(ref: string, maxRow: number, maxCol: number): Range | null {
  const m = /^\$?([A-Z]*)\$?(\d*)(?::\$?([A-Z]*)\$?(\d*))?$/i.exec(ref.trim());
  if (!m) return null;
  const [c1, r1, c2, r2] = [m[1] ?? '', m[2] ?? '', m[3] ?? m[1] ?? '', m[4] ?? m[2] ?? ''];
  const range = {
    left: c1 ? columnNumber(c1) : 1,
    top: r1 ? Number(r1) : 1,
    right: c2 ? columnNumber(c2) : maxCol,
    bottom: r2 ? Number(r2) : maxRow,
  };
  return range.left > 0 && range.top > 0 && range.right >= range.left && range.bottom >= range.top ? range : null;
}

/** The text of a cell, '' when empty. */
export function textAt(grid: Grid, row: number, col: number): string {
  return grid.rows.get(row)?.get(col)?.text ?? '';
}

/** The merge that contains the cell, if any. */
export function mergeAt(grid: Grid, row: number, col: number): Range | undefined {
  return grid.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** Non-empty cells of a row in column order. */
export function rowCells(grid: Grid, row: number): [number, GridCell][] {
  const r = grid.rows.get(row);
  return r ? [...r.entries()].sort((a, b) => a[0] - b[0]) : [];
}
