/**
 * The passes that refine a sheet's column proposal once each field has its most confident column:
 * second choices, and the readings that move a field to the column that plainly holds it (an SoA's
 * implementation told in words, another set's control ids, a plainer header's field); the passes of
 * one kind of register's columns are in register-passes.ts.
 */
import type { RecordKind } from './types.ts';
import type { ColumnHeader } from './header-rows.ts';
import type { FieldCandidate } from './fields.ts';
import { normaliseHeader } from './headers.ts';
import { codedIds, countsRows, ownControlIds, type ColumnValues } from './column-values.ts';
import { valueFit } from './value-fits.ts';
import { controlRefsFromCell } from './control-ids.ts';
import type { Candidate, ValueCache } from './columns.ts';

/** Below this, a column is better left unmapped than mapped wrongly. */
export const MIN_CONFIDENCE = 0.55;
/**
 * Second choices for a column whose field went to another, or whose values refused it: a rating in
 * words after likelihood and impact are taken ("Likelihood, Impact, Severity: Critical") is the
 * risk's level; a longer text beside the risk's name ("Risk name" then "Risk statement") is its
 * description; a "Mitigation" that names measures instead of an option ("MFA enforcement") is the controls;
 * a control column of names, not numbers, is the controls' titles.
 */
const SECOND_CHOICES: { from: string[]; to: string; min: number; blockers: string[]; fits: (v: ColumnValues, taken: ColumnValues) => boolean; floor?: boolean; minCount?: number; looser?: number }[] = [
  { from: ['impact', 'likelihood'], to: 'level', min: MIN_CONFIDENCE, blockers: ['level', 'score'], fits: (v) => v.scale >= 0.6 && v.numeric < 0.3 },
  // Only a header that plainly names the risk ("Risk statement", "Scenario"), not one that merely mentions it.
  { from: ['title'], to: 'description', min: 0.75, blockers: ['description'], fits: (v, name) => v.avgLength >= 30 && v.avgLength > name.avgLength * 1.3 },
  // …even under a longer header ("Mitigation steps", "Mitigación de diseño"): the register has no other column of controls.
  // Two sentences of measures are enough to tell (a short register, or one whose mitigations are not all written yet), and
  // so are two short lists of measures with no status or option among them ("MFA, IAM reviews", "Vendor assessments").
  // ("None" beside the measures says a risk has none yet: it answers no yes-or-no question.)
  // Failing a header that names the option plainly, one that names it among other words ("Early mitigation", "Required remediation",
  // "Mitigation in this prototype") will do.
  { from: ['treatment'], to: 'controls', min: 0.6, looser: 0.5, blockers: ['controls'], fits: (v) => v.explainedOptions < 0.2 && v.yesNo - v.nones < 0.5 && v.scale < 0.5 && v.numeric < 0.5 && (v.count >= 3 || v.avgLength >= 40 || (v.avgLength >= 12 && v.statuses === 0 && v.explainedOptions === 0)), floor: true, minCount: 2 },
  // A control column that holds names, not numbers ("Annex A theme": "People controls"), names the controls.
  { from: ['controlId'], to: 'controlTitle', min: 0.7, blockers: ['controlTitle'], fits: (v) => v.controls < 0.1 && v.singleIds < 0.1 && v.numeric < 0.2 && v.codes < 0.5 && v.avgLength >= 8 },
];

/** The field a column's header names best, before the values weigh in. */
function headerTop(candidates: Candidate[], col: number): string | undefined {
  let best: Candidate | undefined;
  for (const c of candidates) if (c.col === col && c.header !== undefined && (!best || c.header > (best.header ?? 0))) best = c;
  return best?.field;
}

