/**
 * Loads the sanitised package with ExcelJS (loaded on first use; it is large) and turns each
 * worksheet into a Grid: non-empty cells only, merges clipped to the cells in use, vertical
 * merges filled down.
 */
import type * as ExcelJS from 'exceljs';
import { ImportError } from './types.ts';
import { MAX_COLUMNS, MAX_MERGE_CELLS } from './limits.ts';
import { toGridCell } from './cells.ts';
import { parseRange, type Grid, type GridCell, type Range } from './grid.ts';
import type { PrescanResult } from './prescan.ts';

type ExcelModule = typeof ExcelJS;
let loading: Promise<ExcelModule> | undefined;

function loadExcel(): Promise<ExcelModule> {
  // Node gives the CommonJS module as `default`, the browser build the module itself.
  loading ??= import('exceljs').then((m) => (m as ExcelModule & { default?: ExcelModule }).default ?? m);
  return loading;
}

interface SheetCells {
  rows: Map<number, Map<number, GridCell>>;
  maxRow: number;
  maxCol: number;
  emptyFormulaRows: number[];
}

function isFormula(v: unknown): boolean {
  return typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);
}

function cellsOf(ws: ExcelJS.Worksheet): SheetCells {
  const rows = new Map<number, Map<number, GridCell>>();
  const emptyFormulaRows: number[] = [];
  let maxRow = 0;
  let maxCol = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells = new Map<number, GridCell>();
    let formulas = 0;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c > MAX_COLUMNS) return;
      const read = toGridCell(cell.value, cell.numFmt);
      if (read) cells.set(c, read);
      else if (isFormula(cell.value)) formulas++;
    });
    if (cells.size === 0) {
      if (formulas > 0) emptyFormulaRows.push(r);
      return;
    }
    rows.set(r, cells);
    maxRow = Math.max(maxRow, r);
    for (const c of cells.keys()) maxCol = Math.max(maxCol, c);
  });
  return { rows, maxRow, maxCol, emptyFormulaRows };
}

/** Merges clipped to the used area; huge ones (a merge over a whole sheet) are dropped. */
function usableMerges(refs: string[], maxRow: number, maxCol: number): { merges: Range[]; dropped: number } {
  const merges: Range[] = [];
  let dropped = 0;
  for (const ref of refs) {
    const m = parseRange(ref, maxRow, maxCol);
    if (!m || m.top > maxRow || m.left > maxCol) continue;
    const clipped = { ...m, bottom: Math.min(m.bottom, maxRow), right: Math.min(m.right, maxCol) };
    const area = (clipped.bottom - clipped.top + 1) * (clipped.right - clipped.left + 1);
    if (area > MAX_MERGE_CELLS || (clipped.bottom - clipped.top > 200 && clipped.right > clipped.left)) dropped++;
    else if (area > 1) merges.push(clipped);
  }
  return { merges, dropped };
}

/** Copies the value at the top of each vertical merge into the merged cells below it (first column). */
function fillDown(rows: Map<number, Map<number, GridCell>>, merges: Range[]): void {
  for (const m of merges) {
    if (m.bottom === m.top) continue;
    const top = rows.get(m.top)?.get(m.left);
    if (!top) continue;
    for (let r = m.top + 1; r <= m.bottom; r++) {
      let row = rows.get(r);
      if (!row) rows.set(r, (row = new Map()));
      if (!row.has(m.left)) row.set(m.left, { ...top, filled: true });
    }
  }
}

/** The grids of all worksheets, in workbook order. */
export async function readGrids(pre: PrescanResult, notes: string[]): Promise<Grid[]> {
  const Excel = await loadExcel();
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(pre.bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new ImportError('unreadable', `The workbook could not be read: ${(e as Error).message ?? 'damaged content'}.`);
  }
  return wb.worksheets.map((ws, i) => {
    const part = pre.sheets[i];
    const { rows, maxRow, maxCol, emptyFormulaRows } = cellsOf(ws);
    const { merges, dropped } = usableMerges(part?.merges ?? [], maxRow, maxCol);
    if (dropped > 0) notes.push(`Sheet “${ws.name}”: ${dropped} merged range(s) covering a large part of the sheet were ignored.`);
    fillDown(rows, merges);
    return { name: ws.name, hidden: part?.hidden ?? ws.state !== 'visible', rows, maxRow, maxCol, merges, emptyFormulaRows };
  });
}
