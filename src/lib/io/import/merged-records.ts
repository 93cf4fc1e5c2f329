/**
 * A risk or an asset told on several lines: its id merged over them ("R-001" over three rows, one threat, weakness and control
 * on each) and what names and rates it merged too or left blank below. The lines are one record; their own cells are joined,
 * one line each, so that importing the register gives one risk per id and keeps every threat and control it lists. An action
 * of a plan may be told so too.
 */
import type { CellValue, SheetKind, SheetRecord } from './types.ts';
import { columnNumber, mergeAt, type Grid } from './grid.ts';

/** The fields that name or rate a record: on a further line of the same record they are merged or blank. */
const WHOLE_RECORD = ['title', 'name', 'likelihood', 'impact', 'score', 'level', 'residualLikelihood', 'residualImpact', 'residualScore', 'residualLevel'];

/**
 * The same for an action told on several lines: its risk, owner, deadline and state merged over them. (Several actions of one
 * risk under its merged id each have their own owner or deadline.)
 */
const WHOLE_ACTION = ['owner', 'dueDate', 'status'];

/** Joins each record's further lines into it; returns the records and how many lines were joined. */
export function joinMergedLines(grid: Grid, kind: SheetKind, fields: Map<string, number>, records: SheetRecord[]): { records: SheetRecord[]; joined: number } {
  const plan = kind === 'treatment-plan';
  const key = fields.get(plan ? 'riskId' : 'id');
  const whole = (plan ? WHOLE_ACTION : WHOLE_RECORD).map((f) => fields.get(f)).filter((c): c is number => c !== undefined);
  const ratings = WHOLE_RECORD.filter((f) => !['title', 'name'].includes(f)).map((f) => fields.get(f)).filter((c): c is number => c !== undefined);
  if (kind === 'soa' || kind === 'other' || key === undefined || whole.length < (plan ? 2 : 1)) return { records, joined: 0 };
  const cell = (row: number, col: number) => grid.rows.get(row)?.get(col);
  const out: SheetRecord[] = [];
  let joined = 0;
  for (const record of records) {
    const last = out.at(-1);
    const merge = mergeAt(grid, record.row, key);
    // (…or, in a register, its ratings all merged over the line though the name goes on in other words: "Ransomware on the WMS"
    // over "Encryption of WMS servers halts picking".)
    const rated = !plan && ratings.length >= 2 && ratings.every((col) => cell(record.row, col)?.filled === true);
    const further = last !== undefined && cell(record.row, key)?.filled === true && merge !== undefined && merge.top <= last.row
      && (rated || whole.every((col) => { const c = cell(record.row, col); return plan ? c?.filled === true : !c || c.filled || c.text.trim() === ''; }));
    if (!further) {
      out.push({ row: record.row, cells: { ...record.cells } });
      continue;
    }
    joined++;
    for (const [letter, value] of Object.entries(record.cells)) {
      const own = cell(record.row, columnNumber(letter));
      if (!own || own.filled || value.text.trim() === '') continue;
      const before = last.cells[letter];
      last.cells[letter] = before && before.text.trim() !== '' ? (before.text.split('\n').includes(value.text) ? before : lines(before, value)) : value;
    }
  }
  return { records: out, joined };
}

/** Two cells' texts on two lines: the value a text cell would hold. */
function lines(a: CellValue, b: CellValue): CellValue {
  const text = `${a.text}\n${b.text}`;
  return { value: text, text };
}
