/**
 * Matching a header's words against the phrase lists of synonyms*.ts: each list compiled once, a word
 * matched to the list words it resembles (a typo, a compound), and stage words found and set aside.
 */
import { headerTokens as wordsOf, knownWordMatches, learnUnspacedWords, levenshtein, normaliseHeader, phraseScore, segmentWords, wordSimilarity } from './headers.ts';
import { fieldPhrases, notPhrases, phraseList } from './synonyms.ts';
import { bareRiskWords, currentWords, inherentWords, ratingPhrases, residualWords } from './synonyms-risks.ts';

/** A header's words, runs of Japanese, Chinese, Korean or Thai split into the vocabulary's words. */
export const headerTokens = (s: string): string[] => segmentWords(wordsOf(s));

/** A phrase's words, its weight, whether it must be the whole header, and its words run together. */
interface Compiled {
  words: string[];
  weight: number;
  exact: boolean;
  joined: string;
}

const compiled = new Map<string, Compiled[]>();
const vocabulary = new Map<string, string[]>();

export function phrases(list: string): Compiled[] {
  let p = compiled.get(list);
  if (!p) {
    p = phraseList(list)
      .map(({ text, weight, exact }) => {
        const words = wordsOf(text);
        learnUnspacedWords(words);
        return { words, weight, exact, joined: words.join('') };
      })
      .filter((c) => c.words.length > 0);
    for (const { words } of p) for (const w of words) vocabulary.set(w[0] ?? '', [...new Set([...(vocabulary.get(w[0] ?? '') ?? []), w])]);
    compiled.set(list, p);
  }
  return p;
}

const similarCache = new Map<string, Set<string>>();

/**
 * The phrase words a header word resembles (same first letter; typos there are rare), or ends with (a compound).
 * A word the vocabulary knows is itself, not a typo of a neighbour ("reference" is not "referente").
 */
function similarWords(token: string): Set<string> {
  let s = similarCache.get(token);
  if (!s) {
    const known = (vocabulary.get(token[0] ?? '') ?? []).includes(token);
    s = new Set((vocabulary.get(token[0] ?? '') ?? []).filter((v) => known ? knownWordMatches(token, v) : wordSimilarity(token, v) > 0));
    if (token.length >= 10) for (const words of vocabulary.values()) for (const v of words) if (token.endsWith(v) && wordSimilarity(token, v) > 0) s.add(v);
    similarCache.set(token, s);
  }
  return s;
}

export function bestScore(tokens: string[], list: string): number {
  const all = phrases(list);
  const similar = new Set<string>();
  for (const t of tokens) for (const v of similarWords(t)) similar.add(v);
  const joined = tokens.join('');
  let best = 0;
  for (const p of all) {
    if (p.exact) {
      if (p.joined === joined && p.words.length === tokens.length) best = Math.max(best, p.weight);
      continue;
    }
    if (!p.words.some((w) => similar.has(w)) && p.joined !== joined) continue;
    const s = phraseScore(tokens, p.words) * p.weight;
    if (s > best) best = s;
  }
  return Math.min(best, 0.95);
}

/** Two neighbouring letters swapped, not the last ("Residaul"). */
const swapped = (a: string, b: string): boolean => {
  const at = [...a].findIndex((ch, i) => ch !== b[i]);
  return a.length === b.length && at >= 0 && at < a.length - 2 && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
};

/**
 * A header word is a stage word, or a long one with a letter dropped or added inside it ("Restrisko", "Residul"),
 * or two inside it swapped ("Residaul"): not one letter changed or added at an end, which makes other words
 * ("Present"/"Prevent", "Initials", "Mitigate").
 */
const stageWordIs = (word: string, stage: string): boolean =>
  word === stage ||
  (stage.length >= 7 && word.length >= 6 && word[0] === stage[0] && word.at(-1) === stage.at(-1) &&
    ((word.length !== stage.length && levenshtein(word, stage, 1) === 1) || swapped(word, stage)));

/** Removes every occurrence of the stage phrases from the tokens; true when one was found. */
export function strip(tokens: string[], list: string): { rest: string[]; found: boolean } {
  let rest = tokens;
  let found = false;
  for (const { words } of phrases(list).toSorted((a, b) => b.words.length - a.words.length)) {
    for (let i = 0; i + words.length <= rest.length; i++) {
      if (words.every((w, k) => stageWordIs(rest[i + k] ?? '', w))) {
        rest = [...rest.slice(0, i), ...rest.slice(i + words.length)];
        found = true;
        i--;
      }
    }
  }
  return { rest, found };
}

/** "Resp.", "Descr.", "ΚΩΔ.": a word cut short with a dot, read as the shortest known word it starts. */
export function expandAbbreviations(header: string): string {
  return header.replace(/(\p{L}{3,})\.(?![\p{L}\p{N}])/gu, (whole, word: string) => {
    const w = normaliseHeader(word);
    const known = (vocabulary.get(w[0] ?? '') ?? []).filter((v) => v.length > w.length && v.startsWith(w));
    return known.toSorted((a, b) => a.length - b.length)[0] ?? whole;
  });
}

// Every list is compiled up front so the vocabulary is complete before the first header.
for (const lists of Object.values(fieldPhrases)) for (const list of Object.values(lists)) phrases(list);
for (const list of [...Object.values(ratingPhrases), residualWords, inherentWords, currentWords, bareRiskWords]) phrases(list);
for (const lists of Object.values(notPhrases)) for (const list of Object.values(lists)) phrases(list);
