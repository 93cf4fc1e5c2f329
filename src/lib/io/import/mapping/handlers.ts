/**
 * Per kind of sheet: how a row finds the record it updates, how it becomes a draft, and what the
 * preview says about the sheet as a whole.
 */
import type { Edition } from '../../../domain/catalogs/index.ts';
import { assetEntity } from '../../../domain/entities/asset.ts';
import { riskEntity } from '../../../domain/entities/risk.ts';
import { soaEntryEntity } from '../../../domain/entities/soa-entry.ts';
import { treatmentActionEntity } from '../../../domain/entities/treatment-action.ts';
import { type EntityDef, anyEntity, draftOf, emptyDraft } from '../../../domain/model/entity.ts';
import type { Fields, Values } from '../../../domain/model/fields.ts';
import type { RecordKind, SheetAnalysis } from '../types.ts';
import { nameKey } from './batch.ts';
import { idsInCell, likelyEdition } from './controls.ts';
import { actionIssueColumns, actionRisks, actionTitle, assetIssueColumns, mapAction, mapAsset } from './map-other.ts';
import { assetPair, mapRisk, riskIssueColumns, titleOf } from './map-risks.ts';
import { cellSetId, type ControlSet, controlSetOf, setKey, mapSoaEntry, recordsNothing, soaControl, soaIssueColumns, soaTitle } from './map-soa.ts';
import { cellText, fold } from './cells.ts';
import type { RowReader } from './row.ts';
import type { WorkspaceSnapshot } from './snapshot.ts';
import type { SheetMapping } from './types.ts';

/** The record a row describes: the stored one it matches (if any) and its new values. */
export interface Found {
  matchId?: string;
  ref: string;
  title: string;
  /** What later rows find it by when they give no id (see `nameKey`). */
  name: string;
  draft: Values<Fields>;
  /** The row records nothing and matches no record: nothing is written for it. */
  nothing?: boolean;
}

export interface KindHandler {
  def: EntityDef;
  keyName: string;
  keyField(r: RowReader): string | null;
  issueColumns: Record<string, string[]>;
  prepare(sheet: SheetAnalysis, mapping: SheetMapping, snap: WorkspaceSnapshot): unknown;
  row(r: RowReader, extra: unknown): Found | null;
  /** What the preview says of the sheet as a whole; `extra` is what `prepare` gave its rows. */
  notes(sheet: SheetAnalysis, mapping: SheetMapping, snap: WorkspaceSnapshot, flags: Set<string>, extra: unknown): string[];
}

/** What an SoA sheet's rows are read with: the edition of its Annex A ids, and the control set of ids that are none (or null). */
export interface SoaPrep {
  edition: Edition;
  controlSet: ControlSet | null;
}

/** The first id of the set as the sheet writes it. */
function firstSetId(sheet: SheetAnalysis, m: SheetMapping, set: ControlSet): string {
  const col = m.fields['controlId'] ?? '';
  return sheet.records.map((r) => cellSetId(cellText(r.cells[col]), set)).find((t) => set.ids.has(setKey(t))) ?? '';
}

/** The edition an SoA sheet is planned in. */
export const soaEdition = (extra: unknown): Edition | undefined => (extra as SoaPrep | undefined)?.edition;

/** The edition of the control ids in a column (the analysis' edition for an SoA when it has one). */
function columnEdition(sheet: SheetAnalysis, column: string | undefined, fallback: Edition): Edition {
  if (!column) return fallback;
  return likelyEdition(sheet.records.flatMap((r) => idsInCell(r.cells[column])), fallback);
}

function refOf(r: RowReader): string | null {
  const ref = r.line('id');
  if (ref.length > 40) {
    r.problem('id', 'An id is at most 40 characters.');
    return null;
  }
  return ref;
}

/** The values a row starts from: the stored record it matches, or a new draft with `init`. */
function base<D>(r: RowReader, id: string | undefined, def: EntityDef, init: Partial<Values<Fields>>): D {
  const stored = id ? r.batch.stored(id) : undefined;
  return (stored ? draftOf(def, stored) : emptyDraft(def, init)) as D;
}

