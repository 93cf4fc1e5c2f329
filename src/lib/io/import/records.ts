/**
 * The real records below a header: blank rows, rows only formulas fill, repeated headers,
 * section and objective rows (2013 SoAs) and legends or scale tables below the data are left out.
 */
import type { Edition } from '../../domain/catalogs/index.ts';
import type { CellValue, SheetKind, SheetRecord } from './types.ts';
import { columnLetter, mergeAt, type Grid, type GridCell } from './grid.ts';
import { controlRefsFromCell } from './control-ids.ts';
import { isPlaceholderText, isTemplateRow } from './cells.ts';
import { countsOn, isExample, numbersColumns } from './template-rows.ts';
import { joinMergedLines } from './merged-records.ts';

export interface RecordScan {
  records: SheetRecord[];
  sections: number;
  formulaRows: number;
  trailing: number;
  /** Rows that only hold places ("—", "…", "[TODO]") or sum up the others ("Total"). */
  placeholders: number;
  /** Example rows a template leaves under its header ("Example: Customer database", "Beispielzeile – bitte überschreiben"), and a row numbering its columns. */
  examples: number;
  /** Further lines of records told on several rows under one merged id, joined into their record. */
  joined: number;
}

interface Candidate {
  row: number;
  segment: number;
  /** Counts every blank row above (a segment needs two): the first block is the table as it starts. */
  block: number;
  cells: [number, GridCell][];
  substantive: number;
}

const KEY_FIELDS = ['id', 'controlId', 'riskId'];

/** A cell that says its row sums the others up: "Total", "Summe", "Gesamt"… */
const TOTAL = /^(total|totals|grand total|sum|summe|gesamt|totaal|totale|suma|soma)\s*:?$/i;

/** Words that name several risks at once ("Multiple risks", "All", "Alle Risiken", "Varios riesgos"). */
const MANY_RISKS = /^(multiple|all|several|various|many|most|general|overall risks|todos|todas|varios|varias|vários|várias|diversos|tous|toutes|plusieurs|alle|mehrere|diverse|tutti|vari)( (risks?|risques?|riesgos?|riscos?|risiken|risiko|rischi|the risks|of the risks|the above|above))?$/i;

/** A row that sums up the others: it starts with "Total" (or "Summe"…) and holds only numbers (with their units) after it. */
function isTotals(cells: [number, GridCell][]): boolean {
  const [first, ...rest] = cells;
  // "28", "100 000 EUR", "3 assets": numbers, with a unit at most.
  const counted = ([, c]: [number, GridCell]) => typeof c.value === 'number' || /^[\d\s.,%€$£-]*\d[\d\s.,%€$£-]*\p{L}{0,12}$/u.test(c.text);
  const total = first !== undefined && TOTAL.test(first[1].text);
  const subtotal = first !== undefined && SUBTOTAL.test(first[1].text.trim());
  if (!total && !subtotal) return false;
  const words = rest.filter((cell) => !counted(cell));
  if (total && words.length === 0) return true;
  // "Subtotal 5 | Organizational controls – applicable / implemented | 37 | 34": a group's subtotal, its label and its numbers (often formulas).
  if (subtotal && words.length <= 1) return true;
  // "Zwischensumme Zutritt | 4 | relevante Maßnahmen | 2 | davon umgesetzt", "Gesamt | 34 | relevante Maßnahmen": each number
  // told what it counts in a few words.
  const numbers = rest.length - words.length;
  return numbers >= 1 && words.length <= numbers + 1 && words.every(([, c]) => c.text.trim().split(/\s+/).length <= 4);
}
/** What names a record in words: a row of numbers only, under these too, is a grid of figures (a heat map's counts), no record. */
const NAMING_FIELDS = ['title', 'description', 'threat', 'name', 'action', 'controlTitle'];
function numbersOnly(input: ScanInput, cells: [number, GridCell][]): boolean {
  const naming = NAMING_FIELDS.map((f) => input.fields.get(f)).filter((c): c is number => c !== undefined);
  return naming.length > 0 && cells.length >= 3 && cells.every(([, c]) => typeof c.value === 'number' || /^\s*[\d.,]+\s*$/.test(c.text));
}

