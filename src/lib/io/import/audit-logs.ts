/**
 * Logs that read like registers or plans but hold what an audit found or what happened: an audit's or a scan's findings graded
 * by their severity, nonconformities and their corrective actions, deviations, and incidents. look-alikes.ts asks them. Split
 * from look-alikes.ts.
 */
import type { Grid } from './grid.ts';
import type { Reading } from './kind.ts';
import { headerNames, headerTokens } from './headers.ts';
import { columnValues } from './column-values.ts';
import { gradesFindings, isFindingGrade } from './own-measures.ts';
import { GRADE, POAM_ITEM } from './value-patterns.ts';
import { GAP_WORD, RISK_WORD, RISKS_NAME } from './kind-words.ts';

/** A header of what an audit or a scan found ("Finding", "Befund", "Hallazgo", "Constat"), or of a problem found ("Problem", "Problema"). */
const PROBLEM = /^(problem|problems|problema|problemas|probleme|problemes)$/;
const FINDING = new RegExp(`^(finding|findings|befund|befunde|feststellung|hallazgo|hallazgos|constat|constats|constatation|achado|achados|rilievo|rilievi|bevinding|bevindingen|zjisteni|nalez|constatare|constatari|nalaz|ustalenie|ευρημα|ευρηματα|megallapitas|megallapitasok|havainto|havainnot|iakttagelse|ugotovitev|zistenie|constatacao|constatacoes|canfyddiad|canfyddiadau)$|${PROBLEM.source}`);
/** A header of a finding's root cause ("Root cause", "Gyökérok", "Juurisyy", "Αιτία"): why an audit's finding arose. */
const ROOT_CAUSE = /^(root cause|root causes|root cause analysis|cause|causes|oorzaakanalyse|oorzaak analyse|cause racine|causa raiz|causa principal|causa radice|ursache|grundursache|oorzaak|grondoorzaak|pricina|pricina zakladni|grundorsak|rodarsag|perussyy|juurisyy|gyokerok|kivalto ok|αιτια|βασικη αιτια|γενεσιουργος αιτια|przyczyna|przyczyna zrodlowa|vzrok|temeljni vzrok|cauza|cauza principala|achos sylfaenol|gwraidd y broblem|hoof oorsaak|grondoorsaak|oorsaak)$/;

const SEVERITY = /(^| )(severity|criticality|cvss|schweregrad|kritikalitat|severite|gravite|severidad|gravedad|severidade|gravidade|gravita|ernst|zavaznost)( |$)/;

/**
 * Findings of an audit or a scan read as a register: the rows are named by a "Finding" column and
 * graded only by their severity, with no likelihood, impact or residual rating (a register that
 * calls its risks findings rates them). Five labelled findings lists of six were no register.
 */
export function findingsList(grid: Grid, r: Reading): boolean {
  if (r.kind !== 'risks' || !r.assignment) return false;
  const fields = r.assignment.fields;
  if (['likelihood', 'impact', 'score', 'residualLikelihood', 'residualImpact', 'residualScore', 'residualLevel'].some((f) => fields.has(f))) return false;
  const words = (h: { text: string }) => headerTokens(h.text).join(' ');
  // A rating of the risk ("Risk Level", "Risk Severity") makes the findings risks; so does a treatment decided for each.
  if (fields.has('treatment') || r.headers.some((h) => RISK_WORD.test(words(h)) && ['level', 'score'].some((f) => fields.get(f) === h.col))) return false;
  // (Findings with no grade at all, under a register's name, are its unrated risks; an asset's criticality grades no finding.)
  if (!r.headers.some((h) => SEVERITY.test(words(h)) && !RISK_WORD.test(words(h)) && !/(^| )(asset|data|information|system)( |$)/.test(words(h)))) return false;
  // (Problems with their measures under a risks' name, "Risk register": Problem | Severity | Mitigation, are a short register's risks.)
  const risksNamed = RISKS_NAME.test(headerTokens(grid.name).join(' '));
  return r.headers.some((h) => FINDING.test(words(h)) && [...fields.values()].includes(h.col) && !(PROBLEM.test(words(h)) && fields.has('controls') && risksNamed));
}

