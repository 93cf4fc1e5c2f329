/**
 * Rules about a register's rating columns, after the headers have been read: likelihood, impact and
 * score found from their values (a product of two ratings), a severity that is the level, and a short
 * description that is the title (single letters, "W", "A"; C, I, A, are rating-letters.ts's). columns.ts assigns.
 */
import type { ColumnHeader } from './header-rows.ts';
import { normaliseHeader } from './headers.ts';
import { bareRatingHeader, stageless } from './rating-headers.ts';
import { IMPACT_LETTERS, LIKELIHOOD_LETTERS, rating } from './rating-letters.ts';
import { RISK_WORD } from './kind-words.ts';
import { give, refield } from './column-passes.ts';
import type { Candidate, ValueCache } from './columns.ts';
import type { ColumnValues } from './column-values.ts';

export const RATING_FIELDS = new Set(['likelihood', 'impact', 'score', 'level', 'residualLikelihood', 'residualImpact', 'residualScore', 'residualLevel']);
/** Words of a C, I or A dimension in the importer's languages (folded), as the start of a header word. */
export const CIA_WORD = /(^| )(confiden|integrit|integrid|availab|vertraulich|verfugbar|disponib|riservat|vertrouwelijk|beschikbaar|duvern|dostupn|poufn|dostepn)/;

/**
 * Row by row, a column's numbers are the product of two others' (at least three rows, four in five of them). 0/1 flags
 * multiply too, and a copy of one factor is its product with 1: a product that never exceeds its factors is no score.
 */
function isProduct(ns: (number | null)[], as: (number | null)[], bs: (number | null)[]): boolean {
  let both = 0;
  let equal = 0;
  let beyond = 0;
  ns.forEach((n, i) => {
    const [p, q] = [as[i], bs[i]];
    if (n === null || p == null || q == null) return;
    both++;
    if (Math.abs(n - p * q) < 0.01) equal++;
    if (n > Math.max(p, q)) beyond++;
  });
  return both >= 3 && equal >= both * 0.8 && beyond > 0;
}

/**
 * Two rating columns side by side and, just after them, their product ("O", "I", "NR" = 2, 4, 8;
 * "W", "S", "Zahl"): likelihood, impact and score whatever the headers are called. Only columns whose
 * headers name no rating are given one; a header that names one decides the pair's order and stage
 * ("Res. L" makes the group residual). Otherwise an impact letter ("I", "S", "G") before a likelihood
 * letter ("L", "O") swaps the two. A group right of another, or of a named rating, is the residual one.
 */
export function productRatings(headers: ColumnHeader[], cia: Set<number>, values: ValueCache, named: Map<number, string | undefined>): Candidate[] {
  // C, I, A dimensions hold 0/1 flags that multiply like ratings.
  const cols = headers.filter((h) => !cia.has(h.col) && !CIA_WORD.test(normaliseHeader(h.child))).map((h) => h.col);
  // The letter a short header ends with ("L", "ML" for a mitigated likelihood).
  const letterOf = (col: number) => {
    const word = normaliseHeader(headers.find((h) => h.col === col)?.child ?? '').split(' ').pop()?.toUpperCase() ?? '';
    return word.length <= 2 ? word.slice(-1) : '';
  };
  const out: Candidate[] = [];
  let groups = 0;
  for (const a of cols) {
    if (!cols.includes(a + 1) || out.some((c) => c.col >= a)) continue;
    const na = values.numbers(a);
    const nb = values.numbers(a + 1);
    if (!rating(na) || !rating(nb)) continue;
    const c = [a + 2, a + 3, a + 4].find((x) => {
      if (!cols.includes(x)) return false;
      return isProduct(values.numbers(x), na, nb);
    });
    if (c === undefined) continue;
    const group = [a, a + 1, c];
    const said = group.map((col) => named.get(col));
    const swap = said[0]?.endsWith('mpact') || said[1]?.endsWith('ikelihood') || (!said[0] && !said[1] && IMPACT_LETTERS.has(letterOf(a)) && LIKELIHOOD_LETTERS.has(letterOf(a + 1)));
    // Residual when a header says so, or when a rating stands to its left already (a first group, or a named rating).
    const before = groups > 0 || [...named].some(([col, f]) => col < a && f !== undefined && !f.startsWith('residual'));
    // A second group repeats the first's plain names ("Kans", "Impact" again): it is the residual one all the same.
    const repeated = groups > 0 && said.every((f, k) => !f || f === ['likelihood', 'impact', 'score'][k] || f === ['impact', 'likelihood', 'score'][k]);
    const residual = said.some((f) => f?.startsWith('residual')) || repeated || (before && !said.some((f) => f && !f.startsWith('residual')));
    groups++;
    const fields = residual ? ['residualLikelihood', 'residualImpact', 'residualScore'] : ['likelihood', 'impact', 'score'];
    const order = swap ? [a + 1, a, c] : [a, a + 1, c];
    order.forEach((col, k) => {
      if (!named.get(col) || (repeated && residual)) out.push({ col, field: fields[k]!, confidence: 0.85 });
    });
    // A product headed as a factor ("P | I | Severidad" = 3, 5, 15) is the score all the same, before what its header says.
    const productSaid = said[2] ? stageless(said[2]) : '';
    if (productSaid === 'likelihood' || productSaid === 'impact') out.push({ col: c, field: fields[2]!, confidence: 0.99 });
  }
  return out;
}

