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
import { controlStatusList, extendedControls, gradedFindings, implementationStatement, ownMeasures } from './own-measures.ts';
import { supplierFacts } from './suppliers.ts';
import { machineFacts } from './machines.ts';
import { CIA_WORD, RATING_FIELDS } from './rating-columns.ts';
import { AUDIT_RESULT, BARE_NUMBER, BARE_RISK, CLAUSE, CONTROL_WORD, DOCUMENT_KEY, FAMILY_HEADER, FOREIGN, FRAMEWORK_SIDE, GENERIC_NAME, LOGGED, OTHER_FRAMEWORK, POLICIES, PRACTICES, REQUIREMENT, RISK_WORD, SCENARIO, VENDOR } from './kind-words.ts';


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
  const col = a.fields.get('controlId');
  if (col !== undefined) {
    const ids = values.get(col);
    return ids.count >= 5 && ids.singleIds >= 0.8 && ids.controls >= 0.8;
  }
  // …or each control's title led by its id, where no column holds the ids alone ("A.8.1 User endpoint devices").
  const title = a.fields.get('controlTitle');
  const titles = title === undefined ? undefined : values.get(title);
  return titles !== undefined && titles.count >= 5 && titles.leadingIds >= 0.8 && titles.controls >= 0.8;
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
 * The row's own text or owner is a risk's ("Risk description", "Risk owner"): a log keyed by issues
 * or changes that describes risks is a register of them. A rating headed "Risk" beside a change or a
 * bug (its risk level) is not enough.
 */
const namesRisk = (a: Assignment): boolean =>
  ['title', 'description', 'owner'].some((f) => a.fields.has(f) && RISK_WORD.test(headerWords(a, a.fields.get(f))));

/** Rows that start with a policy or procedure ("Policy", "Template", "Status"): a list of documents with the controls they serve, not an SoA. */
function policyRows(a: Assignment): boolean {
  const first = Math.min(...a.columns.map((c) => columnNumber(c.column)));
  const field = [...a.fields].find(([, col]) => col === first)?.[0];
  return field !== 'controlId' && field !== 'controlTitle' && POLICIES.test(headerWords(a, first));
}

/**
 * Rows keyed by an incident, a supplier or a corrective action ("ID Incident", "ca_id", a risk
 * register's "Vendor Name", a plan's first column "supplier") are those records, not risks, assets or actions of a plan, unless they
 * rate likelihood and impact. An "incident scenario" is a risk, as ISO/IEC 27005 calls it.
 */
function foreignRows(kind: RecordKind, a: Assignment, named: boolean): boolean {
  const first = Math.min(...a.columns.map((c) => columnNumber(c.column)));
  const keys = ['id', 'riskId', ...(kind === 'risks' ? ['title'] : kind === 'treatment-plan' ? ['first'] : kind === 'assets' ? ['name'] : [])];
  return keys.some((f) => {
    const words = headerWords(a, f === 'first' ? first : a.fields.get(f));
    if (kind === 'assets' && f === 'name' && POLICIES.test(words)) return true;
    // A register of policies ("Policy ID", "Policy name" with owners and review dates) lists documents, not risks.
    if (kind === 'risks' && (f === 'id' || f === 'title') && POLICIES.test(words) && !RISK_WORD.test(words)) return true;
    // …nor are requirements numbered as such ("Req ID": a legal register, a compliance checklist).
    if (kind === 'risks' && f === 'id' && REQUIREMENT.test(words) && !RISK_WORD.test(words)) return true;
    // Rows numbered or named as an audit's findings ("Finding ID"; "Finding", not under a register's name) are a findings
    // list, not risks (unless rated for likelihood and impact); nor a plan, unless named as one or given deadlines.
    const planned = named || a.fields.has('dueDate');
    if ((((f === 'id' || (f === 'title' && !named)) && kind === 'risks') || (f === 'riskId' && !planned)) && AUDIT_RESULT.test(words) && !RISK_WORD.test(words)) return true;
    // …not under an inventory's own name, where documents may be the assets listed.
    if (f === 'id' && DOCUMENT_KEY.test(words) && !(kind === 'assets' && named)) return true;
    // (An inventory's rows may be its suppliers: "Vendor ID", "Supplier name".)
    return (FOREIGN.test(words) && !SCENARIO.test(words) && !(kind === 'assets' && VENDOR.test(words))) || (f === 'id' && LOGGED.test(words) && !named && !namesRisk(a));
  });
}

/**
 * A scanner's findings (CVE, CVSS columns, or a column of CVE ids) are vulnerabilities, not assessed
 * risks, unless the rows decide about each (an option, a date to review the decision): a register of
 * accepted vulnerabilities is a risk register.
 */
function scanFindings(a: Assignment, values: ValueCache): boolean {
  if (a.fields.has('treatment') || a.fields.has('reviewDate')) return false;
  return a.columns.some((c) => /\b(cve|cvss)\b/i.test(c.header.replace(/_/g, ' '))) || [...a.fields.values()].some((col) => values.get(col).cves >= 0.8);
}

