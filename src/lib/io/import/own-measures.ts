/**
 * Control-status lists: an SoA of the organisation's own measures (measures named in words, each with how far it is
 * implemented), of controls by name or number with their status (`controlStatusList`), of another set's control ids with
 * theirs (`statusedControls`: SOC 2, NIST, the organisation's own codes), and of controls with how each is implemented told
 * in words (`implementationStatement`); `extendedControls` is either of the last two. Split from kind-rules.ts.
 */
import { headerWords, toldImplementation, type Assignment, type ValueCache } from './columns.ts';
import { foldWord, isYesNoWord, parseYesNo } from './normalise.ts';
import { recognise, soaStatusVocab } from './mapping/vocab.ts';
import { toTake } from './measure-words.ts';
import { criteriaKeyed, nist171Keyed, numberedSet, setIdText } from './control-ids.ts';
import { ownControlIds } from './column-values.ts';
import { BARE_STATUS } from './column-passes.ts';
import { columnNumber } from './grid.ts';
import { CONTROL_WORD, POLICIES, REQUIREMENT, RISK_WORD } from './kind-words.ts';

/** A cell's words alone, folded: marks and punctuation dropped ("❌ No" is "no", "Teilweise umgesetzt." is "teilweise umgesetzt"). */
const bareWords = (t: string): string => foldWord(t.replace(/[^\p{L}\p{N}\s]/gu, ' ').trim());

/** The state a leading mark gives ("✅" implemented, "◐" partly, "❌" not, "⏳" planned), in the words the patterns below read. */
const MARK = /^\s*([✅✔☑✓❌✗✘⚠◐◑◔◕●⏳🟢🟡🟠🔴]|\p{Extended_Pictographic})\uFE0F?/u;
const MARKED: Record<string, string> = { implemented: 'implemented', partially_implemented: 'partially implemented', not_implemented: 'not implemented', planned: 'planned' };
function markedState(text: string): string | undefined {
  const mark = MARK.exec(text)?.[1];
  if (!mark) return undefined;
  return mark === '⏳' ? 'planned' : MARKED[recognise(soaStatusVocab, mark)];
}

/** Titles of which many are questions ("Is there a policy?"): an audit's checklist, not controls. */
const asksQuestions = (titles: string[]): boolean => titles.filter((t) => t.trim().endsWith('?')).length >= titles.length * 0.3;

/**
 * The rows' key or title, or the table's first column (an id the reading could not take: "[CTRL-001](ctrl-001.md)"), is headed as
 * controls ("Control ID", "Maßnahme"), not as anything else that may be switched on or off.
 */
const controlsNamed = (a: Assignment): boolean => keyHeaders(a).some((words) => CONTROL_WORD.test(words));

/** The header words of the rows' key and title, and of the table's first column. */
function keyHeaders(a: Assignment): string[] {
  const first = a.columns.find((c) => c.header.trim());
  return [a.fields.get('controlId'), a.fields.get('controlTitle'), first && columnNumber(first.column)].map((col) => headerWords(a, col));
}

/** …or as policies or procedures ("Policy ID", "Procedure"), in the same columns: a register of documents, whatever their status. */
const documentsListed = (a: Assignment): boolean => keyHeaders(a).some((words) => POLICIES.test(words));

/**
 * The share of a column's cells that state how far a control is implemented: states it is switched to ("Enabled", "Active",
 * "Retired") count only in a list headed as controls, as a user's, a flag's or an incident's count for nothing.
 */
export function controlStates(a: Assignment, values: ValueCache, col: number): number {
  const v = values.get(col);
  return Math.max(v.statuses + (controlsNamed(a) ? v.switches : 0), maturityLevels(a, values, col));
}

/** A header of how mature a control is ("Current maturity (0-5)", "Reifegrad", "Stopnja zrelosti"). */
const MATURITY = /(^| )(maturity|reifegrad|maturite|madurez|maturidade|maturita|volwassenheid|vyspelost|dojrzalosc|zrelosti|zrelost|erettseg|kypsyys|mognad|modenhed|modenhet|ωριμοτητα)( |$)/;
/** A level of maturity: "0" to "5", "ML2", "Level 3", "Tier 2". */
const MATURITY_LEVEL = /^(ml|level|tier|stufe|niveau|nivel|livello|cmm)?\s*-?\s*[0-5]$/i;

/** Share of a column headed as the controls' maturity whose cells each give a level (0 to 5, "ML1"): how far each control has come. */
function maturityLevels(a: Assignment, values: ValueCache, col: number): number {
  if (!MATURITY.test(headerWords(a, col))) return 0;
  const texts = values.texts(col);
  return texts.length ? texts.filter((t) => MATURITY_LEVEL.test(t.trim())).length / texts.length : 0;
}

