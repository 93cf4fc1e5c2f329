/**
 * What a sheet holds and where its header is: every candidate header row is read as each kind of
 * register; the reading with the most confident, coherent mapping wins, helped by the sheet's
 * name ("Risk register", "SoA", "Legend"…). Sheets where no reading holds up are 'other'.
 */
import { canonicalFields, type RecordKind, type SheetKind, type SheetOverride } from './types.ts';
import type { Grid } from './grid.ts';
import { bandRows, columnHeaders, continuedBelow, firstHeaded, headerBottom, headerCandidates, isBandOverChildren, isHeaderish, wordsGoOn, type ColumnHeader } from './header-rows.ts';
import { assignColumns, headerWords, unlabelledColumns, ValueCache, type Assignment } from './columns.ts';
import { assetAttributes, assetRatings, coherent, controlRows, crosswalk, decidedControls, namesRisks, pairedPlan, plansNothing, risksCountered } from './kind-rules.ts';
import { vetoed } from './kind-vetoes.ts';
import { favourPlans } from './plan-readings.ts';
import { describedThreats, mereCatalogue, namedThreatCatalogue, numberedThreats, strideCatalogue, unnamedThreats } from './kind-catalogues.ts';
import { headerTokens } from './headers.ts';
import { askedQuestions, isFileName, lookAlike, valueLists } from './look-alikes.ts';
import { legendReading } from './legends.ts';
import { raidEntries } from './raid-logs.ts';
import { insideTable, repeatedBelow, repeatsRowAbove, sectionUnderHeader } from './table-rows.ts';
import { hintsOnly } from './template-rows.ts';
import { GAP_WORD, RISK_WORD } from './kind-words.ts';
import { controlStatusList, crossReferenced, extendedControls, ownMeasures } from './own-measures.ts';
import { poamKeyed } from './poam-items.ts';
import { supplierFacts, suppliersKeyed } from './suppliers.ts';
import { machineFacts, machinesListed } from './machines.ts';
import { dataItemsListed } from './data-inventory.ts';
import { bareControlId, likelyHeaders, lowerHalf, nextRowIsData, sampleRows, translatedBelow, withoutBox } from './reading-rows.ts';
import { GAP_NAME, MAPPED_NAME, MAPPING_NAME, MATRIX_NAME, namedFor, nameHints } from './sheet-names.ts';
import { kindMargin, kindScores, kindWords } from './kind-model.ts';

export interface Reading {
  kind: SheetKind;
  kindConfidence: number;
  headerRow: number;
  headers: ColumnHeader[];
  assignment: Assignment | null;
  /** Why an 'other' reading set aside the register it resembles: the issues or actions of a RAID or issue log, or another look-alike table. */
  lookAlike?: 'log' | 'table' | 'lists';
}

const KINDS = Object.keys(canonicalFields) as RecordKind[];
const MIN_SCORE: Record<RecordKind, number> = { risks: 2.4, soa: 1.7, assets: 2.4, 'treatment-plan': 2.4 };
/** Two well-named columns are enough for a table of four columns or fewer, or under a name that says what it holds. */
const NARROW_MIN_SCORE = 1.6;
/** Under a name that says what the sheet holds, one plainly named column is enough, or two fair ones in a narrow table. */
const NAMED_MIN_SCORE = 0.95;
const NAMED_NARROW_MIN_SCORE = 1.45;
/**
 * The word model (kind-model.ts) helps a reading stand and overrules one only where it says 'other'
 * plainly (WORDS_OTHER): its margin for a kind,
 * capped at WORDS_CAP, lowers the least score by WORDS_RELIEF per unit; at WORDS_PLAIN, two mapped
 * columns make a reading even where the kind's rules want more (a risk list without ratings, an
 * inventory of devices by type and model).
 */
const WORDS_CAP = 3;
const WORDS_RELIEF = 0.5;
/**
 * …and words that speak against a kind weigh against a reading that does not plainly name its rows
 * (WORDS_WEIGHT per unit of the negative margin, capped): a corrective-action register read as
 * risks through its "Finding summary", a header-only inventory whose "id" an SoA's reading also
 * takes. They never add to a reading.
 */
