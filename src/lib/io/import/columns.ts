/**
 * The proposal of a field for each column of a sheet of a given kind: header candidates weighed
 * by the values below them, then each field given to its most confident column.
 */
import type { ColumnProposal, RecordKind } from './types.ts';
import { columnLetter, columnNumber, textAt, type Grid } from './grid.ts';
import type { ColumnHeader } from './header-rows.ts';
import { disowned, fieldCandidates, type FieldCandidate } from './fields.ts';
import { isResidualHeader } from './rating-headers.ts';
import { headerTokens, normaliseHeader } from './headers.ts';
import { GAP_WORD, IMPLEMENTATION_NOT_TOLD, IMPLEMENTATION_TOLD } from './kind-words.ts';
import { numberedSet, SET_NUMBER } from './control-ids.ts';
import { codedIds, columnValues, countsRows, ownControlIds, type ColumnValues } from './column-values.ts';
import { valueFit } from './value-fits.ts';
import { parseNumber, splitLabelScore } from './normalise.ts';
import { BARE_STATUS, CATEGORY, give, implementationAsNotes, MIN_CONFIDENCE, ownSetIds, PRIORITY, secondChoices, soleIdsKey, SUMMING, yieldToPlainer } from './column-passes.ts';
import { assetByName, confidentialityAsClass, copiedKeyYieldsId, countYieldsId, currentAfterInitial, explainedStatus, ownerOfTheAsset, riskByCode, riskKindAsTitle, riskOverOwnIds, roleAsType, vendorYieldsAsset } from './register-passes.ts';
import { poamItemAsRisk, weaknessAsRisk } from './poam-items.ts';
import { familyAsTitle } from './control-families.ts';
import { actionsByVerbs, bareActionMeasures, counteringMeasures, measuresFirst } from './bare-action.ts';
import { consequenceAsDescription } from './description-columns.ts';
import { supplierAsName } from './suppliers.ts';
import { machineAsName } from './machines.ts';
import { dataAsItems, dataItemAsName } from './data-inventory.ts';
import { measuresOverReferences } from './control-references.ts';
import { bandedScores, productAsScore, descriptionAsTitle, productRatings, RATING_FIELDS, scenarioAsTitle, severityAsLevel, shorterIsTitle, describedNotTitled } from './rating-columns.ts';
import { ciaColumns, impactLetter, initialsOfRatings, letterPair } from './rating-letters.ts';

/** Most of a column's cells are a verdict ("Fit", "Gap", "Partial", "Yes", "No", "N/A"), not a gap told in words. */
const VERDICT = /^(fit|gap|partial|partly|full|fully|none|yes|no|y|n|n\/?a|ok|nok|si|sí|non?|oui|ja|nein)$/i;
const verdicts = (texts: string[]): boolean => texts.length >= 3 && texts.filter((t) => VERDICT.test(t.trim())).length >= texts.length * 0.8;
/** A mark of work under way ("⏳", "🔶", "🟡", "⚠️", "🚧"). */
const PROGRESS_MARK = /[⏳⌛🔶🔸🟡🟠⚠🚧◐◑🔄]/u;
/** Most of a column's cells are marks with no letter in them ("✅", "❌", "✔️"). */
const marksOnly = (texts: string[]): boolean => texts.length > 0 && texts.filter((t) => !/\p{L}/u.test(t)).length >= texts.length * 0.8;

export interface Assignment {
  columns: ColumnProposal[];
  /** Field → column number. */
  fields: Map<string, number>;
  /** Field → confidence. */
  confidence: Map<string, number>;
  score: number;
}


export interface Candidate {
  col: number;
  field: string;
  confidence: number;
  /** The header's own confidence, before the values weighed in. */
  header?: number;
}

const SWAP: Record<string, string[]> = { level: ['score'], residualLevel: ['residualScore'], score: ['level'], residualScore: ['residualLevel'], title: ['score', 'level'] };

