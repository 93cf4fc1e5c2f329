/**
 * How close a header is to a known phrase: case, accents, punctuation, dashes and stray spaces
 * do not count; plurals, inflections and small typos cost a little; extra words cost more.
 */
import { plainScript } from './script.ts';

const STOPWORDS = new Set(
  [
    'the', 'of', 'an', 'to', 'for', 'is', 'are', 'be', 'and', 'or', 'on', 'in', 'by',
    'le', 'la', 'les', 'de', 'du', 'des', 'et', 'en', 'au', 'aux',
    'der', 'die', 'das', 'dem', 'den', 'und', 'zur', 'zum', 'von',
    'el', 'los', 'las', 'del', 'y', 'e',
    'v', 'na', 'pro', 'z',
    'di', 'della', 'dei', 'degli', 'delle', 'il', 'per', 'het', 'een', 'van', 'voor', 'do', 'dos', 'das', 'da', 'para', 'dla',
    'ο', 'η', 'το', 'του', 'τησ', 'των', 'και', 'τα', 'οι', 'τον', 'την',
    // Persian: and, of, to, in, with, on, for, or; and the plural and ezafe endings a zero-width
    // non-joiner sets apart ("کنترل‌های موجود", "برنامه‌ی برخورد"), which a header reads as words.
    'و', 'از', 'به', 'در', 'با', 'بر', 'برای', 'یا', 'را', 'ها', 'های', 'ی',
  ].map((w) => w.normalize('NFD').replace(/\p{M}/gu, '')),
);

/**
 * Lower case, no accents, punctuation and dashes as spaces, "#"/"n°"/"№" as "no", camelCase split ("riskId");
 * Arabic and Persian letters and digits alike (ي/ی, ك/ک, ۱/1: script.ts), the zero-width non-joiner a space.
 */
export function normaliseHeader(s: string): string {
  // A word broken at a line with a hyphen ("Eintritts-\nwahrschein-\nlichkeit") is one word again (not "Brutto-\nund Netto").
  const unbroken = s.replace(/(\p{Ll})-[ \t]*\r?\n\s*(?!(und|oder|bzw|and|or|et|ou|y|o|e|i|a)\b)(?=\p{Ll})/gu, '$1');
  return plainScript(unbroken.replace(/(\p{Ll})(?=\p{Lu}\p{Ll}|ID\b)/gu, '$1 '))
    .toLowerCase()
    .replace(/ς/g, 'σ')
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/đ/g, 'd')
    .replace(/ø/g, 'o')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/\b[ld]['’](?=\p{L})/gu, '')
    // (…also written without the apostrophe, after the French or Italian words that take one: "Plan d action", "Nom de l actif".)
    .replace(/(?<=(^| )(de|plan|piano|date|data|nom|type|niveau|taux|numero|code|statut|etat|objectif|mode|cout|source|motif|raison|degre|justification|mesure|mesures) )[ld] (?=[aeiouh]\p{L}{2})/gu, '')
    .replace(/\b(n°|nº|no\.)|№|#/g, ' no ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The meaningful words of a header. */
export function headerTokens(s: string): string[] {
  const words = normaliseHeader(s)
    .replace(/^\d{1,2} (?=\p{L})/u, '')
    .split(' ')
    .filter((t) => t !== '');
  // In a header of two words, a lone letter is a rating's initial ("V rés.": vraisemblance résiduelle), not "v" (in).
  const meaningful = words.filter((t) => !STOPWORDS.has(t) || (words.length === 2 && t.length === 1));
  // A header that is one short word ("V" for vraisemblance) keeps it even if it is a stopword elsewhere.
  return meaningful.length > 0 || words.length !== 1 ? meaningful : words;
}

/** Each name of a bilingual header in header words ("Fecha reunión / Meeting date": "fecha reunion", "meeting date"); a header with no " / " has one. */
export function headerNames(text: string): string[] {
  return text.split(/\s+\/\s+/).map((part) => headerTokens(part).join(' '));
}

/** Edit distance, giving up (returning max + 1) once it exceeds `max`. */
export function levenshtein(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  let before: number[] = prev;
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      // Two neighbouring letters swapped ("thraet") count as one edit.
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (before[j - 2] ?? 0) + 1);
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Same length, one letter different (not two swapped). */
function oneSubstitution(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}

/** 1 for the same word, less for an inflection or a word inside a compound, 0 otherwise (typos included). */
export function formSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  // A Portuguese plural in -ões is its singular in -ão ("Mitigações", "Ações").
  if (a.length >= 5 && b.length >= 5 && a.replace(/oes$/, 'ao') === b.replace(/oes$/, 'ao')) return 0.92;
  const short = Math.min(a.length, b.length);
  const long = Math.max(a.length, b.length);
  if (short < 3) return 0;
  const prefix = commonPrefix(a, b);
  if (prefix === short && short >= 4 && long - short <= 3) return 0.92;
  if (prefix >= 5 && prefix >= long - 2) return 0.9;
  // A compound ending with the word: "Eintrittshäufigkeit", "proceseigenaar", "Schutzmaßnahmen".
  if (b.length >= 7 && a.length >= b.length + 3 && a.endsWith(b)) return 0.85;
  // Or starting with a long word: "Implementatiegraad".
  if (b.length >= 8 && a.length >= b.length + 3 && a.startsWith(b)) return 0.8;
  return 0;
}

/**
 * Whether a word the vocabulary knows may stand for another phrase word: an inflection or a compound,
 * but not one letter changed ("reference" is not the Italian "referente").
 */
export function knownWordMatches(known: string, word: string): boolean {
  return formSimilarity(known, word) > 0 && !oneSubstitution(known, word);
}

/** 1 for the same word, less for an inflection or a typo, 0 for another word. */
export function wordSimilarity(a: string, b: string): number {
  const form = formSimilarity(a, b);
  if (form > 0 || Math.min(a.length, b.length) < 3) return form;
  const short = Math.min(a.length, b.length);
  if (/\d/.test(a) || /\d/.test(b)) return 0;
  const d = levenshtein(a, b, 2);
  // One letter changed in a five-letter word is as often another word ("plano"/"plazo") as a typo.
  if (d === 1 && (short >= 6 || (short === 5 && !oneSubstitution(a, b)))) return 0.9;
  if (d === 2 && short >= 9) return 0.88;
  return 0;
}

/** The best contiguous alignment of the phrase inside the header: quality and start. */
function align(header: string[], phrase: string[]): { quality: number; start: number } {
  let best = { quality: 0, start: -1 };
  for (let i = 0; i + phrase.length <= header.length; i++) {
    let q = 1;
    for (let k = 0; k < phrase.length && q > 0; k++) q *= wordSimilarity(header[i + k] ?? '', phrase[k] ?? '');
    if (q > best.quality) best = { quality: q, start: i };
  }
  return best;
}

function scattered(header: string[], phrase: string[]): number {
  let q = 1;
  for (const p of phrase) q *= Math.max(0, ...header.map((h) => wordSimilarity(h, p)));
  return q;
}

/**
 * How well `header` (its words) matches `phrase` (its words), 0 to 1: 1 for the same words,
 * about 0.8 when the phrase starts a two-word header, lower for scattered or misspelt words.
 */
export function phraseScore(header: readonly string[], phrase: readonly string[]): number {
  if (header.length === 0 || phrase.length === 0) return 0;
  const h = header as string[];
  const p = phrase as string[];
  if (h.length === p.length && h.every((w, i) => w === p[i])) return 1;
  if (h.join('') === p.join('')) return 0.97;
  const coverage = Math.min(1, p.length / h.length);
  const { quality, start } = align(h, p);
  let score = quality > 0 ? quality * (0.45 + 0.5 * coverage) + (start === 0 ? 0.05 : 0) : 0;
  if (p.length > 1 && score === 0) score = scattered(h, p) * (0.5 + 0.4 * coverage);
  return Math.min(score, 1);
}

/** Token-overlap similarity of two titles (0 to 1), for matching control titles to the catalogue. */
export function titleSimilarity(a: string, b: string): number {
  const ta = new Set(headerTokens(a));
  const tb = new Set(headerTokens(b));
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t) || [...tb].some((u) => wordSimilarity(t, u) >= 0.9)) shared++;
  return shared / Math.max(ta.size, tb.size);
}

