import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IsmsDatabase } from '../../../../src/lib/db/database.ts';
import { annexA2022 } from '../../../../src/lib/domain/catalogs/index.ts';
import { entities } from '../../../../src/lib/domain/entities/index.ts';
import { type RiskMethodDraft, riskLevel } from '../../../../src/lib/domain/entities/risk-method.ts';
import { appHeaders } from '../../../../src/lib/io/app-layout.ts';
import { exportAuditorWorkbook } from '../../../../src/lib/io/export/index.ts';
import { exampleWorkspace, headerTexts, openXlsx } from './helpers.ts';

let db: IsmsDatabase;
let ws: string;
let bytes: Uint8Array;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  ({ db, ws } = await exampleWorkspace());
  const file = await exportAuditorWorkbook(db, ws);
  expect(file.name).toMatch(/^northwind-analytics-auditor-workbook-\d{4}-\d{2}-\d{2}\.xlsx$/);
  bytes = file.data as Uint8Array;
  wb = await openXlsx(bytes);
}, 60_000);

const sheet = (name: string): ExcelJS.Worksheet => {
  const s = wb.getWorksheet(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const count = async (table: string): Promise<number> => db.records(table).where({ workspaceId: ws }).count();
/** The number of rows below the header that hold something. */
const dataRows = (s: ExcelJS.Worksheet, headerRow = 1): number => {
  let n = 0;
  s.eachRow((row, r) => void (r > headerRow && row.hasValues && n++));
  return n;
};
const column = (s: ExcelJS.Worksheet, header: string, headerRow = 1): number => headerTexts(s, headerRow).indexOf(header) + 1;

describe('the auditor workbook', { timeout: 60_000 }, () => {
  it('has the cover, method, register, heat maps, plan, SoA and a sheet for every register of the ISMS', () => {
    const names = wb.worksheets.map((s) => s.name);
    expect(names.slice(0, 11)).toEqual([
      'Cover', 'Risk method', 'Risk register', 'Inherent heat map', 'Residual heat map', 'Treatment plan',
      'Statement of Applicability', 'Assets', 'Documents', 'Mandatory documents', 'Objectives',
    ]);
    for (const e of entities.filter((x) => x.area !== 'system' && !['riskMethods', 'risks', 'treatmentActions', 'soaEntries'].includes(x.table)))
      expect(names, `a sheet for ${e.plural}`).toContain(e.plural.slice(0, 31));
    expect(names.at(-1)).toBe('Lists');
  });

  it('states organisation, scope, edition, export time, app version and a content fingerprint on the cover', async () => {
    const cover = sheet('Cover');
    const facts = new Map<string, string>();
    let done = false;
    cover.eachRow((row) => {
      done ||= row.getCell(1).value === 'Sheets in this workbook';
      if (!done) facts.set(String(row.getCell(1).value), String(row.getCell(2).value));
    });
    expect(facts.get('Organisation')).toContain('Northwind Analytics');
    expect(facts.get('ISMS scope')).toMatch(/version 1\.2/);
    expect(facts.get('ISO/IEC 27001 edition')).toBe('2022');
    expect(facts.get('Exported on')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} \(UTC[+-]\d{2}:\d{2}\)/);
    expect(facts.get('Made with')).toMatch(/ISMS Workbench \d+\.\d+\.\d+/);
    expect(facts.get('Statement of Applicability')).toMatch(/^Version 1\.0, approved by .+ on \d{4}-\d{2}-\d{2}\./);
    const fingerprint = facts.get('Content fingerprint (SHA-256)');
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    // Unchanged data, the same fingerprint; the workbook's document properties say what it is.
    const again = await openXlsx((await exportAuditorWorkbook(db, ws)).data);
    let second = '';
    again.getWorksheet('Cover')!.eachRow((row) => void (row.getCell(1).value === 'Content fingerprint (SHA-256)' && (second = String(row.getCell(2).value))));
    expect(second).toBe(fingerprint);
    expect(wb.title).toBe('ISMS export for auditors');
    expect(wb.creator).toMatch(/^ISMS Workbench/);
    expect(wb.company).toBe('Northwind Analytics Ltd');
  });

  it('has the register columns the importer knows, in order, and one row per record', async () => {
    const risks = sheet('Risk register');
    expect(headerTexts(risks, 1).slice(0, 19)).toEqual(Object.values(appHeaders.risks).filter((h) => h !== 'Notes'));
    expect(dataRows(risks)).toBe(await count('risks'));
    expect(headerTexts(sheet('Assets'), 1).slice(0, 5)).toEqual(Object.values(appHeaders.assets));
    expect(dataRows(sheet('Assets'))).toBe(await count('assets'));
    expect(headerTexts(sheet('Treatment plan'), 1).slice(0, 5)).toEqual(Object.values(appHeaders['treatment-plan']));
    expect(dataRows(sheet('Treatment plan'))).toBe(await count('treatmentActions'));
    for (const [name, table] of [['Documents', 'documents'], ['Objectives', 'objectives'], ['Metrics', 'metrics'], ['Audits', 'audits'], ['Findings', 'findings'], ['Nonconformities', 'nonconformities'], ['Corrective actions', 'correctiveActions'], ['Management reviews', 'managementReviews']] as const)
      expect(dataRows(sheet(name)), name).toBe(await count(table));
  });

  it('lists every control of the edition and every custom control in the SoA, with version and approval', async () => {
    const soa = sheet('Statement of Applicability');
    const header = headerTexts(soa, 1);
    expect(header.slice(0, 8)).toEqual(Object.values(appHeaders.soa));
    expect(header).toContain('Linked risks');
    const customs = await count('customControls');
    expect(dataRows(soa)).toBe(annexA2022.length + customs);
    const ids: string[] = [];
    soa.eachRow((row, r) => void (r > 1 && ids.push(String(row.getCell(1).value))));
    expect(ids.slice(0, annexA2022.length)).toEqual(annexA2022.map((c) => c.id));
    const applicable = column(soa, 'Applicable');
    const values = new Set<string>();
    soa.eachRow((row, r) => void (r > 1 && r <= annexA2022.length + 1 && values.add(String(row.getCell(applicable).value))));
    expect([...values].sort()).toEqual(['No', 'Yes']);
    // Rows changed since the approved version say so, as many as the cover counts.
    const since = column(soa, 'Since version 1.0');
    const changed: string[] = [];
    soa.eachRow((row, r) => void (r > 1 && row.getCell(since).value && changed.push(String(row.getCell(since).value))));
    let cover = '';
    sheet('Cover').eachRow((row) => void (row.getCell(1).value === 'Statement of Applicability' && (cover = String(row.getCell(2).value))));
    expect(cover).toContain(`${changed.length} changed since that approval`);
    expect(changed.every((c) => /^(Changed: .+|Added|Removed)$/.test(c))).toBe(true);
  });

  it('states the readiness of every mandatory document, coloured by status', () => {
    const s = sheet('Mandatory documents');
    expect(headerTexts(s, 1)).toEqual(['Item', 'Clause or control', 'Documented information', 'Status', 'Present', 'Blocks certification', 'Deciding rule', 'Records concerned']);
    const ids: string[] = [];
    const colours = new Map([['Pass', 'FF2E7D32'], ['Warning', 'FFF9A825'], ['Fail', 'FFC62828'], ['Not applicable', 'FF9E9E9E']]);
    s.eachRow((row, r) => {
      if (r === 1) return;
      ids.push(String(row.getCell(1).value));
      const status = String(row.getCell(4).value);
      expect((row.getCell(4).fill as ExcelJS.FillPattern).fgColor?.argb, status).toBe(colours.get(status));
    });
    expect(ids.filter((id) => /^R\d\d[ab]?$/.test(id))).toEqual(['R01', 'R02', 'R03', 'R04', 'R04a', 'R04b', 'R05', 'R06', 'R07', 'R08', 'R09', 'R10', 'R11', 'R12', 'R13', 'R14', 'R15']);
    expect(ids.filter((id) => id.startsWith('R15.'))).toHaveLength(9);
  });

  it('freezes and filters the header, sets widths and print setup on every table', () => {
    for (const name of ['Risk register', 'Statement of Applicability', 'Assets', 'Treatment plan', 'Documents', 'Findings']) {
      const s = sheet(name);
      expect(s.views[0], name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(s.autoFilter, name).toMatch(/^A1:[A-Z]+\d+$/);
      expect(s.pageSetup, name).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
      expect(s.getColumn(1).width, name).toBeGreaterThan(5);
    }
  });

  it('offers dropdowns on columns with fixed choices, from the Lists sheet', () => {
    const risks = sheet('Risk register');
    const level = column(risks, 'Inherent level');
    const dv = risks.getCell(2, level).dataValidation;
    expect(dv).toMatchObject({ type: 'list', allowBlank: true });
    const m = /^Lists!\$([A-Z]+)\$2:\$\1\$(\d+)$/.exec(String(dv.formulae?.[0]));
    expect(m).not.toBeNull();
    const lists = sheet('Lists');
    const choices: string[] = [];
    for (let r = 2; r <= Number(m![2]); r++) choices.push(String(lists.getCell(`${m![1]}${r}`).value));
    expect(choices).toEqual(['Low', 'Medium', 'High', 'Very high']);
    expect(risks.getCell(2, column(risks, 'Treatment option')).dataValidation?.type).toBe('list');
    const soa = sheet('Statement of Applicability');
    expect(soa.getCell(2, column(soa, 'Implementation status')).dataValidation?.type).toBe('list');
  });

  it('colours level cells with the colour of their level in the risk method', async () => {
    const method = (await db.records('riskMethods').where({ workspaceId: ws }).first()) as unknown as RiskMethodDraft;
    const risks = sheet('Risk register');
    const cols = { inherent: column(risks, 'Inherent level'), residual: column(risks, 'Residual level') };
    const byRef = new Map((await db.records('risks').where({ workspaceId: ws }).toArray()).map((r) => [r.ref, r]));
    let checked = 0;
    risks.eachRow((row, r) => {
      if (r === 1) return;
      const risk = byRef.get(String(row.getCell(1).value))!;
      for (const stage of ['inherent', 'residual'] as const) {
        const rating = risk[stage] as { likelihood: number; impact: number } | null;
        const cell = row.getCell(cols[stage]);
        if (!rating) continue;
        const lv = riskLevel(method, rating)!;
        expect(cell.value).toBe(lv.label);
        expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${lv.colour.slice(1).toUpperCase()}`);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(60);
  });

  it('draws both heat maps as coloured grids with counts that add up to the rated risks', async () => {
    const risks = await db.records('risks').where({ workspaceId: ws }).toArray();
    for (const [name, stage] of [['Inherent heat map', 'inherent'], ['Residual heat map', 'residual']] as const) {
      const s = sheet(name);
      let total = 0;
      for (let r = 4; r < 9; r++)
        for (let c = 2; c <= 6; c++) {
          const cell = s.getCell(r, c);
          expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb, `${name} ${cell.address}`).toMatch(/^FF[0-9A-F]{6}$/);
          if (typeof cell.value === 'number') total += cell.value;
        }
      expect(total, name).toBe(risks.filter((r) => r[stage]).length);
    }
    // Empty cells show nothing, not 0 (DOMAIN.md 4.8).
    expect(sheet('Inherent heat map').getCell(8, 2).value).toBeNull();
  });

  it('holds no formula, no macros, no external links and no data connections', () => {
    const zip = unzipSync(bytes);
    const paths = Object.keys(zip);
    expect(paths.filter((p) => /externalLink|vbaProject|connections\.xml|queryTable/i.test(p))).toEqual([]);
    for (const p of paths.filter((x) => x.startsWith('xl/worksheets/sheet'))) expect(strFromU8(zip[p]!), p).not.toMatch(/<f[ >]/);
    expect(strFromU8(zip['[Content_Types].xml']!)).not.toMatch(/macroEnabled/i);
    for (const s of wb.worksheets)
      s.eachRow((row) => row.eachCell((cell) => expect(cell.type, `${s.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula)));
  });
});
