import type { StoredRecord } from '../../../db/database.ts';
import { documentEntity } from '../../../domain/entities/document.ts';
import { metricEntity } from '../../../domain/entities/metric.ts';
import { anyEntity } from '../../../domain/model/entity.ts';
import type { ExportContext } from '../context.ts';
import { entityColumns } from '../fields.ts';
import type { Coloured, Out } from '../format.ts';
import { localToday } from '../../../domain/due.ts';
import type { SettingsDraft } from '../../../domain/entities/settings.ts';
import type { Workspace } from '../../../domain/entities/workspace.ts';
import { type ItemStatus, type ReadinessItem, type ReadinessReport, type ReadinessTables, readiness, readinessTables } from '../../../domain/readiness/index.ts';
import { type RowColumn, type TableSheet, tableOf } from './table-sheet.ts';

const STATUS: Record<ItemStatus, { label: string; colour: string }> = {
  pass: { label: 'Pass', colour: '#2e7d32' },
  warn: { label: 'Warning', colour: '#f9a825' },
  fail: { label: 'Fail', colour: '#c62828' },
  'n/a': { label: 'Not applicable', colour: '#9e9e9e' },
};

/** The readiness rules' view of the snapshot (DOMAIN section 6), evaluated as of the export. */
function readinessOf(ctx: ExportContext): ReadinessReport {
  const tables = Object.fromEntries(readinessTables.map((t) => [t, ctx.snap.tables[t] ?? []])) as unknown as Partial<ReadinessTables>;
  const settings = (ctx.snap.tables['settings']?.[0] ?? null) as Partial<SettingsDraft> | null;
  const ws = ctx.snap.workspace as unknown as Pick<Workspace, 'climateChangeRelevant'>;
  return readiness({ today: localToday(new Date(ctx.snap.takenAt)), edition: ctx.edition, workspace: ws, settings, method: ctx.method ?? null, tables });
}

/** The document register (7.5): every document with owner, version, approval and review dates. */
export function documentSheet(ctx: ExportContext): TableSheet {
  return tableOf('Documents', 'The document register: every policy, procedure, plan and record with its owner, version, approval and review dates.', entityColumns(anyEntity(documentEntity), ctx.lookup), ctx.snap.tables['documents'] ?? [], { freezeColumns: 2 });
}

/**
 * Section 6: the mandatory documented information and the documents Annex A refers to, each
 * present or not and fit or not, by the same rules as the Readiness page, then good practice.
 */
export function mandatorySheet(ctx: ExportContext): TableSheet {
  const report = readinessOf(ctx);
  const status = (i: ReadinessItem): Coloured => ({ value: STATUS[i.status].label, colour: STATUS[i.status].colour });
  const offenders = (i: ReadinessItem): string =>
    i.offenders.slice(0, 10).map((o) => `${o.ref || o.label}${o.note ? `: ${o.note}` : ''}`).join('\n') + (i.offenders.length > 10 ? `\n…and ${i.offenders.length - 10} more` : '');
  return {
    name: 'Mandatory documents',
    about: `The mandatory documented information of ISO/IEC 27001 and the documents Annex A refers to: present or not, fit for purpose or not, by the rules of the Readiness page (${report.figure.passed} of ${report.figure.applicable} pass, ${report.blockers.length} blocking).`,
    columns: [
      { header: 'Item', width: 10 },
      { header: 'Clause or control', width: 16 },
      { header: 'Documented information', width: 40, wrap: true },
      { header: 'Status', width: 15, choices: Object.values(STATUS).map((x) => x.label) },
      { header: 'Present', choices: ['Yes', 'No'] },
      { header: 'Blocks certification', choices: ['Yes', 'No'] },
      { header: 'Deciding rule', width: 60, wrap: true },
      { header: 'Records concerned', width: 50, wrap: true },
    ],
    rows: [...report.items, ...report.goodPractice].map((i) => [i.id, i.clause, i.title, status(i), i.present ? 'Yes' : 'No', i.status === 'fail' && i.blocker ? 'Yes' : 'No', i.rule, offenders(i) || null]),
  };
}

/** The latest measurement of each metric (by period end, then measurement date). */
function latestByMetric(measurements: readonly StoredRecord[]): Map<string, StoredRecord> {
  const key = (m: StoredRecord): string => `${String(m['periodEnd'] ?? '')}|${String(m['measuredAt'] ?? '')}`;
  const out = new Map<string, StoredRecord>();
  for (const m of measurements) {
    const id = String(m['metric']);
    const cur = out.get(id);
    if (!cur || key(m) > key(cur)) out.set(id, m);
  }
  return out;
}

/** 9.1: how a latest value compares with its metric's target. */
function onTarget(metric: StoredRecord, value: unknown): Out {
  const target = metric['target'];
  if (typeof target !== 'number' || typeof value !== 'number' || !metric['direction']) return null;
  return (metric['direction'] === 'up' ? value >= target : value <= target) ? 'Yes' : 'No';
}

/** Metrics (9.1) with their latest value. */
export function metricSheet(ctx: ExportContext): TableSheet {
  const latest = latestByMetric(ctx.snap.tables['measurements'] ?? []);
  const extra: RowColumn[] = [
    { column: { header: 'Latest value' }, value: (r) => (latest.get(r.id)?.['value'] as number | undefined) ?? null },
    { column: { header: 'Latest period to', date: true }, value: (r) => (latest.get(r.id)?.['periodEnd'] as string | undefined) ?? null },
    { column: { header: 'Latest measured on', date: true }, value: (r) => (latest.get(r.id)?.['measuredAt'] as string | undefined) ?? null },
    { column: { header: 'Latest on target', choices: ['Yes', 'No'] }, value: (r) => onTarget(r, latest.get(r.id)?.['value']) },
  ];
  const cols = entityColumns(anyEntity(metricEntity), ctx.lookup);
  return tableOf('Metrics', 'The metrics of 9.1 with what, how, when and by whom they are measured and analysed, and their latest value.', [...cols.slice(0, 2), ...extra, ...cols.slice(2)], ctx.snap.tables['metrics'] ?? [], { freezeColumns: 2 });
}
