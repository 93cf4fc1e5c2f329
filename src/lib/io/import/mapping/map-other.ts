/**
 * Asset inventory rows as assets (3.8) and treatment plan rows as treatment actions (3.14),
 * linked to their risks by the risk ids the plan names.
 */
import { type AssetDraft, assetEntity } from '../../../domain/entities/asset.ts';
import { type TreatmentActionDraft, treatmentActionEntity } from '../../../domain/entities/treatment-action.ts';
import { cellDate, splitList } from './cells.ts';
import type { RowReader } from './row.ts';
import { assetTypeVocab, recognise } from './vocab.ts';

export const assetIssueColumns: Record<string, string[]> = {
  name: ['name'],
  type: ['type', 'name'],
  owner: ['owner'],
  classification: ['classification'],
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
  const type = r.code('type');
  if (type) d.type = type as AssetDraft['type'];
  if (!d.type && d.name) {
    const guess = recognise(assetTypeVocab, d.name) || 'information';
    d.type = guess as AssetDraft['type'];
    r.warn(r.has('type') ? 'type' : 'name', `No type given; guessed as ${guess.replace('_', ' ')}. Check it in Assets.`);
  }
  d.owner = r.person('owner', true) ?? base.owner;
  const cls = r.code('classification');
  if (cls !== null) d.classification = (cls || null) as AssetDraft['classification'];
  if (isNew) d.inScope = true;
  return d;
}

/** The ids of the risks a treatment row names (by id, or else by title); a problem for each that is not a risk. */
export function actionRisks(r: RowReader): string[] {
  const out: string[] = [];
  const whole = r.line('riskId');
  const byTitle = whole ? r.batch.find('risks', '', whole) : undefined;
  if (byTitle && !r.batch.find('risks', whole)) return [byTitle];
  for (const ref of splitList(r.text('riskId'))) {
    const id = r.batch.find('risks', ref) ?? r.batch.find('risks', '', ref);
    if (!id) r.problem('riskId', `No risk with the id ${ref.slice(0, 40)} in this workbook or in the workspace.`);
    else if (!out.includes(id)) out.push(id);
  }
  return out;
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
  if (r.has('riskId')) d.risks = risks;
  d.owner = r.person('owner', true) ?? base.owner;
  if (r.has('dueDate') && r.line('dueDate')) {
    const due = cellDate(r.cell('dueDate'));
    if (due) d.dueDate = due;
    else r.problem('dueDate', 'Not a date.');
  }
  const status = r.code('status');
  if (status) d.status = status as TreatmentActionDraft['status'];
  if (d.status === 'done' && !d.completedAt && d.dueDate) {
    d.completedAt = d.dueDate;
    r.warn('status', 'Done, with no completion date: the due date is recorded as the completion date.');
  }
  return d;
}

export { assetEntity, treatmentActionEntity };
