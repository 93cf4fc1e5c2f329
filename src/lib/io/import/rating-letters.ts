/**
 * Ratings headed by single letters: a likelihood's and an impact's pair ("W", "S"; "C", "L" under each stage's band), the
 * initials of ratings spelt out elsewhere in the header ("T", "V" after "Todennäköisyys", "Vaikutus"), a lone impact "A", and the
 * letters of confidentiality, integrity and availability (C, I, A; P, I, D…), which rate no risk. Split from rating-columns.ts.
 */
import type { ColumnHeader } from './header-rows.ts';
import { normaliseHeader } from './headers.ts';
import type { FieldCandidate } from './fields.ts';
import { isResidualHeader, stageless } from './rating-headers.ts';
import type { Candidate, ValueCache } from './columns.ts';

/** Letters that head an impact column ("I", "S" Schwere, "C" consequence, "G" gravité, "A" Auswirkung, "D" dopad, "R"; Greek "Ε" επίπτωση, "Σ" σοβαρότητα). */
export const IMPACT_LETTERS = new Set(['I', 'S', 'C', 'G', 'A', 'D', 'R', 'Ε', 'Σ']);

/** A letter's header without the scale it gives in brackets ("Π (Χ/Μ/Υ)", "L (1-5)"). */
const unscaled = (header: string): string => header.replace(/\s*\([^()]{1,12}\)\s*$/, '').trim();

/** Steps of a scale written as letters: L/M/H (VL, VH), Greek Χ/Μ/Υ (χαμηλή, μέτρια, υψηλή). */
const SCALE_LETTERS = new Set(['l', 'm', 'h', 'vl', 'vh', 'χ', 'μ', 'υ']);
/** Three or more values down a column, nine in ten of them such letters. */
export const letterRatings = (texts: readonly string[]): boolean => texts.length >= 3 && texts.filter((t) => SCALE_LETTERS.has(t.trim().toLowerCase())).length >= texts.length * 0.9;

/** Whole numbers from 0 to 10 down a column (at least three): a rating's values. */
export function rating(ns: (number | null)[]): boolean {
  const present = ns.filter((n): n is number => n !== null);
  return present.length >= 3 && present.filter((n) => Number.isInteger(n) && n >= 0 && n <= 10).length >= present.length * 0.9;
}

/** Letters that head a likelihood column ("W" Wahrscheinlichkeit, "P", "L", "V" vraisemblance, "E" Eintritt, "O" ocurrencia, "F" frequency; Greek "Π" πιθανότητα). */
export const LIKELIHOOD_LETTERS = new Set(['W', 'P', 'L', 'V', 'E', 'O', 'F', 'Π']);

/** "Risk owner" names who, not what: no context for a pair of letters. */
const OWNER_WORD = /(owner|eigner|eigentumer|verantwortlich|proprietaire|responsable|dueno|propietario|vlastnik|ιδιοκτητησ)/;
const RISK_CONTEXT = /(^| )(risk|risks|risiko|risiken|risque|risques|riesgo|riesgos|rischio|rischi|risco|riscos|risico|riziko|rizika|scenario|szenario|escenario|cenario|threat|threats|bedrohung|gefahrdung|menace|amenaza|ameaca|minaccia|hrozba|κινδυνοσ)( |$)/;

/**
 * Two single letters side by side over ratings, a likelihood's and an impact's ("E", "S":
 * Eintritt, Schwere; "V", "G"), are the pair even with no product beside them, unless another
 * column rates a likelihood or an impact already. Either order.
 */
export function letterPair(headers: ColumnHeader[], cia: Set<number>, values: ValueCache, named: Map<number, string | undefined>): Candidate[] {
  // A header that names a rating over sentences ("möglicher Schaden": the harm, described) rates nothing.
  // (A single letter that names one, "L", is one of the letters themselves.)
  const letterHeaded = (col: number) => /^\p{L}[*.]?$/u.test(unscaled(headers.find((h) => h.col === col)?.child ?? ''));
  if ([...named].some(([col, f]) => (f === 'likelihood' || f === 'impact') && values.get(col).avgLength <= 20 && !letterHeaded(col))) return [];
  // Letters rate risks only among risks: a header names them, or a level or score sums the pair up
  // (E and S over a list of findings are an exploitability and a severity, not a risk's rating).
  const context = headers.some((h) => RISK_CONTEXT.test(normaliseHeader(h.child)) && !OWNER_WORD.test(normaliseHeader(h.child))) || [...named.values()].some((f) => f === 'level' || f === 'score');
  if (!context) return [];
  const letter = (h: ColumnHeader) => (cia.has(h.col) ? '' : /^\p{L}[*.]?$/u.test(unscaled(h.child)) ? normaliseHeader(unscaled(h.child)).toUpperCase() : '');
  // (A letter that names its rating itself, "L" as a likelihood, keeps it; its partner, "C", takes the other. One pair per stage.)
  const own = (col: number, field: string) => { const f = named.get(col); return !f || stageless(f) === field; };
  const out: Candidate[] = [];
  const stages = new Set<boolean>();
  for (const h of headers) {
    const next = headers.find((x) => x.col === h.col + 1);
    if (!next || !letter(h) || !letter(next) || letter(h) === letter(next)) continue;
    const [a, b] = [letter(h), letter(next)];
    const order = LIKELIHOOD_LETTERS.has(a) && IMPACT_LETTERS.has(b) ? [h.col, next.col] : IMPACT_LETTERS.has(a) && LIKELIHOOD_LETTERS.has(b) ? [next.col, h.col] : null;
    // (Ratings may carry their word: "Stredná (2)".)
    const rated = (col: number) => rating(values.scores(col)) || letterRatings(values.texts(col));
    if (!order || !own(order[0]!, 'likelihood') || !own(order[1]!, 'impact') || !rated(h.col) || !rated(next.col)) continue;
    const residual = isResidualHeader(h.text) && isResidualHeader(next.text);
    if (stages.has(residual)) continue;
    stages.add(residual);
    out.push({ col: order[0]!, field: residual ? 'residualLikelihood' : 'likelihood', confidence: 0.8 }, { col: order[1]!, field: residual ? 'residualImpact' : 'impact', confidence: 0.8 });
  }
  return out;
}