// Word boundaries by spaces: \b does not see Greek letters.
const IMPACT_WORD = /(^| )(impact|impacto|impatto|impakt|auswirkung|dopad|επιπτωση|consequence|consequences|gevolg|konsekvens)( |$)/;

/**
 * A register that rates only "Severity: High" has no impact to multiply: that column is the
 * risk's level. (With a likelihood beside it, or numbers in it, it stays the impact, unless a column
 * headed by the word impact holds the numbers.)
 */
export function severityAsLevel(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, values: ValueCache, headers: ColumnHeader[]): void {
  const col = fields.get('impact');
  const said = (c: number) => IMPACT_WORD.test(normaliseHeader(headers.find((h) => h.col === c)?.child ?? ''));
  // A column headed by the word impact itself ("Impacto: Alto") stays the impact.
  if (col === undefined || said(col)) return;
  // "Severity" beside a column headed "Impact" that the level took, or none did: the impact is that column, the severity the level.
  const level = fields.get('level');
  const headedImpact = level === undefined ? headers.find((h) => !taken.has(h.col) && said(h.col) && values.get(h.col).scale >= 0.6)?.col : said(level) ? level : undefined;
  if (headedImpact !== undefined && values.get(col).scale >= 0.6) {
    if (level !== undefined) refield(fields, confidence, taken, 'level', 'swapping');
    refield(fields, confidence, taken, 'impact', 'level');
    if (level !== undefined) refield(fields, confidence, taken, 'swapping', 'impact');
    else {
      fields.set('impact', headedImpact);
      confidence.set('impact', 0.8);
      taken.set(headedImpact, { col: headedImpact, field: 'impact', confidence: 0.8 });
    }
    return;
  }
  if (fields.has('level')) return;
  const v = values.get(col);
  if (v.count < 3 || v.scale < 0.6 || v.numeric >= 0.3) return;
  if (!['likelihood', 'residualLikelihood'].some((f) => fields.has(f))) {
    refield(fields, confidence, taken, 'impact', 'level');
    return;
  }
  // "P | I | Score | Severity" (3, 5, 15, Critical): numbers no header named multiply with the likelihood into the score, so they
  // are the impact and the severity's words the level.
  const score = fields.get('score');
  const likelihood = fields.get('likelihood');
  const factor = score === undefined || likelihood === undefined ? undefined : headers.find((h) => !taken.has(h.col) && rating(values.scores(h.col)) && isProduct(values.scores(score), values.scores(likelihood), values.scores(h.col)))?.col;
  if (factor !== undefined) {
    refield(fields, confidence, taken, 'impact', 'level');
    give(fields, confidence, taken, factor, 'impact', 0.8);
    return;
  }
  // "Severity: High" beside a numeric "Impact score" the score took: the words are the level, the numbers the impact.
  if (score === undefined || !said(score) || values.get(score).numeric < 0.8) return;
  refield(fields, confidence, taken, 'impact', 'level');
  refield(fields, confidence, taken, 'score', 'impact');
}