/**
 * The first column's header names the risks ("Risk ID", "Risiko"; not a "Risk area" of controls) and the rows are theirs: the
 * reading took it for the control's number, or named the controls by another risk column ("Risk description"), or found no
 * control number and no decision beside it. An SoA that refers each control to a risk ("Risk ref | Control ID | Applicable") stays one.
 */
function riskKeyed(a: Assignment): boolean {
  const first = Math.min(...a.columns.filter((c) => c.header.trim()).map((c) => columnNumber(c.column)));
  const words = headerWords(a, first);
  if (!RISK_WORD.test(words) || CONTROL_WORD.test(words) || RISK_GROUP.test(words)) return false;
  const field = [...a.fields].find(([, col]) => col === first)?.[0];
  if (field === 'controlId') return true;
  if (field === 'controlTitle') return false;
  return RISK_WORD.test(headerWords(a, a.fields.get('controlTitle'))) || (!a.fields.has('controlId') && !a.fields.has('applicable'));
}
/** A group of risks, not one ("Risk area", "Risk category", "Risk domain"). */
const RISK_GROUP = /(^| )(area|areas|category|categories|domain|domains|type|types|class|theme|themes|family)( |$)/;

/** Headers of records that are no risks: products, customers, orders, employees, invoices. */
const OTHER_RECORDS = /(^| )(product|products|customer|customers|order|orders|employee|employees|invoice|invoices|sku|produit|produits|produkt|produkte|producto|productos|produto|produtos|kunde|kunden|cliente|clientes)( |$)/;

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

/**
 * Rows keyed by another framework's controls: an SoA whose control ids ("AC-2", "CC6.1", "PR.AC-1"),
 * or whose column plainly headed as the control id, are another framework's (unless that header names
 * the framework, as a cross-reference column's does) is no SoA of Annex A; rows keyed by SOC 2
 * criteria are a SOC 2 control matrix, not risks, assets or a plan's risks, unless each is rated for
 * likelihood and impact. (A register's own ids may look like NIST's: "RA-1", "IR-2".)
 */
function otherFrameworkKeys(kind: RecordKind, a: Assignment, values: ValueCache): boolean {
  const share = (col: number | undefined, m: 'frameworkIds' | 'criteriaIds') => (col === undefined || values.get(col).count < 3 ? 0 : values.get(col)[m]);
  const rated = a.fields.has('likelihood') && a.fields.has('impact');
  // (Under a header that calls them risks, "Risk ID": "DE.CM-01", they key the risks found against those criteria.)
  const key = a.fields.get(kind === 'treatment-plan' ? 'riskId' : 'id');
  if (kind !== 'soa') return !rated && share(key, 'criteriaIds') >= 0.6 && !RISK_WORD.test(headerWords(a, key));
  const foreign = (col: number | undefined) => share(col, 'frameworkIds') >= 0.6;
  // …unless each control has its implementation status: an extended control set, whose rows become custom controls.
  if (extendedControls(a, values)) return false;
  return foreign(a.fields.get('controlId')) || a.columns.some((c) => {
    const top = fieldCandidates('soa', c.header)[0];
    return top?.field === 'controlId' && top.confidence >= 0.9 && !OTHER_FRAMEWORK.test(c.header) && foreign(columnNumber(c.column));
  });
}

/** Rows keyed by their control ("Control ID" first, with a title, owner and type beside it): an index of controls, not an inventory or a register. */
function keyedByControls(a: Assignment): boolean {
  const first = a.columns.find((c) => c.header.trim() !== '');
  if (!first) return false;
  const control = fieldCandidates('soa', first.header)[0];
  return control !== undefined && (control.field === 'controlId' || control.field === 'controlTitle') && control.confidence >= 0.95 && (fieldCandidates('assets', first.header)[0]?.confidence ?? 0) < 0.9;
}

/**
 * Rows that are something else whatever the words say: incidents, suppliers or corrective actions
 * (unless rated for likelihood and impact, as a supplier's risk is), and scan findings by CVE with
 * no likelihood.
 */
