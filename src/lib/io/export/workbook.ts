import type { Workbook, Worksheet } from 'exceljs';
import { entities, entityByTable } from '../../domain/entities/index.ts';
import { APP_NAME, APP_VERSION } from './app-info.ts';
import { type ExportContext, exportContext } from './context.ts';
import { loadExcel, workbookBytes } from './excel.ts';
import { contentFingerprint } from './fingerprint.ts';
import { Lists, writeTable } from './format.ts';
import { type Contents, writeCover } from './sheets/cover.ts';
import { documentSheet, mandatorySheet, metricSheet } from './sheets/evidence.ts';
import { writeHeatMapSheet } from './sheets/heatmap.ts';
import { writeMethodSheet } from './sheets/method.ts';
import { assetSheet, treatmentSheet } from './sheets/registers.ts';
import { riskSheet } from './sheets/risks.ts';
import { soaSheet } from './sheets/soa.ts';
import { type TableSheet, registerSheet } from './sheets/table-sheet.ts';
import type { Snapshot } from './snapshot.ts';

/** One sheet to write: a table, or a sheet laid out by hand (cover, method, heat maps). */
export type SheetJob = { table: TableSheet } | { name: string; about: string; write: (ws: Worksheet, ctx: ExportContext) => void };

export interface BuildOptions {
  /** Called with 0…1 and the sheet being written. */
  onProgress?: (fraction: number, stage: string) => void;
  signal?: AbortSignal;
}

/** Tables with a sheet of their own in the auditor workbook; every other entity gets a generic sheet. */
const DEDICATED = new Set(['riskMethods', 'risks', 'treatmentActions', 'soaEntries', 'assets', 'documents']);
/** Registers an auditor asks for first (section 10), in this order; the rest follow in registry order. */
const FIRST = ['objectives', 'metrics', 'measurements', 'audits', 'findings', 'nonconformities', 'correctiveActions', 'managementReviews'];
/** Registers whose sheet shows more than their fields. */
const SPECIAL: Record<string, (ctx: ExportContext) => TableSheet> = { metrics: metricSheet };

/** The sheets of the auditor workbook, in the order an audit walks through the ISMS. */
export function auditorSheets(ctx: ExportContext): SheetJob[] {
  const generic = (table: string): SheetJob => ({ table: SPECIAL[table]?.(ctx) ?? registerSheet(entityByTable(table), ctx) });
  const present = new Set(Object.keys(ctx.snap.tables));
  const rest = entities.filter((e) => e.area !== 'system' && !DEDICATED.has(e.table) && !FIRST.includes(e.table) && present.has(e.table));
  return [
    { name: 'Risk method', about: 'The risk assessment method: scales with their criteria, levels in their colours, appetite, acceptance criteria and the matrix.', write: writeMethodSheet },
    { table: riskSheet(ctx) },
    { name: 'Inherent heat map', about: 'Number of risks in each cell of the matrix, rated before treatment.', write: (ws, c) => writeHeatMapSheet(ws, c, 'inherent') },
    { name: 'Residual heat map', about: 'Number of risks in each cell of the matrix, rated as expected after treatment.', write: (ws, c) => writeHeatMapSheet(ws, c, 'residual') },
    { table: treatmentSheet(ctx) },
    { table: soaSheet(ctx) },
    { table: assetSheet(ctx) },
    { table: documentSheet(ctx) },
    { table: mandatorySheet(ctx) },
    ...FIRST.filter((t) => present.has(t)).map(generic),
    ...rest.map((e) => generic(e.table)),
  ];
}

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters, unique in the workbook. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/^'|'$/g, '').slice(0, 31).trim() || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Document properties: title, subject, author, dates and keywords. */
function properties(wb: Workbook, ctx: ExportContext, title: string): void {
  const at = new Date(ctx.snap.takenAt);
  wb.creator = `${APP_NAME} ${APP_VERSION}`;
  wb.lastModifiedBy = `${APP_NAME} ${APP_VERSION}`;
  wb.created = at;
  wb.modified = at;
  wb.title = title;
  wb.subject = `ISO/IEC 27001:${ctx.edition} information security management system`;
  wb.company = String(ctx.snap.workspace['legalName'] || ctx.snap.workspace['name'] || '');
  wb.keywords = 'ISMS; ISO/IEC 27001; risk register; Statement of Applicability';
  wb.description = `Exported by ${APP_NAME} ${APP_VERSION} on ${ctx.snap.takenAt}.`;
}

/** Writes the sheets after a cover into a new workbook and returns its bytes. */
export async function buildWorkbook(snap: Snapshot, title: string, jobs: (ctx: ExportContext) => SheetJob[], opts: BuildOptions = {}): Promise<Uint8Array> {
  const ExcelJS = await loadExcel();
  const lists = new Lists();
  const ctx = exportContext(snap, lists);
  const wb = new ExcelJS.Workbook();
  properties(wb, ctx, title);
  const all = jobs(ctx);
  const taken = new Set<string>();
  const names = all.map((j) => sheetName('table' in j ? j.table.name : j.name, taken));
  const cover = wb.addWorksheet(sheetName('Cover', taken));
  const contents: Contents[] = all.map((j, i) => ({ name: names[i]!, about: 'table' in j ? j.table.about : j.about }));
  writeCover(cover, ctx, await contentFingerprint(snap.workspace, snap.tables), contents);
  for (const [i, job] of all.entries()) {
    opts.signal?.throwIfAborted();
    opts.onProgress?.(i / (all.length + 1), names[i]!);
    const ws = wb.addWorksheet(names[i]!);
    if ('table' in job) writeTable(ws, job.table.columns, job.table.rows, lists, job.table);
    else job.write(ws, ctx);
    // Give the page a moment between sheets, so a long export does not freeze it.
    await new Promise((r) => setTimeout(r, 0));
  }
  lists.write(wb);
  opts.onProgress?.(all.length / (all.length + 1), 'Packing the workbook');
  const bytes = await workbookBytes(wb);
  opts.onProgress?.(1, 'Done');
  return bytes;
}