const risks: KindHandler = {
  def: anyEntity(riskEntity),
  keyName: 'risk id',
  keyField: (r) => (r.has('id') ? 'id' : 'title'),
  issueColumns: riskIssueColumns,
  prepare: (sheet, m, snap) => columnEdition(sheet, m.fields['controls'], snap.edition),
  row(r, edition) {
    const ref = refOf(r);
    if (ref === null) return null;
    const title = titleOf(r);
    const matchId = ref ? r.batch.find('risks', ref) : r.batch.find('risks', '', title);
    const draft = mapRisk(r, base(r, matchId, risks.def, { kind: 'infosec_risk', status: 'assessed' }), edition as Edition, !matchId);
    return { matchId, ref, title: draft.title, name: draft.title, draft };
  },
  notes(sheet, m, _snap, flags) {
    const out: string[] = [];
    const rated = Boolean(m.fields['likelihood'] || m.fields['impact']);
    if (rated && ['score', 'level', 'residualScore', 'residualLevel'].some((f) => m.fields[f]))
      out.push("Scores and levels are worked out by the workspace's risk method from likelihood and impact. Where the file's level says something else (another level, or words the method does not use), it is kept beside them as written (“Level in the imported file”).");
    if (flags.has('level-differs'))
      out.push("Some rows give a level that the workspace's method does not give for their rating (see the remarks): the file's level is kept beside the rating, shown in each risk's dialog.");
    if (flags.has('unrated'))
      out.push(
        rated
          ? 'Rows with no likelihood and impact are imported as draft risks: rate each one in the register before it counts as assessed.'
          : 'The file gives no likelihood and impact before treatment, so its risks are imported as drafts, each keeping the level the file gave: rate them in the register before they count as assessed.',
      );
    if (flags.has('no-owner')) out.push('Rows that name no owner are rejected: give a name in “Owner of rows that name none” to import them under that person.');
    if (flags.has('treatment-incomplete'))
      out.push(
        'Some rows say their treatment is planned, under way or done without what that needs (a residual rating; for “Mitigate”, the planned Annex A controls), so they are rejected. Map the columns that hold them, or translate those statuses to “Assessed” (or set the status column to “not imported”): the risks then come in with their decision, and Readiness lists what they still lack.',
      );
    const pair = flags.has('asset-pair') ? assetPair(sheet, m) : undefined;
    if (pair)
      out.push(
        `Column ${pair.name} names the assets whose numbers column ${pair.ref} gives: each asset is found by its number, and one not in the workspace is added under its name, keeping the number.` +
          (flags.has('asset-unpaired') ? ` Rows that give more or fewer names than numbers link their assets by column ${m.fields['asset']} alone.` : ''),
      );
    if (flags.has('worked'))
      out.push('Where a score is written with its working (“2 × 4 = 8”) and no likelihood and impact columns of that stage stand beside it, the first number is read as the likelihood and the second as the impact (the other way round where the header or the cell says impact first: “I × L”, “S4 × P3”).');
    if (!m.fields['title']) out.push('No title column: each risk is named after its threat (and asset), or its description.');
    if (!m.fields['id']) out.push('No id column: rows match existing risks by title, so keep titles unique.');
    return out;
  },
};