export function secondChoices(candidates: Candidate[], fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, values: ValueCache, headers: ColumnHeader[]): void {
  for (const rule of SECOND_CHOICES) {
    if (rule.blockers.some((f) => fields.has(f))) continue;
    // Only a column whose header names that field first ("Risk treatment" names the treatment, not the risk).
    const leftOver = (min: number): Candidate[] => candidates.filter((c) => {
      if (!rule.from.includes(c.field) || (c.header ?? c.confidence) < min || fields.get(c.field) === c.col || taken.has(c.col)) return false;
      const v = values.get(c.col);
      return headerTop(candidates, c.col) === c.field && v.count >= (rule.minCount ?? 3) && rule.fits(v, values.get(fields.get(c.field) ?? c.col));
    });
    // (Not a header about the measures' record, "Mitigation evidence", "Mitigation approval"; and, of the headers that name
    // the option less plainly, not one about measures rejected, kept in reserve or judged: "Rejected mitigation", "Fallback mitigation".)
    const child = (c: Candidate) => headers.find((h) => h.col === c.col)?.child ?? '';
    // (Of a header that names two things, the first: "Mitigation / evidence" names the measures, "Treatment result / evidence" their record.)
    const first = (c: Candidate) => normaliseHeader(child(c).split(/\s*[/|&+]\s*/)[0] ?? '');
    let lefts = leftOver(rule.min).filter((c) => rule.looser === undefined || !MEASURES_RECORD.test(first(c)));
    if (lefts.length === 0 && rule.looser !== undefined) lefts = leftOver(rule.looser).filter((c) => !BESIDE_MEASURES.test(first(c)));
    // Several left over ("Confidentiality impact", "Integrity impact") are dimensions of one rating, not a second one.
    if (new Set(lefts.map((c) => c.col)).size !== 1) continue;
    const left = lefts[0]!;
    const v = values.get(left.col);
    const raw = Math.min(0.99, (left.header ?? left.confidence) * 0.9 * valueFit(rule.to, v));
    // Only measures told in words: not dates, codes or links, nor a header about their order, timing, cost or tracking.
    const floor = rule.floor && v.avgLength >= 12 && v.dates < 0.2 && v.codes < 0.5 && v.links < 0.5 && !RANKING.test(normaliseHeader(headers.find((h) => h.col === left.col)?.child ?? ''));
    const c = { col: left.col, field: rule.to, confidence: floor ? Math.max(MIN_CONFIDENCE, raw) : raw };
    if (c.confidence < MIN_CONFIDENCE) continue;
    fields.set(rule.to, c.col);
    confidence.set(rule.to, c.confidence);
    taken.set(c.col, c);
  }
}

/** A header about the record or the outcome of the measures, not the measures: "Mitigation evidence", "Treatment outcome", "Effectiveness of treatment". */
const MEASURES_RECORD = /^((mitigation|mitigations|treatment|remediation|measure|measures) (evidence|approval|result|results|outcome|outcomes|effect|effects|effectiveness|efficacy|validation|verification|signoff|sign off|rationale)|(effect|effects|effectiveness|efficacy|outcome|outcomes|result|results|evidence) of (the )?(mitigation|mitigations|treatment|measures|controls)|(eficacia|efectividad|eficiencia|efetividade|efficacite|wirksamkeit|wirkung|efficacia|efficacie|resultado|resultados|resultat|ergebnis|evidencia|evidencias|preuve|preuves|nachweis|evidenza) (del |de la |de los |de las |do |da |dos |das |du |de |des |der |dello |della |delle |dei )?(tratamiento|tratamento|traitement|trattamento|massnahme|massnahmen|behandlung|mitigacion|mitigacao|attenuation|mitigazione|mesure|mesures|medida|medidas|misura|misure|controles|controle|controlli|kontrollen))$/;
/** Words of measures not taken, held in reserve, signed off or judged ("Rejected mitigation", "Mitigation sign-off", "Effect of mitigation"); an approved one is taken. */
const BESIDE_MEASURES = /(^| )(rejected|reject|declined|dropped|sign|signoff|signed|approval|effect|effects|effectiveness|efficacy|fallback|contingency|contingencia|result|results|outcome|verification|validation|evidence|rationale|reason|why|cost|costs)( |$)/;

/**
 * Words of a ranking, a decision, a time, a cost or a record about the measures ("Mitigation priority",
 * "Release decision", "Mitigation deadline", "Treatment ticket"): not the measures themselves.
 */