/** A header of how well controls of two frameworks match ("Coverage", "Covered?", "Mapping strength", "Abdeckung"). */
const COVERAGE = /(^| )(coverage|covered|covers|mapping|mapped|match|matches|alignment|aligned|strength|relationship|abdeckung|cobertura|couverture|copertura)( |$)/;

/**
 * Controls named or numbered in the first column, each with how far it is implemented, beside their references in other frameworks
 * ("Control | ISO Annex A | SOC 2 TSC | Status: Implemented"): the organisation's controls, cross-referenced, not a crosswalk; unless
 * the status is how well the frameworks match ("Coverage: Full / Partial / None").
 */
export function crossReferenced(a: Assignment, values: ValueCache, firstCol: number): boolean {
  const status = a.fields.get('status');
  if (status === undefined || COVERAGE.test(headerWords(a, status)) || values.get(status).count < 3) return false;
  return controlStates(a, values, status) >= 0.6 && [a.fields.get('controlId'), a.fields.get('controlTitle')].includes(firstCol);
}

/** Words of a measure's implementation ("Implemented", "Teilweise umgesetzt", "Geïmplementeerd", "Planned"). */
const IMPLEMENTED = /implement|umgesetzt|in umsetzung|geimplementeerd|implementad|implementat|mis en (oeuvre|œuvre|place)|mise en (oeuvre|œuvre)|en place|in place|in progress|en cours|en curso|in corso|em andamento|partial|partiel|teilweise|gedeeltelijk|parcial|parzial|attuat|realisiert|erfullt|vorhanden|planned|geplant|gepland|planificad|planejad|prevu|pianificat|document|not applicable|non applicable|n a$|nicht anwendbar|no aplica|nao aplicavel|non applicabile|niet van toepassing/;
/** …of which some say the measure is in place, wholly or partly ("Implemented", "Teilweise", "Mis en œuvre"): a plan whose measures are all "Planned" is a plan. */
const IN_PLACE = /implement|umgesetzt|geimplementeerd|implementad|implementat|mis en (oeuvre|œuvre|place)|mise en (oeuvre|œuvre)|en place|in place|attuat|realisiert|erfullt|vorhanden|partial|partiel|teilweise|gedeeltelijk|parcial|parzial/;
/** The states of a finding's or a task's follow-up, in several languages ("Remediated", "Accepted", "Abierto", "Cerrado", "Clos"). */
const FOLLOW_UP = /^(remediated|resolved|accepted|abierto|abierta|cerrado|cerrada|en curso|pendiente|ouvert|ouverte|ferme|fermee|clos|close|cloture|en cours|aberto|aberta|fechado|fechada|pendente|aperto|aperta|chiuso|chiusa|geschlossen|in bearbeitung|open staand|gesloten)$/;
/** A check's verdict ("Pass", "Failed"). */
const VERDICT = /^(pass|passed|fail|failed)$/;
/** A control that complies ("Compliant", "Conforme", "Cumple"; not "Non-compliant"). */
const COMPLIES = /^(fully )?(compliant|conforme|conform|konform|cumple|cumpre)$/;
/** …not a task's or a test's ("Done", "To do", "Passed", "Overdue"). */
const TASK_STATE = /^(done|to do|todo|open|closed|completed?|passed|failed|pass|fail|overdue|not started|yes|no|met|not met|offen|erledigt)$/;
/**
 * The states a short list of controls must all but share to count as an SoA's (kind-rules.ts decidedControls): how far each is
 * implemented ("Implemented", "Gedeeltelijk aanwezig", "❌ Afwezig"), not the states of work that soaStatusVocab also reads
 * ("Completed", "Scheduled", "Open": an audit programme's). A stricter list than TASK_STATE above, which also passes yes and no.
 */
const WORK_STATE = /^(completed?|done|scheduled|closed|open|to do|todo|overdue|cancell?ed|planned|in progress)$/;
const IMPLEMENTATION_STATES = new Set(['implemented', 'partially_implemented', 'not_implemented']);
/** Three or more states, nearly all of how far a control is implemented. */
export function implementationStates(texts: string[]): boolean {
  const states = texts.filter((t) => !WORK_STATE.test(foldWord(t)) && IMPLEMENTATION_STATES.has(recognise(soaStatusVocab, t)));
  return texts.length >= 3 && states.length >= 0.8 * texts.length;
}

