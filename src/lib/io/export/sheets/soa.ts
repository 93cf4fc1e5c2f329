import type { StoredRecord } from '../../../db/database.ts';
import { controlTitle } from '../../../domain/catalogs/index.ts';
import { type CustomControlLike, controlKey, soaControls } from '../../../domain/soa/controls.ts';
import { type SnapshotEntry, diffSnapshots, snapshotOf } from '../../../domain/soa/versions.ts';
import { type SoaEntryDraft, soaEntryEntity, soaReasonLabels } from '../../../domain/entities/soa-entry.ts';
import { anyEntity } from '../../../domain/model/entity.ts';
import { type ControlRef, optionLabel } from '../../../domain/model/fields.ts';
import { appExtraHeaders, appHeaders } from '../../app-layout.ts';
import { type ExportContext, personName } from '../context.ts';
import { exportValue } from '../fields.ts';
import type { Out } from '../format.ts';
import { type RowColumn, type TableSheet, remainingColumns } from './table-sheet.ts';

const H = appHeaders.soa;
const f = soaEntryEntity.fields;

/** One row of the SoA: a control of the edition or a custom control, with its entry if decided. */
export interface SoaRow {
  key: string;
  controlId: string;
  title: string;
  group: string;
  entry: StoredRecord | undefined;
}

const controlOf = (e: StoredRecord): ControlRef | undefined => (e['control'] as ControlRef[] | undefined)?.[0];

/**
 * 5.2, 5.4: one row for every control of the edition in catalogue order, then the custom
 * controls by set (as the SoA screen lists them), then any entry of another edition, so that
 * nothing recorded is left out.
 */
export function soaRows(ctx: ExportContext): SoaRow[] {
  const entries = ctx.snap.tables['soaEntries'] ?? [];
  const byKey = new Map(entries.flatMap((e) => (controlOf(e) ? [[controlKey(controlOf(e)!), e] as const] : [])));
  const controls = soaControls(ctx.edition, (ctx.snap.tables['customControls'] ?? []) as unknown as CustomControlLike[]);
  const rows: SoaRow[] = controls.map((c) => ({ key: c.key, controlId: c.id, title: c.title, group: c.group, entry: byKey.get(c.key) }));
  const shown = new Set(rows.map((r) => r.entry));
  const rest = entries.filter((e) => !shown.has(e)).map((e) => {
    const c = controlOf(e);
    const edition = c?.edition === '2013' || c?.edition === '2022' ? c.edition : undefined;
    return { key: c ? controlKey(c) : e.id, controlId: c?.id ?? '', title: (edition && controlTitle(edition, c?.id ?? '')) || '', group: edition ? `Annex A ${edition}` : 'Custom', entry: e };
  });
  return [...rows, ...rest];
}

/** How each row differs from the approved version (`Changed: Owner, Evidence`, `Added`), by control key. */
function changesSinceApproval(ctx: ExportContext): Map<string, string> {
  const approved = ctx.soaVersion?.['entries'];
  if (!Array.isArray(approved) || approved.length === 0) return new Map();
  const name = (table: string) => (id: string): string => {
    const r = ctx.snap.tables[table]?.find((x) => x.id === id);
    return r ? `${r.ref} ${String(r['title'] ?? '')}`.trim() : id;
  };
  const names = { person: (id: string) => ctx.lookup('persons', id) ?? id, risk: name('risks'), requirement: name('requirements'), document: name('documents') };
  const controls = soaControls(ctx.edition, (ctx.snap.tables['customControls'] ?? []) as unknown as CustomControlLike[]);
  const now = snapshotOf(controls, (ctx.snap.tables['soaEntries'] ?? []) as unknown as SoaEntryDraft[], names);
  const diff = diffSnapshots(approved as SnapshotEntry[], now);
  return new Map(diff.map((d) => [d.key, d.change === 'changed' ? `Changed: ${d.fields.map((f) => f.label).join(', ')}` : d.change === 'added' ? 'Added' : 'Removed']));
}

type Cell = (row: SoaRow) => Out;
const on = (get: (e: StoredRecord) => Out): Cell => (row) => (row.entry ? get(row.entry) : null);
const enumLabel = (key: 'applicable' | 'implementationStatus'): Cell => on((e) => (e[key] ? optionLabel(f[key], String(e[key])) : null));
const choices = (key: 'applicable' | 'implementationStatus'): string[] => f[key].options.map((o) => optionLabel(f[key], o));