/** A cell that opens a group's subtotal ("Subtotal 5", "Zwischensumme Abteilung IT", "Sous-total"). */
const SUBTOTAL = /^(sub-?total|zwischensumme|sous-total|subtotaal|subtotale|mezisoucet|mezisoučet|suma częściowa|μερικο συνολο|μερικό σύνολο)(?!\p{L})/iu;

/**
 * A row that only holds places: every cell a placeholder ("…", "—", "[TODO]"), or all but the key
 * ("R04", "—", "—", "—": a number kept for a risk not written yet). A row that names something
 * ("Printer floor 2", "—", "—") is a record still to be completed.
 */
function holdsPlaces(input: ScanInput, cells: [number, GridCell][]): boolean {
  const written = cells.filter(([, c]) => !isPlaceholderText(c.text));
  if (written.length === 0) return true;
  const keys = KEY_FIELDS.map((f) => input.fields.get(f));
  return written.length === 1 && cells.length >= 3 && keys.includes(written[0]![0]);
}

/** One id: a code with a digit and no spaces ("R-001", "5.1.1"), or a word and a number ("RR 01"). */
function isOneId(text: string): boolean {
  return text.length <= 32 && /\d/.test(text) && (!/\s/.test(text) || /^\p{L}{1,10} \d[\p{L}\d./-]*$/u.test(text));
}

/** An id, or a short list of them ("R01, R04" in a treatment plan). */
function isIdLike(cell: GridCell | undefined, numeric: boolean): boolean {
  if (!cell) return false;
  if (numeric) return typeof cell.value === 'number';
  const parts = cell.text.split(/\s*[,;\n]\s*/).filter((t) => t !== '');
  return parts.length > 0 && parts.length <= 12 && parts.every(isOneId);
}

/** "R-001" → "A-9": letters and digit runs collapsed, to compare ids below a gap with those above. */
function shape(cell: GridCell | undefined): string {
  return (cell?.text ?? '').replace(/\p{L}+/gu, 'A').replace(/\d+/g, '9');
}