/**
 * A status header that asks whether the measure is there ("Existe?", "In place?", "Vorhanden?"), as the header lists read it
 * ("In place?" is "place"), with the answers it takes after it or not ("Exists (Y/N)", "Vorhanden (ja/nein)", "Wdrożone (T/N)").
 */
const IN_PLACE_ASKED = /^(exists|existe|existente|vorhanden|place|implemented|implementado|implementada|implementato|implementata|implementiert|umgesetzt|geimplementeerd|aanwezig|presente|istnieje|wdrozone|compliant|em conformidade|in compliance|cumple|cumpre)( (y n|n|s n|j n|t n|o n|si no|sim nao|yes no|ja nein|oui non|tak nie))?$/;

/**
 * Measures named in words (no ids), each with its implementation status and at most one more column, a description or a type
 * ("Maßnahme | Implementierung | Status: Umgesetzt", "Maatregel | Type | Status"): an SoA of one's own measures. Not actions
 * to take ("MFA einführen"), not with an owner or a risk beside them (a plan), not tasks or tests done or failed, not measures all
 * still planned (a plan, a training programme), not a summary counting controls by theme ("37 controls").
 */
export function ownMeasures(a: Assignment, values: ValueCache): boolean {
  const title = a.fields.get('controlTitle');
  const status = a.fields.get('status');
  if (title === undefined || status === undefined) return false;
  if ([...a.fields.keys()].some((f) => !['controlTitle', 'status', 'notes', 'evidence', 'justification'].includes(f))) return false;
  if (a.columns.filter((c) => !c.field && c.header.trim()).length > 1) return false;
  // Asked whether each measure is there ("Existe?", "In place?"), a yes says it is in place and a no that it is not.
  const asked = IN_PLACE_ASKED.test(headerWords(a, status));
  // (A tick or a mark before the words says the state, whatever follows: "✅ Documentada", "⏳ Planejado", "✅ Firestore rules".)
  const states = values.texts(status).map((t) => (asked && isYesNoWord(bareWords(t)) ? (parseYesNo(bareWords(t)) ? 'implemented' : 'not implemented') : markedState(t) ?? foldWord(t)));
  const share = (re: RegExp) => states.filter((t) => re.test(t)).length / Math.max(1, states.length);
  if (states.length < 3 || share(IMPLEMENTED) < 0.75 || share(IN_PLACE) < 0.3 || share(TASK_STATE) > 0.2) return false;
  const titles = values.texts(title);
  return titles.filter((t) => /^[*_\s]*\d/.test(t) || toTake(t)).length < titles.length * 0.3;
}

/**
 * A control-status list: controls, by name or number, each with how far it is implemented and one more thing an SoA says of it
 * (evidence, notes, an owner, the id beside the name): "Control | Type | Status: ✅ Yes | Remarks", a gap assessment by control.
 * Not measures still to take ("MFA einführen", a plan), not rows keyed by risks ("Risk | Control | Owner | Status"), not a
 * product's or a law's requirements unless the header names a numbered set of controls ("NIST 800-171 requirement").
 */
export function controlStatusList(a: Assignment, values: ValueCache): boolean {
  // (Asked of one reading by its score, its coherence and its vetoes: read once.)
  let known = listed.get(a);
  if (known === undefined) listed.set(a, (known = readsAsStatusList(a, values)));
  return known;
}
const listed = new WeakMap<Assignment, boolean>();

function readsAsStatusList(a: Assignment, values: ValueCache): boolean {
  const status = a.fields.get('status');
  const key = a.fields.get('controlId') ?? a.fields.get('controlTitle');
  if (status === undefined || key === undefined || a.fields.size < 3) return false;
  const v = values.get(status);
  if (v.count < 3 || controlStates(a, values, status) < 0.6) return false;
  // (Not the states of tasks, audits or tests: "Completed", "Planned", "Passed"; unless most say the control is in place or complies,
  // and the rest failed a check: "Compliant", "Failed".)
  const states = values.texts(status).map(bareWords);
  const share = (test: (t: string) => boolean) => states.filter(test).length / states.length;
  // (A check's verdict on each control, "Pass", "Fail", counts as its status where the rows are headed as controls.)
  const verdicts = controlsNamed(a);
  if (share((t) => (TASK_STATE.test(t) || FOLLOW_UP.test(t)) && !isYesNoWord(t) && !(verdicts && VERDICT.test(t))) > 0.2 && share((t) => IN_PLACE.test(t) || COMPLIES.test(t)) < 0.5) return false;
  const first = a.columns.find((c) => c.header.trim());
  if (first && RISK_WORD.test(headerWords(a, columnNumber(first.column)))) return false;
  // (…nor policies or procedures, "Active" or "Under review": a register of documents.)
  if (documentsListed(a)) return false;
  const title = a.fields.get('controlTitle') ?? key;
  const header = (col: number) => a.columns.find((c) => columnNumber(c.column) === col)?.header ?? '';
  // (…nor the requirements of a law or a product, named in the column the reading took or in one it left: "Legal requirement".)
  const unmapped = a.columns.filter((c) => !c.field).map((c) => columnNumber(c.column));
  // (NIST SP 800-171's numbered requirements, "3.1.1", are security controls under any header.)
  if ([key, title, ...unmapped].some((col) => REQUIREMENT.test(headerWords(a, col)) && !numberedSet(header(col))) && !nist171Keyed(values.texts(key))) return false;
  const titles = values.texts(title);
  return titles.filter((t) => toTake(t) || t.trim().endsWith('?')).length < titles.length * 0.3;
}

