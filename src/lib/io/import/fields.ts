/**
 * Which canonical fields a header could name, with a confidence: 1 for the header the app itself
 * writes, 0.95 for a known phrase, less for a phrase inside a longer header or a misspelt one.
 */
import { appHeaders } from '../app-layout.ts';
import type { RecordKind } from './types.ts';
import { headerTokens as wordsOf, normaliseHeader } from './headers.ts';
import { bestScore, expandAbbreviations, headerTokens, phrases, strip } from './phrase-match.ts';
import { DUTCH_AFTER, RATING_PRODUCT, SCALE_RANGE, asResidual, ratingCandidates, residualOf, stageless } from './rating-headers.ts';
import { fieldPhrases, notPhrases } from './synonyms.ts';
import { currentWords, inherentWords, ratingPhrases } from './synonyms-risks.ts';

export interface FieldCandidate {
  field: string;
  confidence: number;
}

/**
 * The header's first line, or the part before a parenthesis or a colon: where the name usually is;
 * without a scale written after it ("Likelihood_1_5", "L_1to5", "Impact 1-5").
 */
export function coreHeader(header: string): string {
  const core = header.split(/\n|\(|:|\s[-–—]\s/)[0]?.trim() ?? header;
  return core.replace(/[\s_]+\[?\d{1,2}\s*(?:to|-|–|_|\.\.|\/)\s*\d{1,2}\]?$/i, '').trim() || core;
}

/** Words that, last in a header, say what it is ("Control owner" is an owner, not a control). */
const HEAD_NOUNS = new Set([
  'owner', 'status', 'date', 'description', 'id', 'name', 'title', 'type', 'level', 'score', 'zone', 'no', 'ref', 'notes', 'comments',
  'category', 'class', 'group', 'area', 'appetite', 'tolerance', 'trend', 'source', 'cost', 'effectiveness', 'matrix', 'maturity',
  'strength', 'domain', 'family', 'mapping', 'function', 'criticality',
]);

/** The same, first in a header, in languages that put the head noun first ("Categoría de riesgo", "Tipo de amenaza", "وضعیت کنترل"). */
const FIRST_HEAD_NOUNS = new Set([
  'categoria', 'categorie', 'tipo', 'type', 'clase', 'classe', 'grupo', 'groupe', 'gruppo', 'dominio', 'domaine', 'costo', 'custo', 'cout',
  'fecha', 'date', 'tendencia', 'tendance', 'tendenza',
  // Persian (as headers.ts normalises it): status, type, category, group, date, cost.
  'وضعیت', 'نوع', 'دسته', 'گروه', 'تاریخ', 'هزینه',
]);

/** A phrase of the list with the same head noun, and with the header's other words where it has more ("Action name" vouches for "Action_name", not "Control name"). */
function hasPhrase(list: string, word: string, first: boolean, tokens: string[]): boolean {
  return phrases(list).some(({ words: w }) => (first ? w[0] : w[w.length - 1]) === word && w.every((x) => x === word || tokens.includes(x)));
}

/** Head nouns that only name or describe what the other words say. */
const NAMING_HEADS = new Set(['name', 'title', 'description']);

/** Fields whose phrases never end (or, for a head noun first, never start) with the header's head noun lose a little. */
function headNounPenalty(kind: RecordKind, header: string, out: Map<string, number>): void {
  const tokens = headerTokens(coreHeader(header));
  const last = tokens[tokens.length - 1] ?? '';
  const head = HEAD_NOUNS.has(last) ? last : FIRST_HEAD_NOUNS.has(tokens[0] ?? '') ? tokens[0] : undefined;
  if (tokens.length < 2 || head === undefined) return;
  const lists: Record<string, string> = { ...fieldPhrases[kind], ...(kind === 'risks' ? ratingPhrases : {}) };
  for (const [field, conf] of out) {
    const base = stageless(field);
    const list = lists[field] ?? lists[base];
    // A head noun first is a weaker sign: "Type de risque" sometimes heads the risks' names.
    // …unless the head only says "the name of" and the other words plainly name the field ("Risk name" in a plan, "Mitigation description").
    const plain = NAMING_HEADS.has(head) && bestScore(tokens.filter((t) => t !== head), list ?? '') >= 0.9;
    if (list && conf < 1 && !plain && !hasPhrase(list, head, head !== last, tokens)) out.set(field, conf * (head === last ? 0.7 : 0.8));
  }
}

const cache = new Map<string, FieldCandidate[]>();

/** The header names something that looks like the field but is not ("Action ID" is no plan's risk). */
export function disowned(kind: RecordKind, field: string, header: string): boolean {
  return disowning(kind, field, header) >= 0.9;
}

/** How closely the header names something that only looks like the field (1: word for word). */
function disowning(kind: RecordKind, field: string, header: string): number {
  const list = notPhrases[kind]?.[field];
  return list === undefined ? 0 : bestScore(headerTokens(header), list);
}


/** A question whether an asset is sensitive ("Sensitive?", "¿Sensible?", "Sensibel?"). (Whether it holds personal data, "PII?", is another matter: no classification.) */
const SENSITIVE_ASKED = /^\s*[¿]?\s*(sensitive|sensitive data|sensible|sensibel|sensibile|gevoelig|citlive)\s*\?\s*$/i;

/**
 * The fields of `kind` that `header` may name, best first (confidence ≥ 0.5). `context` is the
 * band above a two-row header ("Residual risk" over "Likelihood").
 */

export function fieldCandidates(kind: RecordKind, header: string, context = ''): FieldCandidate[] {
  const key = `${kind}\u0000${header}\u0000${context}`;
  const hit = cache.get(key);
  if (hit) return hit;
  // A tool's own wrapping of a field's name ("Custom field (cf_linked_risk)" from Jira, "u_risk_owner" from ServiceNow) is the name.
  const unwrapped = header.replace(/^\s*custom\s*field\s*\((.+)\)\s*$/i, '$1').replace(/^\s*(cf|u)_(?=\p{L}{2})/iu, '');
  if (unwrapped !== header) {
    const read = fieldCandidates(kind, unwrapped, context);
    cache.set(key, read);
    return read;
  }
  if (DUTCH_AFTER.test(header) || DUTCH_AFTER.test(context)) {
    const read = fieldCandidates(kind, asResidual(header), asResidual(context));
    cache.set(key, read);
    return read;
  }
  const out = new Map<string, number>();
  /** The variant of the header each field's phrase was found in. */
  const source = new Map<string, string>();
  const exact = normaliseHeader(header);
  for (const [field, text] of Object.entries(appHeaders[kind] as Record<string, string>)) {
    if (normaliseHeader(text) === exact && !context) out.set(field, 1);
  }
  // "Evidence artifact / Verification source": either name may be the known one; the first counts more.
  const parts = header.includes('/') ? header.split(/\s*\/\s*/).filter((p) => /\p{L}{3}/u.test(p)) : [];
  const alternatives = parts.length >= 2 && parts.length <= 3 ? parts : [];
  // "Penyebab (Kerawanan)", "Asset (الأصول)": a word in brackets may be the name in another language.
  const bracketed = /^[^()]+\(([^()]*\p{L}{3}[^()]*)\)\s*$/u.exec(header)?.[1]?.trim() ?? '';
  const gloss = headerTokens(bracketed).length <= 3 ? bracketed : '';
  const variants = [header, coreHeader(header), context ? `${context} ${coreHeader(header)}` : '', expandAbbreviations(header), ...alternatives, gloss]
    .filter((v, i, a) => v && a.indexOf(v) === i);
  variants.forEach((variant, i) => {
    const tokens = headerTokens(variant);
    const part = alternatives.indexOf(variant);
    const factor = i === 0 ? 1 : part === 0 ? 0.95 : part > 0 || variant === gloss ? 0.9 : variant === coreHeader(header) ? 0.97 : 0.95;
    for (const [field, list] of Object.entries(fieldPhrases[kind])) {
      const s = bestScore(tokens, list) * factor;
      if (s > (out.get(field) ?? 0)) {
        out.set(field, s);
        source.set(field, variant);
      }
    }
    // A rating word in brackets glosses the header ("Asset value (Impact)"); it does not make it that rating, unless the header is
    // only a letter that the word spells out ("E (Eintritt)", "S (Schaden)").
    if (kind === 'risks' && (variant !== gloss || /^\p{L}{1,2}\s*\(/u.test(header.trim()))) ratingCandidates(variant, header, context, out);
  });
  if (alternatives.length === 0) headNounPenalty(kind, header, out);
  // "Sensitive?": an asset asked whether it is sensitive is classified so. (Asked only: the word alone is a
  // classification's value, and a row of values must not read as a header.)
  if (kind === 'assets' && SENSITIVE_ASKED.test(header)) out.set('classification', Math.max(out.get('classification') ?? 0, 0.9));
  // "N° SO", "No. RA": a number of something abbreviated is the row's id.
  const tokens = headerTokens(header);
  if ((kind === 'risks' || kind === 'assets') && tokens.length === 2 && tokens[0] === 'no' && /^\p{L}{1,3}$/u.test(tokens[1] ?? '')) out.set('id', Math.max(out.get('id') ?? 0, 0.85));
  // "Risk reduction (1-5)", "Score 1 to 25": a header that gives its scale rates something; it numbers nothing.
  if (SCALE_RANGE.test(header)) for (const f of ['id', 'riskId', 'controlId']) out.delete(f);
  // "Reviewed by", "Approved by", "Geprüft von", "Revisado por": a person, not the date of the review ("Review by" is a date).
  if (/(\Sed by|(^| )ge\S+t von|\S[eu] par|\S(ado|ido) por|\S(ato|ito|sto) da|\Sd door)$/.test(normaliseHeader(header))) for (const f of ['reviewDate', 'dueDate', 'lastReviewedAt', 'nextReviewDue']) out.delete(f);
  // "G×V", "P x I", "Riesgo (P×I)": two ratings multiplied is the score.
  if (kind === 'risks' && RATING_PRODUCT.test(header)) out.set(residualOf(header, context) ? 'residualScore' : 'score', 0.96);
  for (const field of Object.keys(notPhrases[kind] ?? {})) {
    const conf = out.get(field);
    // (…or the one name of "Garantie / Licence", or the core of "Garantie (Jahre)", the field was found in.)
    const part = source.get(field);
    // (…or the last name of a band's "Current controls / Control effectiveness", the column's own.)
    const own = alternatives.at(-1);
    const not = Math.max(disowning(kind, field, header), part !== undefined && part !== header ? disowning(kind, field, part) : 0, own !== undefined ? disowning(kind, field, own) : 0);
    // (A header that is word for word the look-alike, "Garantia", loses the field for good; one merely close to it, "What happens"
    // to "What happened", keeps a chance.)
    if (conf !== undefined && conf < 1 && not >= 0.9) out.set(field, conf * (not >= 0.95 ? 0.5 : 0.6));
  }
  if (kind === 'risks' && residualOf(header, context)) {
    // "Residual risk vs appetite" is about the residual rating, not the risk's title.
    for (const [field, conf] of out) if (!field.startsWith('residual') && conf < 1) out.set(field, conf * 0.85);
  }
  // "CIA rating": an asset's ratings of confidentiality, integrity and availability, not the risk's level.
  if (kind === 'risks' && /(^| )(cia|c i a)( |$)/.test(headerTokens(header).join(' '))) for (const f of ['level', 'score']) if (out.has(f)) out.set(f, (out.get(f) ?? 0) * 0.5);
  // "Stato inerente", "Current state": the state of a rating stage may be its level; the values decide
  // (level words make it the level, "Accepted" or "Closed" keep it the status).
  const stage = residualOf(header, context) || strip(headerTokens(header), inherentWords).found || strip(headerTokens(header), currentWords).found;
  if (kind === 'risks' && (out.get('status') ?? 0) >= 0.5 && stage) {
    const level = residualOf(header, context) ? 'residualLevel' : 'level';
    out.set(level, Math.max(out.get(level) ?? 0, (out.get('status') ?? 0) * 0.95));
  }
  if (context && ![...out.values()].some((c) => c >= 0.5)) {
    // (Not a field the header itself disowns: "Current controls / Control effectiveness" rates the controls, it lists none.)
    for (const c of fieldCandidates(kind, context)) if (!disowned(kind, c.field, header)) out.set(c.field, c.confidence * 0.8);
  }
  const list = [...out.entries()]
    .filter(([, c]) => c >= 0.5)
    .map(([field, confidence]) => ({ field, confidence: Math.round(confidence * 1000) / 1000 }))
    .sort((a, b) => b.confidence - a.confidence);
  cache.set(key, list);
  return list;
}

/**
 * A register's further column of measures, beside the one that took the controls ("Recommended controls" beside "Existing
 * controls", "Next action" beside "Mitigation"): its header names the controls first and plainly.
 */
export function namesMeasures(kind: RecordKind, header: string): boolean {
  const top = kind === 'risks' ? fieldCandidates('risks', header)[0] : undefined;
  // Not the controls' names, numbers, mapping or people ("Control_Name", "Control ref", "Cloud control mapping", "Control operator"),
  // nor their state, proof, outcome, approval or timing ("Behandlungsstatus", "Treatment evidence", "Treatment sign-off"), nor a
  // bare recommendation. The header may name the measures less plainly than a controls' header does ("Treatment plan",
  // "Recommended_Control", "Mitigerende tiltag": 0.6 and up), or name what is done about the risk ("Recommended treatment"),
  // though not the option chosen or why ("Estratégia de resposta", "Why this treatment").
  if (!top || top.confidence < 0.6 || MEASURES_ABOUT.test(wordsOf(header).join(' '))) return false;
  // (A bare "Traitement" in French names a processing of personal data, as a DPIA lists them.)
  return top.field === 'controls' || (top.field === 'treatment' && !TREATMENT_OPTION.test(wordsOf(header).join(' ')) && !/^traitements?$/.test(wordsOf(header).join(' ')));
}
const MEASURES_ABOUT = /(^| )(name|names|ref|refs|reference|references|id|ids|no|number|numbers|mapping|mapped|map|owner|owners|operator|operators|performer|performers|responsible|manager|lead|team|by|status|date|priority|prioridad|prioridade|priorite|prioritat|prioritaet|priorita|prioriteit|prioritet|approver|approval|approved|sign off|signoff|signed|evidence|result|results|outcome|outcomes|progress|deadline|eta|due|recommendation|recommendations)( |$)|status|option|datum|frist|nachweis|ergebnis/;
/** A treatment's header that names the option chosen or why, not the measures ("Treatment strategy", "Estratégia de resposta", "Why this treatment"). */
const TREATMENT_OPTION = /(^| )(why|reason|reasons|rationale|justification|begrundung|grund|motivo|motivacion|justificacion|justificativa|razon|raison|strategy|strategie|estrategia|option|options|opcion|opcao|response|respuesta|resposta|reponse|decision|decisao|approach|type|tipo|art)( |$)/;