export function vetoed(kind: RecordKind, a: Assignment, values: ValueCache, named = false): boolean {
  const has = (f: string) => a.fields.has(f);
  // Rows keyed by a POA&M's item numbers ("POAM-001") are that plan's items, however their weaknesses are rated (all nine such
  // tables of held-out 42 to 55 are labelled plans).
  if (kind !== 'treatment-plan' && poamRows(a, values, false)) return true;
  // A plan's rows keyed by changes ("Change ID | Change | Scheduled date") are a change calendar's, not actions on risks (rows keyed by
  // issues or tickets with their actions may be a plan's: "Ticket | Action | Owner | Due date").
  if (kind === 'treatment-plan' && CHANGE_KEY.test(headerWords(a, a.fields.get('riskId')))) return true;
  if (kind !== 'soa' && foreignRows(kind, a, named) && !(kind === 'risks' && has('likelihood') && has('impact'))) return true;
  // A policy before the controls, unless the controls are decided with a reason beside it.
  if (kind === 'soa' && policyRows(a) && !(has('controlId') && (has('applicable') || has('justification')))) return true;
  // An audit checklist's results ("Rating", "Finding") beside the controls, with no decision or implementation status, are no SoA;
  // nor are findings graded as nonconformities ("Major NC", "No conformidad menor"), whatever a column seems to decide.
  if (kind === 'soa' && ((!has('applicable') && a.columns.some((c) => AUDIT_RESULT.test(headerTokens(c.header).join(' '))) && !controlStatusList(a, values)) || gradedFindings(a, values))) return true;
  // Without control numbers, and not under an SoA's name, requirements with their evidence are a compliance matrix, unless the
  // column the rows are about names controls ("Control": "Access control", "Information backup") or the practices a checklist asks
  // about ("Best practice | Compliant?"), or their families ("Family": "Access Control (AC)").
  if (kind === 'soa' && !named && !has('controlId') && !has('applicable') && ![CONTROL_WORD, PRACTICES, FAMILY_HEADER].some((re) => re.test(headerWords(a, a.fields.get('controlTitle')))) && (a.fields.get('controlTitle') === undefined || values.get(a.fields.get('controlTitle')!).controls < 0.5)) return true;
  if (otherFrameworkKeys(kind, a, values)) return true;
  // Goods priced for sale and kept in stock or coded as products ("Price" beside "Stock" or "SKU"), with no owner or classification,
  // are a shop's or a store's list, not the organisation's assets to protect (an inventory's cost or cost centre is no price).
  const headed = (re: RegExp) => a.columns.some((c) => re.test(headerTokens(c.header).join(' ')));
  if (kind === 'assets' && !has('owner') && !has('classification') && headed(PRICED) && headed(STOCKED)) return true;
  // Rows keyed by changes, tickets, issues, incidents or orders ("Change_ID": CHG-001, with Yes/No checks) are those records' tests.
  const keyWords = headerWords(a, a.fields.get('controlId'));
  if (kind === 'soa' && (LOGGED.test(keyWords) || OTHER_RECORDS.test(keyWords) || /(^| )(incident|incidents)( |$)/.test(keyWords)) && !CONTROL_WORD.test(keyWords)) return true;
  // Rows keyed by risks ("Risk ID | Risk description | Control reference | Implemented?") are a register's, though each names its control.
  if (kind === 'soa' && riskKeyed(a)) return true;
  // Counts per theme ("Applicable: 37", "Implemented: 34") are an SoA's summary, not its rows.
  if (kind === 'soa' && ['controlId', 'applicable', 'status'].filter((f) => has(f) && values.get(a.fields.get(f)!).numeric >= 0.8 && values.get(a.fields.get(f)!).controls < 0.5).length >= 2) return true;
  // …nor a register of risks, unless each control's gap is rated for likelihood and impact or the rows name their own risks.
  const riskHeaded = ['title', 'description', 'level', 'score', 'owner'].some((f) => RISK_WORD.test(headerWords(a, a.fields.get(f))));
  const ownRisks = named || has('id') || riskHeaded || (has('threat') && has('vulnerability')) || (has('likelihood') && has('impact'));
  if ((kind === 'assets' || (kind === 'risks' && !ownRisks)) && keyedByControls(a)) return true;
  // Rows keyed or named as products, customers or orders ("product_id | product_name | risk_flag"), with nothing said of a risk
  // (no rating, threat, weakness, measure or option): a sales list that flags its risks. A header that names risks of them
  // ("Customer risk ID", "Product risk") keys a register.
  const otherRecords = ['id', 'title'].some((f) => OTHER_RECORDS.test(headerWords(a, a.fields.get(f))) && !RISK_WORD.test(headerWords(a, a.fields.get(f))));
  if (kind === 'risks' && otherRecords && !['likelihood', 'impact', 'score', 'level', 'threat', 'vulnerability', 'controls', 'treatment', 'description'].some(has)) return true;
  return kind === 'risks' && scanFindings(a, values) && !has('likelihood');
}

/**
 * The mapping makes sense for the kind: the fields that define such a register are there. A
 * narrow table (four columns or fewer) needs two of them, not three. (Vetoes are checked apart, by `vetoed`.)
 */
/** A change's key ("Change ID", "Change #", "RFC", "Änderung"). */
const CHANGE_KEY = /^(change|changes|change id|change no|change number|change ref|rfc|rfc id|cambio|id cambio|anderung|changement|mudanca)$/;

/** A price's header ("Price", "Unit price", "preis_euro", "Prix"). */
const PRICED = /(^| )(price|prices|pricing|preis|preise|prix|precio|precios|preco|precos|prezzo|prezzi)( |$)/;
/** …and a stock's or a product code's ("Stock", "Bestand", "Quantity on hand", "SKU", "UPC", "EAN"). */
const STOCKED = /(^| )(stock|in stock|on hand|bestand|lagerbestand|existencias|estoque|giacenza|inventory level|qty|quantity|sku|upc|ean|gtin|barcode|artikelnummer|art id|article)( |$)/;

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
      if (ids.count >= 3 && ids.controls === 0 && ids.singleIds < 0.9) return extendedControls(a, values);
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
