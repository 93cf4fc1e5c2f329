/**
 * What the values under a header look like (numbers, dates, control ids, yes/no, scale words,
 * codes, long text); value-fits.ts says how well that fits each canonical field, so the values
 * confirm or overrule what the header alone suggests.
 */
import type { Grid } from './grid.ts';
import { controlRefsFromCell } from './control-ids.ts';
import { unlinked, withoutEmphasis } from './cells.ts';
import { toIsoDate } from './dates.ts';
import { foldWord, isScaleWord, isYesNoWord, leadingPart, parseNumber, parseYesNo } from './normalise.ts';
import { ACTION_ID, AMOUNT, CADENCE, CITATION, CRITERIA_ID, DURATION, FRAMEWORK_ID, GRADE, NONE, POAM_ITEM, PRODUCT, RISK_CODE, RISK_LED, STRIDE, follows, isBandedScore, isCode, isPlaceholder, isSerialDate, optionKind } from './value-patterns.ts';
import { actionStatusVocab, isSwitchState, recognise, riskStatusVocab, soaStatusVocab } from './mapping/vocab.ts';

export interface ColumnValues {
  count: number;
  numeric: number;
  dates: number;
  /** Share of whole numbers in the range of date serials (1990 to 2069). */
  serials: number;
  /** Share of cells naming at least one Annex A control. */
  controls: number;
  /** Share of cells that are one control, clause or objective id and nothing else. */
  singleIds: number;
  /** Share of cells that are one control id, alone or before its title ("A.8.2 Privileged access rights"). */
  leadingIds: number;
  yesNo: number;
  /** Share of cells that are a yes or no word and nothing more ("Applied", "Excluded"; not "Not started"). */
  yesNoWords: number;
  /** Share of cells that say there is nothing ("None", "Keine", "Aucun"): no answer to a yes-or-no question. */
  nones: number;
  scale: number;
  codes: number;
  options: number;
  /** Share of options with no details after them ("Mitigate", "Accept: low impact"). */
  bareOptions: number;
  /** Share of options, counting those a sentence goes on to explain ("Mitigate with MFA"). */
  explainedOptions: number;
  /** Share of cells that start with an SoA status or a yes/no ("Implemented – policy approved", "Yes - see policy"). */
  statuses: number;
  /** Share of cells that lead with a status of a risk or an action, told more after it ("Open; blocks release M07"; not "Partial – EDR on servers"). */
  /** Share of states a thing is switched to ("Enabled", "Active", "Retired"): a control's status only in a list of controls. */
  switches: number;
  ledStatuses: number;
  /** Share of scores written with their band ("15 (High)"). */
  banded: number;
  /** Share of codes that number risks ("R-01", "RSK-003", "Risk 4"). */
  riskCodes: number;
  /** Share of cells led by a risk's code before its name ("R01 — Missing backups", "RSK-3: Phishing"). */
  riskLed: number;
  avgLength: number;
  /** Share of distinct values. */
  distinct: number;
  /** Share of values copied down a vertical merge on a row that continues the record above (most of its cells merged with it). */
  merged: number;
  /** Share of CVE ids ("CVE-2021-44228"): a scanner's or advisory's findings. */
  cves: number;
  /** Share of web addresses ("https://jira/SEC-1"): links to records kept elsewhere. */
  links: number;
  /** Share of another framework's control ids ("CC6.1" of SOC 2, "AC-2" of NIST SP 800-53, "PR.AC-1" of the CSF), one or several a cell. */
  frameworkIds: number;
  /** Share of a regulation's sections cited ("§164.308(a)(1)"), counted among frameworkIds too: rules a law sets, listed as controls or as requirements. */
  citations: number;
  /** Share of another framework's control ids before the control's name in one cell ("CC1.1 - Board oversight"). */
  leadingFrameworkIds: number;
  /** Share of actions' own numbers ("CA-001", "ACT-12", "TASK-3", "REM-04", "POAM-001"): no risk's id. */
  actionIds: number;
  /** Share of sums of money ("300,000 CHF", "$3,000", "€1.2M"): a cost or a loss, never a name. */
  amounts: number;
  /** Share of a POA&M's item numbers, alone or before the item's words ("POAM-001", "POA&M-003: KMS key has no policy"). */
  poamItems: number;
  /** Share of SOC 2 common criteria ("CC6.1") and NIST CSF subcategories ("PR.AC-1"), which no register uses for its own ids (as "RA-1" may be a risk's). */
  criteriaIds: number;
  /** Share of cells numbered one on from the cell above ("8.1", "8.2", "8.3"): an item number, not a control. */
  sequence: number;
  /** Share of spans of time ("3 days", "2 weeks", "30 Tage"): a deadline or a target, no rating. */
  durations: number;
  /** Share of an audit finding's grades ("Major", "Minor", "Observation", "OFI"): no risk's level. */
  grades: number;
  /** Share of values that say how often ("Monthly", "Quarterly"): a cadence, no date. */
  cadences: number;
  /** Share of STRIDE categories ("Spoofing", "Tampering"). */
  stride: number;
}

