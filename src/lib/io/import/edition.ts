/**
 * The edition of an SoA (DOMAIN 5.5): three-level ids (A.5.1.1) or objectives above A.8 mean
 * 2013; two-level ids mean 2022 unless their titles are the 2013 objectives'. Ids stored as
 * numbers or dates are read both ways; with no ids, the words "2013"/"2022" near the table decide.
 */
import type { Edition } from '../../domain/catalogs/index.ts';
import type { Grid, GridCell } from './grid.ts';
import { controlRefsFromCell, refTitle } from './control-ids.ts';
import { titleSimilarity } from './headers.ts';

interface Tally {
  cells: number;
  threeLevel: number;
  highObjectives: number;
  twoLevel: number;
  titles2022: number;
  titles2013: number;
  /** Two-level ids that are 2022 controls and no 2013 objective (5.10, 8.20). */
  only2022: number;
  /** Numbered ids that are in neither edition ("1.1", "2.3.1", "4.2"): another set's, as CIS, PCI DSS or a TOM catalogue number theirs. */
  foreign: number;
}

/** The id a year-less date was typed as: its day and month in the format's order ("d.m" → "5.12"). */
const typedId = (d: Date, numFmt: string): string => {
  const [day, month] = [d.getUTCDate(), d.getUTCMonth() + 1];
  return numFmt.search(/d/i) <= numFmt.search(/m/i) ? `${day}.${month}` : `${month}.${day}`;
};

function tally(grid: Grid, idCol: number, titleCol: number | undefined, rows: readonly number[]): Tally {
  const t: Tally = { cells: 0, threeLevel: 0, highObjectives: 0, twoLevel: 0, titles2022: 0, titles2013: 0, only2022: 0, foreign: 0 };
  for (const r of rows) {
    const cell = grid.rows.get(r)?.get(idCol);
    if (!cell) continue;
    t.cells++;
    // A date shown as day and month ("5.12") is the id as typed: its month and day swapped ("12.5", a 2013 objective) is not.
    // (…also shown with the month's name, "05.jan": a format without a year keeps the order it was typed in, day or month first.)
    const shown = cell.value instanceof Date && !/y/i.test(cell.numFmt ?? '') && /[dm]/i.test(cell.numFmt ?? '') ? { ...cell, value: typedId(cell.value, cell.numFmt ?? '') } : cell;
    const old = controlRefsFromCell(shown, '2013');
    if (old.some((x) => x.kind === 'control')) t.threeLevel++;
    const objective = old.find((x) => x.kind === 'objective');
    if (objective && Number(objective.id.split('.')[1]) >= 9) t.highObjectives++;
    const now = controlRefsFromCell(cell, '2022').find((x) => x.kind === 'control');
    if (!now && old.length === 0 && foreignId(shown)) t.foreign++;
    if (!now) continue;
    t.twoLevel++;
    if (!objective) t.only2022++;
    const title = titleCol ? grid.rows.get(r)?.get(titleCol)?.text : undefined;
    if (title) {
      t.titles2022 += titleSimilarity(title, refTitle(now));
      if (objective) t.titles2013 += titleSimilarity(title, refTitle(objective));
    }
  }
  return t;
}

/** A bare dotted number ("1.1", "12.3.4"): an id of Annex A or of another set. */
const NUMBERED = /^\s*\d{1,2}(\.\d{1,2}){1,3}\s*$/;

/** A numbered id that neither edition has, as written or as the number stored ("5.40" shown for 5.4 is 5.4). */
function foreignId(cell: GridCell): boolean {
  const text = cell.value instanceof Date ? cell.text : String(cell.value ?? cell.text);
  if (!NUMBERED.test(text)) return false;
  const plain = { ...cell, text, numFmt: undefined };
  return controlRefsFromCell(plain, '2013').length === 0 && controlRefsFromCell(plain, '2022').length === 0;
}

/** "2013" or "2022" when the text names exactly one of them (e.g. "ISO/IEC 27001:2013"). */
function editionInText(texts: readonly string[]): Edition | null {
  const all = texts.join(' ');
  const has13 = /\b2013\b/.test(all);
  const has22 = /\b2022\b/.test(all);
  return has13 === has22 ? null : has13 ? '2013' : '2022';
}

/**
 * The edition of an SoA's control ids; `texts` are the sheet's name and the rows above its table.
 * `sure` when the ids alone settle it: three-level ids or objectives above A.8 (2013 only), or
 * two-level ids most of which no 2013 objective has (2022 only). Titles and words are a lean.
 */
export function detectEdition(
  grid: Grid,
  idCol: number | undefined,
  titleCol: number | undefined,
  rows: readonly number[],
  texts: readonly string[],
): { edition: Edition | null; sure: boolean } {
  const lean = (edition: Edition | null) => ({ edition, sure: false });
  if (idCol === undefined) return lean(editionInText(texts));
  const t = tally(grid, idCol, titleCol, rows);
  // Numbers that Annex A does not have, on a fair share of the rows ("1.1 Inventory of devices", "1.2.1", "4.3"): another set's.
  if (t.foreign >= 3 && t.foreign >= t.cells * 0.2) return lean(null);
  // Sure only when the ids of the other edition are next to none (a 2022 SoA with a few sub-rows "A.8.1.1" is a lean).
  if (t.threeLevel >= 3 || (t.cells > 0 && t.threeLevel >= t.cells * 0.2) || t.highObjectives >= 2) return { edition: '2013', sure: t.only2022 <= t.cells * 0.1 };
  if (t.twoLevel > 0) {
    if (t.titles2013 > t.titles2022 * 1.5 && t.titles2013 >= 2) return lean('2013');
    return { edition: '2022', sure: t.only2022 >= 3 && t.only2022 * 2 > t.twoLevel && t.threeLevel <= t.twoLevel * 0.1 && t.highObjectives === 0 };
  }
  // Ids of another set on every row ("org.1", "op.pl.1", "CC6.1"): no edition of Annex A, whatever the title says it maps to.
  if (t.cells >= 5 && t.highObjectives === 0) return lean(null);
  return lean(editionInText(texts));
}