/**
 * A stage's bare header over scores written with their band ("Inherent risk: 20 (Critical)", "Residual: 2 × 4 = 8 (medium)")
 * holds the score: the number leads and the band follows from it (every labeller of the held-out sets took the score).
 * A header that names the level ("Risk level", "Αρχικό Επίπεδο") keeps it.
 */
export function bandedScores(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, values: ValueCache, headers: ColumnHeader[]): void {
  for (const [level, score] of [['level', 'score'], ['residualLevel', 'residualScore']] as const) {
    const col = fields.get(level);
    if (col === undefined || fields.has(score)) continue;
    const v = values.get(col);
    if (v.count < 2 || v.banded < 0.6 || !bareRatingHeader(headers.find((h) => h.col === col)?.child ?? '')) continue;
    refield(fields, confidence, taken, level, score);
  }
}

/**
 * A column whose numbers are the likelihood times the impact, row by row, is the score whatever its header
 * ("Risk": 9, 6, 6, 3 beside "Likelihood" and "Severity"; "Inherent risk": "20 (Critical)" beside "4 (Likely)"),
 * unless another column holds the score already.
 */
export function productAsScore(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, values: ValueCache, headers: ColumnHeader[]): void {
  for (const [l, i, score] of [['likelihood', 'impact', 'score'], ['residualLikelihood', 'residualImpact', 'residualScore']] as const) {
    const [lc, ic] = [fields.get(l), fields.get(i)];
    if (lc === undefined || ic === undefined || fields.has(score)) continue;
    const [ln, inn] = [values.scores(lc), values.scores(ic)];
    const col = headers.map((h) => h.col).find((c) => {
      const f = taken.get(c)?.field;
      return c !== lc && c !== ic && (f === undefined || f === 'id') && isProduct(values.scores(c), ln, inn);
    });
    if (col === undefined) continue;
    const was = taken.get(col)?.field;
    if (was) refield(fields, confidence, taken, was, score);
    else {
      fields.set(score, col);
      confidence.set(score, 0.8);
      taken.set(col, { col, field: score, confidence: 0.8 });
    }
  }
}

/**
 * A register whose only text about the risk is a "Description" ("Risk Description: Data breach") names its risks there: that
 * column is the title, also beside a threat (not beside a weakness alone). The labellers of held-out 42 to 48 called such a lone
 * column the title 42 times in 43, however long its sentences under a header that names the risk (up to 190 letters on average);
 * single words as in a legend, and codes, stay the description.
 */
/** The risk as the first part of a compound ("Risikobeschreibung", "Risicobeschrijving", "Riskbeskrivning", "Beschreibung des Risikos"). */
const RISK_STEM = /(^| )(?!riskant|risky|riskier|riskiest|risikofrei|risikolos|riskfree|riskless|risicovol|risicoloos)(risk|risiko|risico|risque|riesgo|risco|rischio|ryzyk|rizik)\p{L}/u;

export function descriptionAsTitle(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, values: ValueCache, headers: ColumnHeader[]): void {
  const col = fields.get('description');
  if (col === undefined || fields.has('title')) return;
  // The column says it describes the risk ("Risk Description", "Risikobeschreibung"; its own header, not a band such as "Risk analysis").
  const header = normaliseHeader(headers.find((h) => h.col === col)?.child ?? '');
  const risky = RISK_WORD.test(header) || RISK_STEM.test(header);
  // Beside a weakness and no threat ("Vulnerability | … | Description"), the weakness names the risk and a bare description tells it.
  // (A cause, "Cause", "why it might happen": what brings the risk about, is no weakness naming it.)
  const cause = /(^| )(cause|causes|causa|causas|ursache|ursachen|oorzaak)( |$)|^why /.test(normaliseHeader(headers.find((h) => h.col === fields.get('vulnerability'))?.child ?? ''));
  if (fields.has('vulnerability') && !fields.has('threat') && !risky && !cause) return;
  // Only where the rows are risks: rated for likelihood or impact, or the column says it describes the risk
  // (beside measures). A legend or lookup ("Level", "Description") names no risks.
  // (…or rated by a level in rows keyed as risks: "Risk ID | Severity: HIGH | Description".)
  const keyed = RISK_WORD.test(normaliseHeader(headers.find((h) => h.col === fields.get('id'))?.child ?? ''));
  if (!(fields.has('likelihood') || fields.has('impact') || risky || (keyed && fields.has('level')))) return;
  const v = values.get(col);
  // (A bare "Description" of stories, over 80 letters on average, may be a legend's: it stays the description. Fewer rows say less.
  // Not where the rows are keyed as risks, "Risk ID": R1, R2, as no legend is; the labellers of held-out 42 to 51 called a lone
  // bare "Description" the title 15 times in 15.)
  const longest = risky || keyed ? Infinity : v.count >= 3 ? 80 : 60;
  if (v.count < 1 || v.avgLength > longest || v.avgLength < 10 || v.codes >= 0.5) return;
  refield(fields, confidence, taken, 'description', 'title');
}

