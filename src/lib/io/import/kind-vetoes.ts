/**
 * The vetoes of a reading (`vetoed`): rows that plainly are something else than the kind's records, whatever columns the reading
 * maps (documents before controls, products or orders keyed as risks, another framework's controls with no status, a POA&M's items,
 * a change calendar, a shop's stock). Split from kind-rules.ts; kind.ts asks it of every reading.
 */
import type { RecordKind } from './types.ts';
import { headerWords, type Assignment, type ValueCache } from './columns.ts';
import { headerTokens } from './headers.ts';
import { RATING_FIELDS } from './rating-columns.ts';
import { columnNumber } from './grid.ts';
import { fieldCandidates } from './fields.ts';
import { poamRows } from './poam-items.ts';
import { controlStatusList, extendedControls, gradedFindings } from './own-measures.ts';
import { AUDIT_RESULT, CONTROL_WORD, DOCUMENT_KEY, FAMILY_HEADER, FOREIGN, LOGGED, OTHER_FRAMEWORK, POLICIES, PRACTICES, REQUIREMENT, RISK_WORD, SCENARIO, VENDOR } from './kind-words.ts';

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
    // Rows keyed by users' accounts ("User ID", "Username") are an access review's, no risks or actions (an inventory may list accounts).
    if (kind !== 'assets' && f === 'id' && USER_KEY.test(words)) return true;
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
  if (kind === 'treatment-plan' && changesKeyed(a, values, 'riskId')) return true;
  // …and so are a register's rows keyed by changes and rated for nothing but their effect ("MoC No. | Change description | HACCP impact?"),
  // unless its columns name risks ("Change ID | Risk description | Risk level": the risks each change brings).
  if (kind === 'risks' && !has('likelihood') && !namesRisk(a) && changesKeyed(a, values, 'id')) return true;
  // (…and so are rows keyed by changes read as controls or assets.)
  if ((kind === 'soa' && changesKeyed(a, values, 'controlId')) || (kind === 'assets' && changesKeyed(a, values, 'id'))) return true;
  // Rows that name, describe and rate no risk, keyed by something else's numbers ("DPIA Ref": DPIA-2023-01 | Service | Status), are
  // a list of those things (assessments, projects), not risks.
  if (kind === 'risks' && !RISK_CORE.some(has) && !RISK_WORD.test(headerWords(a, a.fields.get('id'))) && (a.fields.get('id') === undefined || values.get(a.fields.get('id')!).riskCodes < 0.5)) return true;
  // …and so are rows keyed as privacy impact assessments ("DPIA Ref": DPIA-2023-01), not rated for likelihood: a register of those
  // assessments, whatever risk factors each names.
  if ((kind === 'risks' || kind === 'treatment-plan') && !has('likelihood') && ASSESSMENT_KEY.test(headerWords(a, a.fields.get(kind === 'risks' ? 'id' : 'riskId')))) return true;
  // A vendor's due diligence tracked by its questionnaire ("Questionnaire sent | Returned | Assessment score"): the assessments, not
  // the organisation's assets.
  if (kind === 'assets' && a.columns.some((c) => QUESTIONNAIRE.test(headerTokens(c.header).join(' ')))) return true;
  if (kind !== 'soa' && foreignRows(kind, a, named) && !(kind === 'risks' && has('likelihood') && has('impact'))) return true;
  // A policy before the controls, unless the controls are decided with a reason beside it.
  if (kind === 'soa' && policyRows(a) && !(has('controlId') && (has('applicable') || has('justification')))) return true;
  // An audit checklist's results ("Rating", "Finding") beside the controls, with no decision or implementation status, are no SoA;
  // nor are findings graded as nonconformities ("Major NC", "No conformidad menor"), whatever a column seems to decide.
  // (A status beside each finding, keyed only by a count, "# | Bevinding | Status: ❌ Afwezig", leaves them findings.)
  const namedControls = (): boolean => {
    const id = a.fields.get('controlId');
    return has('controlTitle') || (id !== undefined && values.get(id).controls >= 0.5);
  };
  // (A finding that is itself each control's state, "Assessment Finding": In Place, Not in Place, is its status, no audit's result.)
  const auditResult = a.columns.some((c) => AUDIT_RESULT.test(headerTokens(c.header).join(' ')) && columnNumber(c.column) !== a.fields.get('status'));
  if (kind === 'soa' && ((!has('applicable') && auditResult && !(controlStatusList(a, values) && namedControls())) || gradedFindings(a, values))) return true;
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
  if (kind === 'risks' && datedEvents(a, values)) return true;
  // Documents numbered as such ("Doc-ID": DOC-01, with their version and next review) are a document register, not controls.
  if (kind === 'soa' && DOCUMENT_KEY.test(headerWords(a, a.fields.get('controlId')))) return true;
  // (…and a scanner's findings are no SoA either, whatever a "Name" and a "Status" beside them seem.)
  // (…nor a plan: a scanner's export with no action beside its rows, "Plugin ID | Host | Port | CVSS | First Seen | State"; a tracker of
  // vulnerability tickets, "Ticket | CVE | Asset | Assignee | Due date", may be one.)
  const scanned = a.columns.some((c) => /^(plugin|plugin id|plugin name|port|protocol|svc name)$/.test(headerTokens(c.header).join(' ')));
  return ((kind === 'risks' && !has('likelihood')) || kind === 'soa' || (kind === 'treatment-plan' && !has('action') && scanned)) && scanFindings(a, values);
}