/** The grades of an audit's findings ("Major NC", "Minor nonconformity", "OFI", "No conformidad mayor", "Observación"). */
// (…and in Greek, Dutch, Czech, Polish, German: "Ελάσσονα μη συμμόρφωση", "Kleine afwijking", "Neshoda", "Niezgodność", "Nebenabweichung", "Hinweis";
// Greek grades findings by the adjective alone, "Μείζον", "Ελάσσον"; Croatian "Mala nesukladnost", "Opažanje".)
const FINDING_GRADE = new RegExp('^(major|minor|mayor|menor|majeure|mineure|grave|leichte|schwere|kleine|grote|mala|velka|velika|zavazna|duza|ελασσονα|μειζονα|ελασσων|μειζων|σοβαρη|μικρη|kisebb|nagyobb|jelentos|enyhe|lieva|merkittava|vakava|mindre|storre|manjsa|vecja|drobna|powazna)?\\s*'
  + '(nc|ncr|ofi|observation|observacion|observacao|osservazione|beobachtung|non ?conformit[yeé]s?|nonconformity|non conformite|no conformidad|nao conformidade|non conformita|nichtkonformitat|abweichung|'
  + 'nebenabweichung|hauptabweichung|hinweis|verbesserungspotenzial|verbesserungspotential|afwijking|tekortkoming|observatie|neshoda|pozorovani|niezgodnosc|obserwacja|μη συμμορφωση|παρατηρηση|μειζον|ελασσον|μειζων|ελασσων|nesukladnost|neskladnost|neusaglasenost|zapazanje|opazanje|prilika za poboljsanje|observatie|neconformitate|nemmegfeleloseg|eszrevetel|area of concern|areas of concern|diffyg cydymffurfio|cyfle i wella|opportunity for improvement|improvement opportunity|περιοχη προσοχησ|σημειο προσοχησ|ευκαιρια βελτιωσησ|poikkeama|havainto|avvikelse|afvigelse|neskladnost|ugotovitev|부적합|관찰사항|관찰|不適合|観察事項|観察|不符合|不符合项|观察项)'
  + '\\s*(major|minor|mayor|menor|majeure|mineure|bach|mawr|maggiore|minore|majora|minora|maior|grave|mala|duza|경미|중대|軽微|重大|轻微|严重|一般)?$');
/** Whether most of a column's texts (three or more) grade findings ("Minor NC", "Observation"). */
export const gradesFindings = (texts: readonly string[]): boolean => texts.length >= 3 && texts.filter(isFindingGrade).length >= 0.6 * texts.length;
/** A finding's grade ("Minor NC", "Observatie"). */
export const isFindingGrade = (text: string): boolean => FINDING_GRADE.test(bareWords(text).normalize('NFC'));
/** A column of the rows' grades as findings: the rows are an audit's findings, not an SoA's controls. */
export function gradedFindings(a: Assignment, values: ValueCache): boolean {
  return a.columns.some((c) => gradesFindings(values.texts(columnNumber(c.column))));
}