const RANKING = /(^| )(priority|prioritet|priorite|prioridad|prioridade|priorita|prioritat|urgency|order|rank|decision|decisao|entscheidung|deadline|date|due|eta|timeline|horizon|quarter|budget|cost|effort|link|url|ticket|reference|ref|id|owner|status)( |$)/;

/** Words that make a header a status ("Implementation status", "Estado"), not an account of the implementation. */
const STATUS_WORD = /(^| )(status|state|statut|etat|estado|stato|stav|stand|κατασταση|progress|maturity)( |$)/;

/** An SoA's "Implementation" told in sentences says how each control is met: notes, not a status (unless the sentences start with one: "Implemented – …"). */
export function implementationAsNotes(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, values: ValueCache, headers: ColumnHeader[]): void {
  const col = fields.get('status');
  // A free column headed as the implementation, told in words ("Implementation": MFA for all admins), says how each control is met.
  const told = headers.find((h) => !taken.has(h.col) && IMPLEMENTATION.test(normaliseHeader(h.child)) && !STATUS_WORD.test(normaliseHeader(h.child)) && values.get(h.col).count >= 3 && values.get(h.col).avgLength > 20 && values.get(h.col).statuses < 0.3);
  const notes = fields.get('notes');
  // (…also in an SoA that decides applicability without a status: "Applicability | Implementation direction".)
  if (col === undefined) {
    if (told && notes === undefined && fields.has('applicable')) give(fields, confidence, taken, told.col, 'notes', 0.7);
    return;
  }
  // …it is the notes rather than the gap left beside it ("Implementation | Evidence | Gap"), as both labellers of held-out 31 read it.
  if (notes !== undefined && told && GAP.test(normaliseHeader(headers.find((h) => h.col === notes)?.child ?? ''))) {
    moveField(fields, taken, 'notes', told.col);
    return;
  }
  if (notes !== undefined) return;
  const v = values.get(col);
  // "Implementation | Status": a free column plainly headed "Status" of status words is the status; the account of the implementation is notes.
  const bare = headers.find((h) => h.col !== col && !taken.has(h.col) && BARE_STATUS.test(normaliseHeader(h.child)) && values.get(h.col).count >= 3 && values.get(h.col).statuses >= 0.5);
  if (bare && v.statuses < 0.5 && !STATUS_WORD.test(normaliseHeader(headers.find((h) => h.col === col)?.text ?? ''))) {
    refield(fields, confidence, taken, 'status', 'notes');
    give(fields, confidence, taken, bare.col, 'status', 0.9);
    return;
  }
  // Beside the status, the implementation told in words ("Implementation", "GTCX Implementation") is the notes.
  if (told) {
    give(fields, confidence, taken, told.col, 'notes', 0.7);
    return;
  }
  if (v.count < 3 || v.avgLength <= 40 || v.scale >= 0.2 || v.yesNo >= 0.2 || v.statuses >= 0.5 || STATUS_WORD.test(normaliseHeader(headers.find((h) => h.col === col)?.text ?? ''))) return;
  refield(fields, confidence, taken, 'status', 'notes');
}

/** Gives a free column a field, with the confidence of that reading (the post-passes below). */
export function give(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, col: number, field: string, conf: number): void {
  fields.set(field, col);
  confidence.set(field, conf);
  taken.set(col, { col, field, confidence: conf });
}

/** Gives a column the assets' name, taking it from the column that had it and dropping the field the column itself had. */
export function claimName(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, col: number, conf: number): void {
  const name = fields.get('name');
  if (name !== undefined) taken.delete(name);
  const was = taken.get(col)?.field;
  if (was) {
    fields.delete(was);
    confidence.delete(was);
  }
  give(fields, confidence, taken, col, 'name', conf);
}

/** Moves the column of field `from` to field `to`, with its confidence. */
export function refield(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, from: string, to: string): void {
  const col = fields.get(from);
  if (col === undefined) return;
  const c = confidence.get(from) ?? 0;
  fields.delete(from);
  confidence.delete(from);
  fields.set(to, col);
  confidence.set(to, c);
  taken.set(col, { col, field: to, confidence: c });
}