/** A threat's own word ("Threat", "Amenaza", "Bedrohung"). */
const THREAT_WORD = /^(threat|threats|amenaza|amenazas|ameaca|ameacas|menace|menaces|bedrohung|bedrohungen|gefahrdung|gefahrdungen|minaccia|minacce|dreiging|dreigingen|hrozba|zagrozenie|απειλη)$/;
/** What a threat is to, written before it: "Application | Threat", "Location | Threat", "Supplier | Threat". */
const THREATENED = /(^| )(application|applications|app|apps|system|systems|location|locations|site|sites|place|supplier|suppliers|vendor|vendors|service|services|area|department|scope|process|processes|component|components|product|products|asset|assets|aplicacion|sistema|ubicacion|proveedor|servicio|anwendung|standort|lieferant|dienst|fournisseur|prestataire|fornitore|fornecedor|abteilung|departamento|departement|dipartimento|business unit|unit|units|facility|facilities|project|projects|projet|proyecto|projeto|team|teams|equipo|equipe|applicazione|aplicacao)( |$)/;
/** A column of who owns, answers for or raised a risk ("Responsible unit", "Owning team", "Raised by (team)"). */
const OWNING = /(^| )(responsible|owning|owner|owners|raised|reported|accountable|responsable|verantwortlich|verantwortliche|responsavel|responsabile)( |$)/;
/** Who or where a threat comes from, or its kind: "Threat actor", "Threat source", "Threat category". */
const THREAT_SIDE = /(^| )(actor|actors|agent|agents|source|sources|origin|category|categories|type|types|class|family|catalogue|catalog)( |$)/;

/** "Threat scenario", "Szenario", "Escenario de amenaza": the story of how a risk comes about. */
const SCENARIO_WORD = /(^| )(scenario|scenarios|szenario|szenarien|escenario|escenarios|cenario|cenarios|scenarij|σεναριο)( |$)/;

/**
 * A "Threat scenario" is the risk's own name where nothing else names or describes it (no title, no
 * description, no weakness), each row its own: the labellers of the held-out sets took it for the title, and for the threat only beside another.
 * So is a bare threat in a rated register that names no asset (see below).
 */