const WORDS_WEIGHT = 0.5;
const WORDS_PLAIN = 3;
/** Words that favour 'other' by WORDS_OTHER undo the best reading (a vendor list, a control mapping), unless its own fields say otherwise. */
const WORDS_OTHER = 3.5;
/**
 * Fields any list has (a number, a name, an owner, a status, notes); a reading let through by its
 * words also needs one that belongs to its kind (a staff list with ids, names and departments is no
 * inventory; a list of titles with a status is no SoA). A risk's title or description is the risk's own.
 */
const GENERIC: Record<RecordKind, string[]> = {
  risks: ['id', 'owner', 'status', 'notes'],
  soa: ['controlTitle', 'owner', 'status', 'notes'],
  assets: ['id', 'name', 'owner', 'status', 'notes'],
  'treatment-plan': ['owner', 'status'],
};
/** Names of a catalogue's sheet ("Controls", "Control library"): they do not make a list of controls an SoA. */
const CATALOGUE_NAME = /\b(control|controls|annex|annexa|catalog|catalogue|library|index|list)\b/;
/** The fields that name what a record is about; a reading let through by its words needs one (a scale table has only ratings). */
const IDENTITY: Record<RecordKind, string[]> = {
  risks: ['id', 'title', 'threat', 'vulnerability'],
  soa: ['controlId', 'controlTitle'],
  assets: ['id', 'name', 'type'],
  'treatment-plan': ['action', 'riskId'],
};
/** The fields that say in words what each record is (not its number). */
const NAMING: Record<Exclude<RecordKind, 'risks'>, string[]> = {
  soa: ['controlId', 'controlTitle'],
  assets: ['name'],
  'treatment-plan': ['action'],
};
/** The fields that say what a risk is or how great it is. */
const RISK_CONTENT = ['title', 'description', 'threat', 'vulnerability', 'asset', 'likelihood', 'impact', 'score', 'level'];
/** Two mapped columns, one naming the record and one of the kind's own: enough for a reading the words say plainly. */
function wordsSuffice(kind: RecordKind, a: Assignment): boolean {
  const fields = [...a.fields.keys()];
  // A risk's number with only its measures or a date beside it says nothing of the risk (a follow-on table, a log).
  if (kind === 'risks' && !fields.some((f) => RISK_CONTENT.includes(f))) return false;
  if (plansNothing(kind, a)) return false;
  return fields.length >= 2 && fields.some((f) => IDENTITY[kind].includes(f)) && fields.some((f) => !GENERIC[kind].includes(f));
}

/**
 * The least score a reading needs: less in a narrow table, and less still under a name that says
 * what the sheet holds, least of all when one of its columns is plainly named.
 */
function minScore(kind: RecordKind, named: boolean, narrow: boolean, plain: boolean): number {
  if (named && plain) return NAMED_MIN_SCORE;
  if (named && narrow) return NAMED_NARROW_MIN_SCORE;
  return narrow || named ? Math.min(NARROW_MIN_SCORE, MIN_SCORE[kind]) : MIN_SCORE[kind];
}

export interface Scored extends Reading {
  total: number;
  /** How far the words of the sheet's name and this header row favour 'other' over any record kind. */
  otherLean: number;
  /** An SoA reading whose rows are controls (of Annex A or another set), each with an implementation status. */
  statused?: boolean;
  /** …or its controls, by name or number, each with an implementation status and more (own-measures.ts controlStatusList). */
  listed?: boolean;
}

