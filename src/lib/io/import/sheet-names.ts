/**
 * What a sheet's name says it holds: the bonus each kind's name phrases give a reading ("Risk register", "SoA",
 * "Legend" for 'other'), and the names of gap analyses, matrices and mappings that the readings weigh. Split from kind.ts.
 */
import { canonicalFields, type RecordKind, type SheetKind } from './types.ts';
import { headerTokens, learnUnspacedWords, segmentWords, wordSimilarity } from './headers.ts';
import { phraseList, sheetNameWords } from './synonyms.ts';

const KINDS = Object.keys(canonicalFields) as RecordKind[];

/** Sheet names of a gap analysis, which the SoA's decisions do not excuse. */
export const GAP_NAME = /\b(gap|gaps|gapanalyse|ecarts|brechas|lacunas)\b/;

function containsPhrase(name: string[], phrase: string[], exact = false): boolean {
  for (let i = 0; i + phrase.length <= name.length; i++) {
    if (phrase.every((w, k) => (exact ? name[i + k] === w : wordSimilarity(name[i + k] ?? '', w) >= 0.9))) return true;
  }
  return false;
}

let sheetPhrases: [SheetKind, string[][]][] | null = null;

/** The words of each kind's sheet-name phrases, compiled once (teaching the splitter of unspaced scripts). */
function namePhrases(): [SheetKind, string[][]][] {
  sheetPhrases ??= (Object.entries(sheetNameWords) as [SheetKind, string][]).map(([kind, list]) => {
    const words = phraseList(list).map(({ text }) => headerTokens(text));
    for (const w of words) learnUnspacedWords(w);
    return [kind, words];
  });
  return sheetPhrases;
}

/** The longest sheet name Excel keeps: longer names (a file's, a heading's) are cut there. */
const SHEET_NAME_MAX = 31;

/**
 * A name cut at Excel's limit ("07_MedSecure_Risk_Treatment_Pla") has its last word completed when
 * it starts one word of the names the analysis knows, with its endings ("pla" → "plan", not "plans" or "planned").
 */
function completeCut(tokens: string[], sheetName: string, phrases: [SheetKind, string[][]][]): string[] {
  const last = tokens.at(-1);
  if (sheetName.length !== SHEET_NAME_MAX || !last || last.length < 3 || /\s$/.test(sheetName)) return tokens;
  const words = [...new Set(phrases.flatMap(([, list]) => list.flat()).filter((w) => w.length > last.length && w.startsWith(last)))].sort((a, b) => a.length - b.length);
  // "plan", "plans", "planned": one word and its endings.
  const word = words[0];
  return word && words.every((w) => w.startsWith(word)) ? [...tokens.slice(0, -1), word] : tokens;
}

/** Bonus (or penalty for 'other' words) that a sheet's name gives each kind. */
export function nameHints(sheetName: string): Map<SheetKind, number> {
  const phrases = namePhrases();
  const name = completeCut(segmentWords(headerTokens(sheetName)), sheetName, phrases);
  const out = new Map<SheetKind, number>();
  for (const [kind, list] of phrases) {
    let best = 0;
    for (const p of list) {
      // Words of 'other' sheets count only as written: "matriz" (a register in Spanish) is not "matrix".
      if (p.length && containsPhrase(name, p, kind === 'other')) best = Math.max(best, Math.min(1.6, 0.7 + 0.3 * p.length));
    }
    if (best) out.set(kind, kind === 'other' ? -1.5 : best);
  }
  return out;
}

/** Names of a matrix ("Asset threat matrix"), which a register of threats and weaknesses may carry. */
export const MATRIX_NAME = /\b(matrix|matrice|matriz|matrize)\b/;

/** Names of a mapping between frameworks: the controls they name are not an SoA ("Control mapping", "Controls crosswalk"). */
export const MAPPING_NAME = /\b(mapping|mappings|map|maps|crosswalk|matrix|framework|referentiel|correspondance|correspondence|correspondencia|corrispondenza|zuordnung|concordance)\b/;

/** …and of a mapping only ("Framework mapping", "Crosswalk"; not a "Controls matrix", which may be the SoA's own). */
export const MAPPED_NAME = /\b(mapping|mappings|map|maps|crosswalk|correspondance|correspondence|correspondencia|corrispondenza|zuordnung|concordance)\b/;

/** The sheet's name says this kind more than any other ("risk treatment plan" is a plan, not risks); a mapping's name names no SoA. */
export function namedFor(hints: Map<SheetKind, number>, kind: RecordKind, mapping: boolean): boolean {
  const mine = hints.get(kind) ?? 0;
  if (kind === 'soa' && mapping) return false;
  return mine > 0 && KINDS.every((k) => k === kind || (hints.get(k) ?? 0) < mine);
}