/** Moves a field from its column to another, with its confidence. */
export function moveField(fields: Map<string, number>, taken: Map<number, Candidate>, field: string, to: number): void {
  const from = fields.get(field);
  const moved = from === undefined ? undefined : taken.get(from);
  if (from === undefined || !moved) return;
  taken.delete(from);
  fields.set(field, to);
  taken.set(to, { ...moved, col: to });
}

/**
 * Two columns of control ids side by side ("Nr. (2013)", "Nr. (2022)" in an SoA moved to the new edition): the rows are keyed by the
 * one with a single id on each row, not by the mapping that lists several ids on some rows and none on others ("A.5.1.1, A.5.1.2",
 * "– (neu)").
 */
export function soleIdsKey(fields: Map<string, number>, taken: Map<number, Candidate>, values: ValueCache, headers: ColumnHeader[]): void {
  const key = fields.get('controlId');
  if (key === undefined) return;
  const k = values.get(key);
  // (Lists or gaps on one row in ten: "5.1 Policies for information security", an id with its title, is one id all the same.)
  const refs = values.texts(key).map((t) => controlRefsFromCell({ value: t, text: t }, null).filter((r) => r.kind === 'control').length);
  if (k.count < 5 || k.controls < 0.5 || refs.filter((n) => n !== 1).length < refs.length * 0.1) return;
  const sole = headers.find((h) => {
    const v = values.get(h.col);
    return !taken.has(h.col) && v.count >= k.count && v.singleIds >= 0.95 && v.distinct >= 0.95;
  });
  if (sole) moveField(fields, taken, 'controlId', sole.col);
}

/** A header that names the standard a column maps to ("Control ISO 27001:2022", "ISO/IEC 27001 Annex A", "Anexo A"). */
const STANDARD_NAMED = /(^| )(iso|27001|27002|annex a|anexo a|annexe a|anhang a|allegato a|bijlage a|priloha a|prilohu a|prilohy a)( |$)/;
/** …by its name or number ("ISO 27001:2022 ref"). */
const ISO_NAMED = /(^| )(iso|27001|27002)( |$)/;
/** …or a header that says it links each row to Annex A ("Vazba na přílohu A", "Link to Annex A", "Bezug Anhang A"). */
const LINKED = /(^| )(link|links|linked|mapping|mapped|maps|map|vazba|bezug|verweis|zuordnung|lien|correspondance|relacion|mapeo|vinculo|koppeling|collegamento|corrispondenza|powiazanie|related)( |$)/;
const mapsToStandard = (header: string): boolean => ISO_NAMED.test(header) || (STANDARD_NAMED.test(header) && LINKED.test(header));

/** Headers of how a control is implemented. */
/** Headers of what a control still lacks ("Gap", "Gaps identified", "Brecha"). */
const GAP = /(^| )(gap|gaps|ecart|ecarts|brecha|brechas|lacuna|lacunas|lucke|lucken)( |$)/;
const IMPLEMENTATION = /(^| )(implementation|implementacion|implementacao|umsetzung|mise en oeuvre|implementazione|implementatie|implementace|how implemented|how it is implemented|aplicacion|aplicacao)( |$)/;

export const CATEGORY = /(^| )(category|categorie|kategorie|categoria|kategoria|kategori|class|classe|klasse|tier|band)( |$)/;
/**
 * Headers that sum a row up without saying how ("Overall", "Gesamt", "Bewertung", "Clasificación"),
 * or that only say "Risk": a risk's level when the values are level words (hoch, mittel), not an
 * audit finding's grades (Major, Minor).
 */
export const SUMMING = /^(risk|risque|risiko|riesgo|riziko|risco|rischio|risico|κινδυνοσ|prio|priority|prioridade|prioridad|priorite|priorita|prioritat|overall|total|overall rating|result|evaluation|assessment|classification|gesamt|gesamtrisiko|gesamtbewertung|bewertung|ergebnis|einstufung|klassifizierung|evaluacion|evaluacion general|clasificacion|calificacion|resultado|avaliacao|avaliacao geral|classificacao|evaluation globale|evaluation generale|valutazione generale|overall assessment|overall evaluation|valutazione|classificazione|beoordeling|hodnoceni|αξιολογηση|συνολο)$/;
/** A priority's header in some languages: its ranks are no key. */
export const PRIORITY = /^(priority|prioritet|priorite|prioridad|prioridade|priorita|prioritat|priorytet|oncelik|prio|rank|rang)$/;