/** A numeric "Risk level" column is a score; a "Risk score" column of words is a level; so is a bare "Risk" column of either. */
function swapped(kind: RecordKind, col: number, field: string, confidence: number, v: ColumnValues, elsewhere: (field: string) => boolean): Candidate[] {
  // Two records say it only when both do.
  if (kind !== 'risks' || v.count < 2) return [];
  const few = v.count < 3;
  return (SWAP[field] ?? [])
    .filter((other) => (other.toLowerCase().endsWith('score') ? v.numeric >= (few ? 1 : 0.8) : v.scale >= (few ? 1 : 0.6) && v.numeric < 0.3))
    // valueFit does not judge two values: when both plainly say the other field, and no other header names it, it wins over the header.
    .map((other) => ({ col, field: other, confidence: Math.min(0.99, confidence * (field === 'title' ? 0.8 : few && !elsewhere(other) ? 1.03 : 0.95) * valueFit(other, v)) }));
}

/** A column that tells in sentences how each control is implemented ("Implementation", "How Acme satisfies it"), not how far. */
export function toldImplementation(header: string, v: ColumnValues): boolean {
  const words = headerTokens(header).join(' ');
  return IMPLEMENTATION_TOLD.test(words) && !IMPLEMENTATION_NOT_TOLD.test(words) && v.count >= 2 && v.avgLength >= 15 && v.statuses < 0.3 && v.ledStatuses < 0.3 && v.dates < 0.3;
}

/** Headers of a yes/no flag a control carries besides whether it applies ("Key control", "Automated", "Manual", "SOX"). */
const CONTROL_FLAG = /^(key|key control|key controls|sox|sox relevant|sox key|automated|automatic|manual|is automated|is key)$/;

/** Headers of a network address ("ip", "IP address", "ipv4"). */
const ADDRESS = /^((asset|host|device|server) )?(ip|ipv4|ipv6|ip address|ip addresses)$/;

/** Headers of an assessment's result ("Result", "Self-Assessment 2025", "Beoordeling", "Bewertung"). */
const ASSESSED = /(^| )(result|results|outcome|assessment|assessed|beoordeling|bewertung|evaluation|evaluacion|avaliacao|valutazione|hodnoceni)( |$)/;

const KEY: Record<RecordKind, string> = { risks: 'id', soa: 'controlId', assets: 'id', 'treatment-plan': 'riskId' };

/** Candidates that come from the values alone (a column of control ids is the SoA's id column). */
function valueCandidates(kind: RecordKind, col: number, v: ColumnValues, unlabelled = false, first = unlabelled): Candidate[] {
  if (v.count < 3) return [];
  // Items numbered in turn in the first column ("8.1", "8.2") are a register's own ids; a plan's own numbers are no risk's.
  const numbered = first && v.sequence >= 0.8;
  // Nor are a plan's own action numbers ("CA-001", "TASK-3").
  const ownNumbers = kind === 'treatment-plan' && (numbered || v.actionIds >= 0.8);
  // (Dates, all different as they are, number nothing.)
  if (unlabelled && kind !== 'soa' && ((v.codes >= 0.8 && v.distinct >= 0.9 && v.dates < 0.5) || numbered)) return ownNumbers ? [] : [{ col, field: KEY[kind], confidence: 0.6 }];
  if (kind === 'soa' && v.singleIds >= 0.6) return [{ col, field: 'controlId', confidence: 0.6 + 0.3 * v.singleIds }];
  if (kind === 'soa' && first && ownControlIds(v)) return [{ col, field: 'controlId', confidence: 0.6 }];
  // Plain decimals of which some are no control ("10.0", "9.8": a CVSS score) are numbers, not controls.
  // Nor are items numbered in turn in the first column.
  if (kind === 'risks' && v.controls >= 0.5 && !(v.numeric >= 0.8 && v.controls < 0.9) && !numbered) return [{ col, field: 'controls', confidence: 0.6 }];
  // Yes/no under an SoA header nobody lists ("Necessary", "Inc/Exc") is the applicability;
  // Mitigate/Accept/Transfer in a register is the treatment option.
  if (kind === 'soa' && v.yesNo >= 0.7) return [{ col, field: 'applicable', confidence: 0.6 }];
  if (kind === 'risks' && v.options >= 0.7) return [{ col, field: 'treatment', confidence: 0.6 }];
  return [];
}

