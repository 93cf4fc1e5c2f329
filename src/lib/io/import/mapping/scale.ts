/**
 * Likelihood and impact values onto the workspace's scale (DOMAIN.md 4.3): numbers on the file's
 * scale spread or squeezed onto the workspace's, words by the workspace's labels or by their rank.
 */
import { fold, labelScore } from './cells.ts';
import { rankedWords } from './scale-words.ts';

/** Rank words: a generic low/medium/high ladder and the 5-level likelihood and impact words. */
const BASE_GENERIC: readonly (readonly string[])[] = [
  ['very low', 'very unlikely', 'tres faible', 'sehr niedrig', 'sehr gering', 'muy bajo', 'muy baja', 'velmi nizka', 'velmi nizky', 'πολυ χαμηλη', 'πολυ χαμηλο'],
  ['low', 'lo', 'l', 'χ', 'faible', 'bas', 'basse', 'niedrig', 'gering', 'bajo', 'baja', 'nizka', 'nizky', 'nizke', 'χαμηλη', 'χαμηλο', 'χαμηλος'],
  ['medium', 'med', 'mid', 'moderate', 'm', 'μ', 'moyen', 'moyenne', 'modere', 'moderee', 'mittel', 'medio', 'media', 'stredni', 'μετρια', 'μετριο', 'μεσαια', 'μεσαιο'],
  ['high', 'hi', 'h', 'υ', 'eleve', 'elevee', 'fort', 'forte', 'hoch', 'alto', 'alta', 'vysoka', 'vysoky', 'vysoke', 'υψηλη', 'υψηλο', 'υψηλος'],
  ['very high', 'critical', 'extreme', 'tres eleve', 'tres elevee', 'critique', 'sehr hoch', 'kritisch', 'muy alto', 'muy alta', 'critico',
    'velmi vysoka', 'velmi vysoky', 'kriticka', 'kriticky', 'πολυ υψηλη', 'πολυ υψηλο', 'κρισιμη', 'κρισιμο'],
];
/** MAGERIT's five letters by rank. */
const MAGERIT: Record<string, number> = { mb: 1, b: 2, m: 3, a: 4, ma: 5 };
/** Traffic-light dots and squares by rank: green low, yellow medium, orange high, red critical (red is high when no orange is used). */
const DOTS: Record<string, number> = { '🟢': 2, '🟩': 2, '🟡': 3, '🟨': 3, '🟠': 4, '🟧': 4, '🔴': 5, '🟥': 5 };
const BASE_FIVE: readonly (readonly string[])[] = [
  ['rare', 'remote', 'negligible', 'insignificant', 'improbable', 'tres improbable', 'zanedbatelna', 'zanedbatelny', 'nepatrny', 'vzacna', 'selten',
    'unbedeutend', 'raro', 'insignificante', 'σπανια', 'αμελητεα', 'ασημαντη'],
  ['unlikely', 'minor', 'peu probable', 'mineur', 'unwahrscheinlich', 'gering', 'poco probable', 'menor', 'nepravdepodobna', 'mala', 'malo', 'mirna',
    'απιθανη', 'μικρη', 'ηπια'],
  ['possible', 'moderate', 'occasional', 'significatif', 'moglich', 'posible', 'moderado', 'mozna', 'stredni', 'πιθανη', 'μετρια'],
  ['likely', 'major', 'significant', 'important', 'tres probable', 'majeur', 'grave', 'wahrscheinlich', 'erheblich', 'wesentlich', 'probable',
    'mayor', 'pravdepodobna', 'velka', 'vyznamna', 'πολυ πιθανη', 'σημαντικη', 'σοβαρη'],
  ['almost certain', 'very likely', 'certain', 'frequent', 'severe', 'catastrophic', 'quasi certain', 'catastrophique', 'fast sicher',
    'katastrophal', 'casi seguro', 'catastrofico', 'temer jista', 'jista', 'katastrofalni', 'σχεδον βεβαιη', 'βεβαιη', 'καταστροφικη'],
];

/** Each rank with the same rank's words in the other languages (scale-words.ts). */
const withRanks = (base: readonly (readonly string[])[], more: readonly (readonly string[])[]) => base.map((words, i) => [...words, ...(more[i] ?? [])]);
/** The other languages' words of each ladder, folded as the ladders are. */
export const moreGeneric = rankedWords('generic', fold);
export const moreFive = rankedWords('five', fold);
const GENERIC = withRanks(BASE_GENERIC, moreGeneric);
const FIVE = withRanks(BASE_FIVE, moreFive);

function rankIn(ladder: readonly (readonly string[])[], word: string): number | null {
  const i = ladder.findIndex((words) => words.includes(word));
  return i < 0 ? null : i + 1;
}