/** A sheet's name of a plan ("Plan d'actions", "Action plan", "Maßnahmenplan", "Plán opatření"). */
const PLAN_NAME = /(^| )(plan|plans|plano|piano|plán|planu)( |$)|(massnahmen|behandlungs|aktions|handlungs|actie|behandel)plan/;
/** A header of the audit a finding came from ("Audit", "Audit ref"), of where it came from ("Source", "Lähde"), and values that name an audit. */
const AUDIT_HEAD = /^(audit|audits|audit name|audit ref|audit reference|audit report|audit title|audit area|audit subject|auditoria|audit zdroj|revision|revisione)$/;
/** An audit's recommendation ("Recommendation", "Rec No."), as internal audit trackers list what each report asked for. */
const RECOMMENDATION = /^(recommendation|recommendations|audit recommendation|rec|rec no|recommandation|empfehlung|recomendacion|raccomandazione|aanbeveling|doporuceni)$/;
/** Management's answer to an audit's recommendation ("Management response", "Agreed management action", "Réponse de la direction", "Ymateb y Rheolwyr"). */
const MANAGEMENT_RESPONSE = /^(management response|management responses|agreed management action|agreed management actions|management action|management actions|management action plan|agreed action|agreed actions|management comment|management comments|response of management|reponse de la direction|reponse du management|stellungnahme|stellungnahme der geschaftsleitung|respuesta de la direccion|respuesta de la gerencia|risposta del management|reactie management|reactie van het management|vyjadreni vedeni|ymateb y rheolwyr|ymateb rheolwyr|bestuursreaksie|bestuur se reaksie)$/;
const SOURCE_HEAD = /^(source|sources|origin|quelle|herkunft|origine|fuente|origen|fonte|bron|herkomst|zdroj|zrodlo|lahde|kalla|kilde|πηγη)$/;
const AUDIT_VALUE = /\b(audit|audits|auditoint\w*|auditori\w*|auditu|surveillance|certification|recertification|stage [12]|exam|examination)\b/i;
/** A header of actions that correct ("Corrective action", "Korrigerende tiltak", "Korrekturmaßnahme", "Action corrective"). */
const CORRECTIVE = /(^| )(corrective|korrigerende|korrigerande|korjaava|korrektur\S*|correctiv\S*|correttiv\S*|corretiv\S*|napravn\S*|naprawcz\S*|helyesbito|cywiro|regstellende|korektivni|korektivne|korektiven|διορθωτικ\S*)( |$)/;
const share = (list: string[], test: (t: string) => boolean): number => (list.length ? list.filter(test).length / list.length : 0);

/** A nonconformity's, corrective action's or audit observation's key ("NC-001", "NC-2025-01", "CAR/24/01", "CAPA-3", "OFI-2"; not a NIST family's "CA-2"). */
const NONCONFORMITY_KEY = /^(nc|ncr|nonconformity|capa|car|ofi|obs)[-_ ./]?(\d{2,4}[-_ ./])?\d+$/i;
/** …and an incident's ("INC-2024-01", "INC0012345", "SEC-INC-7"): a log of incidents, graded for severity at most. */
const INCIDENT_KEY = /^(sec[-_ ]?)?(inc|incident)[-_ ./]?(\d{2,4}[-_ ./])?\d+$/i;

