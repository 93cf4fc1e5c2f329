/**
 * 4.4: an imported register's own level is kept as written (`importedLevel`) beside the level the
 * workspace's method works out, and a disagreement is flagged rather than silently overwritten.
 */
import type { Rating } from '../model/fields.ts';

/** The level a method gives a rating (the method's `riskLevel`, or a validation context's `levelOf`). */
export type LevelOf = (r: Rating) => { label: string } | undefined;

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();

/**
 * The level the method gives a rating when the file's level names another one ("High" where the
 * method says "Medium"); undefined when they agree, when either is missing, or when the file gave
 * only a number (scores of other methods are not comparable). Abbreviations agree ("Med", "Medium").
 */
export function levelDisagreement(levelOf: LevelOf | undefined, rating: Rating | null, imported: string): string | undefined {
  const word = fold(imported);
  if (!levelOf || !rating || !word) return undefined;
  const lv = levelOf(rating);
  if (!lv) return undefined;
  const ours = fold(lv.label);
  const agree = ours === word || (word.length >= 3 && ours.startsWith(word)) || (ours.length >= 3 && word.startsWith(ours) && !/^(very|extreme)/.test(word));
  return agree ? undefined : lv.label;
}
