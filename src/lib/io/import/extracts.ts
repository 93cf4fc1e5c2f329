/**
 * A short table of risks or assets that repeats some of a longer register in the same workbook: a dashboard's "Top 5 risks",
 * a report's extract for the board. Every id it lists is one of the register's, so it holds nothing of its own to import (and
 * importing it would write the register's records again from a summary's few columns). It is read as other, with a note.
 */
import type { SheetAnalysis, SheetOverride } from './types.ts';

/** At most this many rows: a summary's, not a register split over two sheets. */
const EXTRACT_ROWS = 12;

const idsOf = (sheet: SheetAnalysis): string[] => {
  const col = sheet.fields.id;
  if (col === undefined) return [];
  return sheet.records.map((r) => r.cells[col]?.text.trim().toLowerCase() ?? '').filter((t) => t !== '');
};

/** The sheets, with each extract of a register read as other. Sheets whose kind the user chose stay as they are. */
export function withoutExtracts(sheets: SheetAnalysis[], overrides: Record<string, SheetOverride> = {}): SheetAnalysis[] {
  const idSets = new Map(sheets.map((sheet) => [sheet, new Set(idsOf(sheet))]));
  return sheets.map((sheet) => {
    if ((sheet.kind !== 'risks' && sheet.kind !== 'assets') || (Object.hasOwn(overrides, sheet.name) && overrides[sheet.name]?.kind)) return sheet;
    const ids = idsOf(sheet);
    // (Bare numbers, 1 to 5, count rows in any table: only codes, "R-03", name the same risk twice.)
    if (ids.length === 0 || sheet.dataRows > EXTRACT_ROWS || ids.length < sheet.dataRows || ids.some((id) => /^\d+$/.test(id))) return sheet;
    const register = sheets.find((other) => other !== sheet && other.kind === sheet.kind && other.dataRows >= 2 * sheet.dataRows && other.dataRows >= sheet.dataRows + 5 && ids.every((id) => idSets.get(other)!.has(id)));
    if (!register) return sheet;
    return {
      ...sheet,
      kind: 'other',
      kindConfidence: 0.6,
      headerRow: 0,
      dataRows: 0,
      edition: null,
      fields: {},
      columns: [],
      records: [],
      notes: [`Lists ${ids.length === 1 ? 'one' : ids.length} of the ${sheet.kind === 'risks' ? 'risks' : 'assets'} of “${register.name}” again (a summary or a dashboard's extract), so its rows were not read as records.`],
    };
  });
}
