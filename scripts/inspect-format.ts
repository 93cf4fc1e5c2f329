/** How `npm run inspect` prints a workbook analysis: one table per sheet, readable in a terminal. */
import type { SheetAnalysis, WorkbookAnalysis } from '../src/lib/io/import/types.ts';

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function sheetTitle(s: SheetAnalysis): string {
  const parts = [`${s.kind} (${s.kindConfidence.toFixed(2)})`];
  if (s.kind !== 'other') parts.push(`header row ${s.headerRow}`, `${s.dataRows} record${s.dataRows === 1 ? '' : 's'}`);
  if (s.edition) parts.push(`edition ${s.edition}`);
  if (s.hidden) parts.push('hidden');
  return `  Sheet “${s.name}”: ${parts.join(', ')}`;
}

/** The table of one sheet: each mapped field with its column, header and confidence, then the unmapped columns. */
export function formatSheet(s: SheetAnalysis): string[] {
  const lines = [sheetTitle(s)];
  for (const note of s.notes) lines.push(`    · ${note}`);
  if (s.kind === 'other' || s.columns.length === 0) return lines;
  lines.push(`    ${pad('field', 20)}${pad('col', 5)}${pad('header', 52)}conf`);
  const mapped = s.columns.filter((c) => c.field !== null);
  for (const c of mapped) lines.push(`    ${pad(c.field ?? '', 20)}${pad(c.column, 5)}${pad(clip(c.header, 50), 52)}${c.confidence.toFixed(2)}`);
  for (const c of s.columns.filter((x) => x.field === null)) lines.push(`    ${pad('—', 20)}${pad(c.column, 5)}${clip(c.header, 50)}`);
  return lines;
}

/** The whole report for one workbook. */
export function formatWorkbook(file: string, analysis: WorkbookAnalysis, ms?: number): string {
  const lines = [`== ${file}${ms === undefined ? '' : `  (${ms} ms)`}`];
  for (const note of analysis.notes) lines.push(`  ! ${note}`);
  for (const s of analysis.sheets) lines.push(...formatSheet(s));
  return lines.join('\n');
}

/** The report line for a file the importer refuses. */
export function formatRefusal(file: string, code: string, message: string): string {
  return `== ${file}\n  refused [${code}]: ${message}`;
}

/** The analysis without the records' cells, for --json (records are summarised by their row numbers). */
export function jsonSummary(file: string, analysis: WorkbookAnalysis): unknown {
  return {
    file,
    notes: analysis.notes,
    sheets: analysis.sheets.map(({ records, ...rest }) => ({ ...rest, recordRows: records.map((r) => r.row) })),
  };
}