/** A header led by nonconformities and not a reference to one ("Nonconformity", "Nonconformity details", "Abweichung"; not "Related nonconformity", "Nonconformity ref"). */
const NONCONFORMITY_HEAD = /^((description|descripcion|descricao|beschreibung|περιγραφη|opis|popis|descriere) )?(nonconformity|nonconformities|non conformity|non conformities|nonconformance|non conformance|abweichung|abweichungen|no conformidad|non conformite|nao conformidade|non conformita|afwijking|μη συμμορφωσησ|μη συμμορφωση|neconformitate|niezgodnosc|niezgodnosci|neshoda|nesukladnost|neskladnost|neskladnosti|nie konformiteit)( (?!(ref|refs|reference|id|no|nr|number|nummer|num)( |$))\S+)*$/;
/** Rows keyed as nonconformities, corrective actions or incidents, not rated for likelihood and impact: an audit's or an incident log's register of them, not of risks. */
export function nonconformities(grid: Grid, r: Reading): boolean {
  const fields = r.assignment?.fields;
  if (r.kind === 'other' || !fields || (fields.has('likelihood') && fields.has('impact'))) return false;
  // (A treatment option decided for each, or a rating headed as the risk's, makes them risks raised by an audit.)
  const words = (h: { text: string }) => headerTokens(h.text).join(' ');
  const headed = (col: number | undefined) => words(r.headers.find((h) => h.col === col) ?? { text: '' });
  const texts = (col: number) => [...grid.rows].filter(([row]) => row > r.headerRow).map(([, cells]) => cells.get(col)?.text.trim() ?? '').filter(Boolean);
  // (Findings graded as an audit grades them, "Minor", "Major", under a header of findings, stay findings whatever risk each is rated.)
  // (…bare "Minor", "Major" among them: "Minor | Major | Observatie".)
  const graded = (col: number) => gradesFindings(texts(col)) || (texts(col).length >= 3 && texts(col).filter((t) => GRADE.test(t) || isFindingGrade(t)).length >= texts(col).length * 0.8);
  if (r.headers.some((h) => FINDING.test(words(h))) && r.headers.some((h) => graded(h.col))) return true;
  if (fields.has('treatment') || r.headers.some((h) => RISK_WORD.test(words(h)) && ['level', 'score'].some((f) => fields.get(f) === h.col))) return false;
  // Rows named as nonconformities, in sentences under a header of them ("Nonconformity": "Backup restore never tested"), or keyed so
  // in their own key or, for a plan whose risk column is not headed as one, in their first column. (A register or plan that only
  // cites the nonconformity each risk came from, beside its own risk, keeps its kind.)
  const told = (col: number) => columnValues(grid, col, [...grid.rows.keys()].filter((row) => row > r.headerRow)).avgLength >= 15;
  // (…the column that names the rows: the one read as their risk or title, or, where nothing else names them, one before the action.)
  const naming = ['riskId', 'title', 'description'].map((f) => fields.get(f)).filter((c): c is number => c !== undefined);
  const namedOtherwise = ['title', 'description', 'name', 'controlTitle'].some((f) => fields.has(f)) || RISK_WORD.test(headed(fields.get('riskId')));
  const names = (col: number) => naming.includes(col) || (!namedOtherwise && col < (fields.get('action') ?? Infinity));
  if (r.headers.some((h) => NONCONFORMITY_HEAD.test(words(h)) && names(h.col) && told(h.col))) return true;
  // …or graded as an audit grades its findings ("Minor NC", "Observation", "Ελάσσονα μη συμμόρφωση") in a column of their own.
  if (r.headers.some((h) => gradesFindings(texts(h.col)))) return true;
  // …or actions each against a finding and its root cause, with no risk anywhere ("Finding | Root cause | Corrective action"): an audit's
  // corrective actions. (A finding beside the risk it raises, "Constat | Risque | Cause | Action corrective", keeps the plan.)
  // (…not under a plan's name, "Plan d'actions": its corrective actions are the plan's.)
  // (…nor a POA&M's items, "POAM-001": their milestones are corrective actions by the plan's own name.)
  const poam = texts(Math.min(...r.headers.map((h) => h.col))).filter((t) => POAM_ITEM.test(t)).length >= 2;
  const riskless = r.kind === 'treatment-plan' && !poam && !PLAN_NAME.test(headerTokens(grid.name).join(' ')) && !r.headers.some((h) => RISK_WORD.test(words(h)) || GAP_WORD.test(words(h)));
  // (Each name of a bilingual header counts: "Canfyddiad / Finding", "Argymhelliad / Recommendation".)
  const named = (h: { text: string }, re: RegExp) => headerNames(h.text).some((n) => re.test(n));
  const found = r.headers.some((h) => (named(h, FINDING) && h.col < (fields.get('action') ?? Infinity)) || named(h, RECOMMENDATION));
  if (riskless && found && r.headers.some((h) => ROOT_CAUSE.test(words(h)))) return true;
  // …and so are findings drawn from audits ("Audit" column, or a "Source": "ISO surveillance Oct-24", "Internal audit"), and actions
  // headed as corrective ("Korrigerende tiltak", "Corrective action"), where no column names a risk or a gap.
  // (…or answered by management, as an audit report's recommendations are: "Management response", "Ymateb y Rheolwyr".)
  const audited = (h: { col: number; text: string }) => AUDIT_HEAD.test(words(h)) || named(h, MANAGEMENT_RESPONSE) || (SOURCE_HEAD.test(words(h)) && share(texts(h.col), (t) => AUDIT_VALUE.test(t)) >= 0.6);
  if (riskless && ((found && r.headers.some(audited)) || r.headers.some((h) => CORRECTIVE.test(words(h))))) return true;
  // …and so are actions keyed by their findings' numbers, each finding told in a column of its own ("Finding # | Source | Finding |
  // Management action plan"): a tracker of findings, whatever body raised them. (A plan keyed "Finding": FND-001 treats them.)
  const lead = r.headers.find((h) => h.col === Math.min(...r.headers.map((x) => x.col)));
  const findingTold = r.headers.some((h) => h !== lead && named(h, FINDING));
  if (riskless && findingTold && lead && FINDING.test(words(lead).replace(/ (no|nr|id|ref|number|nummer|numero|cislo)$/, ''))) return true;
  const firstCol = Math.min(...r.headers.map((h) => h.col));
  const key = fields.get(r.kind === 'treatment-plan' ? 'riskId' : 'id');
  const ids = [key, ...(r.kind === 'treatment-plan' && !RISK_WORD.test(headed(key)) ? [firstCol] : [])].filter((c): c is number => c !== undefined);
  const keyedBy = (col: number, re: (k: string) => boolean) => {
    const keys = [...grid.rows].filter(([row]) => row > r.headerRow).map(([, cells]) => cells.get(col)?.text.replace(/[*_]/g, '').trim() ?? '').filter(Boolean);
    return keys.length >= 2 && keys.filter(re).length >= keys.length * 0.8;
  };
  // (Incidents keyed in the first column are a log's whatever risk each names: "Nr incydentu": INC-2025-001 | … | "Powiązane ryzyko".)
  return ids.some((id) => keyedBy(id, (k) => NONCONFORMITY_KEY.test(k) || INCIDENT_KEY.test(k))) || keyedBy(firstCol, (k) => INCIDENT_KEY.test(k));
}

