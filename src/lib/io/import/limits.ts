/** The limits the importer keeps so that no file can exhaust the memory or the time of the page. */

/** Files above this size are refused before anything is read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Never inflate more than this in total, whatever the file's size. */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

/** Inflating less than this is never called a bomb (small workbooks can compress very well). */
export const MIN_INFLATE_BUDGET = 32 * 1024 * 1024;

/** A workbook may inflate to at most this many times its size (real ones stay far below). */
export const MAX_INFLATE_RATIO = 100;

/** Compressed bytes handed to the inflater at a time: bounds what one step can produce. */
export const INFLATE_SLICE = 16 * 1024;

/** Rows read per sheet; the rest is reported, not read. */
export const MAX_ROWS = 100_000;

/** Columns read per sheet (A to ALL). */
export const MAX_COLUMNS = 1000;

/** A merged range larger than this (after clipping to the used cells) is ignored. */
export const MAX_MERGE_CELLS = 20_000;

/** How many rows from the top of a sheet are searched for its header. */
export const HEADER_SCAN_ROWS = 60;

/** The budget of inflated bytes for a file of `size` bytes. */
export function inflateBudget(size: number): number {
  return Math.min(MAX_INFLATED_BYTES, Math.max(MIN_INFLATE_BUDGET, size * MAX_INFLATE_RATIO));
}
