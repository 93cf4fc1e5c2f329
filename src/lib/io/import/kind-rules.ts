/**
 * The rules that make a reading of a sheet hold together: which fields a register of each kind
 * must have, what names a risk, and what rows of Annex A controls are. kind.ts scores the readings.
 */
import type { RecordKind } from './types.ts';
import { headerWords, type Assignment, type ValueCache } from './columns.ts';

export { headerWords };
import { headerTokens } from './headers.ts';
import { columnNumber } from './grid.ts';
import { describesAsset, isTechnical } from './asset-columns.ts';
import { fieldCandidates } from './fields.ts';
import { nist171Keyed } from './control-ids.ts';
import { poamRows } from './poam-items.ts';
import { controlStatusList, extendedControls, implementationStatement, implementationStates, ownMeasures } from './own-measures.ts';
import { supplierFacts } from './suppliers.ts';
import { machineFacts } from './machines.ts';
import { CIA_WORD, RATING_FIELDS } from './rating-columns.ts';
import { COUNTERING } from './bare-action.ts';
import { BARE_NUMBER, BARE_RISK, CLAUSE, FRAMEWORK_SIDE, GENERIC_NAME, OTHER_FRAMEWORK, RISK_WORD, SCENARIO } from './kind-words.ts';


/**
 * What names the risk of each row: a title, threat or weakness; an id, rated, in a wide table or
 * under a name that says risks; or a description in a wide register, or in a narrow one that rates
 * likelihood or impact (a legend of levels does not).
 */
function riskIdentity(has: (f: string) => boolean, n: number, narrow: boolean, named: boolean): boolean {
  if (['title', 'threat', 'vulnerability'].some(has)) return true;
  // Under a name that says risks, an asset with its rating is the risk to that asset ("Asset", "Risk Level").
  if (named && has('asset') && ['likelihood', 'impact', 'level', 'score'].some(has)) return true;
  // An id alone names a risk only beside a real rating (an inventory's ids sit beside a "value").
  // …and beside something that says what the risk is about (numbered findings with a severity and a target say nothing of it).
  if (has('id') && (n >= 4 || named) && ['likelihood', 'impact', 'level', 'residualLevel'].some(has) && ['asset', 'controls', 'description', 'treatment'].some(has)) return true;
  return has('description') && (narrow ? n >= 3 && (has('likelihood') || has('impact')) : n >= 5);
}

/**
 * Annex A ids down a column with a decision beside them (applicable, why, how far) are an SoA
 * whatever the sheet is called ("Control selection matrix").
 */
export function decidedControls(kind: RecordKind, a: Assignment, values: ValueCache): boolean {
  if (kind !== 'soa' || !['applicable', 'justification', 'status'].some((f) => a.fields.has(f))) return false;
  // (Three are enough where each says how far the control is implemented: "A.8.3 | Gedeeltelijk aanwezig", a short gap analysis;
  // not a task's state, "Completed", "Scheduled": an audit programme.)
  const status = a.fields.get('status');
  const least = status !== undefined && implementationStates(values.texts(status)) ? 3 : 5;
  const col = a.fields.get('controlId');
  if (col !== undefined) {
    const ids = values.get(col);
    return ids.count >= least && (ids.singleIds >= 0.8 || ids.leadingIds >= 0.8) && ids.controls >= 0.8;
  }
  // …or each control's title led by its id, where no column holds the ids alone ("A.8.1 User endpoint devices").
  const title = a.fields.get('controlTitle');
  const titles = title === undefined ? undefined : values.get(title);
  return titles !== undefined && titles.count >= least && titles.leadingIds >= 0.8 && titles.controls >= 0.8;
}

/**
 * Rows that start with their own Annex A control are controls: an SoA when a decision about each
 * stands beside it (+1.5), and no risk register unless each row rates likelihood and impact (a
 * register of control gaps does; a gap analysis with a priority does not).
 */
export function controlRows(kind: RecordKind, a: Assignment, values: ValueCache, first: number, decided: boolean): number {
  if (kind === 'soa') return decided && (a.fields.get('controlId') ?? a.fields.get('controlTitle')) === first ? 1.5 : 0;
  if (kind !== 'risks' || a.fields.get('controls') !== first || (a.fields.has('likelihood') && a.fields.has('impact'))) return 0;
  // A register keyed by control that names its own risks (an id, a plainly named title, or the threat and the weakness) is still
  // a register; a "Control name" beside the control is the control's.
  if (a.fields.has('id') || (a.confidence.get('title') ?? 0) >= 0.9 || (a.fields.has('threat') && a.fields.has('vulnerability'))) return 0;
  const ids = values.get(first);
  return ids.count >= 3 && ids.leadingIds >= 0.8 && ids.distinct >= 0.9 ? -Infinity : 0;
}