/** A count down the rows (1, 2, 3…): the lines' numbers, or a set's own (CIS controls 1 to 18). */
export const countsRows = (v: ColumnValues): boolean => v.count >= 5 && v.sequence >= 0.8 && v.numeric >= 0.9 && v.controls < 0.6;
/** Ids that are no count: Annex A's, another set's ("AC-2", "3.1.1"), the organisation's own codes. */
export const codedIds = (v: ColumnValues): boolean => v.count >= 3 && !countsRows(v) && (v.controls >= 0.6 || v.singleIds >= 0.6 || (v.codes >= 0.8 && v.distinct >= 0.9 && v.avgLength <= 16));

/** Each sheet's rows that continue the record above, found once (every column's profile asks). */
const continuing = new WeakMap<Grid, Map<number, boolean>>();

/**
 * Most of the row's cells are merged with those above: the row goes on telling the record above it ("R-001" and its rating
 * merged over three rows, one threat on each), not a record of its own beside an asset merged over its threats.
 */
function continuesRecord(grid: Grid, row: number): boolean {
  let rows = continuing.get(grid);
  if (!rows) continuing.set(grid, (rows = new Map()));
  let said = rows.get(row);
  if (said === undefined) {
    const cells = [...(grid.rows.get(row)?.values() ?? [])].filter((c) => c.text.trim() !== '');
    rows.set(row, (said = cells.filter((c) => c.filled).length * 2 >= cells.length));
  }
  return said;
}