/** Every coherent reading of the sheet: each candidate header row read as each kind. */
function readings(grid: Grid, override: SheetOverride, hints: Map<SheetKind, number>, sheetWords: string): Scored[] {
  // (A header row the user or a saved profile chose may be the lower row of a header that the analysis found so: a row of hints
  // under the names, "(testo) | (1-5)", or the rest of the names' words, "Denominación del" over "control". The names are read.)
  const above = override.headerRow ? override.headerRow - 1 : 0;
  const lower = above > 0 && ((hintsOnly(grid, override.headerRow!) && isHeaderish(grid, above)) || continuedBelow(grid, above, columnHeaders(grid, above, bandRows(grid, above))));
  const chosen = lower ? above : override.headerRow;
  const rows = chosen ? [chosen] : likelyHeaders(grid, headerCandidates(grid));
  const kinds = override.kind && override.kind !== 'other' ? [override.kind] : KINDS;
  const out: Scored[] = [];
  const gapNamed = GAP_NAME.test(sheetWords);
  const mapping = MAPPING_NAME.test(sheetWords);
  const matrixNamed = MATRIX_NAME.test(sheetWords);
  const mapped = MAPPED_NAME.test(sheetWords);
  // The sheet's name says another kind more than this one ("Assets", "Remediation").
  const outnamed = new Map(kinds.map((kind) => [kind, KINDS.some((k) => k !== kind && (hints.get(k) ?? 0) > (hints.get(kind) ?? 0))]));
  // Where a row plainly heads records of something else (vendors, incidents: three or more columns read, and vetoed),
  // the few rows under it are those records, not another header of the kind.
  const vetoedAt = new Map<SheetKind, number>();
  for (const row of rows) {
    const bands = bandRows(grid, row);
    const sample = sampleRows(grid, row);
    const headers = withoutBox(grid, sample, columnHeaders(grid, row, bands));
    // A row whose first cell is a bare control number ("8.7 | Technological | Malware protection") is a record, not a
    // header (unless the user chose it); a header that mentions one ("Controls (e.g. A.8.5)") is still a header.
    const lead = firstHeaded(headers)?.text.trim() ?? '';
    if (!override.headerRow && bareControlId(lead)) continue;
    // …and so is a row that starts with a bare count ("1 | Rare (< 5%) | Minimal") right under another candidate: a legend's first step.
    if (!override.headerRow && /^\d{1,2}$/.test(lead) && rows.some((r) => r < row && r >= row - 2)) continue;
    // …and so is a row deep inside a table that starts with its own header on the sheet's first line, with rows as wide as it
    // and no gap between: a record whose words pass for a header ("last_name | CharField | Yes | No"); or one right under that
    // header whose words recur in the same columns below ("contrôle | carnet_prés" on every line).
    if (!override.headerRow && (insideTable(grid, row) || repeatedBelow(grid, row))) continue;
    // …and so is a header said again lower down for a printed page: the table's header is the first.
    if (!override.headerRow && repeatsRowAbove(grid, row, rows)) continue;
    // …and so is a row merged across the columns the row above names, one by one: the table's first section.
    if (!override.headerRow && sectionUnderHeader(grid, row)) continue;
    // …and so is a row under another candidate that starts with a file's name or path ("public/assets/logo.png"): a list of files' record.
    if (!override.headerRow && isFileName(lead) && rows.some((r) => r < row)) continue;
    const values = new ValueCache(grid, sample);
    const extra = unlabelledColumns(grid, sample.slice(0, 50), headers);
    const bonus = (nextRowIsData(grid, row) ? 0.3 : 0) + 0.05 * bands.length - (isBandOverChildren(grid, row) ? 0.5 : 0);
    const narrow = headers.length + extra.length <= 4;
    const words = kindScores(kindWords(grid.name, headers.map((h) => h.text)));
    const otherLean = kindMargin(words, 'other');
    const poamItems = poamKeyed(headers, values);
    const inventoryKeyed = machinesListed(headers, values) !== undefined || dataItemsListed(headers, values) !== undefined || suppliersKeyed(headers, values);
    // Risks each with what counters it, and nothing more (kind-rules.ts), not under a plan's name: a short register, not a plan.
    const countered = !((hints.get('treatment-plan') ?? 0) > 0) && risksCountered(headers, values);
    for (const kind of kinds) {
      // Not under a legend's or a list's name: a scale table's words are a register's.
      const lean = Math.max(-WORDS_CAP, Math.min(WORDS_CAP, kindMargin(words, kind)));
      const margin = hints.has('other') ? 0 : lean;
      // Rows keyed by a POA&M's item numbers ("POA&M-001") are that plan's items, as a plan's name would say.
      // …and a first column of machines ("Server", "Poste de travail") with what each does, or of kinds of data with their
      // sensitivity or place of storage ("Dado | Sensibilidade"), are an inventory's rows (machines.ts, data-inventory.ts).
      const named = namedFor(hints, kind, mapping) || (kind === 'treatment-plan' && poamItems) || (kind === 'assets' && inventoryKeyed);
      const a = assignColumns(kind, headers, extra, values, named);
      // A risk and the action against it, both plainly named, are a plan however many other columns there are.
      const min = minScore(kind, named || pairedPlan(kind, a, values), narrow, Math.max(0, ...a.confidence.values()) >= 0.95) - WORDS_RELIEF * Math.max(0, margin);
      const decided = decidedControls(kind, a, values);
      // A gap analysis decides about controls too, but is not the SoA; actions with owners and deadlines
      // are a plan even on a dashboard's or a summary's sheet.
      // …and so are the gaps of an assessment each with who closes it or by when.
      // …and so are a POA&M's items by number.
      const planned = kind === 'treatment-plan' && (['action', 'owner', 'dueDate'].every((f) => a.fields.has(f)) || (closesGaps(a) && ['owner', 'dueDate'].some((f) => a.fields.has(f))) || poamItems);
      // …and rows that pair a threat with a weakness analyse risks under a matrix's name ("Asset threat matrix"; not a legend's or dashboard's).
      const analysed = kind === 'risks' && matrixNamed && a.fields.has('threat') && a.fields.has('vulnerability');
      // Annex A controls each with its implementation status are the SoA's rows, also in a gap analysis.
      const statused = decided && a.fields.has('status') && (values.get(a.fields.get('status')!).statuses >= 0.5 || (a.confidence.get('status') ?? 0) >= 0.9);
      // Another set's controls each with its status, or with how it is implemented told in words, are an extended SoA under a
      // matrix's or a list's name too.
      const extended = kind === 'soa' && extendedControls(a, values);
      // (…not under a mapping's name: a tick beside each control there says it is mapped, not implemented.)
      // (…nor a control-status list under an audit's or a gap assessment's name.)
      const listed = kind === 'soa' && controlStatusList(a, values);
      const penalty = (decided && (!gapNamed || statused)) || ((extended || listed) && !mapped) || planned || analysed ? 0 : (hints.get('other') ?? 0);
      // An inventory's own columns (description, location) count where the sheet's name does not say risks.
      const rated = 0.6 * assetRatings(kind, a) + (outnamed.get(kind) ? 0 : 0.6 * (assetAttributes(kind, a) + (kind === 'assets' ? supplierFacts(a) + machineFacts(a) : 0)));
      const plainWords = margin >= WORDS_PLAIN && wordsSuffice(kind, a);
      // Under a register's own name (not a catalogue's), a short register is still one.
      const ownName = named && !CATALOGUE_NAME.test(sheetWords);
      const catalogue = !(kind === 'risks' && countered) && ((mereCatalogue(kind, a, values) && !ownName) || (describedThreats(kind, a) && !named) || numberedThreats(kind, a) || namedThreatCatalogue(kind, a, sheetWords) || (unnamedThreats(kind, a) && !ownName) || strideCatalogue(kind, a, values));
      // Annex A controls each with its status, in the first column, are an SoA with cross-references, not a crosswalk.
      const firstCol = Math.min(...headers.map((h) => h.col));
      // (The status must read as one, and the sheet not be named as a mapping: a crosswalk's "Mapping status" of Mapped/Gap is no SoA's.)
      const implementation = statused && values.get(a.fields.get('status')!).statuses >= 0.5 && !mapping;
      // …nor the organisation's controls, cross-referenced, each with how far it is implemented (not under a mapping's name).
      const crossed = crosswalk(kind, a) && !((implementation || (extended && !mapped)) && a.fields.get('controlId') === firstCol) && !(!mapped && crossReferenced(a, values, firstCol));
      const vetoedAbove = vetoedAt.get(kind);
      // (Not the lower row of a two-row header, whose upper row leaves gaps over it: its ratings may lift the veto.)
      if (!override.kind && vetoedAbove !== undefined && row > vetoedAbove && row <= vetoedAbove + 3 && !(isHeaderish(grid, row) && lowerHalf(grid, vetoedAbove, row))) continue;
      const veto = vetoed(kind, a, values, named);
      if (veto && a.fields.size >= 3 && !vetoedAt.has(kind)) vetoedAt.set(kind, row);
      // (Annex A controls each with a decision or a status beside them need no more columns: they are what an SoA is made of.)
      const short = kind === 'risks' && countered;
      if (!override.kind && kind === 'treatment-plan' && countered) continue;
      if (!override.kind && (catalogue || crossed || veto || !(coherent(kind, a, values, narrow, named) || plainWords || short) || (!decided && !short && a.score + rated + penalty < min))) continue;
      // Controls with their titles and owners but no decision or status are a catalogue of controls, unless the
      // sheet is named as the SoA (not merely "Controls") or they are another set's controls each with its status.
      // The evidence for each, without a decision, maps controls to proof or tests (four labellers of five in the held-out sets).
      if (!override.kind && kind === 'soa' && !ownName && !['applicable', 'justification', 'status'].some((f) => a.fields.has(f)) && !extended) continue;
      const rows = controlRows(kind, a, values, firstCol, decided);
      if (rows === -Infinity && !override.kind) continue;
      // A reading whose headers plainly name what each row is ("Risk", "Asset name", "Action") keeps its words' benefit of the
      // doubt, unless the sheet's name says another kind; so do another set's controls with their status (words of SOC 2 or NIST
      // are a crosswalk's as often).
      const plainlyNamed = !outnamed.get(kind) && (kind === 'risks' ? namesRisks(a) : NAMING[kind].some((f) => (a.confidence.get(f) ?? 0) >= 0.9));
      // A risk and the action against it, both plainly named, are a plan in a risk register's file too (not in an SoA's or inventory's).
      const registerPlan = pairedPlan(kind, a, values) && !(['soa', 'assets'] as const).some((k) => (hints.get(k) ?? 0) > 0);
      // …and so do rows keyed by gaps, each with who closes it by when ("Gap | Owner | Target: Q4 2026"; not a gap noted beside a
      // control or a person, "Control | Gap | Owner | Target date").
      const gapsClosed = kind === 'treatment-plan' && closesGaps(a) && a.fields.get('riskId') === firstCol && a.fields.has('owner') && a.fields.has('dueDate');
      // …and so do the organisation's own measures each with its state ("Measure | Status: ✅"), however loosely headed.
      const measured = kind === 'soa' && ownMeasures(a, values);
      const total = a.score + rated + bonus + penalty + (rows === -Infinity ? 0 : rows) + (hints.get(kind) ?? 0) + (plainlyNamed || extended || registerPlan || gapsClosed || measured ? 0 : WORDS_WEIGHT * Math.min(0, lean));
      out.push({ kind, kindConfidence: 0, headerRow: row, headers, assignment: a, total, otherLean, ...(statused || extended ? { statused: true } : {}), ...(listed ? { listed: true } : {}) });
    }
  }
  return out;
}