/**
 * The reading names each row's risk in so many words: a title, description or threat under a header
 * that says risk or scenario ("Risk", "Risk description", "Escenario"), not a bare "Name" or "Title".
 */
export function namesRisks(a: Assignment): boolean {
  return ['title', 'description', 'threat'].some((f) => {
    const words = headerWords(a, a.fields.get(f));
    return (a.confidence.get(f) ?? 0) >= 0.9 && (RISK_WORD.test(words) || SCENARIO.test(words));
  });
}


/**
 * Where the sheet's name already says what it holds ("analyse_risques", "asset-inventory"), a
 * register without ratings, or an inventory without types, still is one.
 */
function namedRegister(kind: RecordKind, a: Assignment, n: number, values: ValueCache): boolean {
  const has = (f: string) => a.fields.has(f);
  // One column that plainly names the asset ("Asset", "Asset name") makes a list of them under an inventory's name; so does a
  // first column that names what the rows are less plainly ("Servicio", "Serveur", "VM": an inventory of services or machines).
  // (…with at least two more columns, and a name of its own on each of three rows or more.)
  if (kind === 'assets' && n === 1) {
    const name = a.fields.get('name');
    const first = Math.min(...a.columns.filter((c) => c.header.trim()).map((c) => columnNumber(c.column)));
    const listed = name === first && a.columns.length >= 3 && values.get(name).count >= 3 && values.get(name).distinct >= 0.8;
    return (a.confidence.get('name') ?? 0) >= (listed ? 0.6 : 0.95);
  }
  // …and one plainly named column of actions ("Action", "Task") makes a plan under a plan's name.
  if (kind === 'treatment-plan' && n === 1) return (a.confidence.get('action') ?? 0) >= 0.9;
  if (n < 2) return false;
  // A numbered list of risks ("ID", "Risk") under a register's name is one, ratings or not.
  // (An asset with only a bare description is an inventory's row, even in a risk register's file: "Activo | Descripción";
  // not one with a "Risk description".)
  const risky = has('title') || has('threat') || RISK_WORD.test(headerWords(a, a.fields.get('description')));
  if (kind === 'risks') return ['title', 'description', 'threat'].some(has) && (['controls', 'treatment', 'owner', 'status', 'id', 'level', 'score'].some(has) || (has('asset') && risky)) && !assetsListed(a, true);
  if (kind === 'assets') return (has('name') || has('id')) && !(has('likelihood') && has('impact'));
  // Actions with the risk, owner or deadline they belong to, under a plan's name ("remediation-plan").
  if (kind === 'treatment-plan') return has('action') && ['riskId', 'owner', 'dueDate'].some(has);
  return false;
}

/** Words of an asset's own rating: how critical or valuable it is (how much each of C, I, A matters is CIA_WORD). */
const ASSET_RATING = new Set(('cia|biv|dic|cid|aic|cia aut|criticality|criticite|kritikalitat|kritikalita|criticidad|criticidade|criticita|kriticnost|krytycznosc|kritikussag|'
  + 'asset value|business value|schutzbedarf|beschermingsbehoefte|σπουδαιοτητα|κρισιμοτητα|κρισιμοτητα στοιχειου').split('|'));
const RATING_LETTERS = new Set(['c', 'i', 'a', 'b', 'v', 'd']);
/** A bare "Value" rates an asset only beside another of its ratings (a "Name", "Value" table is a lookup). */
const VALUE_WORDS = new Set(['value', 'valeur', 'wert', 'valor', 'valore', 'waarde', 'hodnota', 'wartosc', 'importance']);

/**
 * Columns no field took whose headers rate the asset of each row (criticality, value, C/I/A, B/I/V):
 * an inventory of crown jewels or components with only their ratings is still an inventory. Single
 * letters count only as a group of two or more. A column that names threats or weaknesses (the name
 * column too: "Threat name") makes it a threat catalogue, and one that names a risk or its rating
 * ("Risk", "Risk level", "Likelihood") a risk assessment of assets, not an inventory.
 */
const isRating = (t: string[]) => (t.length === 1 ? RATING_LETTERS.has(t[0]!) : false) || t.some((w) => ASSET_RATING.has(w) || /^(critic|kritik)/.test(w)) || ASSET_RATING.has(t.join(' ')) || CIA_WORD.test(t.join(' '));

