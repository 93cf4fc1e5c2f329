/**
 * Legends and scale tables that read as registers (look-alikes.ts asks `legendReading`): a scale's steps each
 * explained once, counted steps beside their names, bands of scores, a heat map, a vocabulary's words and meanings.
 */
import type { Grid } from './grid.ts';
import type { Reading } from './kind.ts';
import { headerTokens } from './headers.ts';
import { columnValues } from './column-values.ts';
import { actionStatusVocab, classificationVocab, recognise, riskStatusVocab, soaStatusVocab, treatmentVocab } from './mapping/vocab.ts';
import { foldWord, isScaleWord } from './normalise.ts';

/** Headers of what each word of a legend means. */
export const EXPLANATION = /^(meaning|meanings|description|definition|definitions|explanation|explanations|descricao|explicacao|описание|значение|пояснение|опис|пояснення|説明|意味|描述|说明|含义|설명|의미|criteria|criterion|interpretation|what it means|bedeutung|beschreibung|erlauterung|signification|definicion|significado|descripcion|explicacion|significato|descrizione|betekenis|omschrijving|vyznam|popis|znaczenie|opis|keterangan|deskripsi|penjelasan|uraian|σημασια|περιγραφη)$/;

/** A band of chances or a frequency: "> 50%", "10-50%", "< 1 / yr", "1 in 10 yrs", "1 per year", "1-4 hours". */
const BAND = /^([<>≤≥~]\s*\d|\d+([.,]\d+)?\s*%|\d+([.,]\d+)?\s*%?\s*(-|–|to)\s*\d|\d+([.,]\d+)?\s*(in|per|every|\/)\s*\S)/;

/** The first row below the header with nothing in it (or the one past the sheet's last). */
function firstBlankRow(grid: Grid, headerRow: number): number {
  let end = headerRow + 1;
  while (end <= grid.maxRow && (grid.rows.get(end)?.size ?? 0) > 0) end++;
  return end;
}

/**
 * A scale's legend read as a register: its rating columns name each step once (V1 … V5, Low … High),
 * beside at most the words that describe each, on a few rows; with two ratings, one of them counts
 * the steps in order (1, 2, 3…). A register rates many risks alike.
 */
function scaleLegend(grid: Grid, r: Reading): boolean {
  const fields = r.assignment ? [...r.assignment.fields] : [];
  const rating = fields.filter(([f]) => /likelihood|impact|score|level/i.test(f));
  if (r.kind !== 'risks' || rating.length === 0 || rating.length > 4 || !fields.every(([f, col]) => rating.some(([, c]) => c === col) || f === 'title' || f === 'description')) return false;
  // A legend names the step first ("Severity", "Meaning"); a register names the risk first ("Risk", "Level").
  if (!rating.some(([, col]) => col === Math.min(...r.headers.map((h) => h.col)))) return false;
  // (The legend's own rows: down to the first blank row, where a sheet of criteria starts its next legend.)
  const end = firstBlankRow(grid, r.headerRow);
  const column = (col: number): string[] => [...grid.rows].filter(([row, cells]) => row > r.headerRow && row < end && cells.get(col)?.text).map(([, cells]) => cells.get(col)!.text.toLowerCase());
  const steps = rating.map(([, col]) => column(col));
  const distinct = steps.every((t) => t.length >= 3 && t.length <= 10 && new Set(t).size === t.length);
  const counted = (t: string[]) => t.every((x, i) => x === String(i + 1)) || t.every((x, i) => x === String(t.length - i));
  // …or the first names each step in a scale's words and the other explains it in a sentence ("Élevé | > 50% de chances sur 12 mois"):
  // a register's second rating is a rating too.
  const first = Math.min(...r.headers.map((h) => h.col));
  const named = steps[rating.findIndex(([, col]) => col === first)] ?? [];
  const told = steps.find((t) => t !== named) ?? [];
  // (Told in a sentence, or as a band of chances or a frequency: "> 50%", "10-50%", "1 in 10 yrs", "1 per year", "1-4 hours";
  // not an amount, "250 000 €", "48 h". Not beside the risk's own name.)
  // (A title headed as the steps' description, "Description", "Meaning", is the legend's own explanation.)
  const risksNamed = fields.some(([f, col]) => f === 'title' && !EXPLANATION.test(headerTokens(r.headers.find((h) => h.col === col)?.text ?? '').join(' ')));
  const explained = !risksNamed && named.every((x) => isScaleWord(x.replace(/[*_]/g, ''))) && told.every((x) => ((x.length >= 12 && /\s/.test(x)) || BAND.test(x)) && !isScaleWord(x));
  // (Two scales side by side, "Score | Likelihood | Description" and "Score | Impact | Example", count each of their steps.)
  return distinct && (rating.length === 1 || (rating.length <= 2 && (steps.some(counted) || explained)) || steps.filter(counted).length * 2 >= rating.length);
}

