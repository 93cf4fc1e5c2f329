import { assetEntity } from '../../../domain/entities/asset.ts';
import { treatmentActionEntity } from '../../../domain/entities/treatment-action.ts';
import { anyEntity } from '../../../domain/model/entity.ts';
import { type EnumField, optionLabel } from '../../../domain/model/fields.ts';
import { appHeaders } from '../../app-layout.ts';
import { type ExportContext, personName } from '../context.ts';
import { type RowColumn, type TableSheet, remainingColumns, tableOf } from './table-sheet.ts';

const A = appHeaders.assets;
const T = appHeaders['treatment-plan'];
const af = assetEntity.fields;
const tf = treatmentActionEntity.fields;

const label = (f: EnumField, v: unknown): string | null =>
  typeof v === 'string' && v ? optionLabel(f, v) : null;

/** The asset inventory columns the importer knows by their exact header. */
export function assetCanonicalColumns(ctx: ExportContext): RowColumn[] {
  return [
    { field: 'id', column: { header: A.id, width: 12 }, value: (r) => r.ref },
    { field: 'name', column: { header: A.name, width: 36 }, value: (r) => String(r['name'] ?? '') },
    { field: 'type', column: { header: A.type, choices: af.type.options.map((o) => optionLabel(af.type, o)) }, value: (r) => label(af.type, r['type']) },
    { field: 'owner', column: { header: A.owner }, value: (r) => personName(ctx, r['owner']) || null },
    { field: 'classification', column: { header: A.classification, choices: af.classification.options.map((o) => optionLabel(af.classification, o)) }, value: (r) => label(af.classification, r['classification']) },
  ];
}
export const ASSET_CONSUMED = ['name', 'type', 'owner', 'classification'];

/** The asset inventory (2022 A.5.9). */
export function assetSheet(ctx: ExportContext): TableSheet {
  const specs = [...assetCanonicalColumns(ctx), ...remainingColumns(anyEntity(assetEntity), ctx, ASSET_CONSUMED)];
  return tableOf('Assets', 'The asset inventory: owner, type, classification and values.', specs, ctx.snap.tables['assets'] ?? [], { freezeColumns: 2 });
}

/** The treatment plan columns the importer knows by their exact header. */
export function treatmentCanonicalColumns(ctx: ExportContext): RowColumn[] {
  return [
    // Keys without spaces ("RSK-001;RSK-011"): the importer reads a key cell as one token.
    { field: 'riskId', column: { header: T.riskId, width: 14 }, value: (r) => (r['risks'] as string[]).map((id) => ctx.lookup('risks', id) ?? '(missing)').join(';') || null },
    { field: 'action', column: { header: T.action, width: 40, wrap: true }, value: (r) => String(r['title'] ?? '') },
    { field: 'owner', column: { header: T.owner }, value: (r) => personName(ctx, r['owner']) || null },
    { field: 'dueDate', column: { header: T.dueDate, date: true }, value: (r) => (r['dueDate'] as string | null) ?? null },
    { field: 'status', column: { header: T.status, choices: tf.status.options.map((o) => optionLabel(tf.status, o)) }, value: (r) => label(tf.status, r['status']) },
  ];
}
export const TREATMENT_CONSUMED = ['risks', 'title', 'owner', 'dueDate', 'status'];

/** The risk treatment plan (6.1.3 e, 8.3): actions, owners, dates, status and verification. */
export function treatmentSheet(ctx: ExportContext): TableSheet {
  const key: RowColumn = { column: { header: 'Action ID', width: 12 }, value: (r) => r.ref };
  const specs = [...treatmentCanonicalColumns(ctx), key, ...remainingColumns(anyEntity(treatmentActionEntity), ctx, TREATMENT_CONSUMED)];
  return tableOf('Treatment plan', 'The risk treatment plan: each action with the risks it treats, owner, due date, status and verification.', specs, ctx.snap.tables['treatmentActions'] ?? []);
}