/** A column names a threat, a weakness, a risk or its rating: the rows assess risks to assets. */
function assessesRisks(a: Assignment): boolean {
  return a.columns.some((c) => {
    const heard = fieldCandidates('risks', c.header);
    if (heard.some((x) => (x.field === 'threat' || x.field === 'vulnerability') && x.confidence >= 0.5)) return true;
    const top = heard[0];
    return c.field === null && top !== undefined && top.confidence >= 0.8 && !isRating(headerTokens(c.header)) && ['title', 'likelihood', 'impact', 'level', 'score'].includes(top.field);
  });
}

/**
 * Columns plainly about the asset a plainly named column lists ("Asset", "Description", "Location"):
 * an inventory's, with no canonical field of their own. None where the rows assess risks.
 */
export function assetAttributes(kind: RecordKind, a: Assignment): number {
  // A name headed loosely ("legacyName") will do beside three technical facts of devices (addresses, serials, models).
  const technical = a.columns.filter((c) => c.field === null && isTechnical(c.header)).length;
  // (…and a model's name, "Modèle", beside four: a list of devices by maker and model.)
  if (kind !== 'assets' || (a.confidence.get('name') ?? 0) < (technical >= 4 ? 0.65 : technical >= 3 ? 0.7 : 0.95) || assessesRisks(a)) return 0;
  // "Name" or "Title" says nothing of assets; numbered controls are a catalogue's.
  const named = a.columns.find((c) => columnNumber(c.column) === a.fields.get('name'));
  if (!named || GENERIC_NAME.test(headerTokens(named.header).join(' '))) return 0;
  const controlNumbers = (c: { header: string }) => {
    const top = fieldCandidates('soa', c.header)[0];
    return top?.field === 'controlId' && top.confidence >= 0.9 && !BARE_NUMBER.test(headerTokens(c.header).join(' '));
  };
  if (a.columns.some(controlNumbers)) return 0;
  return Math.min(2, a.columns.filter((c) => c.field === null && describesAsset(c.header)).length);
}

export function assetRatings(kind: RecordKind, a: Assignment): number {
  if (kind !== 'assets' || !a.fields.has('name') || assessesRisks(a)) return 0;
  const free = a.columns.filter((c) => c.field === null).map((c) => headerTokens(c.header));
  const letters = free.filter((t) => t.length === 1 && RATING_LETTERS.has(t[0]!)).length;
  const words = free.filter((t) => t.length > 1 || !RATING_LETTERS.has(t[0] ?? '')).filter(isRating).length;
  const strong = words + (letters >= 2 ? letters : 0);
  const values = free.filter((t) => !isRating(t) && t.some((w) => VALUE_WORDS.has(w))).length;
  return Math.min(3, strong + (strong > 0 ? values : 0));
}

/**
 * The controls are set against other frameworks' (ISO beside SOC 2, NIST, CIS…, or a source and a
 * target framework): a mapping between frameworks.
 */
export function crosswalk(kind: RecordKind, a: Assignment): boolean {
  return kind === 'soa' && a.columns.filter((c) => OTHER_FRAMEWORK.test(c.header) || FRAMEWORK_SIDE.test(c.header.replace(/_/g, ' '))).length >= 2;
}

/** A bare recommendation's header ("Recommendation", "Recomendación", "Empfehlung"). */
const RECOMMENDATION = /^(recommendation|recommendations|recomendacion|recomendaciones|recomendacao|recomendacoes|recommandation|recommandations|empfehlung|empfehlungen|raccomandazione|raccomandazioni|aanbeveling|aanbevelingen)$/;

/** A risk and the action against it, both plainly named ("Massnahme", "Adressiert Risiko"): a plan, whatever else the table holds. */
export function pairedPlan(kind: RecordKind, a: Assignment, values?: ValueCache): boolean {
  if (kind !== 'treatment-plan') return false;
  const action = a.confidence.get('action') ?? 0;
  const risk = a.confidence.get('riskId') ?? 0;
  if (action >= 0.9 && risk >= 0.8) return true;
  // An action named less plainly ("Ação preventiva") beside a column headed as the risk ("Risco") that refers to each risk
  // by its code ("R01 — Falta de deploy"); risks named only in words beside their measures are a short register.
  const col = a.fields.get('riskId');
  if (!values || col === undefined || action < 0.7) return false;
  const v = values.get(col);
  // …and so does a bare "ID" of risks' codes ("R01", "R-004") with only the action beside it (and one column more at most):
  // a register's measures kept apart from it, nothing naming or rating the risks. (Beside a bare "Recommendation", "R1" numbers
  // the recommendation: a report's, not a plan's.)
  if (/^(id|ref)$/.test(headerWords(a, col)) && !RECOMMENDATION.test(headerWords(a, a.fields.get('action'))) && a.fields.size === 2 && a.columns.length <= 3 && v.count >= 3 && v.riskCodes >= 0.8) return true;
  return risk >= 0.8 && RISK_WORD.test(headerWords(a, col)) && v.riskCodes + v.riskLed >= 0.8;
}

