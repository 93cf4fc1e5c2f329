/**
 * 4.4: an imported register's own level is kept as written (`importedLevel`) beside the level the
 * workspace's method works out, and a disagreement is flagged rather than silently overwritten.
 */
import type { Rating } from '../model/fields.ts';

/** The level a method gives a rating (the method's `riskLevel`, or a validation context's `levelOf`). */
export type LevelOf = (r: Rating) => { label: string } | undefined;

/** Words around a level that do not change it ("High risk", "Niveau élevé" keeps "élevé"). */
const NOISE = new Set(['risk', 'risks', 'level', 'rating', 'risque', 'niveau', 'risiko', 'stufe', 'riesgo', 'nivel', 'rischio', 'livello', 'riziko', 'uroven']);

/** The words of a level as written: accents, case, a score in brackets, digits and noise words set aside. */
function words(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w && !NOISE.has(w))
    .join(' ');
}

/** The file's words name this label: the same words, or the start of them ("Med" for "Medium"); not "Medium-High". */
function names(written: string, label: string): boolean {
  const w = words(written);
  const l = words(label);
  return w !== '' && (w === l || (w.length >= 3 && !w.includes(' ') && l.startsWith(w)));
}

const levelFor = (levelOf: LevelOf | undefined, rating: Rating | null) => (rating && levelOf ? levelOf(rating) : undefined);

/** The file's level says the same as the method's level for the rating (so there is nothing to keep beside it). */
export function levelAgrees(levelOf: LevelOf | undefined, rating: Rating | null, written: string): boolean {
  const lv = levelFor(levelOf, rating);
  return lv !== undefined && names(written, lv.label);
}

/**
 * The level the method gives a rating when the file's level names another of the method's levels
 * ("High" where the method says "Medium"). Undefined when they agree, when either is missing, or when
 * the file's word is not one of the method's labels ("H", "hoch", a score): those are shown as written,
 * not judged.
 */
export function levelDisagreement(labels: readonly string[], levelOf: LevelOf | undefined, rating: Rating | null, written: string): string | undefined {
  const lv = levelFor(levelOf, rating);
  if (!lv || names(written, lv.label)) return undefined;
  return labels.some((l) => names(written, l)) ? lv.label : undefined;
}