const soa: KindHandler = {
  def: anyEntity(soaEntryEntity),
  keyName: 'control',
  keyField: () => 'controlId',
  issueColumns: soaIssueColumns,
  prepare: (sheet, m, snap): SoaPrep => {
    const custom = new Map((snap.tables['customControls'] ?? []).map((c) => [fold(String(c['controlId'] ?? '')), { source: String(c['source'] ?? '') }]));
    return { edition: sheet.edition ?? columnEdition(sheet, m.fields['controlId'], snap.edition), controlSet: controlSetOf(sheet, m, (id) => custom.get(fold(id))) };
  },
  row(r, extra) {
    const { edition, controlSet } = extra as SoaPrep;
    const control = soaControl(r, edition, controlSet);
    if (!control) return null;
    // (A row that only says how its control is implemented, or why it is included, decides nothing about it.)
    if (!r.has('applicable') && !r.has('status') && (r.mapping.fields['notes'] || r.mapping.fields['justification'])) r.flags.add('told-only');
    const key = `${control.edition}:${control.id}`;
    const matchId = r.batch.find('soaEntries', '', key);
    // A listed control with nothing recorded (a blank template row) is the undecided row the SoA shows anyway.
    if (!matchId && recordsNothing(r)) r.flags.add('nothing');
    const draft = mapSoaEntry(r, base(r, matchId, soa.def, { applicable: 'undecided' }), control);
    return { matchId, ref: '', title: soaTitle(r, control), name: key, draft, nothing: !matchId && r.flags.has('nothing') };
  },
  notes(sheet, m, snap, flags, extra) {
    const out: string[] = [];
    const { edition: ed, controlSet } = extra as SoaPrep;
    if (controlSet && flags.has('set-control'))
      out.push(
        `Controls such as ${firstSetId(sheet, m, controlSet)} are no Annex A controls but those of another set (${controlSet.name}): each is added as a custom control of that set${controlSet.prefix ? ` (its number after “${controlSet.prefix}”, to keep it apart from Annex A's)` : ''}${flags.has('set-maps-to') ? `, related to the Annex A controls of column ${controlSet.mapsTo}` : ''}, with its SoA entry. Custom controls are listed after the Annex A controls in the SoA.`,
      );
    // (The example is the first row made into one: "own-control:Firewall".)
    const own = [...flags].find((f) => f.startsWith('own-control:'))?.slice('own-control:'.length);
    if (own !== undefined)
      out.push(`Controls named without a number that are no Annex A control by their title (such as “${own.length > 60 ? `${own.slice(0, 59)}…` : own}”) are the organisation's own: each is added as a custom control of the set “${sheet.name.trim().slice(0, 80) || 'Own controls'}”, numbered X.1, X.2… where no custom control has that number, with its SoA entry. Importing the sheet again finds them by their titles (a control renamed in the meantime is not found, and is added again). Custom controls are listed after the Annex A controls in the SoA.`);
    // A 2013 SoA in a 2022 workspace is carried over to 2022 (carry-over.ts), which says so itself.
    if (ed === '2022' && snap.edition === '2013')
      out.push("This SoA uses the 2022 edition and the workspace the 2013 edition: its rows are imported as 2022 controls, which the workspace's SoA does not list. Move the workspace to 2022 (“Move to 2022” in the SoA) first.");
    if (flags.has('no-reason')) out.push('Some applicable controls name no reason category (RT, LR, CO, BP): their written justification is kept in “Why it is included”, and the SoA flags them until a category is chosen.');
    if (flags.has('nothing')) out.push('Controls whose rows record nothing (no applicability, status, owner or text) are left undecided, as they are: no entry is made for them.');
    // (A statement of how each control is implemented, a system security plan's, decides nothing.)
    if (flags.has('told-only'))
      out.push(`No column says whether each control applies or how far it is implemented: the controls come in undecided, with what the file says of each under ${m.fields['notes'] ? '“How it is implemented”' : '“Why it is included”'}. Decide them in the SoA, or map a column to “Applicable” or “Implementation status” above.`);
    return out;
  },
};

const assets: KindHandler = {
  def: anyEntity(assetEntity),
  keyName: 'asset',
  keyField: (r) => (r.has('id') ? 'id' : 'name'),
  issueColumns: assetIssueColumns,
  prepare: () => null,
  row(r) {
    const ref = refOf(r);
    if (ref === null) return null;
    const name = r.line('name');
    // Two rows with ids of their own are two assets, whatever their names ("LT-01", "LT-02": both "ThinkPad T14"):
    // a row with an id is matched by name only to a stored asset, not to one an earlier row of this import adds.
    const byName = name ? r.batch.find('assets', '', name) : undefined;
    const matchId = (ref ? r.batch.find('assets', ref) : undefined) ?? (byName && (!ref || r.batch.stored(byName)) ? byName : undefined);
    const draft = mapAsset(r, base(r, matchId, assets.def, {}), !matchId);
    return { matchId, ref, title: draft.name, name: draft.name, draft };
  },
  notes: () => [],
};

const actions: KindHandler = {
  def: anyEntity(treatmentActionEntity),
  keyName: 'action and risk',
  keyField: () => 'action',
  issueColumns: actionIssueColumns,
  prepare: () => null,
  row(r) {
    const ids = actionRisks(r);
    const probe = { title: actionTitle(r.line('action')), risks: ids };
    const matchId = r.batch.find('treatmentActions', '', nameKey('treatmentActions', probe));
    const draft = mapAction(r, base(r, matchId, actions.def, { status: 'planned' }), ids);
    return { matchId, ref: '', title: draft.title, name: nameKey('treatmentActions', draft), draft };
  },
  notes: (_s, m, snap) => {
    const chosen = m.defaultRisk ? snap.tables['risks']?.find((x) => x.id === m.defaultRisk) : undefined;
    const risk = chosen ? `“${[chosen.ref, chosen['title']].filter(Boolean).join(' ').slice(0, 80)}”` : '';
    return [
      ...(m.fields['action'] ? [] : ['No action column: every action needs a title. Under “Imported as”, choose “Action” for the column that says what will be done.']),
      ...(m.fields['riskId'] || chosen ? [] : ['No risk id column: every action needs the risk it treats. Choose above the risk that actions naming none treat, or the column that names it.']),
      ...(chosen ? [`Actions whose row names no risk treat ${risk}, as chosen above.`] : []),
      ...(m.fields['dueDate'] || m.defaultDueDate ? [] : ['No due date column: every action needs one. Choose above the due date of actions that give none.']),
    ];
  },
};

export const handlers: Record<RecordKind, KindHandler> = { risks, soa, assets, 'treatment-plan': actions };
