/**
 * The rows a reading of a sheet starts from: the likeliest header rows, the rows of values under one, and the tests that
 * tell a header from a record (a bare control number, the lower half of a two-row header). Split from kind.ts.
 */
import { canonicalFields, type RecordKind } from './types.ts';
import { mergeAt, type Grid } from './grid.ts';
import { columnHeaders, isHeaderish, type ColumnHeader } from './header-rows.ts';
import { fieldCandidates } from './fields.ts';
import { isSupplierKey } from './suppliers.ts';
import { isMachineHeader } from './machines.ts';
import { controlRefsFromCell } from './control-ids.ts';

const KINDS = Object.keys(canonicalFields) as RecordKind[];
const SAMPLE_ROWS = 300;

/** A row with a value of its own (not only values copied down from a merge above). */
export function hasOwnValue(grid: Grid, row: number): boolean {
  for (const c of grid.rows.get(row)?.values() ?? []) if (!c.filled) return true;
  return false;
}

/**
 * A row of one value merged across (nearly) the whole width of the header ("Requirement 1: Install and maintain…" over A:G): a
 * section's band, no record. (A clause merged over the first columns only, "A.5 Information security policies" over A:C of A:E,
 * stays in the sample: its column's ids are read with it.)
 */
function sectionBand(grid: Grid, row: number, width: { left: number; right: number }): boolean {
  const own = [...(grid.rows.get(row) ?? new Map())].filter(([, c]) => !c.filled && c.text.trim() !== '');
  const m = own.length === 1 ? mergeAt(grid, row, own[0]![0]) : undefined;
  return m !== undefined && m.right - m.left >= 2 && m.right - m.left + 1 >= 0.8 * (width.right - width.left + 1);
}

/** The rows below a header up to the first gap of two blank rows: the values to profile (not the bands of sections among them). */
export function sampleRows(grid: Grid, header: number): number[] {
  const rows: number[] = [];
  const cols = [...(grid.rows.get(header)?.keys() ?? [])];
  const width = { left: Math.min(...cols), right: Math.max(...cols) };
  let blank = 0;
  for (let r = header + 1; r <= grid.maxRow && rows.length < SAMPLE_ROWS; r++) {
    if (!hasOwnValue(grid, r)) {
      blank++;
      continue;
    }
    if (blank >= 2 && rows.length > 0) break;
    blank = 0;
    if (!sectionBand(grid, r, width)) rows.push(r);
  }
  return rows;
}

/** The row under `upper` writes in a column that `upper` leaves blank or merged (a band over it): the two may be one header. */
export function lowerHalf(grid: Grid, upper: number, row: number): boolean {
  const top = grid.rows.get(upper);
  return [...(grid.rows.get(row) ?? new Map())].some(([col, c]) => !c.filled && c.text.trim() !== '' && (!top?.get(col) || top.get(col)!.filled || top.get(col)!.text.trim() === ''));
}

export function nextRowIsData(grid: Grid, header: number): boolean {
  for (let r = header + 1; r <= grid.maxRow; r++) if (hasOwnValue(grid, r)) return !isHeaderish(grid, r);
  return false;
}

/** The few candidate rows whose cells name the most fields (of any kind), for the full reading. */
export function likelyHeaders(grid: Grid, rows: number[]): number[] {
  const quick = rows.map((row) => {
    let score = 0;
    for (const h of columnHeaders(grid, row, []).filter((x) => x.child.length <= 60)) {
      // (A supplier's column, "Vendor", "Sub-processor", names an inventory's rows though no field is called so: suppliers.ts; so does
      // a machine's, "Server", "Poste de travail": machines.ts.)
      score += Math.max(isSupplierKey(h.child) || isMachineHeader(h.child) ? 0.7 : 0, ...KINDS.map((k) => fieldCandidates(k, h.child)[0]?.confidence ?? 0).filter((c) => c >= 0.7));
    }
    return { row, score };
  });
  const top = quick.filter((q) => q.score > 0).sort((a, b) => b.score - a.score).slice(0, 4).map((q) => q.row);
  // A row right under a strong one may be the lower half of a two-row header.
  const below = top.flatMap((r) => rows.filter((x) => x > r && x <= r + 3));
  return [...new Set([...top, ...below])].sort((a, b) => a - b);
}

/** A cell that is one control id and nothing else ("8.7", "A.5.1"). */
export function bareControlId(text: string): boolean {
  const t = text.trim();
  return /^(A\.?\s?)?\d{1,2}(\.\d{1,2}){1,2}$/i.test(t) && controlRefsFromCell({ value: t, text: t }, null).some((x) => x.kind === 'control');
}

/**
 * A table's columns without a box set beside it past an empty column ("Summary by rating | Rating | Inherent | Residual" to the right
 * of a register, filled on its first few rows only): such a box is a count or a chart's data, not the table's. An empty spacer
 * column inside a table leaves it whole: the columns past it are filled on most of the table's rows. `sample` is the header's
 * sampleRows.
 */
export function withoutBox(grid: Grid, sample: readonly number[], headers: ColumnHeader[]): ColumnHeader[] {
  const cols = headers.map((h) => h.col).sort((a, b) => a - b);
  const filled = (r: number, c: number) => (grid.rows.get(r)?.get(c)?.text.trim() ?? '') !== '';
  for (let i = 1; i < cols.length; i++) {
    const [a, b] = [cols[i - 1]!, cols[i]!];
    if (b - a < 2 || sample.some((r) => Array.from({ length: b - a - 1 }, (_, k) => a + 1 + k).some((c) => filled(r, c)))) continue;
    const left = cols.slice(0, i);
    const right = cols.slice(i);
    if (left.length < 3 || right.length > left.length / 2) continue;
    const rowsLeft = sample.filter((r) => left.some((c) => filled(r, c))).length;
    const rowsRight = sample.filter((r) => right.some((c) => filled(r, c))).length;
    if (rowsLeft >= 6 && rowsRight <= 0.5 * rowsLeft) return headers.filter((h) => h.col <= a);
  }
  return headers;
}

/**
 * The row under a header says the same again in another language ("Nr. | Risiko | Bedrohung" over "N° | Risque | Menace"): the
 * header is two rows, and its lower row is the one to name (as a two-row header's). Most of the columns the reading mapped must
 * read as the same field in both rows.
 */
export function translatedBelow(grid: Grid, header: number, kind: RecordKind, fields: ReadonlyMap<string, number>): boolean {
  const next = grid.rows.get(header + 1);
  if (!next || !isHeaderish(grid, header + 1) || fields.size < 3) return false;
  const same = [...fields].filter(([field, col]) => {
    const cell = next.get(col);
    return cell !== undefined && !cell.filled && fieldCandidates(kind, cell.text).some((c) => c.field === field && c.confidence >= 0.6);
  }).length;
  return same >= 3 && same >= 0.6 * fields.size;
}