const RESIDUAL: Record<string, string> = { likelihood: 'residualLikelihood', impact: 'residualImpact', score: 'residualScore', level: 'residualLevel' };

/**
 * A rating header seen a second time ("Likelihood … Controls … Likelihood") is the residual one:
 * registers repeat the rating columns after the treatment.
 */
function repeatedAsResidual(kind: RecordKind, h: ColumnHeader, seen: Set<string>, list: FieldCandidate[]): FieldCandidate[] {
  const top = list[0];
  if (kind !== 'risks' || !top || !RESIDUAL[top.field]) return list;
  const key = `${top.field}\u0000${h.child.trim().toLowerCase()}`;
  if (!seen.has(key)) {
    seen.add(key);
    return list;
  }
  return [{ field: RESIDUAL[top.field] ?? top.field, confidence: top.confidence * 0.9 }, ...list];
}

/** The value profiles of the given columns over the sample rows, computed once per sheet reading. */
export class ValueCache {
  private readonly cache = new Map<number, ColumnValues>();
  private readonly numberCache = new Map<number, (number | null)[]>();
  constructor(
    private readonly grid: Grid,
    private readonly rows: readonly number[],
  ) {}
  /** The sheet's name. */
  get sheetName(): string {
    return this.grid.name;
  }

  get(col: number): ColumnValues {
    let v = this.cache.get(col);
    if (!v) this.cache.set(col, (v = columnValues(this.grid, col, this.rows)));
    return v;
  }

  /** The texts of a column's sample rows, blank ones too, row by row. */
  rowTexts(col: number): string[] {
    return this.rows.map((r) => textAt(this.grid, r, col).trim());
  }

  /** The texts of a column's sample rows that are not blank. */
  texts(col: number): string[] {
    return this.rows.map((r) => textAt(this.grid, r, col)).filter((t) => t.trim() !== '');
  }

  /** The score in each sample row of a column, also one written with its band or working ("20 (Critical)", "4 × 5 = 20"; null where there is none). */
  scores(col: number): (number | null)[] {
    return this.rows.map((r) => {
      const c = this.grid.rows.get(r)?.get(col);
      return c ? splitLabelScore(c).score : null;
    });
  }

  /** The number in each sample row of a column (null where there is none). */
  numbers(col: number): (number | null)[] {
    let ns = this.numberCache.get(col);
    if (!ns) {
      ns = this.rows.map((r) => {
        const c = this.grid.rows.get(r)?.get(col);
        return c ? parseNumber(c) : null;
      });
      this.numberCache.set(col, ns);
    }
    return ns;
  }
}

/** The header words of a column ('' for none), as the word lists compare them. */
export function headerWords(a: Assignment, col: number | undefined): string {
  return headerTokens(col === undefined ? '' : (a.columns.find((c) => columnNumber(c.column) === col)?.header ?? '')).join(' ');
}

/** Columns that hold data below the header but have no header text. */
export function unlabelledColumns(grid: Grid, rows: readonly number[], headers: ColumnHeader[]): number[] {
  const labelled = new Set(headers.map((h) => h.col));
  const seen = new Set<number>();
  for (const r of rows) for (const c of grid.rows.get(r)?.keys() ?? []) if (!labelled.has(c)) seen.add(c);
  return [...seen].sort((a, b) => a - b);
}