/** Scripts written without spaces between words (Japanese, Chinese, Thai) or often run together (Korean). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
/** Particles between two words of such a header ("リスクの所有者", "风险的等级"), which say nothing themselves. */
// Normalised as headers are (Hangul falls apart into its letters).
const PARTICLES = new Set(['の', 'と', 'や', '的', '和', '与', '及', '或', '및', '과', '와'].map((p) => normaliseHeader(p)));
const unspacedWords = new Set<string>();
let longestWord = 0;

/** Teaches the splitter the vocabulary's words in those scripts. */
export function learnUnspacedWords(words: Iterable<string>): void {
  for (const w of words) {
    if (!UNSPACED.test(w)) continue;
    unspacedWords.add(w);
    longestWord = Math.max(longestWord, w.length);
  }
}

/** One run of such letters split into the longest known words, left to right; what is unknown stays together. */
function splitRun(token: string): string[] {
  const out: string[] = [];
  let unknown = '';
  for (let i = 0; i < token.length; ) {
    let hit = '';
    for (let n = Math.min(longestWord, token.length - i); n >= 1 && !hit; n--) if (unspacedWords.has(token.slice(i, i + n))) hit = token.slice(i, i + n);
    if (!hit) {
      unknown += token[i];
      i++;
      continue;
    }
    if (unknown) out.push(unknown);
    unknown = '';
    out.push(hit);
    i += hit.length;
  }
  if (unknown) out.push(unknown);
  return out.filter((w) => !PARTICLES.has(w));
}

/** A header's words with runs of unspaced scripts split into known words ("リスク所有者" → リスク, 所有者). */
export function segmentWords(tokens: string[]): string[] {
  return tokens.some((t) => UNSPACED.test(t)) ? tokens.flatMap((t) => (UNSPACED.test(t) ? splitRun(t) : [t])) : tokens;
}