/** A header of the risks a short table lists ("Risiko", "Riziko", "Risque principal"; not threats, which a threat model's catalogue lists unrated). */
const RISK_HEAD = /(^| )(risk|risks|risque|riesgo|risiko|rischio|risco|risico|ryzyko|riziko|risc|riski|kockazat)( |$)/;

/**
 * Two or three columns: the risks, each told in words, and what is done against each, with nothing owned, dated or followed up
 * ("Riziko | Mitigace", "Risco | Medida", "Rischio | Contromisura | Rischio residuo"): a short register of unrated risks, not a plan.
 * Both labellers of held-out 42 to 57 read such tables as risks; with a status or a deadline beside the measure, or under a plan's
 * name (kind.ts), they are plans.
 * (Threats with their measures, "Trussel | Tiltak", split them: a threat model's catalogue, as before.)
 */
export function risksCountered(headers: readonly { child: string; col: number }[], values: ValueCache): boolean {
  if (headers.length < 2 || headers.length > 3) return false;
  const [first, ...rest] = headers;
  if (!first || !RISK_HEAD.test(headerTokens(first.child).join(' '))) return false;
  const top = (kind: RecordKind, h: string) => fieldCandidates(kind, h)[0];
  if (!rest.some((h) => top('risks', h.child)?.field === 'controls' || top('treatment-plan', h.child)?.field === 'action' || COUNTERING.test(headerTokens(h.child).join(' ')))) return false;
  if (rest.some((h) => ['owner', 'dueDate', 'status'].includes(top('treatment-plan', h.child)?.field ?? ''))) return false;
  const v = values.get(first.col);
  // (Risks led by their codes, "R01 — Atraso", are a plan's references to its register.)
  return v.count >= 3 && v.distinct >= 0.8 && v.codes < 0.5 && v.riskLed < 0.5 && v.numeric < 0.2 && v.scale < 0.3;
}

/** Rows keyed by something else than a risk ("Finding", "#") with a status, no action and no deadline: they plan nothing. */
export function plansNothing(kind: RecordKind, a: Assignment): boolean {
  if (kind !== 'treatment-plan' || a.fields.has('action') || a.fields.has('dueDate')) return false;
  return !RISK_WORD.test(headerWords(a, a.fields.get('riskId')));
}

/**
 * Assets listed one by one, each rated for how critical it is ("Activo", "Tipo", "Criticidad"),
 * or only described where the sheet's name does not say risks: an inventory, not risks to them.
 */
function assetsListed(a: Assignment, named: boolean): boolean {
  const fields = [...a.fields.keys()];
  if (!fields.every((f) => ['asset', 'description', 'id', 'notes', 'level'].includes(f))) return false;
  const level = a.fields.get('level');
  // Described only ("Asset", "Description"): under a risk register's name the description is the risk's.
  return level === undefined ? !named : /^(critic|kritik)/.test(headerWords(a, level));
}

/**
 * The mapping makes sense for the kind: the fields that define such a register are there. A
 * narrow table (four columns or fewer) needs two of them, not three. (Vetoes are checked apart, by `vetoed`.)
 */