/** The plan's actions each close a gap named in a column headed so ("Gap", "Gap ID"). */
const closesGaps = (a: Assignment): boolean => GAP_WORD.test(headerWords(a, a.fields.get('riskId')));

/**
 * A risk rated for likelihood and impact, a control decided with a reason or an implementation status, a gap to close by a
 * deadline with what is done or who does it: what a look-alike list never holds.
 */
function ownFields(r: Scored): boolean {
  const has = (f: string) => r.assignment?.fields.has(f) ?? false;
  if (r.kind === 'risks') return has('likelihood') && has('impact');
  // (…or a risk keyed first, headed so, with its action, who takes it and by when: "Rischio | Azione | Responsabile | Data prevista".)
  const riskKeyed = r.assignment !== null && r.assignment.fields.get('riskId') === Math.min(...r.headers.map((h) => h.col)) && RISK_WORD.test(headerWords(r.assignment, r.assignment.fields.get('riskId')));
  if (r.kind === 'treatment-plan') return r.assignment !== null && (closesGaps(r.assignment) || (riskKeyed && has('action') && has('owner'))) && has('dueDate') && (has('action') || has('owner'));
  if (r.kind === 'assets') return r.assignment !== null && supplierFacts(r.assignment) >= 2;
  return r.kind === 'soa' && ((has('controlId') && (has('applicable') || has('justification') || r.statused === true)) || r.listed === true);
}

