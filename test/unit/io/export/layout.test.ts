import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { IsmsDatabase } from '../../../../src/lib/db/database.ts';
import { commitImport } from '../../../../src/lib/db/import-commit.ts';
import { Repository } from '../../../../src/lib/db/repository.ts';
import { Workspaces, newWorkspaceDraft } from '../../../../src/lib/db/workspaces.ts';
import { riskEntity } from '../../../../src/lib/domain/entities/risk.ts';
import { soaEntryEntity } from '../../../../src/lib/domain/entities/soa-entry.ts';
import { draftOf } from '../../../../src/lib/domain/model/entity.ts';
import { exportInLayout } from '../../../../src/lib/io/export/index.ts';
import { layoutColumns, reverseValue } from '../../../../src/lib/io/export/layout.ts';
import { analyzeWorkbook } from '../../../../src/lib/io/import/index.ts';
import {
  findProfile, layoutSignature, loadSnapshot, mappingFromAnalysis, mappingFromProfile, planImport, profileDraft, profileWrite,
  proposeTranslations, valueMapsOf, withColumnField,
} from '../../../../src/lib/io/import/mapping/index.ts';
import type { SheetInput } from '../../../../src/lib/io/import/mapping/types.ts';
import type { SheetAnalysis } from '../../../../src/lib/io/import/types.ts';
import { REGISTER_HEADERS, registerWorkbook, soaWorkbook } from '../../../fixtures/import-e2e.ts';
import type { ImportProfileDraft } from '../../../../src/lib/domain/entities/import-profile.ts';
import type { StoredRecord } from '../../../../src/lib/db/database.ts';

let n = 0;
let db: IsmsDatabase;
let ws: string;
let repo: Repository;

beforeEach(async () => {
  db = new IsmsDatabase(`layout-test-${++n}`);
  ws = (await new Workspaces(db, () => 'tester').create(newWorkspaceDraft('Acme'))).id;
  repo = new Repository(db, () => 'tester');
}, 60_000);

/** Imports the sheets as the import screen does, saving each sheet's layout as a profile. */
async function importWithProfiles(file: string, sheets: { sheet: SheetAnalysis; fix?: (m: SheetInput['mapping']) => SheetInput['mapping'] }[]): Promise<void> {
  const snap = await loadSnapshot(db, ws);
  const inputs = sheets.map(({ sheet, fix }) => ({ analysis: sheet, mapping: (fix ?? ((m) => m))(mappingFromAnalysis(sheet)) }));
  const plan = await planImport(db, ws, inputs);
  const profiles = inputs.map(({ analysis, mapping }) =>
    profileWrite(undefined, profileDraft(analysis, mapping, layoutSignature(analysis), file, '2026-01-10', valueMapsOf(proposeTranslations(analysis, mapping, snap.labels)))!),
  );
  await commitImport(db, ws, { fileName: file, writes: plan.writes, profiles }, 'tester');
}

const profiles = async (): Promise<(StoredRecord & ImportProfileDraft)[]> => (await db.records('importProfiles').where({ workspaceId: ws }).toArray()) as (StoredRecord & ImportProfileDraft)[];
const byRef = async (ref: string): Promise<StoredRecord> => (await db.records('risks').where({ workspaceId: ws, ref }).first())!;

async function sheetOf(bytes: Uint8Array | string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(wb.worksheets).toHaveLength(1);
  return wb.worksheets[0]!;
}

/** Re-imports exported bytes with the profile its layout matches; returns the plan. */
async function reimport(bytes: Uint8Array, sheetName: string) {
  const analysis = await analyzeWorkbook(bytes);
  const sheet = analysis.sheets.find((s) => s.name === sheetName)!;
  const profile = findProfile(await profiles(), layoutSignature(sheet));
  expect(profile, 'the saved layout recognises the export').toBeDefined();
  return planImport(db, ws, [{ analysis: sheet, mapping: mappingFromProfile(profile!, sheet) }]);
}