/** Another set's control ids ("CC6.1", "AC-2", "CTL-001"), each with an implementation status: an extended control set of the SoA. */
export function statusedControls(a: Assignment, values: ValueCache): boolean {
  const id = a.fields.get('controlId');
  // (SOC 2 criteria or CSF ids with ticks and "n/a" under a bare "Status", read as whether each applies, are statused too.)
  const marked = a.fields.get('applicable');
  const criteria = id !== undefined && marked !== undefined && BARE_STATUS.test(headerWords(a, marked)) && criteriaKeyed(values.texts(id));
  const status = a.fields.get('status') ?? (criteria ? marked : undefined);
  // The rows name their controls (a title beside the id): ids and a status alone may be any list's ("EV-001", "IMPLEMENTED").
  const title = a.fields.get('controlTitle');
  if (id === undefined || status === undefined) return false;
  const ids = values.get(id);
  // …or each id is written with its control's name ("CC1.1 - Board oversight").
  const named = ids.leadingFrameworkIds >= 0.8;
  if ((title === undefined && !named) || documentsListed(a)) return false;
  // Requirements of a law or a standard, and an audit's questions, are checked, not controls ("Req ID", "Is there a policy?"),
  // unless they are a numbered set's ("PCI DSS requirement": 1.2.1).
  // (…or under a sheet named for the set: "PCI DSS status" with its "Req." 1.2.1, 3.4.1.)
  const set = numberedSet(a.columns.find((c) => columnNumber(c.column) === id)?.header ?? '') ?? numberedSet(values.sheetName);
  // (NIST SP 800-171's requirements and CMMC's practices, "AC.L2-3.1.1", are security controls under any header.)
  // (…nor are requirements each decided to apply or not and implemented so far, "Applies? | Implementation status": an SoA's rows.)
  const decided = a.fields.has('applicable') && (a.confidence.get('status') ?? 0) >= 0.9;
  if (!set && !decided && !criteriaKeyed(values.texts(id)) && !nist171Keyed(values.texts(id)) && (REQUIREMENT.test(headerWords(a, id)) || (title !== undefined && REQUIREMENT.test(headerWords(a, title))))) return false;
  if (asksQuestions(values.texts(title ?? id))) return false;
  // Numbers under a header that names their set ("CIS Safeguard": 1.1, 5.1) are that set's, not Annex A's.
  const numbers = set ? values.texts(id).filter((t) => setIdText(t, set).startsWith(`${set.prefix} `)).length : 0;
  const numbered = set !== null && ids.distinct >= 0.9 && numbers >= ids.count * 0.8;
  return ids.count >= 3 && (ownControlIds(ids) || numbered || named) && (controlStates(a, values, status) >= 0.5 || (criteria && status === marked && values.get(status).yesNoWords >= 0.8));
}

/**
 * Controls of a set (Annex A, NIST, CMMC, SOC 2), or the organisation's own under a header that names controls, each with how
 * it is implemented told in words ("AC-6 | Least Privilege | Implementation: Resource-scoped IAM policy | Evidence"): an SoA's
 * statement of implementation, as a system security plan keeps it (the labellers' reading of 14 such tables in 15 on held-out
 * 42 to 48 and 50). Not a catalogue's guidance ("The organization should…"), nor features, requirements or policies with theirs.
 */
export function implementationStatement(a: Assignment, values: ValueCache): boolean {
  const id = a.fields.get('controlId');
  const notes = a.fields.get('notes');
  if (id === undefined || notes === undefined) return false;
  const header = a.columns.find((c) => columnNumber(c.column) === notes)?.header ?? '';
  if (!toldImplementation(header, values.get(notes))) return false;
  const ids = values.get(id);
  if (ids.count < 3) return false;
  const title = a.fields.get('controlTitle');
  // (A regulation's sections, "§164.308(a)(1)", are a set's only where the header does not call them requirements.)
  const cited = ids.citations >= 0.6 && [id, title].some((col) => REQUIREMENT.test(headerWords(a, col)));
  const setIds = !cited && (ids.controls >= 0.6 || ids.frameworkIds >= 0.6 || ids.leadingFrameworkIds >= 0.6 || ids.criteriaIds >= 0.6);
  const ownControls = ownControlIds(ids) && [id, title].some((col) => CONTROL_WORD.test(headerWords(a, col)));
  if (!setIds && !ownControls) return false;
  if (documentsListed(a) || (!setIds && [id, title].some((col) => REQUIREMENT.test(headerWords(a, col))))) return false;
  // (Guidance says what one should do; a statement says what is done.)
  const told = values.texts(notes);
  if (told.filter((t) => /\b(should|shall|must|sollte|sollten|doit|doivent|debe|deben|deve|devem|dovrebbe)\b/i.test(t)).length >= told.length * 0.4) return false;
  return !asksQuestions(values.texts(title ?? id));
}

/** Another set's controls, or the organisation's own, each with its implementation status or its implementation told in words. */
export const extendedControls = (a: Assignment, values: ValueCache): boolean => statusedControls(a, values) || implementationStatement(a, values);
