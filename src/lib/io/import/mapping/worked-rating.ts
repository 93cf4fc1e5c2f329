/**
 * A risk's rating read from its score's working ("2 × 4 = 8 (medium)", "S4 × P3 = 12"), where a register gives
 * no likelihood and impact columns: which number is which, from the cell's letters or the header's words.
 */
import type { Rating } from '../../../domain/model/fields.ts';
import { clip, fold } from './cells.ts';
import type { RowReader } from './row.ts';

/** A score written with its working: "4 × 5 = 20 (critical)", "**3x5=15**", "L4 × I5 = 20" (the app's own export). */
const WORKING = /^\s*([a-z]?)\s*(\d{1,2})\s*[×xX*·]\s*([a-z]?)\s*(\d{1,2})\s*=\s*(\d{1,3})(?!\d|[.,]\d)/i;
/** Words (folded) and letters that name the impact, and the likelihood, in a header or a cell ("I × L", "S4 × P3", "A3 × E2"). */
const IMPACT_WORDS = /^(i|s|c|g|a|cia|impact|impacts|impacto|impatto|auswirkung|schaden|ausmass|severity|severidad|gravite|gravita|gravidade|consequence|consequences|consecuencia|criticality|criticidad|magnitude|dopad)$/;
const LIKELIHOOD_WORDS = /^(l|p|w|v|e|likelihood|probability|probabilidad|probabilite|probabilita|probabilidade|vraisemblance|wahrscheinlichkeit|eintritt|eintrittswahrscheinlichkeit|frequency|frequence|pravdepodobnost)$/;

/**
 * Impact first (true) or likelihood first (false), as a header multiplies them: the first pair of words around a
 * multiplication sign that names both ("(P × G)", "CIA x L"); else the first whole words of each ("Impact score x
 * Likelihood", "l'impact × la probabilité": single letters count only beside the sign, as "à", "e", "w" are words of
 * their languages); else a sign with one side named and a word on the other ("Impact x Prob."). Null when it says neither.
 */
function impactFirst(text: string): boolean | null {
  const tokens = fold(text).match(/\p{L}+|\d+|[×*·]/gu) ?? [];
  const sign = (t: string | undefined) => t === '×' || t === '*' || t === '·' || t === 'x';
  const kind = (w: string | undefined) => (w === undefined ? '' : IMPACT_WORDS.test(w) ? 'i' : LIKELIHOOD_WORDS.test(w) ? 'l' : '');
  for (let k = 1; k < tokens.length - 1; k++) {
    if (!sign(tokens[k]) || sign(tokens[k - 1]) || sign(tokens[k + 1])) continue;
    // (Both sides named, and differently: "5x5" or "Velocity x Impact" decide nothing.)
    const [before, after] = [kind(tokens[k - 1]), kind(tokens[k + 1])];
    if (before && after && before !== after) return before === 'i';
  }
  const words = tokens.filter((w) => w.length > 1);
  const i = words.findIndex((w) => IMPACT_WORDS.test(w));
  const l = words.findIndex((w) => LIKELIHOOD_WORDS.test(w));
  if (i >= 0 && l >= 0) return i < l;
  // Last, a sign with one side named and a word on the other ("Impact x Prob.", "Severity x Occurrence"; not "5x5").
  for (let k = 1; k < tokens.length - 1; k++) {
    const [b, a] = [tokens[k - 1]!, tokens[k + 1]!];
    if (!sign(tokens[k]) || !/^\p{L}{2,}$/u.test(b) || !/^\p{L}{2,}$/u.test(a)) continue;
    if (kind(b)) return kind(b) === 'i';
    if (kind(a)) return kind(a) === 'l';
  }
  return null;
}

/**
 * The rating a stage's score gives by its working ("2 × 4 = 8 (medium)": likelihood 2, impact 4) where the
 * sheet has no likelihood or impact column of that stage: likelihood first, unless the cell's letters or the
 * header say impact first; both within the workspace's scales, and the product right. Where the order is
 * only assumed, a stored rating the working merely transposes stays as it is.
 */
export function workedRating(r: RowReader, score: string, l: string, i: string, stored: Rating | null): Rating | undefined {
  if (!r.has(score) || r.has(l) || r.has(i)) return undefined;
  const text = r.line(score).replace(/^\*+|\*+$/g, '');
  const m = WORKING.exec(text);
  if (!m) return undefined;
  const header = r.sheet.columns.find((c) => c.column === r.mapping.fields[score])?.header ?? '';
  // Letters decide ("S4 × P3", or one of them: "4 × L2"; two of one kind say nothing); a header multiplying named
  // ratings otherwise ("Score (I × L)"); else likelihood first.
  const kindOf = (x: string | undefined) => (!x ? '' : IMPACT_WORDS.test(x.toLowerCase()) ? 'i' : LIKELIHOOD_WORDS.test(x.toLowerCase()) ? 'l' : '?');
  const [k1, k2] = [kindOf(m[1]), kindOf(m[3])];
  const lettered = Boolean(k1 || k2);
  if (k1 === '?' || k2 === '?' || (k1 && k1 === k2)) return undefined;
  const order = lettered ? (k1 ? k1 === 'i' : k2 === 'l') : /[×xX*·]/.test(header) && impactFirst(header) === true;
  const [a, b, product] = [Number(m[2]), Number(m[4]), Number(m[5])];
  const [likelihood, impact] = order ? [b, a] : [a, b];
  if (likelihood * impact !== product) return undefined;
  const { likelihood: ls = 5, impact: is = 5 } = r.batch.snap.ctx.scaleSizes ?? {};
  if (likelihood < 1 || impact < 1 || likelihood > ls || impact > is) {
    r.warn(score, `The working “${clip(text, 40)}” reads likelihood ${likelihood}, impact ${impact}; the workspace's scales run from 1 to ${ls} and 1 to ${is}: ${stored ? 'the stored rating stays' : 'the rating is left to set in the register'}.`);
    return undefined;
  }
  if (!lettered && !order && stored && stored.likelihood === impact && stored.impact === likelihood) return undefined;
  r.flags.add('worked');
  return { likelihood, impact };
}