function median(ns: number[]): number {
  const s = ns.toSorted((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function plainCell(c: GridCell): CellValue {
  return c.numFmt ? { value: c.value, text: c.text, numFmt: c.numFmt } : { value: c.value, text: c.text };
}

export interface ScanInput {
  grid: Grid;
  headerRow: number;
  kind: SheetKind;
  /** Field → column number. */
  fields: Map<string, number>;
  /** Columns of the table (with a header or a mapped field). */
  columns: number[];
  headerTexts: Map<number, string>;
  edition: Edition | null;
}

function isSection(input: ScanInput, row: number, cells: [number, GridCell][]): boolean {
  const idCol = input.fields.get('controlId');
  if (input.kind === 'soa' && idCol !== undefined) {
    const refs = controlRefsFromCell(input.grid.rows.get(row)?.get(idCol), input.edition);
    // A group of controls decided as one ("A.7.x Physical controls: Yes, Planned") is a record, not a heading.
    // Only a value typed in (a heading's roll-up formula, "62%", decides nothing).
    const decided = ['applicable', 'status'].some((f) => {
      const cell = input.grid.rows.get(row)?.get(input.fields.get(f) ?? -1);
      return cell !== undefined && !cell.formula && !cell.filled && cell.text.trim() !== '';
    });
    if (refs.length === 1 && refs[0]?.kind !== 'control' && !decided) return true;
  }
  // A group's number beside its title merged over the rest of the row ("1 | Styring og ledelse" over B:G) heads a section.
  if (cells.length === 2) {
    const [[first, key], [col]] = cells as [[number, GridCell], [number, GridCell]];
    const merge = mergeAt(input.grid, row, col);
    return /^\S{1,6}$/.test(key.text.trim()) && merge !== undefined && merge.left === first + 1 && merge.right - merge.left >= 2;
  }
  if (cells.length !== 1) return false;
  const [col] = cells[0] ?? [0];
  const merge = mergeAt(input.grid, row, col);
  return (merge !== undefined && merge.right > merge.left) || ![...input.fields.values()].includes(col);
}

function isHeaderRepeat(input: ScanInput, cells: [number, GridCell][]): boolean {
  const same = cells.filter(([c, cell]) => input.headerTexts.get(c) === cell.text).length;
  return cells.length >= 2 && same >= cells.length * 0.6;
}

/** Splits the rows below the header into candidates (with their segment) and counts the rest. */
function candidates(input: ScanInput): { list: Candidate[]; sections: number[]; formulaRows: number; placeholders: number; examples: number; exampleRows: Candidate[] } {
  const { grid } = input;
  const lo = Math.min(...input.columns);
  const hi = Math.max(...input.columns);
  const list: Candidate[] = [];
  const sections: number[] = [];
  let formulaRows = 0;
  let placeholders = 0;
  const examples: Candidate[] = [];
  let numbering = 0;
  let segment = 0;
  let block = 0;
  let blank = 0;
  for (let r = input.headerRow + 1; r <= grid.maxRow; r++) {
    const cells = [...(grid.rows.get(r)?.entries() ?? [])].filter(([c]) => c >= lo && c <= hi).sort((a, b) => a[0] - b[0]);
    const substantive = cells.filter(([, c]) => !c.formula && !c.filled);
    if (substantive.length === 0) {
      if (cells.length > 0 && cells.some(([, c]) => c.formula)) formulaRows++;
      blank++;
      continue;
    }
    if (blank >= 2 && list.length > 0) segment++;
    if (blank >= 1 && list.length > 0) block++;
    blank = 0;
    if (isHeaderRepeat(input, substantive) || isTemplateRow(substantive.map(([, c]) => c))) continue;
    // (A total's numbers are often formulas: its words alone are no record.)
    if (isTotals(substantive) || isTotals(cells) || holdsPlaces(input, substantive) || numbersOnly(input, substantive)) {
      placeholders++;
      continue;
    }
    // A row that numbers the columns (1, 2, 3… across, as public-sector templates do under their header) is no record.
    if (list.length + examples.length === 0 && numbersColumns(substantive) && !countsOn(grid, r, substantive)) {
      numbering++;
      continue;
    }
    // (Only where a template puts it: the first or second row under the header.)
    if (list.length + examples.length < 2 && isExample(substantive)) {
      examples.push({ row: r, segment, block, cells, substantive: substantive.length });
      continue;
    }
    if (isSection(input, r, substantive)) {
      sections.push(r);
      continue;
    }
    list.push({ row: r, segment, block, cells, substantive: substantive.length });
  }
  formulaRows += grid.emptyFormulaRows.filter((r) => r > input.headerRow).length;
  return { list, sections, formulaRows, placeholders, examples: examples.length + numbering, exampleRows: examples };
}

/** What tells a record from a stray row: the id column, the shape of its ids, the usual cell count. */
interface Profile {
  keyField?: string;
  keyCol?: number;
  numericKeys: boolean;
  shapes: Set<string>;
  typical: number;
  /** The last row with an id: rows without one below it close the table (totals, averages). */
  lastKeyed: number;
  /** The keys are Annex A's references (nine in ten of the first rows'). */
  annexKeyed: boolean;
  /** The letters most of the first rows' keys start with ("CYB-" of "CYB-01"), if they share them. */
  prefix?: string;
}

/** A key's leading letters and their separator ("CYB-" of "CYB-01" and of "CYB-C1"). */
const prefixOf = (cell: GridCell | undefined): string | undefined => /^(\p{L}{2,}[-_.])/u.exec(cell?.text.trim() ?? '')?.[1]?.toUpperCase();

function profile(input: ScanInput, list: Candidate[]): Profile {
  // The rows the table starts with tell its key; totals or a legend one blank row below do not (three rows or more).
  const lead = list.filter((c) => c.block === list[0]?.block && c.substantive >= 2);
  const some = lead.length >= 3 ? lead : list.filter((c) => c.segment === 0 && c.substantive >= 2);
  // (…its full rows: a comment row under each record, "Comments: | Mar-25: callback live", half as full, keys nothing.)
  const usual = median(some.map((c) => c.substantive));
  const full = some.filter((c) => c.substantive >= usual * 0.5);
  const first = full.length >= 3 ? full : some;
  const has = (c: Candidate, col: number | undefined) => c.cells.some(([k]) => k === col);
  const cellAt = (c: Candidate, col: number) => input.grid.rows.get(c.row)?.get(col);
  // A key column of names ("Ransomware" as the risk a plan's action treats) tells nothing about where records end.
  const keyLike = (f: string, col: number) => {
    const numeric = first.every((c) => typeof cellAt(c, col)?.value !== 'string');
    const ok = first.filter((c) => (f === 'controlId' ? controlRefsFromCell(cellAt(c, col), input.edition).length > 0 : isIdLike(cellAt(c, col), numeric)));
    return ok.length >= first.length * 0.6;
  };
  const keyField = KEY_FIELDS.find((f) => {
    const col = input.fields.get(f);
    return col !== undefined && first.length > 0 && first.filter((c) => has(c, col)).length >= first.length * 0.8 && keyLike(f, col);
  });
  const keyCol = keyField ? input.fields.get(keyField) : undefined;
  const keyOf = (c: Candidate) => (keyCol !== undefined ? input.grid.rows.get(c.row)?.get(keyCol) : undefined);
  const annexKeyed = keyField === 'controlId' && first.filter((c) => controlRefsFromCell(keyOf(c), input.edition).length > 0).length >= first.length * 0.9;
  const prefix = first.length > 0 ? prefixOf(keyOf(first[0]!)) : undefined;
  return {
    prefix: prefix !== undefined && first.every((c) => prefixOf(keyOf(c)) === prefix) ? prefix : undefined,
    keyField,
    keyCol,
    numericKeys: keyCol !== undefined && first.every((c) => typeof keyOf(c)?.value !== 'string'),
    shapes: new Set(first.map((c) => shape(keyOf(c)))),
    typical: median(first.map((c) => c.substantive)),
    lastKeyed: keyCol === undefined ? Infinity : list.reduce((m, c) => (has(c, keyCol) ? Math.max(m, c.row) : m), 0),
    annexKeyed,
  };
}

function isRecord(input: ScanInput, p: Profile, c: Candidate): boolean {
  if (c.substantive < 2 && (p.typical >= 2 || input.fields.size >= 3)) return false;
  if (p.keyCol === undefined) return c.segment === 0 || c.substantive >= Math.max(2, p.typical * 0.5);
  const key = input.grid.rows.get(c.row)?.get(p.keyCol);
  const refs = p.keyField === 'controlId' ? controlRefsFromCell(key, input.edition) : [];
  // Below a gap, only ids shaped like those of the table continue it (a scale's 1, 2, 3 do not).
  // (Below a blank row, an SoA keyed by Annex A's references goes on only with references: a legend's "0%", "25%" are none.)
  // (…and below a single blank row, ids of another shape than all of the table's, "1", "2" of a legend under "G01" … "G15", do not.)
  const otherShape = c.block > 0 && p.shapes.size === 1 && !p.shapes.has(shape(key));
  if (refs.length > 0 || (isIdLike(key, p.numericKeys) && ((c.segment === 0 && !otherShape) || p.shapes.has(shape(key))) && !(p.annexKeyed && c.block > 0))) return true;
  if (c.segment === 0 && !key && c.row < p.lastKeyed && c.substantive >= Math.max(2, p.typical * 0.6)) return true;
  // …and so is a full row among them keyed by a code of capitals with no number ("SW-CORE-OT" among "SW-L1-01").
  if (p.keyField === 'id' && c.segment === 0 && c.row < p.lastKeyed && c.substantive >= Math.max(3, p.typical) && /^[\p{Lu}\d]+([-_.][\p{Lu}\d]+)+$/u.test(key?.text.trim() ?? '')) return true;
  // …and so is a full row keyed with the table's own prefix, whatever follows it ("CYB-C1" of a closed risks' section under "CYB-18").
  if (p.keyField === 'id' && c.segment === 0 && p.prefix !== undefined && prefixOf(key) === p.prefix && c.substantive >= Math.max(3, p.typical)) return true;
  // A full row of the table whose key starts with an id and goes on in words ("R9, and all others indirectly") is one too,
  // also the last; a guidance row ("Unique reference", "Step 2: review the risks below") is not.
  // The leading id must be shaped like the table's ids ("R9" among "R7"; not "Step 2" among "R-01").
  const lead = /^\s*(\p{L}{0,6}[-_ ]?\d+)/u.exec(key?.text ?? '')?.[1];
  const leadsWithId = lead !== undefined && p.shapes.has(shape({ text: lead } as GridCell));
  if (p.keyField !== 'controlId' && leadsWithId && c.segment === 0 && c.substantive >= Math.max(3, p.typical)) return true;
  // A plan's full row may name its risks in words instead ("Multiple risks", "All", "Alle Risiken"), also the last; above the
  // last id, whatever its risk cell says.
  const wordedRisk = MANY_RISKS.test(key?.text.trim() ?? '') || c.row < p.lastKeyed;
  if (p.keyField === 'riskId' && c.segment === 0 && wordedRisk && c.substantive >= Math.max(3, p.typical)) return true;
  // In an SoA, a full row among the records whose key is numbered but not shaped like the others
  // ("A.7.x Physical controls") is one too; a guidance row or a repeated header is not.
  return p.keyField === 'controlId' && /\d/.test(key?.text ?? '') && c.segment === 0 && c.row < p.lastKeyed && c.substantive >= Math.max(3, p.typical);
}

/** The records of a sheet read with the given header and mapping. */
export function scanRecords(input: ScanInput): RecordScan {
  if (input.columns.length === 0) return { records: [], sections: 0, formulaRows: 0, trailing: 0, placeholders: 0, examples: 0, joined: 0 };
  const found = candidates(input);
  const { sections, formulaRows, placeholders } = found;
  const read = (rows: Candidate[]): SheetRecord[] => {
    const p = profile(input, rows);
    return rows.filter((c) => isRecord(input, p, c)).map((c) => {
      const cells: Record<string, CellValue> = {};
      for (const [col, cell] of c.cells) cells[columnLetter(col)] = plainCell(cell);
      return { row: c.row, cells };
    });
  };
  let [list, examples] = [found.list, found.examples];
  let records = read(list);
  // (A table of nothing but examples keeps them: they are all it has to show.)
  if (records.length === 0 && found.exampleRows.length > 0) {
    list = [...found.exampleRows, ...list].sort((a, b) => a.row - b.row);
    examples -= found.exampleRows.length;
    records = read(list);
  }
  // Headings below the last record belong to a legend or notes, not to the table.
  const last = records[records.length - 1]?.row ?? input.headerRow;
  const after = sections.filter((r) => r > last).length;
  const trailing = list.length - records.length + after;
  const lines = joinMergedLines(input.grid, input.kind, input.fields, records);
  return { records: lines.records, sections: sections.length - after, formulaRows, trailing, placeholders, examples, joined: lines.joined };
}