/** The SoA columns the importer knows by their exact header (with their canonical field), then the reasons and links (extra fields of the import's mapping). */
export function soaColumns(ctx: ExportContext): RowColumn<SoaRow>[] {
  return [
    { field: 'controlId', column: { header: H.controlId, width: 11 }, value: (r) => r.controlId },
    { field: 'controlTitle', column: { header: H.controlTitle, width: 40, wrap: true }, value: (r) => r.title },
    { field: 'applicable', column: { header: H.applicable, choices: choices('applicable') }, value: enumLabel('applicable') },
    { field: 'justification', column: { header: H.justification, wrap: true }, value: on((e) => String((e['applicable'] === 'no' ? e['exclusionJustification'] : e['inclusionJustification']) ?? '') || null) },
    { field: 'status', column: { header: H.status, choices: choices('implementationStatus') }, value: enumLabel('implementationStatus') },
    { field: 'owner', column: { header: H.owner }, value: on((e) => personName(ctx, e['owner']) || null) },
    { field: 'evidence', column: { header: H.evidence, wrap: true }, value: on((e) => exportValue(f.evidence, e['evidence'], ctx.lookup)) },
    { field: 'notes', column: { header: H.notes, wrap: true }, value: on((e) => String(e['implementationNote'] ?? '') || null) },
    { field: 'reasons', column: { header: appExtraHeaders.soa.reasons, width: 14 }, value: on((e) => (e['reasons'] as (keyof typeof soaReasonLabels)[]).join(', ') || null) },
    { field: 'risks', column: { header: appExtraHeaders.soa.risks, width: 24 }, value: on((e) => exportValue(f.risks, e['risks'], ctx.lookup)) },
    { column: { header: 'Theme or group', width: 22 }, value: (r) => r.group },
    { column: { header: 'SoA entry ID', width: 12 }, value: (r) => r.entry?.ref ?? null },
  ];
}

/** The column that shows what changed since the approved version, when one is approved. */
function changeColumn(ctx: ExportContext): RowColumn<SoaRow>[] {
  if (!ctx.soaVersion) return [];
  const changes = changesSinceApproval(ctx);
  return [{ column: { header: `Since version ${String(ctx.soaVersion['version'])}`, width: 30, wrap: true }, value: (r) => changes.get(r.key) ?? null }];
}

/** Fields the columns above already show. */
export const SOA_CONSUMED = ['control', 'applicable', 'inclusionJustification', 'exclusionJustification', 'implementationStatus', 'owner', 'evidence', 'implementationNote', 'reasons', 'risks'];

/** The approved version of the SoA in words, for the cover and the sheet's description. */
export function soaVersionText(ctx: ExportContext): string {
  const v = ctx.soaVersion;
  if (!v) return 'No approved version yet: this is the current draft.';
  const changed = changesSinceApproval(ctx).size;
  const since = changed ? ` The rows are shown as they stand today; ${changed} changed since that approval (see the column "Since version ${String(v['version'])}").` : '';
  return `Version ${String(v['version'])}, approved by ${personName(ctx, v['approvedBy']) || '(not recorded)'} on ${String(v['approvedAt'] ?? '(no date)')}.${since}`;
}

/** The Statement of Applicability (6.1.3 d): every control, its decision, reasons, status and links. */
export function soaSheet(ctx: ExportContext): TableSheet {
  const cols = [...soaColumns(ctx), ...changeColumn(ctx)];
  const more = remainingColumns(anyEntity(soaEntryEntity), ctx, SOA_CONSUMED);
  return {
    name: 'Statement of Applicability',
    about: `Every control of Annex A ${ctx.edition} and every custom control, with applicability, reasons (${Object.entries(soaReasonLabels).map(([k, v]) => `${k} ${v.toLowerCase()}`).join(', ')}), justification, status, owner, evidence and linked risks. ${soaVersionText(ctx)}`,
    columns: [...cols.map((c) => c.column), ...more.map((m) => m.column)],
    rows: soaRows(ctx).map((r) => [...cols.map((c) => c.value(r)), ...more.map((m) => (r.entry ? m.value(r.entry) : null))]),
    freezeColumns: 2,
  };
}