/** A step of a scale, counted and named: "1 – Nízká", "3: High", "2". */
const STEP = /^(\d{1,2})\s*(?:[-–—:.)]\s*(\p{L}[\p{L} ]*))?$/u;

/**
 * A scale's legend led by its counted, named steps ("Úroveň": 1 – Nízká, 2 – Střední, …) with what each means in the other
 * columns, read as a register of a few risks: its first column steps through a scale once, in order.
 */
function ladderLegend(grid: Grid, r: Reading): boolean {
  if (r.kind !== 'risks' || !r.assignment) return false;
  const first = Math.min(...r.headers.map((h) => h.col));
  const field = [...r.assignment.fields].find(([, col]) => col === first)?.[0] ?? '';
  if (!/likelihood|impact|score|level/i.test(field)) return false;
  const end = firstBlankRow(grid, r.headerRow);
  const steps = [...grid.rows].filter(([row, cells]) => row > r.headerRow && row < end && cells.get(first)?.text.trim()).map(([, cells]) => STEP.exec(cells.get(first)!.text.trim()));
  if (steps.length < 3 || steps.length > 10 || steps.some((m) => !m || (m[2] !== undefined && !isScaleWord(m[2].trim())))) return false;
  const numbers = steps.map((m) => Number(m![1]));
  return steps.some((m) => m![2] !== undefined) && (numbers.every((n, i) => n === i + 1) || numbers.every((n, i) => n === numbers.length - i));
}

/** A header of a scale's steps ("Stufe", "Ocena", "Level", "Wert", "Score"). */
const STEP_HEAD = /^(step|steps|level|levels|score|scores|rating|value|grade|rank|points|stufe|stufen|wert|punkte|niveau|valeur|note|nivel|valor|puntuacion|livello|valore|punteggio|waarde|ocena|poziom|wartosc|stupen|uroven|hodnota|body|βαθμοσ|επιπεδο|τιμη)$/;

/**
 * A scale's legend whose steps are counted (1 … 5) beside their names ("Peso | Escala | Descrição": 1, Raro, …), read as
 * numbered risks with a description: each row names a different step of a scale, once, and nothing about it is a risk's
 * (no owner, asset, threat or measure, nor a risk's name beside the step).
 */
function countedLegend(grid: Grid, r: Reading): boolean {
  const fields = r.assignment?.fields;
  const id = fields?.get('id');
  // (…or as assets named by the steps: "Stufe | Bezeichnung | Beschreibung": 1, selten, …)
  const allowed = r.kind === 'risks' ? ['id', 'title', 'description', 'likelihood', 'impact', 'level', 'score'] : r.kind === 'assets' ? ['id', 'name', 'type', 'classification'] : [];
  if (id === undefined || ![...fields!.keys()].every((f) => allowed.includes(f))) return false;
  // (Read row by row, down to the first blank row, where a sheet of scales starts its next: the rows that count a step, and what
  // each of them names it.)
  const end = firstBlankRow(grid, r.headerRow);
  const lines = [...grid.rows].filter(([row, cells]) => row > r.headerRow && row < end && cells.get(id)?.text.trim()).map(([, cells]) => cells);
  const column = (col: number): string[] => lines.map((cells) => cells.get(col)?.text.trim() ?? '');
  const steps = column(id);
  if (steps.length < 3 || steps.length > 10 || !(steps.every((x, i) => x === String(i + 1)) || steps.every((x, i) => x === String(steps.length - i)))) return false;
  // The steps are named in a column the reading leaves free ("Escala"), or in the one it takes for the risk's name: a register's
  // own level or score ("1 | Ransomware | High") makes it a short register whose ratings happen to differ.
  const title = fields!.get('title') ?? fields!.get('name');
  const taken = new Set(fields!.values());
  // (…or in the rating the reading takes them for, when what it takes for the name only explains each step: "Ocena |
  // Prawdopodobieństwo | Opis": 1, Rzadkie, raz na 5 lat.)
  // (…and the count is headed as the steps of a scale, "Ocena", "Stufe", "Level": a register's "#" numbers its risks.)
  const headed = (col: number | undefined) => headerTokens(r.headers.find((h) => h.col === col)?.text ?? '').join(' ');
  // (…"Opis verjetnosti", the description of the likelihood, explains it too.)
  const explains = (col: number | undefined) => EXPLANATION.test(headed(col)) || EXPLANATION.test(headed(col).split(' ')[0]!);
  const explained = STEP_HEAD.test(headed(id)) && ['title', 'description'].some((f) => fields!.has(f) && explains(fields!.get(f)));
  const rates = (col: number) => [...fields!].some(([f, c]) => c === col && /likelihood|impact|level/i.test(f));
  return r.headers.some((h) => {
    const named = title !== undefined ? title === h.col : !taken.has(h.col);
    if (h.col === id || !(named || (explained && rates(h.col)))) return false;
    const names = column(h.col);
    return names.every(Boolean) && names.filter((t) => isScaleWord(t)).length >= names.length * 0.8 && new Set(names.map(foldWord)).size === names.length;
  });
}