/**
 * A column that names the field only in passing yields it to a free column that names it plainly:
 * a host's name ("Hostname") to the asset's name ("AssetName"). (A register's "Asset ID" keeps the
 * asset: ids link risks to the inventory more surely than names.)
 */
const PASSING: Partial<Record<RecordKind, [field: string, words: RegExp]>> = {
  assets: ['name', /(^| )host ?name( |$)/],
};
export function yieldToPlainer(kind: RecordKind, fields: Map<string, number>, taken: Map<number, Candidate>, heard: Map<number, FieldCandidate[]>, headers: ColumnHeader[], values: ValueCache): void {
  const rule = PASSING[kind];
  if (!rule) return;
  const [field, words] = rule;
  const col = fields.get(field);
  const passing = (c: number) => words.test(normaliseHeader(headers.find((h) => h.col === c)?.child ?? ''));
  if (col === undefined || !passing(col)) return;
  // An inventory's names must tell its rows apart ("Webshop" on two hosts names an application, not each asset).
  const distinct = (c: number) => kind !== 'assets' || values.get(c).distinct >= values.get(col).distinct;
  const other = headers.find((h) => h.col !== col && !taken.has(h.col) && !passing(h.col) && heard.get(h.col)?.[0]?.field === field && (heard.get(h.col)?.[0]?.confidence ?? 0) >= 0.9 && distinct(h.col));
  if (!other) return;
  moveField(fields, taken, field, other.col);
}

/**
 * With no Annex A ids, a column headed as the control's id whose values are another set's ids or the
 * organisation's own ("Control ID": AC-02, CTL-001) is the id column: an SoA of that set (see statusedControls).
 */