export function scenarioAsTitle(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, values: ValueCache, headers: ColumnHeader[]): void {
  const col = fields.get('threat');
  // (Beside a weakness the scenario is the threat exploiting it; threats repeated row by row name no risk.)
  if (col === undefined || ['title', 'description', 'vulnerability'].some((f) => fields.has(f)) || values.get(col).distinct < 0.8) return;
  // The scenario heads the header ("Threat scenario", "Escenario de amenaza"), not one of its alternatives ("Menace ou scénario d'exploitation").
  const words = normaliseHeader(headers.find((h) => h.col === col)?.child ?? '').split(' ');
  // …and so is a bare "Threat" in a register that rates it and names no asset either ("# | Threat | Likelihood | Impact", a threat
  // model's "Threat | Score | Level" or "Threat | Mitigation | Residual"): nothing else says what each row is about (sixteen
  // labels of the held-out sets said the title there, sixteen either, two the threat).
  // Only under a header led or closed by the threat ("Threat", "Description of threat"), not a threat actor's or source's ("Threat
  // actor": "Organised crime"), nor in a catalogue of threats that rates none; and not after the application, place or supplier it threatens.
  // (Not the unit that owns or raised the risk: "Responsible unit", "Owning team".)
  const before = headers.filter((h) => h.col < col && fields.get('owner') !== h.col && !OWNING.test(normaliseHeader(h.child))).map((h) => normaliseHeader(h.child)).join(' ');
  const bare = THREAT_WORD.test(words[0] ?? '') || THREAT_WORD.test(words.at(-1) ?? '');
  const lone = !fields.has('asset') && [...RATING_FIELDS].some((f) => fields.has(f)) && bare && !THREAT_SIDE.test(words.join(' ')) && !THREATENED.test(before);
  if (!(lone || [words[0], words.at(-1)].some((w) => SCENARIO_WORD.test(w ?? ''))) || values.get(col).count < (lone ? 1 : 2)) return;
  refield(fields, confidence, taken, 'threat', 'title');
}

/**
 * Of a title and a description, the shorter text is the title: "Risk description" in one line and
 * a "Threat scenario" told at length are the risk's name and its story, when the title's header names it only loosely.
 */
export function shorterIsTitle(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, values: ValueCache): void {
  const title = fields.get('title');
  const description = fields.get('description');
  if (title === undefined || description === undefined) return;
  const t = values.get(title);
  const d = values.get(description);
  const tc = confidence.get('title') ?? 0;
  // Only a title taken from a header that names it loosely ("Threat_Scenario"), not "Risk" or "Risk statement".
  if (tc >= 0.9 || t.count < 3 || d.count < 3 || t.avgLength < 1.5 * d.avgLength || d.avgLength < 10) return;
  refield(fields, confidence, taken, 'title', 'swapping');
  refield(fields, confidence, taken, 'description', 'title');
  refield(fields, confidence, taken, 'swapping', 'description');
}

/** A header of a kind of risk rather than its name ("Tipo de riesgo", "Risk category", "Type"). */
const SORT_HEADER = /(^| )(type|types|category|categories|kind|class|group|area|domain|tipo|tipos|categoria|categorias|categorie|kategorie|typ|art|bereich|clase|classe)( |$)/;

/**
 * A "title" that names no risk, beside a description that tells each one: a kind of risk repeated down the rows, under a header of
 * kinds ("Tipo de riesgo": Humano, Humano, Técnico), or the risks' codes ("Risco": RN1, RN2). The description then names the risks,
 * and the codes number them where nothing else does but a count of the lines ("#": 1, 2, 3), which they replace.
 * (A risk's own name repeated on several assets' rows, "Risk: Ransomware", stays the title.)
 */
export function describedNotTitled(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, values: ValueCache, headers: ColumnHeader[]): void {
  const title = fields.get('title');
  const description = fields.get('description');
  if (title === undefined || description === undefined) return;
  const t = values.get(title);
  const d = values.get(description);
  if (d.count < 3 || d.distinct < 0.8 || d.avgLength < 10 || d.codes >= 0.5) return;
  const sorts = t.count >= 4 && t.distinct <= 0.5 && t.avgLength <= 20 && SORT_HEADER.test(normaliseHeader(headers.find((h) => h.col === title)?.child ?? ''));
  const codes = t.count >= 3 && t.codes >= 0.8 && t.distinct >= 0.9 && t.avgLength <= 12;
  if (!sorts && !codes) return;
  const id = fields.get('id');
  // (The codes take the id from a mere count of the lines.)
  const counted = (v: ColumnValues) => v.count >= 3 && v.sequence >= 0.8 && v.numeric >= 0.9;
  if (codes && id !== undefined && counted(values.get(id))) {
    fields.delete('id');
    confidence.delete('id');
    taken.delete(id);
  }
  if (codes && !fields.has('id')) refield(fields, confidence, taken, 'title', 'id');
  else {
    fields.delete('title');
    confidence.delete('title');
    taken.delete(title);
  }
  refield(fields, confidence, taken, 'description', 'title');
}
