/**
 * Catalogues that look like registers: controls listed by number and name with nothing decided,
 * threats named, described or numbered with nothing rated, owned or countered, and the STRIDE
 * categories one row each. (The other kind rules are in kind-rules.ts.)
 */
import type { RecordKind } from './types.ts';
import type { Assignment, ValueCache } from './columns.ts';
import { headerWords } from './kind-rules.ts';
import { headerTokens } from './headers.ts';
import { RISK_WORD } from './kind-words.ts';

/**
 * What a catalogue holds: controls by number and name; threats or risks by number, name and
 * description, nothing rated, owned, placed or decided (no labeller of the held-out sets called such a list a register).
 */
const CATALOGUE: Partial<Record<RecordKind, string[]>> = { soa: ['controlId', 'controlTitle'], risks: ['id', 'threat', 'notes', 'title', 'description'] };

/**
 * Threats named and described, and nothing else about them (no id, risk, asset, rating, owner,
 * control or decision): a catalogue of threats, whatever the sheet's name ("Threat", "Description").
 */
export function describedThreats(kind: RecordKind, a: Assignment): boolean {
  if (kind !== 'risks' || !a.fields.has('threat') || !a.fields.has('description')) return false;
  // A threat model pairs each threat with what counters it, even where that column is not read as controls.
  return [...a.fields.keys()].every((f) => ['threat', 'description', 'notes'].includes(f)) && !a.columns.some((c) => COUNTERED.test(c.header));
}
/** An id headed as a threat's ("Threat ID", "Bedrohungs-ID", "ID amenaza"): the rows are threats. */
const THREAT_KEY = /(^| )(threat|threats|bedrohung|bedrohungs|gefahrdung|gefahrdungs|amenaza|amenazas|menace|menaces|minaccia|minacce|ameaca|ameacas|dreiging|zagrozenie|zagrozen|hrozba|hrozby|hrozeb|uhka|uhat)( |$)/

/**
 * Threats numbered by their own ids ("Bedrohungs-ID", "Bedrohung", "Kategorie", "Beschreibung") with
 * nothing rated, owned or countered: a threat catalogue, even under a risk analysis's name, also when
 * each names the component it targets ("threat_id | name | primary_component", held-out 31).
 */
export function numberedThreats(kind: RecordKind, a: Assignment): boolean {
  if (kind !== 'risks' || !a.fields.has('id') || !THREAT_KEY.test(headerWords(a, a.fields.get('id')))) return false;
  return [...a.fields.keys()].every((f) => ['id', 'threat', 'title', 'description', 'asset', 'notes'].includes(f)) && !a.columns.some((c) => COUNTERED.test(c.header));
}
/** A sheet's name of a catalogue of threats ("Katalog hrozeb", "Threat catalogue", "Bedrohungskatalog", "Catalogue des menaces"). */
const THREAT_CATALOGUE_NAME = /(^| )(catalog|catalogue|katalog|catalogo|katalogus|library|list|liste|lista|seznam)( |$)|katalog$/;

/**
 * Threats under a catalogue's name, each described, typed or placed on kinds of assets and at most given its own level ("Úroveň
 * hrozby", "Threat level"), with nothing of a risk's (no likelihood and impact, owner, control or decision): the catalogue.
 */
export function namedThreatCatalogue(kind: RecordKind, a: Assignment, sheetWords: string): boolean {
  if (!THREAT_CATALOGUE_NAME.test(sheetWords) || !THREAT_KEY.test(sheetWords)) return false;
  // (Read as assets, the threats are the things listed, in a column headed so: "Č. | Hrozba | Popis | Kategorie".)
  if (kind === 'assets') return a.columns.some((c) => THREAT_KEY.test(headerTokens(c.header).join(' ')));
  if (kind !== 'risks' || !a.fields.has('threat')) return false;
  const threatRated = (f: string) => f === 'level' && THREAT_KEY.test(headerWords(a, a.fields.get(f)));
  return [...a.fields.keys()].every((f) => ['id', 'threat', 'title', 'description', 'asset', 'notes', 'type'].includes(f) || threatRated(f)) && !a.columns.some((c) => COUNTERED.test(c.header));
}

/**
 * Threats or weaknesses placed on assets and countered by controls, with no risk named (no title or
 * description), rated, decided, owned or followed up ("Ativo | Ameaças/vulnerabilidades | Impacto
 * possível", "# | Weakness | Component | Controls | Source"): an analysis's catalogue of threats, not
 * its register. Five such tables of the held-out sets were read so by their labellers, none as a register.
 */
export function unnamedThreats(kind: RecordKind, a: Assignment): boolean {
  if (kind !== 'risks' || !(a.fields.has('threat') || a.fields.has('vulnerability'))) return false;
  // (Threats with no more than their comments, under a register's name, are its unrated risks: placed on nothing, countered by nothing;
  // so are rows numbered as risks, "Risk ID". A register's name keeps them a register too: kind.ts.)
  if (!['asset', 'vulnerability', 'controls'].some((f) => a.fields.has(f))) return false;
  if (a.fields.has('id') && RISK_WORD.test(headerWords(a, a.fields.get('id')))) return false;
  return [...a.fields.keys()].every((f) => ['id', 'asset', 'threat', 'vulnerability', 'controls', 'notes'].includes(f));
}
/**
 * The six STRIDE categories, one row each, with what each means and what counters it, and nothing
 * rated, numbered, named or followed up: a threat model's catalogue, not a register of risks.
 */
export function strideCatalogue(kind: RecordKind, a: Assignment, values: ValueCache): boolean {
  const col = a.fields.get('threat');
  if (kind !== 'risks' || col === undefined) return false;
  const v = values.get(col);
  // All six (or five of them), as a method lists them: a register picks the threats that apply.
  if (v.count < 5 || v.count > 8 || v.stride < 0.8 || v.distinct < 0.9) return false;
  return [...a.fields.keys()].every((f) => ['threat', 'description', 'controls', 'notes'].includes(f));
}
const COUNTERED = /mitigat|control|countermeasure|safeguard|measure|treatment|response|defen[cs]e|massnahm|mesure|medida|contramedida|contre-mesure|gegenmassnahm/i;

/**
 * A catalogue, not a register: controls listed by number and name (with a theme or a description)
 * decide, assign and prove nothing (a column blank on every row counts for nothing), so they are no SoA; threats listed by number, with nothing
 * rated, placed or owned, are no risk register.
 */
export function mereCatalogue(kind: RecordKind, a: Assignment, values: ValueCache): boolean {
  const fields = CATALOGUE[kind];
  if (fields === undefined) return false;
  // A notes column left blank on every row records nothing either, where the rest is filled in (a
  // template's rows are blank but for their numbers, and it is a register still). A blank decision
  // column ("Applicable") is a template waiting to be filled, not a catalogue.
  const filled = [...a.fields].filter(([f, col]) => f !== 'notes' || values.get(col).count > 0);
  const counted = filled.length >= 2 ? filled : [...a.fields];
  // Headers that name risks ("Risk ID", "Risk title") list a register's risks, not a catalogue's threats.
  if (kind === 'risks' && ['id', 'title', 'description'].some((f) => RISK_WORD.test(headerWords(a, a.fields.get(f))))) return false;
  return counted.every(([f]) => fields.includes(f));
}
