/**
 * The stage a rating header names (inherent, current, residual) and the rating fields a risk header
 * may name once its stage words are set aside.
 */
import { normaliseHeader } from './headers.ts';
import { bestScore, headerTokens, phrases, strip } from './phrase-match.ts';
import { bareRiskWords, currentWords, inherentWords, ratingPhrases, residualWords } from './synonyms-risks.ts';

/** A scale written into a header: "(1-5)", "1–3", "1 to 5", "0..10". */
export const SCALE_RANGE = /(^|[\s([])[01]\s*(-|–|\.\.|to|a|bis)\s*(3|4|5|6|7|10|25|100)([\s)\]]|$)/i;
export const RATING_PRODUCT = /(^|\()\s*(\p{L}{1,4}\.?\s*[×*·]\s*\p{L}{1,4}\.?|\p{L}{1,4}\.?\s+x\s+\p{L}{1,4}\.?|\p{L}x\p{L})\s*(\)|$)/iu;
/**
 * Dutch "after treatment" ("Kans na behandeling", "Risico na maatregelen"): the word "na" is dropped with the other short words,
 * which would leave a treatment's or a measure's header, so the phrase is read as the residual stage it is.
 */
export const DUTCH_AFTER = /\bna\s+(behandeling|maatregelen|maatregel|mitigatie|beheersmaatregelen)\b/iu;
export const asResidual = (text: string): string => text.replace(new RegExp(DUTCH_AFTER.source, 'giu'), 'residual');
export const residualOf = (header: string, context: string): boolean => strip(headerTokens(asResidual(`${context} ${header}`)), residualWords).found;
/** The header names the residual stage of a rating ("Residual", "Restrisiko", "after treatment"). */
export const isResidualHeader = (header: string): boolean => residualOf(header, '');
/** The header says the rating's stage is the first one ("Initial", "Inherent", "Brutto") or the current one ("Current", "Aktuell"). */
export const isInherentHeader = (header: string): boolean => strip(headerTokens(header), inherentWords).found;
export const isCurrentHeader = (header: string): boolean => strip(headerTokens(header), currentWords).found;

const RESIDUAL: Record<string, string> = { likelihood: 'residualLikelihood', impact: 'residualImpact', score: 'residualScore', level: 'residualLevel' };
/** A rating field without its stage: "residualImpact" → "impact". */
export const stageless = (field: string): string => field.replace(/^residual(.)/, (_, c: string) => c.toLowerCase());
const SCORE_HINT = /\b(numeric|number|numerique|zahl|numerico|ciselne|cislo|score|value)\b/;

/** The header is a stage and a plain word for the risk at most ("Inherent", "Residual risk", "Risiko"): it names no level, score or rating of its own. */
export function bareRatingHeader(header: string): boolean {
  const rest = strip(strip(strip(headerTokens(header), residualWords).rest, inherentWords).rest, currentWords).rest;
  return rest.length === 0 || phrases(bareRiskWords).some(({ words: w }) => w.length === rest.length && w.every((x, i) => x === rest[i]));
}

/** A compound led by the remaining stage ("Restsannolikhet", "Jäännösvaikutus", "Maradványvalószínűség") and the rest a rating's word. */
const STAGE_LED = /^(rest|jaannos|maradvany)(?=\p{L}{4})/u;
/** The tokens of a header, with such compounds split into the stage and the rating ("rest", "sannolikhet"). */
function stageTokens(text: string): string[] {
  return headerTokens(text).flatMap((t) => {
    const stage = STAGE_LED.exec(t)?.[1];
    const rating = stage === undefined ? '' : t.slice(stage.length);
    return stage !== undefined && (Object.values(ratingPhrases).some((list) => bestScore([rating], list) >= 0.85) || phrases(bareRiskWords).some(({ words }) => words.length === 1 && words[0] === rating)) ? [stage, rating] : [t];
  });
}

/** Rating fields of a risk header, after setting aside stage words ("residual", "inherent", "current"). */
export function ratingCandidates(header: string, full: string, context: string, out: Map<string, number>): void {
  // The variant may have words the header only abbreviates ("Υπολειμμ." for residual).
  const all = stageTokens(`${context} ${full}${header === full ? '' : ` ${header}`}`);
  const residual = strip(all, residualWords).found;
  const current = strip(headerTokens(full), currentWords).found && !strip(all, inherentWords).found;
  let rest = strip(strip(strip(stageTokens(header), residualWords).rest, inherentWords).rest, currentWords).rest;
  // A header that is only a stage word ("Restrisiko", "Residual") names a level whatever the band says.
  const onlyStage = rest.length === 0 && headerTokens(header).length > 0;
  if (rest.length === 0) rest = strip(strip(headerTokens(context), residualWords).rest, inherentWords).rest;
  const factor = current ? 0.93 : 1;
  const put = (concept: string, conf: number) => {
    const field = residual ? (RESIDUAL[concept] ?? concept) : concept;
    out.set(field, Math.max(out.get(field) ?? 0, conf * factor));
  };
  for (const [concept, list] of Object.entries(ratingPhrases)) put(concept, bestScore(rest, list));
  const bare = onlyStage || rest.length === 0 || phrases(bareRiskWords).some(({ words: w }) => w.length === rest.length && w.every((x, i) => x === rest[i]));
  if (bare && (residual || strip(all, inherentWords).found || current)) put('level', 0.85);
  if (SCORE_HINT.test(normaliseHeader(header)) && (out.get(residual ? 'residualLevel' : 'level') ?? 0) > 0.6) {
    put('score', (out.get(residual ? 'residualLevel' : 'level') ?? 0) * 0.98);
  }
}
