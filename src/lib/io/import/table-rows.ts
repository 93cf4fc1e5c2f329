/**
 * Rows inside a table that must not pass for its header: a record far down a table headed on the sheet's
 * first line ("last_name | CharField | Yes | No"). Split from kind.ts.
 */
import { canonicalFields, type RecordKind } from './types.ts';
import type { Grid, GridCell } from './grid.ts';
import { toIsoDate } from './dates.ts';
import { isHeaderish } from './header-rows.ts';
import { fieldCandidates } from './fields.ts';

const KINDS = Object.keys(canonicalFields) as RecordKind[];

/** The columns a row writes itself (not copied down from a merge). */
function ownColumns(grid: Grid, row: number): number[] {
  const out: number[] = [];
  for (const [col, c] of grid.rows.get(row) ?? []) if (!c.filled && c.text.trim() !== '') out.push(col);
  return out;
}

/** A cell's text as rows are compared: trimmed, in lower case. */
const cellWords = (grid: Grid, row: number, col: number): string => grid.rows.get(row)?.get(col)?.text.trim().toLowerCase() ?? '';

/** A cell that holds a number or a date, as a record's cell may and a header's label does not. */
const numberOrDate = (c: GridCell | undefined): boolean => c !== undefined && (typeof c.value === 'number' || c.value instanceof Date || (typeof c.value === 'string' && toIsoDate(c.value) !== null));

/**
 * A record of the table headed on the sheet's first line, which must not pass for a header ("last_name | CharField | Yes | No"):
 * a row at least two lines below that header, with every line between at least half as wide and none blank, that repeats a
 * value of those lines in the same column or has more of them above it than lines below. A row heads a table of its own when
 * it is wider than the first line, names fields plainly, or writes words where the lines above hold numbers or dates (a
 * revision block's "1.0 | 2026-01-10 | Ana" over a register's header); so does any row under a first line that repeats a
 * label (a band over lower headers).
 */
export function insideTable(grid: Grid, row: number): boolean {
  const first = Math.min(...grid.rows.keys());
  if (row < first + 2 || !isHeaderish(grid, first, 3)) return false;
  const top = ownColumns(grid, first);
  const labels = top.map((col) => grid.rows.get(first)!.get(col)!.text.trim().toLowerCase());
  if (new Set(labels).size < labels.length) return false;
  const mine = ownColumns(grid, row);
  if (mine.some((col) => col < Math.min(...top) || col > Math.max(...top))) return false;
  // …or names fields plainly, half its cells or more ("Risk | Level | Owner" under "Prepared by | Reviewed by | Approved by").
  const plain = mine.filter((col) => KINDS.some((k) => (fieldCandidates(k, grid.rows.get(row)!.get(col)!.text)[0]?.confidence ?? 0) >= 0.9)).length;
  if (plain >= mine.length * 0.5) return false;
  const between: number[] = [];
  for (let r = first + 1; r < row; r++) {
    if (ownColumns(grid, r).length < Math.max(2, top.length * 0.5)) return false;
    between.push(r);
  }
  // A record repeats some value of the records above it in the same column ("Yes", "Contract"), or has more of them above it
  // than lines of its own below; a header under a block of names or of a document's details does neither.
  const text = (r: number, col: number): string => cellWords(grid, r, col);
  let below = 0;
  for (let r = row + 1; ownColumns(grid, r).length >= 2; r++) below++;
  if (!mine.some((col) => between.some((r) => text(r, col) === text(row, col))) && between.length <= below) return false;
  return !top.some((col) => {
    const typed = between.filter((r) => numberOrDate(grid.rows.get(r)?.get(col))).length;
    return typed >= between.length * 0.6 && !numberOrDate(grid.rows.get(row)?.get(col)) && (grid.rows.get(row)?.get(col)?.text.trim() ?? '') !== '';
  });
}

/**
 * A row right under the sheet's first line whose words come back in the same columns of most rows below it ("contrôle |
 * carnet_prés" on every line): the first record of a list that repeats its categories, not the lower half of a header.
 */
export function repeatedBelow(grid: Grid, row: number): boolean {
  const first = Math.min(...grid.rows.keys());
  if (row !== first + 1 || !isHeaderish(grid, first, 3)) return false;
  // (The rows of this table only: up to the first line that is not one of its records.)
  const next: number[] = [];
  for (let r = row + 1; next.length < 10 && ownColumns(grid, r).length >= 2; r++) next.push(r);
  if (next.length < 3) return false;
  return ownColumns(grid, row).filter((col) => next.filter((r) => cellWords(grid, r, col) === cellWords(grid, row, col)).length >= next.length * 0.6).length >= 2;
}

/** The row says again, cell for cell, what a row above it says (three cells or more): a header repeated for each printed page. */
export function repeatsRowAbove(grid: Grid, row: number, above: readonly number[]): boolean {
  const words = (r: number) => [...(grid.rows.get(r) ?? [])].filter(([, c]) => !c.filled && c.text.trim() !== '').map(([col, c]) => `${col}:${c.text.trim().toLowerCase()}`).join('|');
  const mine = words(row);
  return (grid.rows.get(row)?.size ?? 0) >= 3 && above.some((r) => r < row && words(r) === mine);
}

/**
 * The row opens with one cell merged across three or more columns that the row above names one by one ("5 – Mesures
 * organisationnelles" under "N° | Mesure | Applicable"): the table's first section, not the lower row of its header.
 */
export function sectionUnderHeader(grid: Grid, row: number): boolean {
  const above = grid.rows.get(row - 1);
  const first = Math.min(...(grid.rows.get(row)?.keys() ?? []));
  const merge = grid.merges.find((m) => m.top === row && m.left === first && m.right - m.left >= 2);
  if (!above || !merge) return false;
  const names: string[] = [];
  for (let col = merge.left; col <= merge.right; col++) {
    const cell = above.get(col);
    if (!cell || cell.filled || cell.text.trim() === '') return false;
    names.push(cell.text.trim().toLowerCase());
  }
  return new Set(names).size === names.length;
}
