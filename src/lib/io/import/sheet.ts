/** The analysis of one sheet: its kind, header, column proposals, edition and records. */
import type { SheetAnalysis, SheetOverride } from './types.ts';
import { columnLetter, columnNumber, rowCells, type Grid } from './grid.ts';
import { readSheet } from './kind.ts';
import { detectEdition } from './edition.ts';
import { scanRecords, type RecordScan } from './records.ts';
import { unmatchedNote } from './notes.ts';
import { plural } from '../../domain/model/words.ts';
import { namesMeasures } from './fields.ts';
import { controlRefsFromCell } from './control-ids.ts';
import { parseYesNo } from './normalise.ts';
import { optionKind } from './value-patterns.ts';

function textsAbove(grid: Grid, headerRow: number): string[] {
  const out = [grid.name];
  for (let r = Math.max(1, headerRow - 6); r <= headerRow; r++) for (const [, c] of rowCells(grid, r)) out.push(c.text);
  return out;
}

/** What the user should know about how the sheet was read. */
function scanNotes(twoRows: boolean, scan: RecordScan, unmapped: number): string[] {
  const notes: string[] = [];
  if (twoRows) notes.push('The header spans two rows; columns are named "band / header".');
  if (scan.sections) notes.push(`${plural(scan.sections, 'section or heading row was', 'section or heading rows were')} skipped.`);
  if (scan.formulaRows) notes.push(`${plural(scan.formulaRows, 'row holds', 'rows hold')} only formulas with no value and ${scan.formulaRows === 1 ? 'was' : 'were'} skipped.`);
  if (scan.placeholders) notes.push(`${plural(scan.placeholders, 'row holds', 'rows hold')} only placeholders ("—", "…", "TBD") or totals and ${scan.placeholders === 1 ? 'was' : 'were'} not read as ${scan.placeholders === 1 ? 'a record' : 'records'}.`);
  if (scan.examples) notes.push(`${plural(scan.examples, 'example row', 'example rows')} under the header ("Example: …", or the columns' numbers 1, 2, 3…) ${scan.examples === 1 ? 'was' : 'were'} not read as ${scan.examples === 1 ? 'a record' : 'records'}.`);
  if (scan.joined) notes.push(`${plural(scan.joined, 'further line', 'further lines')} of risks or assets told on several rows under one merged id ${scan.joined === 1 ? 'was' : 'were'} joined into ${scan.joined === 1 ? 'its record' : 'their records'}.`);
  if (scan.trailing) notes.push(`${plural(scan.trailing, 'row', 'rows')} below or beside the table (legend, notes, totals) ${scan.trailing === 1 ? 'was' : 'were'} not read as records.`);
  if (unmapped) notes.push(unmatchedNote(unmapped));
  return notes;
}

/** Measures told in words: not control numbers ("A.8.13"), not yes or no, mostly of six letters or more. */
function measuresInWords(texts: string[]): boolean {
  const share = (test: (t: string) => boolean) => texts.filter(test).length / Math.max(1, texts.length);
  // (Not options, "Mitigate", "Accept: within appetite".)
  return share((t) => controlRefsFromCell({ value: t, text: t }, null).some((x) => x.kind === 'control')) < 0.5 && share((t) => parseYesNo(t) !== null) < 0.3
    && share((t) => (t.match(/\p{L}/gu)?.length ?? 0) >= 6) >= 0.5 && share((t) => optionKind(t) === 'plain' || optionKind(t) === 'led') < 0.5;
}

/** Analyses one sheet, honouring the user's header row and kind when given. */
export function analyzeSheet(grid: Grid, override: SheetOverride = {}): SheetAnalysis {
  const reading = readSheet(grid, override);
  const base: SheetAnalysis = {
    name: grid.name,
    kind: reading.kind,
    kindConfidence: reading.kindConfidence,
    headerRow: reading.headerRow,
    dataRows: 0,
    edition: null,
    fields: {},
    columns: [],
    records: [],
    notes: [],
    hidden: grid.hidden,
  };
  const a = reading.assignment;
  if (reading.kind === 'other' || !a) {
    if (reading.kind !== 'other') base.notes.push('No header row was found for this kind of sheet: choose the header row.');
    else if (reading.lookAlike === 'log') base.notes.push('Read as the issues, actions, assumptions or dependencies of a RAID or issue log, which are not imported: if its rows are risks, or some of them, choose Risk register and its header row.');
    else if (reading.lookAlike === 'lists') base.notes.push('Reads as lists of allowed values side by side (a lookup sheet for dropdowns), not as records: if it holds records, choose what it holds and its header row.');
    else if (reading.lookAlike === 'table') base.notes.push('Looks like a register but reads as something else (a legend, a checklist, a mapping, a list of findings, nonconformities or suppliers): if it holds records, choose what it holds and its header row.');
    else if (grid.rows.size > 0) base.notes.push('Not recognised as a register: no header names enough of the fields of risks, SoA, assets or a treatment plan.');
    return base;
  }
  const fields = a.fields;
  const rowsBelow = [...grid.rows.keys()].filter((r) => r > reading.headerRow).sort((x, y) => x - y);
  const detected = reading.kind !== 'soa' || override.edition ? null : detectEdition(grid, fields.get('controlId'), fields.get('controlTitle'), rowsBelow, textsAbove(grid, reading.headerRow));
  const edition = reading.kind !== 'soa' ? null : override.edition ?? detected?.edition ?? null;
  const columns = a.columns.map((c) => columnNumber(c.column));
  const scan = scanRecords({
    grid,
    headerRow: reading.headerRow,
    kind: reading.kind,
    fields,
    columns,
    headerTexts: new Map(reading.headers.map((h) => [h.col, h.child])),
    edition,
  });
  // A register's further columns of measures hold controls too, each less sure than the one that took the field, which a
  // mapping holds once: the mapping keeps them in the notes (mapping/profile.ts).
  const controls = a.confidence.get('controls');
  const further = (column: string, header: string) => reading.kind !== 'other' && namesMeasures(reading.kind, header) && measuresInWords(scan.records.map((r) => r.cells[column]?.text.trim() ?? '').filter(Boolean));
  const proposed = controls === undefined ? a.columns : a.columns.map((c) => (c.field === null && further(c.column, c.header) ? { ...c, field: 'controls', confidence: Math.round((controls - 0.01) * 100) / 100 } : c));
  const notes = scanNotes(reading.headers.some((h) => h.context), scan, proposed.filter((c) => c.field === null && c.header).length);
  const fieldRecord: Record<string, string> = {};
  for (const [f, col] of [...fields.entries()].sort((x, y) => x[1] - y[1])) fieldRecord[f] = columnLetter(col);
  return { ...base, edition, ...(detected?.sure ? { editionSure: true } : {}), fields: fieldRecord, columns: proposed, records: scan.records, dataRows: scan.records.length, notes };
}