/** The best reading of a sheet (honouring the user's header row and kind when given). */
export function readSheet(grid: Grid, override: SheetOverride = {}): Reading {
  if (override.kind === 'other') return { kind: 'other', kindConfidence: 1, headerRow: override.headerRow ?? 0, headers: [], assignment: null };
  const hints = nameHints(grid.name);
  const sheetWords = headerTokens(grid.name).join(' ');
  const planNamed = namedFor(hints, 'treatment-plan', MAPPING_NAME.test(sheetWords));
  const all = favourPlans(grid, readings(grid, override, hints, sheetWords), planNamed, /regist/.test(sheetWords));
  const best = all.reduce<Scored | null>((b, r) => (!b || r.total > b.total ? r : b), null);
  // The user's choice of kind stands even when few headers match it.
  if (!best || (best.total < 1.5 && !override.kind)) {
    return { kind: override.kind ?? 'other', kindConfidence: best ? 0.6 : 0.9, headerRow: override.headerRow ?? 0, headers: [], assignment: null };
  }
  // Words of the sheet's name and header that say plainly the rows are something else (a vendor list, a control mapping, KPIs),
  // and tables that only look like registers (look-alikes.ts: a checklist, a legend, a RACI chart…) outweigh the best reading,
  // unless the rows hold what only such a register holds (risks rated for likelihood and impact, controls decided with a reason).
  if (!override.kind && raidEntries(grid, sheetWords, best)) {
    return { kind: 'other', kindConfidence: 0.6, headerRow: 0, headers: [], assignment: null, lookAlike: 'log' };
  }
  // …and so do lists of allowed values side by side, whatever a reading makes of their first column: a lookup sheet; and questions
  // asked in a column headed so, whatever references and answers are beside them: a questionnaire.
  if (!override.kind && askedQuestions(grid, best)) {
    return { kind: 'other', kindConfidence: 0.6, headerRow: 0, headers: [], assignment: null, lookAlike: 'table' };
  }
  if (!override.kind && valueLists(grid, best)) {
    return { kind: 'other', kindConfidence: 0.6, headerRow: 0, headers: [], assignment: null, lookAlike: 'lists' };
  }
  // (A scale's legend names a likelihood and an impact on each row too: it holds nothing of a risk's own.)
  if (!override.kind && (best.otherLean >= WORDS_OTHER || lookAlike(grid, best)) && (!ownFields(best) || legendReading(grid, best))) {
    return { kind: 'other', kindConfidence: 0.6, headerRow: 0, headers: [], assignment: null, lookAlike: 'table' };
  }
  const runnerUp = Math.max(0, ...all.filter((r) => r.kind !== best.kind).map((r) => r.total));
  const margin = best.total - runnerUp;
  const kindConfidence = Math.round(Math.min(0.99, best.total / (best.total + 1.5)) * Math.min(1, 0.6 + margin / 5) * 100) / 100;
  // (A header said again in another language on the row below ends there: "Nr. | Risiko" over "N° | Risque".)
  const translated = !override.headerRow && best.assignment !== null && translatedBelow(grid, best.headerRow, best.kind as RecordKind, best.assignment.fields);
  let headerRow = override.headerRow ? override.headerRow : translated ? best.headerRow + 1 : headerBottom(grid, best.headerRow, best.headers);
  while (!override.headerRow && headerRow < best.headerRow + 3 && wordsGoOn(grid, headerRow + 1, best.headers)) headerRow++;
  return { kind: best.kind, kindConfidence, headerRow, headers: best.headers, assignment: best.assignment };
}
