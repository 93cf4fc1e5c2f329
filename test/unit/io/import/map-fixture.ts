/** Hand-made sheet analyses for the mapping tests: headers with their fields, then rows of values. */
import type { CellValue, SheetAnalysis, SheetKind } from '../../../../src/lib/io/import/types.ts';

const letter = (i: number): string => String.fromCharCode(65 + i);

function cell(v: unknown): CellValue {
  if (v === null || v === undefined || v === '') return { value: null, text: '' };
  if (v instanceof Date) return { value: v, text: v.toISOString().slice(0, 10) };
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v, text: String(v) };
  return { value: String(v), text: String(v).trim() };
}

/** A sheet whose header row is row `headerRow` and whose records follow it, one per row. */
export function sheet(name: string, kind: SheetKind, columns: [header: string, field: string | null][], rows: unknown[][], headerRow = 1): SheetAnalysis {
  const fields: Record<string, string> = {};
  columns.forEach(([, f], i) => {
    if (f && !fields[f]) fields[f] = letter(i);
  });
  return {
    name,
    kind,
    kindConfidence: 1,
    headerRow,
    dataRows: rows.length,
    edition: kind === 'soa' ? '2022' : null,
    fields,
    columns: columns.map(([header, field], i) => ({ column: letter(i), header, field, confidence: field ? 0.9 : 0 })),
    records: rows.map((values, n) => ({
      row: headerRow + 1 + n,
      cells: Object.fromEntries(values.map((v, i) => [letter(i), cell(v)])),
    })),
    notes: [],
  };
}