/**
 * Single letters that are the initials of the ratings named in full elsewhere in the header ("Todennäköisyys | Vaikutus" then,
 * under "Jäännösriski", "T | V"; "Probabilidad | Impacto" then "P | I"): each rates what its initial names, at its own stage.
 * Any language: the sheet spells the words out once. (Not C, I, A side by side, nor a letter that starts both words.)
 */
export function initialsOfRatings(headers: ColumnHeader[], cia: Set<number>, heard: Map<number, FieldCandidate[]>, values: ValueCache): Candidate[] {
  const named = headers.flatMap((h) => {
    const top = heard.get(h.col)?.[0];
    const base = top && top.confidence >= 0.9 ? stageless(top.field) : '';
    return base === 'likelihood' || base === 'impact' ? [{ initial: normaliseHeader(h.child)[0] ?? '', base }] : [];
  });
  const out: Candidate[] = [];
  for (const h of headers) {
    if (cia.has(h.col) || !/^\p{L}\.?$/u.test(unscaled(h.child)) || !rating(values.scores(h.col))) continue;
    const letter = normaliseHeader(unscaled(h.child))[0] ?? '';
    const bases = new Set(named.filter((n) => n.initial === letter).map((n) => n.base));
    if (bases.size !== 1) continue;
    const base = [...bases][0]!;
    out.push({ col: h.col, field: isResidualHeader(h.text) ? (base === 'likelihood' ? 'residualLikelihood' : 'residualImpact') : base, confidence: 0.9 });
  }
  return out;
}

/**
 * A lone "A" beside a likelihood letter ("W", "A": Wahrscheinlichkeit, Auswirkung) is the impact;
 * within C, I, A it is availability and is left alone.
 */
export function impactLetter(headers: ColumnHeader[], cia: Set<number>): number | null {
  const letters = headers.filter((h) => !cia.has(h.col) && /^\p{L}\*?$/u.test(h.child.trim()));
  const a = letters.find((h) => h.child.trim().toUpperCase().startsWith('A'));
  return a && letters.some((h) => LIKELIHOOD_LETTERS.has(h.child.trim().toUpperCase()[0] ?? '')) ? a.col : null;
}

/** A header of a score or a risk priority number ("RPN", "Score", "Punktzahl", "Wynik"). */
const SCORE_HEAD = /(^| )(rpn|score|punkte|punktzahl|wynik|iloczyn|pontuacao|puntuacion|punteggio|skore|pisteet|poang)( |$)/;

/** Columns headed C, I, A side by side: confidentiality, integrity and availability, never an impact (nor any field of their own). */
export function ciaColumns(headers: ColumnHeader[]): Set<number> {
  const letter = new Map(headers.map((h) => [h.col, h.child.trim().toUpperCase()]));
  const out = new Set<number>();
  // (…in other languages' initials too: C I D, P I D, R I D, B I V, V I V, D I D, K R T: confidentiality, integrity, availability.)
  // (Not beside a score of them: "P | I | D | RPN" rates probability, impact and detection.)
  const scored = headers.some((h) => SCORE_HEAD.test(normaliseHeader(h.child)));
  const triplets = ['CIA', ...(scored ? [] : ['CID', 'PID', 'RID', 'BIV', 'VIV', 'DID', 'KRT', 'AIC'])];
  for (const [col, l] of letter) if (triplets.some((t) => t[1] === l && letter.get(col - 1) === t[0] && letter.get(col + 1) === t[2])) [col - 1, col, col + 1].forEach((c) => out.add(c));
  // …and so are letters side by side that spell a scheme's factors ("D R E A D", "S T R I D E"): no likelihood's or impact's letters.
  for (const [col] of letter) {
    for (const word of ['DREAD', 'STRIDE']) {
      if ([...word].every((w, i) => letter.get(col + i) === w)) [...word].forEach((_, i) => out.add(col + i));
    }
  }
  return out;
}