/** A value on the file's scale of `from` levels moved onto `to` levels, ends kept at the ends. */
export function spread(value: number, from: number, to: number): number {
  if (from === to || from < 2) return Math.min(Math.max(Math.round(value), 1), to);
  const v = Math.round(1 + ((value - 1) * (to - 1)) / (from - 1));
  return Math.min(Math.max(v, 1), to);
}

export interface ScaleProposal {
  /** Value key → workspace value ('' when not understood). */
  to: Map<string, string>;
  /** The size of the file's scale assumed for numbers (and for ranked words). */
  sourceSize: number;
  rule: string;
}

interface Read {
  key: string;
  score: number | null;
  label: string;
}

/** What a sheet says about the scale of its numbers besides the numbers themselves. */
export interface ScaleHint {
  /** The size a column's header gives ("Likelihood (1-3)", "Impact 1 to 5"). */
  header?: number | null;
  /** The sheet is in the app's own layout: its numbers are on the workspace's scale. */
  own?: boolean;
  /**
   * The values of the sheet's other rating axis. When both axes are rated in words of one ladder
   * ("niedrig, mittel, hoch" here, "… sehr hoch" there), the ladder is sized from both, so
   * "mittel" means the same level for likelihood and for impact.
   */
  sibling?: readonly string[];
  /** The largest number the other rating axis holds (read from `sibling` by proposeScale). */
  siblingMax?: number;
  /** The other axis holds 1, 2 and 3 (read from `sibling` by proposeScale). */
  siblingCovers?: boolean;
}

/** The size of a scale a header states: "(1-3)", "1–5", "1 to 4", "1..5". */
export function scaleInHeader(header: string): number | null {
  const m = /(?:^|[^\d.,])1\s*(?:-|–|—|to|\.\.|…|à|a|bis|až|έως)\s*([2-9]|10)(?![\d.,])/i.exec(header);
  return m ? Number(m[1]) : null;
}

/**
 * The file's scale size from its numbers: more than the workspace's scale says so itself; a
 * smaller scale needs evidence, the header's word or numbers that cover a 1–3 scale (1, 2 and 3
 * all present). One or two risks rated 3 are read on the workspace's own scale. Numbers beyond the
 * largest scale read (a lone 9 among 2, 3 and 4) are slips, not steps of a larger scale:
 * they are left out (and shown as not understood), not allowed to squeeze every other rating.
 */
export function guessSourceSize(numbers: readonly number[], target: number, hint: ScaleHint = {}): number {
  const above = [...new Set(numbers.filter((n) => n > target))];
  const slips = above.length === 1 && above[0]! > 7 && new Set(numbers.filter((n) => n >= 1 && n <= target)).size >= 3;
  // With a slip left out, the rest is read on the workspace's scale (a slip is no evidence of a smaller one).
  if (slips) return hint.header && hint.header >= target ? hint.header : target;
  const max = Math.max(...numbers);
  if (hint.header && max <= hint.header) return hint.header;
  if (max > target) return Math.min(Math.ceil(max), 7);
  if (hint.own) return target;
  // Numbers up to 3 beside another axis rated 4 or 5 ("Likelihood: 1, 3, 2 | Impact: 4, 5") are one matrix's: the larger scale.
  if (hint.siblingMax !== undefined && hint.siblingMax > 3 && hint.siblingMax <= target) return target;
  // …and numbers up to 3 beside an axis that plainly runs 1–3 ("Probabilitate": 1, 2, 3 | "Impact": 2, 3) are on its 1–3 scale.
  if (hint.siblingCovers && hint.siblingMax === 3 && max <= 3 && target > 3) return 3;
  const covers = [1, 2, 3].every((v) => numbers.includes(v));
  return max <= 3 && covers && target > 3 ? 3 : target;
}

/**
 * Proposes the workspace value of every distinct value of the likelihood (or impact) columns.
 * `labels` are the workspace scale's labels, lowest first; `size` forces the file's scale size.
 */
