/**
 * Reading the values of cells for the mapping: text keys and lists here; dates and "High (4)"
 * through the analysis' normalisers (dates.ts, normalise.ts).
 */
import { toIsoDate } from '../dates.ts';
import { NOT_ASSESSED, unlinked } from '../cells.ts';
import { splitLabelScore } from '../normalise.ts';
import type { CellValue } from '../types.ts';
import { plainScript } from '../script.ts';

/** "TBD", "-", "N/A", "?": a rating not given yet, as a blank cell is. */
const NOT_RATED = /^(tbd|tbc|tba|n\/?a|n\.a\.?|#n\/a|x|-+|–|—|\?+|none|unknown|pending|to be (determined|assessed|confirmed)|[aà] d[eé]finir|por definir|offen)$/i;

/** A rating cell that says it is not rated yet. */
export function notRatedYet(text: string): boolean {
  return NOT_RATED.test(text.trim()) || NOT_ASSESSED.test(text);
}

const folded = new Map<string, string>();

/** Text folded for comparison: lower case, no accents, single spaces, no trailing punctuation; Arabic and Persian letters and digits alike (../script.ts). */
export function fold(s: string): string {
  let out = folded.get(s);
  if (out === undefined) {
    // Registers repeat the same few words thousands of times: remember them (within bounds).
    if (folded.size > 20000) folded.clear();
    folded.set(s, (out = foldNow(s)));
  }
  return out;
}

function foldNow(s: string): string {
  return plainScript(s)
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[.:;,]+$/, '')
    .trim();
}

/**
 * What a cell says ('' for an empty cell). Text is taken as the cell holds it (line breaks and
 * all, only trimmed), so that a record's text comes back as it was written.
 */
export function cellText(c: CellValue | undefined): string {
  if (!c) return '';
  if (typeof c.value === 'string') return c.value.trim();
  if (c.text !== '') return c.text.trim();
  const v = c.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return String(v).trim();
}

/**
 * The key under which a cell's value is translated: its text on one line, spaces collapsed, and
 * Markdown links and badges pasted into it reduced to their words ("![Mitigate](…)" is Mitigate).
 */
export function valueKey(c: CellValue | undefined): string {
  return oneLine(cellText(c));
}

/** Text cut to `max` characters, marked "…" where it is cut. */
export const clip = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Text on one line, with the words of its Markdown links: how ids, names and words of a list are compared and kept. */
export function oneLine(text: string): string {
  return unlinked(text).replace(/\s+/g, ' ').trim();
}

/** List separators of other scripts count as theirs: the Arabic comma and semicolon (، ؛), the full-width and ideographic ones (，、；). */
const COMMA = ',\u060C\uFF0C\u3001';
const SEMICOLON = ';\u061B\uFF1B';
const LIST_WITH_COMMAS = new RegExp(`[\\r\\n${SEMICOLON}${COMMA}]+`);
const LIST = new RegExp(`[\\r\\n${SEMICOLON}]+`);
const SEMICOLONS = new RegExp(`[${SEMICOLON}]+`);
const PIECES_WITH_COMMAS = new RegExp(`([${SEMICOLON}${COMMA}]+|[\\r\\n]+)`);
const PIECES = new RegExp(`([${SEMICOLON}]+|[\\r\\n]+)`);

/** Several values in one cell (Markdown links read as their words): split on new lines, semicolons and commas; blanks dropped. */
export function splitList(text: string, commas = true): string[] {
  const parts = unlinked(text).split(commas ? LIST_WITH_COMMAS : LIST);
  return parts.map((p) => p.replace(/^[\s•\-–*]+/, '').trim()).filter((p) => p !== '');
}

/**
 * Items of a list cell (evidence): one a line when the cell has several lines (or `lines`, for
 * the app's own workbooks, which write one item a line), else split on semicolons.
 */
export function itemsInCell(text: string, lines = false): string[] {
  const parts = text.split(lines || /[\r\n]/.test(text) ? /[\r\n]+/ : SEMICOLONS);
  return parts.map((p) => p.replace(/^[\s•\-–*]+/, '').trim()).filter((p) => p !== '');
}

const MAX_RUN = 8;

/**
 * The names in a cell that may list several: a whole cell, or a run of its pieces, that is a
 * `known` name is kept whole, even with commas or semicolons in it ("Leeds office, 3rd floor");
 * the other pieces are split on new lines, semicolons and (when `commas`) commas.
 */
export function namesInCell(cell: string, known: (name: string) => boolean, commas = true): string[] {
  const text = unlinked(cell);
  const one = (s: string): string => s.replace(/\s+/g, ' ').trim();
  const whole = one(text);
  if (!whole) return [];
  if (known(whole)) return [whole];
  // Pieces and the separators between them; a name never spans a line break.
  const bits = text.split(commas ? PIECES_WITH_COMMAS : PIECES);
  const out: string[] = [];
  for (let i = 0; i < bits.length; i += 2) {
    let name = '';
    let end = i;
    let run = bits[i]!;
    for (let j = i + 2; j < bits.length && j <= i + 2 * MAX_RUN && !/[\r\n]/.test(bits[j - 1]!); j += 2) {
      run += bits[j - 1]! + bits[j]!;
      if (known(one(run))) [name, end] = [one(run), j];
    }
    const piece = one(bits[i]!);
    name ||= known(piece) ? piece : piece.replace(/^[•\-–*]+\s*/, '');
    if (name && !out.includes(name)) out.push(name);
    i = end;
  }
  return out;
}

/**
 * A label with its score, as registers write them: "High (4)", "Possible\n(3)", "4 - High", "3".
 * Returns the label (may be '') and the score (null when there is no number).
 */
export function labelScore(text: string): { label: string; score: number | null } {
  const { label, score } = splitLabelScore(text);
  return { label: label ?? '', score };
}

/** The business date a cell holds: a date value, an Excel serial number, or a date in text. */
export function cellDate(c: CellValue | undefined): string | null {
  return c ? toIsoDate(c) : null;
}