describe('export in the layout a register was imported from', { timeout: 60_000 }, () => {
  it('writes a risk register back with the same sheet, header row, columns and words, and re-imports unchanged', async () => {
    const reg = await analyzeWorkbook(new Uint8Array(await registerWorkbook()));
    await importWithProfiles('register.xlsx', [{ sheet: reg.sheets.find((s) => s.name === 'Risk Register')!, fix: (m) => withColumnField(m, 'C', 'asset') }]);
    // Edit records after the import: a new title, and a likelihood on the file's own 1–3 scale (app 3 = file 2).
    const r2 = await byRef('R2');
    await repo.update(riskEntity, r2.id, { ...draftOf(riskEntity, r2), title: 'Cloud supplier outage for a week' }, r2.rev);
    const r4 = await byRef('R4');
    await repo.update(riskEntity, r4.id, { ...draftOf(riskEntity, r4), inherent: { likelihood: 3, impact: 5 } }, r4.rev);

    const profile = (await profiles()).find((p) => p.kind === 'risks')!;
    const file = await exportInLayout(db, ws, profile.id);
    const sheet = await sheetOf(file.data);
    expect(sheet.name).toBe('Risk Register');
    expect(REGISTER_HEADERS.map((_, i) => sheet.getCell(3, i + 1).value)).toEqual(REGISTER_HEADERS);
    const rows = new Map<string, unknown[]>();
    for (let r = 4; r <= sheet.rowCount; r++) rows.set(String(sheet.getCell(r, 1).value), REGISTER_HEADERS.map((_, i) => sheet.getCell(r, i + 1).value));
    expect([...rows.keys()].sort()).toEqual(['R1', 'R2', 'R3', 'R4']);
    // The workbook's own words: 1–3 likelihoods, "High" impacts, "M"/"T"/"A" treatments, its statuses.
    expect(rows.get('R1')!.slice(0, 11)).toEqual(['R1', 'Laptop stolen from a car', 'Laptops', 'Ana Novak', 3, 'High', 'M', 'A.8.1, A.5.15', 1, 'Low', 'Open']);
    expect(rows.get('R2')!.slice(1, 2)).toEqual(['Cloud supplier outage for a week']);
    expect(rows.get('R2')![6]).toBe('T');
    expect(rows.get('R3')![6]).toBe('A');
    expect(rows.get('R4')!.slice(4, 6)).toEqual([2, 'High']);
    // R3 is retained: its residual rating is its inherent one, in the words of the impact column.
    expect(rows.get('R3')!.slice(8, 10)).toEqual([1, 'High']);

    const plan = await reimport(file.data as Uint8Array, 'Risk Register');
    expect(plan.sheets[0]!.counts).toEqual({ new: 0, updated: 0, unchanged: 4, rejected: 0 });
    expect(plan.writes).toEqual([]);
  });

  it('writes an SoA back in its words ("Ano") and re-imports it unchanged', async () => {
    const soa = await analyzeWorkbook(new Uint8Array(await soaWorkbook()));
    await importWithProfiles('soa.xlsx', [{ sheet: soa.sheets[0]! }]);
    const entries = await db.records('soaEntries').where({ workspaceId: ws }).toArray();
    const a52 = entries.find((e) => (e['control'] as { id: string }[])[0]!.id === 'A.5.2')!;
    await repo.update(soaEntryEntity, a52.id, { ...draftOf(soaEntryEntity, a52), implementationStatus: 'implemented' }, a52.rev);

    const profile = (await profiles()).find((p) => p.kind === 'soa')!;
    const sheet = await sheetOf((await exportInLayout(db, ws, profile.id)).data);
    expect(sheet.name).toBe('SoA');
    expect([1, 2, 3, 4, 5].map((c) => sheet.getCell(1, c).value)).toEqual(['Control ID', 'Control', 'Applicable?', 'Justification', 'Implementation status']);
    const rows = [2, 3, 4, 5, 6].map((r) => [1, 3, 5].map((c) => sheet.getCell(r, c).value));
    // One word per value: "yes" is written as the file's first word for it.
    expect(rows).toEqual([
      ['A.5.1', 'Ano', 'Implementováno'],
      ['A.5.2', 'Ano', 'Implementováno'],
      ['A.5.3', 'No', null],
      ['A.5.7', 'Ano', 'Planned'],
      ['A.8.1', 'Ano', 'Not implemented'],
    ]);
    expect(sheet.getCell(4, 4).value).toBe('Two people only; no segregation possible, compensated by review.');
    const plan = await reimport((await exportInLayout(db, ws, profile.id)).data as Uint8Array, 'SoA');
    expect(plan.sheets[0]!.counts).toEqual({ new: 0, updated: 0, unchanged: 5, rejected: 0 });
  });
});

describe('reading a profile backwards', { timeout: 60_000 }, () => {
  const maps = [
    { field: 'likelihood', from: 'Low', to: '1' },
    { field: 'likelihood', from: 'Med', to: '3' },
    { field: 'likelihood', from: 'High', to: '5' },
    { field: 'applicable', from: 'Ano', to: 'yes' },
    { field: 'applicable', from: 'Y', to: 'yes' },
    { field: 'applicable', from: '?', to: '' },
  ];
  it('gives the first word for a code, the nearest step on a shorter scale, and the residual column the same scale', () => {
    expect(reverseValue(maps, 'applicable', 'yes', false)).toBe('Ano');
    expect(reverseValue(maps, 'applicable', 'undecided', false)).toBe('?');
    expect(reverseValue(maps, 'applicable', 'no', false)).toBeNull();
    expect(reverseValue(maps, 'likelihood', '4', true)).toBe('Med');
    expect(reverseValue(maps, 'residualLikelihood', '5', true)).toBe('High');
    expect(reverseValue([...maps, { field: 'residualLikelihood', from: 'Top', to: '5' }], 'residualLikelihood', '5', true)).toBe('Top');
  });

  it('keeps every column the signature remembers, in column order', () => {
    const p = { signature: 'A=risk no|B=title|C=notes kept by hand|D=proba', columns: [{ column: 'D', header: 'Proba', field: 'likelihood' }, { column: 'A', header: 'Risk No.', field: 'id' }] } as ImportProfileDraft;
    expect(layoutColumns(p)).toEqual([
      { letter: 'A', header: 'Risk No.', field: 'id' },
      { letter: 'B', header: 'title', field: null },
      { letter: 'C', header: 'notes kept by hand', field: null },
      { letter: 'D', header: 'Proba', field: 'likelihood' },
    ]);
  });
});
