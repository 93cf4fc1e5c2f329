/**
 * Exports of a workspace: the auditor workbook, the SoA or the risk register alone, CSV per
 * register, and a register in the layout it was imported from. ExcelJS is loaded on first use.
 */
import type { IsmsDatabase } from '../../db/database.ts';
import { localToday } from '../../domain/due.ts';
import { exportContext } from './context.ts';
import { registerCsv } from './csv.ts';
import { Lists } from './format.ts';
import { writeHeatMapSheet } from './sheets/heatmap.ts';
import { writeMethodSheet } from './sheets/method.ts';
import { riskSheet } from './sheets/risks.ts';
import { soaSheet } from './sheets/soa.ts';
import { readSnapshot } from './snapshot.ts';
import { writeLayoutSheet } from './layout.ts';
import { loadExcel, workbookBytes } from './excel.ts';
import { sheetName } from './workbook.ts';
import type { ImportProfileDraft } from '../../domain/entities/import-profile.ts';
import { type BuildOptions, auditorSheets, buildWorkbook } from './workbook.ts';

export { csvRegisters } from './registers.ts';
export type { BuildOptions } from './workbook.ts';

/** A file ready to download. */
export interface ExportFile {
  name: string;
  type: string;
  data: Uint8Array | string;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file name from the workspace name, what it holds and today: "northwind-analytics-soa-2025-03-31.xlsx". */
export function fileName(workspace: string, what: string, ext: string, today = localToday()): string {
  const slug = workspace.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'isms';
  return `${slug}-${what}-${today}.${ext}`;
}

/** The auditor workbook: cover, method, register, heat maps, treatment plan, SoA and every register. */
export async function exportAuditorWorkbook(db: IsmsDatabase, workspaceId: string, opts: BuildOptions = {}): Promise<ExportFile> {
  const snap = await readSnapshot(db, workspaceId);
  const data = await buildWorkbook(snap, 'ISMS export for auditors', auditorSheets, opts);
  return { name: fileName(String(snap.workspace['name']), 'auditor-workbook', 'xlsx'), type: XLSX_TYPE, data };
}

/** The Statement of Applicability alone, with its cover. */
export async function exportSoaWorkbook(db: IsmsDatabase, workspaceId: string, opts: BuildOptions = {}): Promise<ExportFile> {
  const snap = await readSnapshot(db, workspaceId);
  const data = await buildWorkbook(snap, 'Statement of Applicability', (ctx) => [{ table: soaSheet(ctx) }], opts);
  return { name: fileName(String(snap.workspace['name']), 'soa', 'xlsx'), type: XLSX_TYPE, data };
}

/** The risk register alone, with the method it is rated by and its heat maps. */
export async function exportRiskWorkbook(db: IsmsDatabase, workspaceId: string, opts: BuildOptions = {}): Promise<ExportFile> {
  const snap = await readSnapshot(db, workspaceId);
  const data = await buildWorkbook(
    snap,
    'Risk register',
    (ctx) => [
      { table: riskSheet(ctx) },
      { name: 'Risk method', about: 'The scales, levels, appetite and acceptance criteria the register is rated by.', write: writeMethodSheet },
      { name: 'Inherent heat map', about: 'Number of risks in each cell, rated before treatment.', write: (ws, c) => writeHeatMapSheet(ws, c, 'inherent') },
      { name: 'Residual heat map', about: 'Number of risks in each cell, rated as expected after treatment.', write: (ws, c) => writeHeatMapSheet(ws, c, 'residual') },
    ],
    opts,
  );
  return { name: fileName(String(snap.workspace['name']), 'risk-register', 'xlsx'), type: XLSX_TYPE, data };
}

/** One register as CSV. */
export async function exportCsv(db: IsmsDatabase, workspaceId: string, table: string): Promise<ExportFile> {
  const snap = await readSnapshot(db, workspaceId);
  const ctx = exportContext(snap, new Lists());
  return { name: fileName(String(snap.workspace['name']), table.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), 'csv'), type: 'text/csv;charset=utf-8', data: registerCsv(ctx, table) };
}

/**
 * A register or SoA in the layout of a saved import profile: one sheet with the same name,
 * columns, headers and header row, values in the workbook's own words.
 */
export async function exportInLayout(db: IsmsDatabase, workspaceId: string, profileId: string, opts: BuildOptions = {}): Promise<ExportFile> {
  const profile = await db.records('importProfiles').get(profileId);
  if (!profile || profile.workspaceId !== workspaceId) throw new Error('This saved layout no longer exists; it may have been deleted in another tab.');
  const p = profile as unknown as ImportProfileDraft;
  opts.onProgress?.(0.1, 'Reading the workspace');
  const snap = await readSnapshot(db, workspaceId);
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ISMS Workbench';
  wb.created = new Date(snap.takenAt);
  wb.title = p.name;
  opts.onProgress?.(0.4, p.sheetName || p.name);
  writeLayoutSheet(wb.addWorksheet(sheetName(p.sheetName || p.name, new Set())), p, exportContext(snap, new Lists()));
  opts.signal?.throwIfAborted();
  const data = await workbookBytes(wb);
  opts.onProgress?.(1, 'Done');
  return { name: fileName(String(snap.workspace['name']), `${p.kind ?? 'register'}-layout`.replace('_', '-'), 'xlsx'), type: XLSX_TYPE, data };
}