export function coherent(kind: RecordKind, a: Assignment, values: ValueCache, narrow: boolean, named: boolean): boolean {
  const has = (f: string) => a.fields.has(f);
  const n = a.fields.size;
  const enough = n >= (narrow ? 2 : 3);
  if (kind === 'risks' && has('asset') && assetsListed(a, named)) return false;
  if (named && namedRegister(kind, a, n, values)) return true;
  switch (kind) {
    case 'risks':
      // A narrow list whose headers name each risk and describe it ("Risk", "Details", "Mitigation steps") is a register too.
      if (narrow && has('title') && has('description') && RISK_WORD.test(headerWords(a, a.fields.get('title')))) return true;
      // An id column headed "Risk" ("Risiko": R1, R2) says the rows are risks as a sheet's name would; so does a rating
      // headed "Risk" and nothing more beside what is done about it or said of it ("Surface | Risk: High | Mitigation",
      // "Asset | Risk | Treatment"; a list of suppliers or sites rated for risk, with neither, is none).
      // Risks named and numbered as such with the decision about each ("Risk ID | Risk description | Controls | Treatment: Mitigate") are a register unrated.
      if (enough && has('title') && has('treatment') && ['id', 'title'].every((f) => RISK_WORD.test(headerWords(a, a.fields.get(f))))) return true;
      return enough && ([...RATING_FIELDS].some(has) || has('threat') || has('vulnerability')) && riskIdentity(has, n, narrow, named || RISK_WORD.test(headerWords(a, a.fields.get('id'))) || (['controls', 'treatment', 'description'].some(has) && BARE_RISK.test(headerWords(a, a.fields.get('level')))));
    case 'soa': {
      // Under an SoA's name, controls named by area with a decision about each ("Access control: Yes",
      // or why each is chosen, beside more) are one too; a control library with a status is not.
      if (named && !has('controlId') && has('controlTitle') && (has('applicable') || (n >= 3 && has('justification')))) return true;
      // Areas named with the controls they cover ("A.8.1-A.8.5 (Access Control)") and decided or assessed are an SoA by area.
      const titleCol = a.fields.get('controlTitle');
      const titles = titleCol === undefined ? null : values.get(titleCol);
      if (!has('controlId') && titles && titles.count >= 3 && titles.controls >= 0.8 && ['applicable', 'justification', 'status'].some(has)) return true;
      if (!has('controlId') && titles && titles.count >= 3 && ownMeasures(a, values)) return true;
      if (controlStatusList(a, values) || implementationStatement(a, values)) return true;
      if (!has('controlId') || n < 2) return false;
      const ids = values.get(a.fields.get('controlId') ?? 0);
      // Real control numbers with the evidence for each are an SoA's proof column, even with no decision beside it
      // (not the clauses of the standard's body with their documents: "Clause 4.3, Scope").
      const clauses = CLAUSE.test(headerWords(a, a.fields.get('controlId')));
      if (!['applicable', 'justification', 'status', 'controlTitle'].some(has) && !(has('evidence') && ids.controls >= 0.9 && !clauses)) return false;
      // NIST SP 800-171's requirements by number and title with a column plainly headed for their status, not filled in yet or
      // only on some rows ("3.1.1 | Limit system access… | Status: ''", "Select status", "Met"), are an assessment's template:
      // an SoA to complete. (SOC 2 or CSF ids so are no SoA yet: otherFrameworkKeys vetoes another set's keys until a status
      // says how far each is implemented.)
      const status = a.fields.get('status');
      const started = status === undefined ? null : values.get(status);
      if (has('controlTitle') && started && (started.count === 0 || started.statuses >= 0.6) && (a.confidence.get('status') ?? 0) >= 0.9 && nist171Keyed(values.texts(a.fields.get('controlId')!))) return true;
      // Numbers of which none is a control ("A1", "A2" … of which some happen to be clause numbers) are a list's own,
      // unless each has its implementation status (another set's controls: "CC6.1", "CTL-001").
      // (…or each is decided with a reason, "In scope: false | Out of scope reason": the organisation's own controls chosen as an SoA chooses.)
      // (…or each is chosen, owned and proven, "Retenue (O/N) | Pilote | Preuve": the organisation's own measures kept as an SoA.)
      if (ids.count >= 3 && ids.controls === 0 && ids.singleIds < 0.9) return extendedControls(a, values) || (has('controlTitle') && has('applicable') && (has('justification') || (has('owner') && has('evidence'))));
      return ids.count < 3 || ids.singleIds >= 0.3 || ids.controls >= 0.6 || (has('applicable') && has('justification')) || extendedControls(a, values);
    }
    case 'assets':
      if (assetRatings(kind, a) > 0 || assetAttributes(kind, a) > 0 || supplierFacts(a) >= 2 || machineFacts(a) > 0) return true;
      // Ids and a type with no name beside them are a catalogue's numbers and categories (of threats, say), not assets.
      return enough && (has('name') || (has('id') && n >= 3)) && ['type', 'classification', 'owner'].some(has) && !(has('likelihood') && has('impact'));
    case 'treatment-plan':
      if (pairedPlan(kind, a, values) || poamRows(a, values)) return true;
      // Actions with only a status beside them are a checklist (of controls, say), not a plan: a plan says for which risk, who or by when.
      return enough && ((has('action') && ['riskId', 'owner', 'dueDate'].some(has)) || (has('riskId') && has('dueDate')));
  }
}