/**
 * Rows each dated in one of the first three columns, with no rating of any kind: a log's events ("Nr | Dato | Beskrivelse | Årsak |
 * Tiltak | Status", an incident or deviation log), not risks, whatever cause and action each names (review 80). A review or due date
 * further along is a register's.
 */
function datedEvents(a: Assignment, values: ValueCache): boolean {
  if (a.fields.has('likelihood') || a.fields.has('residualLikelihood')) return false;
  const rated = [...RATING_FIELDS].some((f) => a.fields.has(f));
  // (Rated for their impact alone, events are still a log's when someone reported or closed each: "Reported by", "報告者".)
  if (rated && !a.columns.some((c) => REPORTED.test(headerTokens(c.header).join(' ')))) return false;
  const mapped = new Set(a.fields.values());
  return a.columns.slice(0, 3).some((c) => {
    const col = columnNumber(c.column);
    const v = values.get(col);
    return (!mapped.has(col) || (rated && a.fields.get('reviewDate') === col)) && v.count >= 3 && v.dates >= 0.8;
  });
}
/** A key of users' accounts or of staff ("User ID", "Username", "Benutzerkennung", "Login", "Emp ID"). */
const USER_KEY = /^(user|user id|userid|username|user name|account|account id|login|login id|emp id|emp no|employee id|employee no|employee number|staff id|staff no|personalnummer|matricule|benutzer|benutzer id|benutzerkennung|benutzername|utilisateur|identifiant|usuario|id usuario|utente|gebruiker|gebruikersnaam|uzivatel|uzytkownik)$/;

/** Headers of who reported an event or when it was closed (as their words read, "Reported by" → "reported"): a log's. */
const REPORTED = /^(reported|reported by|reporter|raised by|detected by|closed|closed on|date closed|resolved|resolved on|date resolved|gemeld door|gemeldet von|signale par|reportado por|segnalato da|zglaszajacy|nahlasil|報告者|発見者|보고자|报告人|报告者)$/;

/** A change's key ("Change ID", "Change #", "RFC", "Änderung"). */
/** The key of a privacy impact assessment ("DPIA Ref", "PIA ID", "AIPD n°", "DSFA-Nr."). */
const ASSESSMENT_KEY = /^(dpia|pia|aipd|eipd|dsfa|ripd)( (ref|reference|id|no|nr|number|n))?$/;
/** A questionnaire sent to a vendor or returned by it. */
const QUESTIONNAIRE = /(^| )(questionnaire|questionnaires|caiq)( (sent|returned|received|issued|due|status|date|score))?$/;
/** What a risk is made of: its name, what threatens, what is weak, how likely and how bad. */
const RISK_CORE = ['title', 'description', 'threat', 'vulnerability', 'consequence', ...RATING_FIELDS];
const CHANGE_KEY = /^((no|nr|num|αρ|αριθμοσ|c|cislo) )?(change|changes|change id|change no|change number|change ref|change request|change request id|cr id|cr no|rfc|rfc id|moc|moc no|moc id|moc number|moc ref|chg|chg id|cambio|id cambio|anderung|anderungs nr|changement|mudanca|αλλαγη|αιτημα αλλαγησ|zmena|zmeny|id zmeny|cislo zmeny|zmiana|id zmiany|wijziging|id wijziging)$/;
/** A change's own number ("CHG-2025001", "RFC-25-004", "MOC-7"; not "CR-07", a corporate risk's as often as a change request's). */
const CHANGE_NUMBER = /^(chg|rfc|moc)[-_ ]?\d[\d-]*$/i;
const changesKeyed = (a: Assignment, values: ValueCache, field: string): boolean => {
  const col = a.fields.get(field);
  if (col === undefined) return false;
  const keys = values.texts(col);
  return CHANGE_KEY.test(headerWords(a, col)) || (keys.length >= 3 && keys.filter((k) => CHANGE_NUMBER.test(k.trim())).length >= keys.length * 0.8);
};

/** A price's header ("Price", "Unit price", "preis_euro", "Prix"). */
const PRICED = /(^| )(price|prices|pricing|preis|preise|prix|precio|precios|preco|precos|prezzo|prezzi)( |$)/;
/** …and a stock's or a product code's ("Stock", "Bestand", "Quantity on hand", "SKU", "UPC", "EAN"). */
const STOCKED = /(^| )(stock|in stock|on hand|bestand|lagerbestand|existencias|estoque|giacenza|inventory level|qty|quantity|sku|upc|ean|gtin|barcode|artikelnummer|art id|article)( |$)/;