export function proposeScale(keys: readonly string[], labels: readonly string[], size?: number, hint: ScaleHint = {}): ScaleProposal {
  const N = labels.length;
  const reads: Read[] = keys.map((key) => ({ key, ...labelScore(key) }));
  const ownLabels = labels.map(fold);
  const numbers = reads.filter((r) => r.score !== null).map((r) => r.score!);
  const words = reads.filter((r) => r.score === null && r.label !== '');
  const fiveWords = words.some((r) => {
    const w = fold(r.label);
    return rankIn(FIVE, w) !== null && rankIn(GENERIC, w) === null && !ownLabels.includes(w);
  });
  const orange = words.some((r) => DOTS[fold(r.label)] === 4);
  // MAGERIT's letters ("MB", "B", "M", "A", "MA": muy bajo … muy alto), read so only where the column keeps to them and uses one of its
  // two-letter ends (a bare "A" or "B" may be a step of a lettered A–E scale).
  const magerit = words.length > 0 && words.every((r) => MAGERIT[fold(r.label)] !== undefined) && words.some((r) => ['mb', 'ma'].includes(fold(r.label)));
  const genericRank = (w: string): number | null => (magerit ? MAGERIT[w] ?? null : DOTS[w] !== undefined ? (DOTS[w] === 5 && !orange ? 4 : DOTS[w]!) : rankIn(GENERIC, w));
  const ownRanks = words.map((r) => genericRank(fold(r.label))).filter((r): r is number => r !== null);
  const genericRanks = !numbers.length && !fiveWords ? [...ownRanks, ...siblingRanks(hint.sibling ?? [], ownLabels, genericRank)] : ownRanks;
  // Low/Medium/High alone span the scale (1, 3, 5); beside "very high" or "very low" each word keeps its own step,
  // so "medium" stays in the middle (low 2, medium 3, high 4, very high 5). Traffic lights have no such words.
  const dots = words.some((r) => DOTS[fold(r.label)] !== undefined);
  // Only onto a five-level workspace (the ladder's own steps), and the same when the user picks the five-level scale shown.
  const absolute = (size === undefined || size === 5) && N === 5 && !numbers.length && !fiveWords && !dots && genericRanks.some((r) => r === 1 || r === 5);
  // The workspace's own labels ("Minor", "Major") are on its own scale.
  const allOwn = words.length > 0 && words.every((r) => ownLabels.includes(fold(r.label)));
  const siblingNumbers = (hint.sibling ?? []).map((k) => labelScore(k).score).filter((n): n is number => n !== null);
  const axes = siblingNumbers.length ? { ...hint, siblingMax: Math.max(...siblingNumbers), siblingCovers: [1, 2, 3].every((v) => siblingNumbers.includes(v)) } : hint;
  const sourceSize = size ?? (numbers.length ? guessSourceSize(fiveWords ? [...numbers, 5] : numbers, N, axes) : allOwn ? N : fiveWords || absolute ? 5 : genericSize(genericRanks));
  const shift = !absolute && !fiveWords && genericRanks.length && Math.min(...genericRanks) >= 2 ? 1 : 0;
  const to = new Map<string, string>();
  for (const r of reads) {
    const own = ownLabels.indexOf(fold(r.label));
    let v: number | null = null;
    if (r.score !== null) v = r.score >= 1 && r.score <= sourceSize ? spread(r.score, sourceSize, N) : null;
    else if (own >= 0) v = own + 1;
    else {
      const five = rankIn(FIVE, fold(r.label));
      const generic = genericRank(fold(r.label));
      if (five !== null && (fiveWords || generic === null)) v = spread(five, 5, N);
      else if (generic !== null) v = spread(generic - shift, sourceSize, N);
    }
    to.set(r.key, v === null ? '' : String(v));
  }
  return { to, sourceSize, rule: ruleText(reads, to, sourceSize, N) };
}

/** The generic ranks of the other axis' words, when that axis too is rated in words alone (no numbers, no 5-level words). */
function siblingRanks(keys: readonly string[], ownLabels: readonly string[], genericRank: (w: string) => number | null): number[] {
  const reads = keys.map((k) => labelScore(k)).filter((r) => r.label !== '' || r.score !== null);
  if (!reads.length || reads.some((r) => r.score !== null)) return [];
  const folded = reads.map((r) => fold(r.label));
  if (folded.some((w) => ownLabels.includes(w) || (rankIn(FIVE, w) !== null && rankIn(GENERIC, w) === null))) return [];
  return folded.map(genericRank).filter((r): r is number => r !== null);
}

/** Low/Medium/High is a 3-level scale; with "very high" 4; with "very low" and "very high" 5 (traffic lights count so). */
function genericSize(ranks: number[]): number {
  if (!ranks.length) return 5;
  const lo = Math.min(...ranks);
  const hi = Math.max(...ranks);
  if (lo >= 2 && hi <= 4) return 3;
  return lo >= 2 || hi <= 4 ? 4 : 5;
}

function ruleText(reads: Read[], to: Map<string, string>, from: number, N: number): string {
  const hasNumbers = reads.some((r) => r.score !== null);
  const pairs = Array.from({ length: from }, (_, i) => `${i + 1}→${spread(i + 1, from, N)}`).join(', ');
  const numbersRule = from === N ? `Numbers are on the same 1–${N} scale and are kept.` : `Numbers on a 1–${from} scale onto the workspace's 1–${N}: ${pairs}.`;
  const unknown = reads.filter((r) => to.get(r.key) === '').length;
  const words = reads.some((r) => r.score === null) ? ' Words are read by their rank (Low, Medium, High…) or the workspace\'s scale labels.' : '';
  const tail = unknown ? ` ${unknown} value${unknown > 1 ? 's are' : ' is'} not understood: choose what they mean.` : '';
  return `${hasNumbers ? numbersRule : `Words on a ${from}-level scale onto the workspace's 1–${N}.`}${words}${tail}`;
}