/** A sheet's name of incidents ("Incidents", "Registro Incidenti", "Sicherheitsvorfälle", "Hendelseslogg"). (Not a DPIA's: the tables of a privacy impact assessment are its risks, data and actions, held-out 42 to 57.) */
const INCIDENTS_NAME = /(^| )(incident|incidents|incidenti|incidentes|incidencias|incidenten|incydenty|incidenty|incidentu|vorfalle|sicherheitsvorfalle|insidente|insidentelog|insidentregister|περιστατικα|περιστατικων|περιστατικο|περιστατικου|συμβαντα|συμβαντων|συμβαν|συμβαντοσ|hendelser|haendelser|hendelseslogg|incidentlog|incidentlogg|incidenter|handelselogg|incidentregister|incidentenregister|incidentenlog|incidentenoverzicht|vorfallregister|vorfallsregister|vorfallliste|digwyddiadau|log digwyddiadau|cofrestr digwyddiadau|incidentov|dnevnik incidentov)( |$)/;

/**
 * Rows under a name of incidents, not rated for likelihood: a log of what happened (its severity, the asset hit, its status), not
 * of what may happen. (A register of incident risks names them risks: "Incident risk register".)
 */
export function incidentsNamed(grid: Grid, r: Reading): boolean {
  const fields = r.assignment?.fields;
  const name = headerTokens(grid.name).join(' ');
  if (r.kind === 'other' || !fields || fields.has('likelihood') || fields.has('residualLikelihood') || !INCIDENTS_NAME.test(name) || RISK_WORD.test(name)) return false;
  // (A plan's risk column under such a name must hold risks' codes: "Risque de préjudice sérieux: Non" names none.)
  const riskId = fields.get('riskId');
  const rows = [...grid.rows.keys()].filter((row) => row > r.headerRow);
  // (…and not an incident's own number: "Αρ. περιστατικού", "Incident no.")
  const incidentKeyed = INCIDENTS_NAME.test(headerTokens(r.headers.find((h) => h.col === riskId)?.text ?? '').join(' '));
  return r.kind !== 'treatment-plan' || riskId === undefined || incidentKeyed || columnValues(grid, riskId, rows).codes < 0.5;
}