/** A band of scores ("12-16", "8–11", "≥ 15", "< 4", "20+"), as a legend gives each level. */
const SCORE_BAND = /^\**\s*(\d+(\.\d+)?\s*[-–—]\s*\d+(\.\d+)?|[<>≤≥]=?\s*\d+(\.\d+)?|\d+(\.\d+)?\s*\+)\s*\**$/;

/**
 * A legend of score bands ("Score Range | Severity Level | Action Required": 12-16, Critical, …), read as a plan or a
 * register: one column gives each row a band of scores, another a different level, once each.
 */
function bandLegend(grid: Grid, r: Reading): boolean {
  if (r.kind === 'other') return false;
  const column = (col: number): string[] => [...grid.rows].filter(([row]) => row > r.headerRow).map(([, cells]) => cells.get(col)?.text.replace(/\*/g, '').trim() ?? '').filter(Boolean);
  const rows = [...grid.rows.keys()].filter((row) => row > r.headerRow).length;
  if (rows < 3 || rows > 10) return false;
  const banded = r.headers.find((h) => {
    const bands = column(h.col);
    return bands.length === rows && bands.every((t) => SCORE_BAND.test(t));
  });
  return banded !== undefined && r.headers.some((h) => {
    if (h.col === banded.col) return false;
    const names = column(h.col);
    return names.length === rows && names.every((t) => isScaleWord(t)) && new Set(names.map(foldWord)).size === names.length;
  });
}

/**
 * A risk matrix laid out as a grid: the header row steps through one scale ("Faible", "Moyenne",
 * "Forte"; "1" … "5") and the first column through the other, with risks or levels in the cells. A
 * register's header names its columns; three or more steps of a scale across it make a heat map.
 */
function heatGrid(grid: Grid, r: Reading): boolean {
  if (r.kind === 'other') return false;
  const steps = r.headers.filter((h) => h.text.trim() !== '' && isScaleWord(h.text)).length;
  if (steps < 3 || steps < r.headers.filter((h) => h.text.trim() !== '').length * 0.5) return false;
  // …and down the side, the other scale's steps: a register with "Low | Medium | High" columns of ticks has its risks there.
  const side = [...grid.rows].filter(([row]) => row > r.headerRow).map(([, cells]) => [...cells].sort((a, b) => a[0] - b[0]).find(([, c]) => c.text.trim() !== '')?.[1].text ?? '');
  return side.length > 0 && side.filter((t) => isScaleWord(t)).length >= side.length * 0.6;
}

/**
 * A legend of a vocabulary ("Status", "Meaning": "Open", "Finding identified, not yet worked on"…):
 * a two-column table whose first column names each word of a status, option or rating list once, beside
 * what it means. A register repeats such words over many rows; a legend gives each one line.
 */
const LEGEND_VOCABS = [soaStatusVocab, riskStatusVocab, actionStatusVocab, treatmentVocab, classificationVocab];
function vocabularyLegend(grid: Grid, r: Reading): boolean {
  // Two columns: a third ("Risk", "Owner") would make a short register of three rows, each with its level.
  if (r.kind === 'other' || r.headers.length > 2) return false;
  // The second column explains the words ("Meaning"), or the table's own lines passed for its header;
  // "Treatment | Risk" or "Status | Action" on the first line are a short register's or plan's columns.
  const firstLine = Math.min(...[...grid.rows.keys()]);
  const explained = r.headers.some((h) => EXPLANATION.test(headerTokens(h.text).join(' ')));
  if (!explained && r.headerRow === firstLine) return false;
  const cols = r.headers.map((h) => h.col).sort((a, b) => a - b);
  // The legend's own lines can pass for a header: every line under the table's first counts.
  const rows = [...grid.rows.keys()].filter((row) => row <= r.headerRow + 20 && grid.rows.get(row)?.get(cols[0]!)?.text.trim()).slice(1);
  const texts = rows.map((row) => grid.rows.get(row)!.get(cols[0]!)!.text.trim());
  if (texts.length < 3 || texts.length > 12 || new Set(texts.map(foldWord)).size < texts.length || texts.some((t) => t.length > 25 || !/\p{L}/u.test(t))) return false;
  const known = texts.filter((t) => isScaleWord(t) || LEGEND_VOCABS.some((v) => recognise(v, t) !== '')).length;
  if (known < texts.length * 0.6) return false;
  return cols.slice(1).some((col) => columnValues(grid, col, rows).avgLength >= 25);
}

/** The best reading of a sheet is a legend's or a scale table's. */
export function legendReading(grid: Grid, r: Reading): boolean {
  return scaleLegend(grid, r) || ladderLegend(grid, r) || countedLegend(grid, r) || bandLegend(grid, r) || heatGrid(grid, r) || vocabularyLegend(grid, r);
}