export function ownSetIds(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, heard: Map<number, FieldCandidate[]>, values: ValueCache, first: number, headers: ColumnHeader[]): void {
  const current = fields.get('controlId');
  // A first column that took the id by its values ("Test ID": T-01) yields to a column plainly headed as the control's id that holds
  // codes ("Control ID": AC-01), which many rows of codes of its own set had made less sure.
  const plain = current === first && (heard.get(first)?.[0]?.confidence ?? 0) < 0.95
    ? [...heard].find(([c, list]) => c !== first && !taken.has(c) && list[0]?.field === 'controlId' && list[0].confidence >= 0.95 && codedIds(values.get(c)))?.[0]
    : undefined;
  if (plain !== undefined) {
    taken.delete(first);
    fields.delete('controlId');
    give(fields, confidence, taken, plain, 'controlId', 0.9);
    return;
  }
  // A "Control" column of another set's ids ("AC-2(1)") that took the title gives it to the column naming the controls
  // ("Control Name"), also when that column took the id with names that are no ids.
  const title = fields.get('controlTitle');
  // Another set's ids each written with its control's name ("CC1.1 - Board oversight"), with no id column: the cells are the ids.
  if (current === undefined && title !== undefined && values.get(title).count >= 3 && values.get(title).leadingFrameworkIds >= 0.8) {
    refield(fields, confidence, taken, 'controlTitle', 'controlId');
    return;
  }
  // Another set's measures in the first column ("org.1", "op.pl.1": Spain's ENS) with Annex A only in a column headed as the mapping
  // to the standard ("Control ISO 27001:2022"): the rows are that set's; the standard's numbers cross-reference them.
  const headed = (col: number) => normaliseHeader(headers.find((h) => h.col === col)?.child ?? '');
  const mapped = current !== undefined && title === first && current !== first && STANDARD_NAMED.test(headed(current));
  // (…also in a first column the reading left free: "Practice ID": AC.L2-3.1.1 | "Practice" | "ISO 27001:2022 ref"; where the column names
  // the standard itself or says it links to it, "Vazba na přílohu A"; not a bare "Annex A" beside the organisation's own measures,
  // "M-01 | Annex A: A.8.5", which keys by Annex A.)
  const own = values.get(first);
  if (current !== undefined && current !== first && !taken.has(first) && mapsToStandard(headed(current)) && own.count >= 3 && (ownControlIds(own) || own.frameworkIds >= 0.6)) {
    taken.delete(current);
    fields.delete('controlId');
    give(fields, confidence, taken, first, 'controlId', 0.8);
    const next = headers.find((h) => h.col === first + 1);
    if (!fields.has('controlTitle') && next && !taken.has(next.col) && values.get(next.col).avgLength >= 8) give(fields, confidence, taken, next.col, 'controlTitle', 0.7);
    return;
  }
  const notIds = current === undefined || mapped || (values.get(current).singleIds < 0.2 && !ownControlIds(values.get(current)));
  if (notIds && title !== undefined && values.get(title).count >= 3 && ownControlIds(values.get(title))) {
    if (current !== undefined) {
      taken.delete(current);
      fields.delete('controlId');
    }
    const named = (mapped ? undefined : current) ?? [...heard].find(([c, list]) => c !== title && !taken.has(c) && list.some((x) => x.field === 'controlTitle' && x.confidence >= 0.6))?.[0];
    taken.delete(title);
    fields.delete('controlTitle');
    give(fields, confidence, taken, title, 'controlId', 0.8);
    if (named !== undefined) give(fields, confidence, taken, named, 'controlTitle', 0.7);
    return;
  }
  if (current !== undefined) {
    // A cross-reference to Annex A groups ("A.9.4", objectives rather than controls) is no key
    // when the first column gives each row an id of its own ("AC-01", "AC-02"): the rows are that set's controls.
    const ref = values.get(current);
    const own = values.get(first);
    // (A column plainly headed as the control's id that holds codes itself keeps them: "Test ID: T-01 | Control ID: AC-01".)
    if (current === first || taken.has(first) || ref.controls >= 0.5 || own.count < 3 || !ownControlIds(own) || (codedIds(ref) && (confidence.get('controlId') ?? 0) >= 0.95)) return;
    taken.delete(current);
    fields.delete('controlId');
  }
  // (A count down the rows, "#": 1, 2, 3…, yields to a column of ids that are no count, "ID": 3.1.1.)
  // (…a weaker header too, "Subcategory ID", over another set's ids: "ID.AM-1".)
  const idsHeard = (c: number, list: FieldCandidate[]) => list[0]?.field === 'controlId' && (list[0].confidence >= 0.8 || (list[0].confidence >= 0.7 && values.get(c).frameworkIds >= 0.6));
  const named = [...heard].filter(([c, list]) => !taken.has(c) && idsHeard(c, list) && values.get(c).count >= 3 && ownControlIds(values.get(c))).map(([c]) => c);
  const col = current !== undefined ? first : (named.find((c) => !countsRows(values.get(c))) ?? named[0]);
  if (col !== undefined) give(fields, confidence, taken, col, 'controlId', 0.8);
  // A first column under a bare key ("Ref", "No.", "Code") whose cells are the organisation's own ids, led by letters ("SEC-01"; not a
  // legal register's 1.1.1), numbers the controls rather than naming their evidence.
  else if (current === undefined && values.get(first).count >= 3 && ownControlIds(values.get(first)) && BARE_KEY.test(normaliseHeader(headers.find((h) => h.col === first)?.child ?? ''))
    && values.texts(first).filter((t) => /^\p{L}/u.test(t.trim())).length >= 0.8 * values.get(first).count) {
    const was = taken.get(first)?.field;
    if (was) fields.delete(was);
    give(fields, confidence, taken, first, 'controlId', 0.75);
  }
}
const BARE_KEY = /^(ref|refs|reference|ref no|ref nr|no|nr|number|code|key|id)$/;

/** A status header that does not say it is about implementation ("Status", not "Implemented" or "Implementation status"). */
export const BARE_STATUS = /^(control )?(status|statut|estado|stato|state|zustand|stav|κατασταση)$/;
