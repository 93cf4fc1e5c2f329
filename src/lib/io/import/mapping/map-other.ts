/**
 * Asset inventory rows as assets (3.8) and treatment plan rows as treatment actions (3.14),
 * linked to their risks by the risk ids the plan names.
 */
import { type AssetDraft, assetEntity } from '../../../domain/entities/asset.ts';
import { type TreatmentActionDraft, treatmentActionEntity } from '../../../domain/entities/treatment-action.ts';
import { cellDate, notRatedYet, splitList } from './cells.ts';
import type { RowReader } from './row.ts';
import { assetTypeVocab, recognise } from './vocab.ts';
import { isSupplierKey } from '../suppliers.ts';

export const assetIssueColumns: Record<string, string[]> = {
  name: ['name'],
  type: ['type', 'name'],
  owner: ['owner'],
  classification: ['classification'],
  ...Object.fromEntries(['description', 'custodian', 'valueC', 'valueI', 'valueA', 'location', 'lifecycle', 'lastReviewedAt', 'nextReviewDue'].map((f) => [f, [f]])),
};

export const actionIssueColumns: Record<string, string[]> = {
  title: ['action'],
  description: ['action'],
  risks: ['riskId'],
  owner: ['owner'],
  dueDate: ['dueDate'],
  completedAt: ['status', 'dueDate'],
  status: ['status'],
};

/** The asset a row describes, over `base` (the stored asset it updates, or a new one). */
export function mapAsset(r: RowReader, base: AssetDraft, isNew: boolean): AssetDraft {
  const d: AssetDraft = { ...base };
  if (r.has('name')) d.name = r.line('name');
  const before = r.warnings.length;
  const type = r.code('type');
  if (type) d.type = type as AssetDraft['type'];
  // A list keyed by its suppliers ("Vendor", "Supplier name") lists supplier assets.
  if (!d.type && d.name && !r.has('type') && isSupplierKey(r.at('name').header)) d.type = 'supplier';
  if (!d.type && d.name) {
    const code = recognise(assetTypeVocab, d.name) || 'information';
    const guess = code.replace('_', ' ');
    d.type = code as AssetDraft['type'];
    // One remark, not two: a type not understood is guessed from the name like a missing one.
    const written = r.line('type');
    r.warnings.length = before;
    r.warn(
      r.has('type') ? 'type' : 'name',
      written
        ? `“${written.slice(0, 60)}” is not understood as a type; guessed as ${guess} from the name. Choose its meaning in the value translations, or check it in Assets.`
        : `No type given; guessed as ${guess}. Check it in Assets.`,
    );
  }
  d.owner = r.person('owner', true) ?? base.owner;
  const cls = r.code('classification');
  if (cls !== null) d.classification = (cls || null) as AssetDraft['classification'];
  extraAssetFields(r, d);
  if (isNew) d.inScope = true;
  return d;
}

/**
 * The asset's fields beyond the canonical ones, where the sheet has a column for them. A blank
 * cell, a placeholder ("TBD", "n/a") or a value not understood leaves the stored value as it is.
 */
function extraAssetFields(r: RowReader, d: AssetDraft): void {
  const given = (f: string): boolean => r.has(f) && r.line(f) !== '' && !notRatedYet(r.line(f));
  if (given('description')) d.description = r.text('description');
  if (given('location')) d.location = r.line('location').slice(0, 200);
  if (given('custodian')) d.custodian = r.person('custodian') ?? d.custodian;
  for (const f of ['valueC', 'valueI', 'valueA'] as const) {
    const v = given(f) ? r.code(f) : null;
    if (v) d[f] = Number(v);
  }
  const life = given('lifecycle') ? r.code('lifecycle') : null;
  if (life) d.lifecycle = life as AssetDraft['lifecycle'];
  for (const f of ['lastReviewedAt', 'nextReviewDue'] as const) {
    if (!given(f)) continue;
    const day = cellDate(r.cell(f));
    if (day) d[f] = day;
    else r.warn(f, 'Not a date; left as it was.');
  }
  // A review the file records after the next one stored was due: that date has passed, and is cleared.
  if (d.lastReviewedAt && d.nextReviewDue && d.nextReviewDue < d.lastReviewedAt && !given('nextReviewDue')) {
    r.warn('lastReviewedAt', `Reviewed after the next review that was due (${d.nextReviewDue}): that date is cleared; set the next one in Assets.`);
    d.nextReviewDue = null;
  }
}

/**
 * The ids of the risks a treatment row names (by id, or else by title); a problem for each that is not a risk. A row that names none
 * (an empty cell, "-", "N/A", or no risk column) treats the stored risk the user chose for the sheet, if any.
 */
export function actionRisks(r: RowReader): string[] {
  const out: string[] = [];
  const whole = r.line('riskId');
  // (A row that names no risk treats the one the user chose for the sheet, if any: a gap plan names none.)
  if (!whole || notRatedYet(whole)) return chosenRisk(r);
  const byTitle = r.batch.find('risks', '', whole);
  if (byTitle && !r.batch.find('risks', whole)) return [byTitle];
  for (const ref of splitList(r.raw('riskId'))) {
    const id = r.batch.find('risks', ref) ?? r.batch.find('risks', '', ref);
    if (!id) r.problem('riskId', `No risk with the id ${ref.slice(0, 40)} in this workbook or in the workspace.`);
    else if (!out.includes(id)) out.push(id);
  }
  return out;
}

/** The stored risk the user chose for the sheet's actions that name none, if it is still there. */
function chosenRisk(r: RowReader): string[] {
  const id = r.mapping.defaultRisk;
  return id && r.batch.storedIn('risks', id) ? [id] : [];
}

/** An action's title from its text: one line of at most 200 characters. */
export function actionTitle(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** The treatment action a row describes, over `base`. */
export function mapAction(r: RowReader, base: TreatmentActionDraft, risks: string[]): TreatmentActionDraft {
  const d: TreatmentActionDraft = { ...base };
  const text = r.text('action').trim();
  if (r.has('action')) {
    d.title = actionTitle(text);
    if (d.title.endsWith('…') || /\n/.test(text)) d.description = text;
  }
  if (r.has('riskId') || risks.length) d.risks = risks;
  d.owner = r.person('owner', true) ?? base.owner;
  if (r.has('dueDate') && r.line('dueDate')) {
    const due = cellDate(r.cell('dueDate'));
    if (due) d.dueDate = due;
    else r.problem('dueDate', 'Not a date.');
  }
  // (The sheet's due date is a target: a done action without a date of its own keeps no completion date from it.)
  const ownDue = Boolean(d.dueDate);
  if (!d.dueDate && r.mapping.defaultDueDate) d.dueDate = r.mapping.defaultDueDate;
  const status = r.code('status');
  if (status) d.status = status as TreatmentActionDraft['status'];
  if (d.status === 'done' && !d.completedAt && d.dueDate && ownDue) {
    d.completedAt = d.dueDate;
    r.warn('status', 'Done, with no completion date: the due date is recorded as the completion date.');
  }
  return d;
}

export { assetEntity, treatmentActionEntity };