/** The value profile of one column over the given rows. */
export function columnValues(grid: Grid, col: number, rows: readonly number[]): ColumnValues {
  const yesLetters = new Set<string>();
  const p = { count: 0, numeric: 0, dates: 0, serials: 0, controls: 0, singleIds: 0, leadingIds: 0, yesNo: 0, yesNoWords: 0, nones: 0, scale: 0, codes: 0, options: 0, bareOptions: 0, explainedOptions: 0, statuses: 0, switches: 0, ledStatuses: 0, banded: 0, riskCodes: 0, riskLed: 0, avgLength: 0, distinct: 0, merged: 0, cves: 0, links: 0, frameworkIds: 0, citations: 0, leadingFrameworkIds: 0, criteriaIds: 0, actionIds: 0, poamItems: 0, amounts: 0, sequence: 0, grades: 0, durations: 0, cadences: 0, stride: 0 };
  const seen = new Set<string>();
  let prev = '';
  for (const r of rows) {
    const cell = grid.rows.get(r)?.get(col);
    // Markdown emphasis pasted with the value ("**CC7.1**", "`A.8.2`") is read through, as the mapping reads it.
    const c = cell && typeof cell.value === 'string' && /[*`]/.test(cell.text) ? { ...cell, value: withoutEmphasis(cell.value), text: withoutEmphasis(cell.text) } : cell;
    // A bare dash or dot, or a template's blank, stands for "nothing here" and says nothing about the column.
    if (!c || isPlaceholder(c.text)) continue;
    p.count++;
    p.avgLength += c.text.length;
    seen.add(c.text);
    if (c.filled && continuesRecord(grid, r)) p.merged++;
    if (parseNumber(c) !== null || PRODUCT.test(c.text)) p.numeric++;
    if (AMOUNT.test(c.text.trim())) p.amounts++;
    if (isBandedScore(c.text)) p.banded++;
    if (RISK_CODE.test(c.text.trim())) p.riskCodes++;
    if (RISK_LED.test(c.text.trim())) p.riskLed++;
    if (c.value instanceof Date || (typeof c.value === 'string' && toIsoDate(c.value) !== null)) p.dates++;
    if (isSerialDate(c)) p.serials++;
    const refs = controlRefsFromCell(c, null);
    if (refs.some((x) => x.kind === 'control')) p.controls++;
    if (refs.length === 1 && (typeof c.value !== 'string' || c.text.replace(/^A\.?/i, '').length <= 8)) p.singleIds++;
    if (refs.length === 1 && refs[0]?.kind === 'control' && (typeof c.value !== 'string' || /^\s*(A\.?\s*)?\d/i.test(c.text))) p.leadingIds++;
    // "No software development in scope" is a justification, not a "no".
    if (typeof c.value !== 'number' && c.text.length <= 20 && parseYesNo(c) !== null) p.yesNo++;
    if (typeof c.value === 'string' && isYesNoWord(c.text)) p.yesNoWords++;
    if (/^\p{L}$/u.test(c.text.trim()) && parseYesNo(c) === true) yesLetters.add(c.text.trim().toUpperCase());
    if (NONE.test(c.text)) p.nones++;
    if (isScaleWord(c)) p.scale++;
    if (isCode(c)) p.codes++;
    const option = optionKind(c.text);
    if (option === 'plain' || option === 'led') p.options++;
    if (option === 'plain') p.bareOptions++;
    if (option !== null) p.explainedOptions++;
    // A status badge pasted from Markdown ("[![Implemented](https://…)](#)") reads as its words.
    const lead = leadingPart(c.text.includes('](') ? unlinked(c.text) : c.text);
    if (isSwitchState(lead)) p.switches++;
    else if (recognise(soaStatusVocab, lead) !== '' || (lead.length <= 20 && parseYesNo(lead) !== null)) p.statuses++;
    if (lead !== c.text.trim() && [riskStatusVocab, actionStatusVocab].some((vocab) => recognise(vocab, lead) !== '')) p.ledStatuses++;
    if (/^CVE-\d{4}-\d{4,}$/i.test(c.text.trim())) p.cves++;
    if (/^(https?:\/\/|www\.)\S+$/i.test(c.text.trim())) p.links++;
    // Ids of other frameworks and of actions are written as text, never stored as numbers.
    const typed = typeof c.value === 'string' ? c.text : '';
    // …also several of them in one cell ("SI-2, SA-22").
    if (typed && typed.split(/\s*[,;\n]\s*/).every((x) => FRAMEWORK_ID.test(x))) p.frameworkIds++;
    if (typed && CITATION.test(typed)) p.citations++;
    const named = /^(\S+?)(?:\s*[-–—:]\s*|\s+)\p{L}/u.exec(typed);
    if (named && FRAMEWORK_ID.test(named[1]!)) p.leadingFrameworkIds++;
    if (CRITERIA_ID.test(typed)) p.criteriaIds++;
    if (ACTION_ID.test(typed)) p.actionIds++;
    if (POAM_ITEM.test(typed.trim())) p.poamItems++;
    if (follows(prev, c.text)) p.sequence++;
    if (GRADE.test(c.text)) p.grades++;
    if (DURATION.test(c.text.trim())) p.durations++;
    const folded = foldWord(c.text);
    if (CADENCE.test(folded)) p.cadences++;
    if (STRIDE.test(folded)) p.stride++;
    prev = c.text;
  }
  if (p.count === 0) return p;
  const n = p.count;
  return {
    count: n,
    numeric: p.numeric / n,
    dates: p.dates / n,
    serials: p.serials / n,
    controls: p.controls / n,
    singleIds: p.singleIds / n,
    leadingIds: p.leadingIds / n,
    // Letters that say yes in two languages at once ("T", "S" beside "N") are a code of categories, no yes or no.
    yesNo: yesLetters.size > 1 ? 0 : p.yesNo / n,
    yesNoWords: yesLetters.size > 1 ? 0 : p.yesNoWords / n,
    nones: p.nones / n,
    scale: p.scale / n,
    codes: p.codes / n,
    options: p.options / n,
    bareOptions: p.bareOptions / n,
    explainedOptions: p.explainedOptions / n,
    statuses: p.statuses / n,
    switches: p.switches / n,
    ledStatuses: p.ledStatuses / n,
    banded: p.banded / n,
    riskCodes: p.riskCodes / n,
    riskLed: p.riskLed / n,
    avgLength: p.avgLength / n,
    distinct: seen.size / n,
    merged: p.merged / n,
    cves: p.cves / n,
    links: p.links / n,
    frameworkIds: p.frameworkIds / n,
    citations: p.citations / n,
    leadingFrameworkIds: p.leadingFrameworkIds / n,
    criteriaIds: p.criteriaIds / n,
    actionIds: p.actionIds / n,
    poamItems: p.poamItems / n,
    amounts: p.amounts / n,
    sequence: n > 1 ? p.sequence / (n - 1) : 0,
    grades: p.grades / n,
    durations: p.durations / n,
    cadences: p.cadences / n,
    stride: p.stride / n,
  };
}

/** Distinct codes that are no Annex A control ("CC6.1", "AC-2", "CTL-001"): the ids of another control set. */
export const ownControlIds = (v: ColumnValues): boolean => v.controls < 0.5 && (v.frameworkIds >= 0.6 || (v.codes >= 0.8 && v.distinct >= 0.9 && v.avgLength <= 16));