/** Proposes a field for each column; each field goes to one column, the most confident. */
export function assignColumns(kind: RecordKind, headers: ColumnHeader[], extra: number[], values: ValueCache, named = false): Assignment {
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  const first = Math.min(...headers.map((h) => h.col), ...extra);
  const cia = ciaColumns(headers);
  const heard = new Map(headers.map((h) => [h.col, fieldCandidates(kind, h.child, h.context)]));
  // The rating each header names, if any, and the field each header names first.
  // (A lone abbreviation under a stage's band, "Residual risk / C", "Nettorisiko / SH", names no rating of its own: the band's
  // level is the group's, and the letter's rating is left to its place beside the others.)
  const bandOnly = (h: ColumnHeader, field: string | undefined) => (field === 'level' || field === 'residualLevel') && h.context !== '' && /^\p{L}{1,3}\.?$/u.test(h.child.trim())
    && !fieldCandidates(kind, h.child).some((c) => RATING_FIELDS.has(c.field) && c.confidence >= 0.6);
  const namedRatings = new Map(headers.map((h) => {
    const field = heard.get(h.col)!.find((c) => RATING_FIELDS.has(c.field) && c.confidence >= 0.6)?.field;
    return [h.col, bandOnly(h, field) ? undefined : field];
  }));
  const namedElsewhere = (field: string, col: number) => [...heard].some(([c, list]) => c !== col && list[0]?.field === field && list[0].confidence >= 0.8);
  const tested = headers.some((h) => /(^| )(test|tests|tested|tester|testing)( |$)/.test(normaliseHeader(h.text)));
  for (const h of headers.filter((x) => !cia.has(x.col))) {
    const v = values.get(h.col);
    const named = heard.get(h.col) ?? [];
    // The first column under a header no list knows ("ΚΩΔ.", "Item") is the key when its values are distinct codes.
    // So is a first column of short distinct codes ("R1", "R2") under a word like "Risco".
    // Not a priority's ranks (1, 2, 3 under "Prioritet"): a rank is no key.
    // Nor a column whose header says it is something else ("Remediation ID" in a plan).
    // Nor an address ("ip": 10.0.0.10), which a device has for now, not for good.
    if (h.col === first && !PRIORITY.test(normaliseHeader(h.child)) && !ADDRESS.test(normaliseHeader(h.child)) && !disowned(kind, KEY[kind], h.child) && (named.length === 0 || (v.codes >= 0.8 && v.distinct >= 0.9 && v.avgLength <= 8))) candidates.push(...valueCandidates(kind, h.col, v, true));
    // A priority numbered in turn (1, 2, 3… down the rows) ranks them: it is neither their level nor their score.
    const ranks = PRIORITY.test(normaliseHeader(h.child)) && v.sequence >= 0.8;
    for (const c of repeatedAsResidual(kind, h, seen, named)) {
      if (ranks && RATING_FIELDS.has(c.field)) continue;
      // A gap counted in numbers ("Target | Actual | Gap": 5%) is a shortfall, and a verdict ("Fit/Gap": Fit, Gap; "Gap?": Yes, No)
      // a finding: neither is a gap that an action closes.
      if (kind === 'treatment-plan' && c.field === 'riskId' && GAP_WORD.test(normaliseHeader(h.child)) && (v.numeric >= 0.5 || verdicts(values.texts(h.col)))) continue;
      // Even the app's own headers yield to values that plainly say otherwise (ids in a title column).
      // (Numbers under a header that names their set, "CIS Safeguard": 1.1, 1.4, are that set's control ids, however many rows.)
      const fit = c.field === 'controlId' && numberedSet(h.child) && v.count >= 3 && values.texts(h.col).every((t) => SET_NUMBER.test(t.trim())) ? 1 : valueFit(c.field, v);
      const cand = { col: h.col, field: c.field, confidence: Math.min(c.confidence === 1 ? 1 : 0.99, c.confidence * fit), header: c.confidence };
      candidates.push(cand);
      candidates.push(...swapped(kind, h.col, c.field, Math.min(0.99, c.confidence), v, (f) => namedElsewhere(f, h.col)));
    }
    // States of implementation ("In Place", "Not in Place", "Partially achieved") under an assessment's result ("Result", "Self-Assessment
    // 2025") are the SoA's status; not a test's verdicts ("Test ID | Test Name | Result: Pass"), which say how a control fared when tested.
    // (Nearly all of them states, "In Place", "Not in Place", "In Place with CCW": more than the notes an assessment's finding would be.)
    if (kind === 'soa' && ASSESSED.test(normaliseHeader(h.child)) && v.count >= 3 && v.statuses >= 0.8 && v.yesNo < 0.5 && v.avgLength > 2 && !tested) candidates.push({ col: h.col, field: 'status', confidence: v.statuses >= 0.9 ? 0.75 : 0.6 });
    // A priority's values ("Medium", "N/A") say nothing of the field they resemble.
    // How each control is implemented, told in sentences ("Implementation": "Resource-scoped IAM policy"), is what the SoA notes of it.
    if (kind === 'soa' && toldImplementation(h.child, v)) candidates.push({ col: h.col, field: 'notes', confidence: 0.9 });
    // Nor does a control's flag ("Key control": Y/N, "Automated": Yes/No) say whether it applies.
    // (…nor does a field the header disowns come back through the values: a "Staff ID" of codes numbers no controls.)
    if (!PRIORITY.test(normaliseHeader(h.child))) candidates.push(...valueCandidates(kind, h.col, v, false, h.col === first).filter((c) => !(c.field === 'applicable' && CONTROL_FLAG.test(normaliseHeader(h.child))) && !disowned(kind, c.field, h.child)));
    // A "Category" of level words ("Critical", "High") is the risk's level when no column names one.
    // …the residual level when the header says residual ("Categoria_Riesgo_Residual").
    if (kind === 'risks' && CATEGORY.test(normaliseHeader(h.child)) && v.count >= 3 && v.scale >= 0.8 && v.numeric < 0.2) {
      candidates.push({ col: h.col, field: isResidualHeader(h.child) ? 'residualLevel' : 'level', confidence: 0.6 });
    }
    if (kind === 'risks' && SUMMING.test(normaliseHeader(h.child)) && v.count >= 3 && v.scale >= 0.8 && v.numeric < 0.2 && v.grades < 0.5) candidates.push({ col: h.col, field: 'level', confidence: 0.9 });
    // A register's "Status" of level words ("🔴 Critical", "🟡 Med") rates the risk, when no column names its level.
    if (kind === 'risks' && BARE_STATUS.test(normaliseHeader(h.child)) && v.count >= 3 && v.scale >= 0.8 && v.numeric < 0.2 && !namedElsewhere('level', h.col)) candidates.push({ col: h.col, field: 'level', confidence: 0.75 });
    // An SoA's "Status" of Applied and Excluded (yes or no words) says whether each control applies, unless a column says so by name.
    // (Ticks and crosses alone, "✅" and "❌", under a status say done or not done: how far each control is implemented; unless
    // a column gives the reason for each choice or its implementation, when they say which controls apply, and none of them
    // says a control is under way, "⏳", "🔶").
    const ticked = () => {
      const marks = values.texts(h.col);
      return marksOnly(marks) && ((!namedElsewhere('justification', h.col) && !namedElsewhere('status', h.col)) || marks.some((t) => PROGRESS_MARK.test(t)));
    };
    if (kind === 'soa' && named[0]?.field === 'status' && BARE_STATUS.test(normaliseHeader(h.child)) && v.count >= 3 && v.yesNoWords >= 0.8 && !namedElsewhere('applicable', h.col) && !ticked()) candidates.push({ col: h.col, field: 'applicable', confidence: Math.min(0.99, named[0].confidence + 0.01) });
  }
  for (const col of extra) candidates.push(...valueCandidates(kind, col, values.get(col), col === first));
  if (kind === 'risks') candidates.push(...productRatings(headers, cia, values, namedRatings), ...letterPair(headers, cia, values, namedRatings), ...initialsOfRatings(headers, cia, heard, values));
  const letterA = kind === 'risks' ? impactLetter(headers, cia) : null;
  if (letterA !== null) candidates.push({ col: letterA, field: 'impact', confidence: 0.8 * valueFit('impact', values.get(letterA)) });
  // In an SoA, a count down the rows ("#": 1, 2, 3…) beside a column of real ids ("3.1.1", "A.5.1") only numbers the lines.
  if (kind === 'soa') {
    const counts = new Set([...headers.map((h) => h.col), ...extra].filter((col) => countsRows(values.get(col))));
    if (counts.size && [...headers.map((h) => h.col), ...extra].some((col) => !counts.has(col) && codedIds(values.get(col)))) {
      for (let i = candidates.length - 1; i >= 0; i--) if (candidates[i]!.field === 'controlId' && counts.has(candidates[i]!.col)) candidates.splice(i, 1);
    }
  }
  candidates.sort((a, b) => b.confidence - a.confidence || a.col - b.col);
  const fields = new Map<string, number>();
  const confidence = new Map<string, number>();
  const taken = new Map<number, Candidate>();
  for (const c of candidates) {
    if (c.confidence < MIN_CONFIDENCE || fields.has(c.field) || taken.has(c.col)) continue;
    fields.set(c.field, c.col);
    confidence.set(c.field, c.confidence);
    taken.set(c.col, c);
  }
  if (kind === 'risks') {
    severityAsLevel(fields, confidence, taken, values, headers);
    bandedScores(fields, confidence, taken, values, headers);
    productAsScore(fields, confidence, taken, values, headers);
    // A level those passes freed (its column held the score) goes to the next column that offered one ("Kategoria": krytyczne).
    for (const level of ['level', 'residualLevel']) {
      const spare = fields.has(level) ? undefined : candidates.filter((c) => c.field === level && !taken.has(c.col) && c.confidence >= MIN_CONFIDENCE).sort((a, b) => b.confidence - a.confidence)[0];
      if (spare) give(fields, confidence, taken, spare.col, level, spare.confidence);
    }
    secondChoices(candidates, fields, confidence, taken, values, headers);
    currentAfterInitial(fields, confidence, taken, heard, headers);
    explainedStatus(fields, confidence, taken, values, headers);
    bareActionMeasures(fields, confidence, taken, values, headers);
    measuresFirst(fields, confidence, taken, values, headers);
    counteringMeasures(fields, confidence, taken, values, headers);
    descriptionAsTitle(fields, confidence, taken, values, headers);
    scenarioAsTitle(fields, confidence, taken, values, headers);
    shorterIsTitle(fields, confidence, taken, values);
    describedNotTitled(fields, confidence, taken, values, headers);
    ownerOfTheAsset(fields, confidence, taken, headers, values);
    consequenceAsDescription(fields, confidence, taken, headers, values);
    riskKindAsTitle(fields, confidence, taken, headers, values);
    assetByName(fields, taken, headers);
    vendorYieldsAsset(fields, taken, heard, headers);
    measuresOverReferences(fields, taken, headers, values);
  }
  if (kind === 'assets') {
    roleAsType(fields, confidence, taken, headers, values);
    supplierAsName(fields, confidence, taken, headers, values);
    machineAsName(fields, confidence, taken, headers, values);
    dataItemAsName(fields, confidence, taken, headers, values);
    dataAsItems(fields, confidence, taken, headers, values);
    confidentialityAsClass(fields, confidence, taken, headers);
  }
  if (kind === 'risks' || kind === 'assets') countYieldsId(fields, taken, heard, values);
  if (kind === 'risks' || kind === 'assets') copiedKeyYieldsId(fields, taken, heard, values);
  yieldToPlainer(kind, fields, taken, heard, headers, values);
  if (kind === 'treatment-plan') {
    riskByCode(candidates, fields, confidence, taken, values, headers);
    riskOverOwnIds(fields, confidence, taken, values, headers);
  }
  if (kind === 'treatment-plan') {
    weaknessAsRisk(fields, confidence, taken, headers, values);
    poamItemAsRisk(fields, confidence, taken, headers, values);
  }
  if (kind === 'treatment-plan' && named) actionsByVerbs(fields, confidence, taken, values, headers);
  if (kind === 'soa') {
    ownSetIds(fields, confidence, taken, heard, values, first, headers);
    soleIdsKey(fields, taken, values, headers);
    familyAsTitle(fields, confidence, taken, headers, values);
    secondChoices(candidates, fields, confidence, taken, values, headers);
    implementationAsNotes(fields, confidence, taken, values, headers);
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  const listed = [...headers.map((h) => ({ col: h.col, header: h.text })), ...extra.filter((c) => taken.has(c)).map((col) => ({ col, header: '' }))];
  const columns: ColumnProposal[] = listed
    .sort((a, b) => a.col - b.col)
    .map(({ col, header }) => ({ column: columnLetter(col), header, field: taken.get(col)?.field ?? null, confidence: round(taken.get(col)?.confidence ?? 0) }));
  let score = 0;
  for (const c of confidence.values()) score += c;
  return { columns, fields, confidence, score };
}
