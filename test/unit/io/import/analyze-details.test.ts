import { describe, expect, it } from 'vitest';
import { annexA2013, annexA2022 } from '../../../../src/lib/domain/catalogs/index.ts';
import { analyzeWorkbook, controlIdsFromCell, type SheetAnalysis } from '../../../../src/lib/io/import/index.ts';
import { buildWorkbook, largeRegister, workbookCases } from '../../../fixtures/workbooks/index.ts';
import { shapeCases } from '../../../fixtures/workbooks/shapes.ts';

async function sheetOf(caseName: string, sheet: string, options = {}): Promise<SheetAnalysis> {
  const c = workbookCases.find((x) => x.name === caseName);
  if (!c) throw new Error(`no case ${caseName}`);
  const s = (await analyzeWorkbook(await c.build(), options)).sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return s;
}

/** The control ids of an SoA's records, read the way the mapping reads them (title and previous row as hints). */
function recordIds(s: SheetAnalysis): string[] {
  const idCol = s.fields.controlId ?? '';
  const titleCol = s.fields.controlTitle ?? '';
  let previous: string | undefined;
  return s.records.map((r) => {
    const id = controlIdsFromCell(r.cells[idCol], s.edition, { title: r.cells[titleCol]?.text, previous })[0] ?? '?';
    previous = id;
    return id;
  });
}

describe('records', () => {
  it('fills a merged grouping column down into every record of the group', async () => {
    const s = await sheetOf('vertical merges of a grouping column', 'Risk register');
    expect(s.records.map((r) => r.cells.A?.text)).toEqual(['Asset group 1', 'Asset group 1', 'Asset group 1', 'Asset group 2', 'Asset group 2', 'Asset group 2', 'Asset group 3', 'Asset group 3', 'Asset group 3']);
    expect(s.records[1]?.cells.G?.text).toBe('See the audit report');
    expect(s.records[1]?.cells.H).toBeUndefined();
  });

  it('keeps row numbers and formula results as values', async () => {
    const s = await sheetOf('rows pre-filled with formulas that evaluate to nothing', 'Risk register');
    expect(s.records.map((r) => r.row)).toEqual(Array.from({ length: 12 }, (_, i) => i + 2));
    expect(s.notes.some((n) => /only formulas/.test(n))).toBe(true);
  });

  it('recovers the 93 ids of a 2022 SoA stored as numbers', async () => {
    const s = await sheetOf('2022 SoA with ids as numbers and theme rows', 'SoA 2022');
    expect(recordIds(s)).toEqual(annexA2022.map((c) => c.id));
  });

  it('recovers the 114 ids of a 2013 SoA, some stored as dates, and skips clause and objective rows', async () => {
    const s = await sheetOf('2013 SoA with clause and objective rows, ids as dates', 'Sheet1');
    expect(recordIds(s)).toEqual(annexA2013.map((c) => c.id));
    expect(s.notes.some((n) => /49 section or heading rows/.test(n))).toBe(true);
  });

  it('reads a 5,000-row register completely', async () => {
    const a = await analyzeWorkbook(await largeRegister(5000));
    expect(a.sheets[0]?.kind).toBe('risks');
    expect(a.sheets[0]?.dataRows).toBe(5000);
    expect(a.sheets[0]?.records[4999]?.cells.A?.text).toBe('R-5000');
  }, 120_000);
});

describe('round trip', () => {
  it("gives confidence 1 to every column of the app's own export", async () => {
    const risks = await sheetOf("the app's own export headers", 'Risks');
    const soa = await sheetOf("the app's own SoA export", 'Statement of Applicability');
    for (const s of [risks, soa]) expect(s.columns.map((c) => c.confidence)).toEqual(s.columns.map(() => 1));
  });
});

describe('rows that hold places', () => {
  it('says how many placeholder and totals rows were not read', async () => {
    const s = await sheetOf('a totals row and a placeholder row are no records', 'Risk register');
    expect(s.dataRows).toBe(3);
    expect(s.notes).toContain('3 rows hold only placeholders ("—", "…", "TBD") or totals and were not read as records.');
  });
});

describe("the user's corrections", () => {
  it('reads the sheet with the header row the user chose', async () => {
    const s = await sheetOf('title and document-control rows above a table at B6', 'Risk Register', { overrides: { 'Risk Register': { headerRow: 7 } } });
    expect(s.headerRow).toBe(7);
    expect(s.dataRows).toBeLessThan(9);
  });

  it('reads an SoA with the edition the user chose, and only an SoA', async () => {
    const s = await sheetOf("the app's own SoA export", 'Statement of Applicability');
    expect(s.edition).toBe('2022');
    const chosen = await sheetOf("the app's own SoA export", 'Statement of Applicability', { overrides: { 'Statement of Applicability': { edition: '2013' } } });
    expect(chosen.edition).toBe('2013');
    expect((await sheetOf("the app's own export headers", 'Risks', { overrides: { Risks: { edition: '2013' } } })).edition).toBeNull();
  });

  it('reads the sheet as the kind the user chose', async () => {
    const s = await sheetOf('registers beside cover, instructions, legend, lookups and dashboard', 'Assets', { overrides: { Assets: { kind: 'risks' } } });
    expect(s.kind).toBe('risks');
    // The asset's name (B) rather than its code (A): both link, the name reads better.
    expect(s.fields.asset).toBe('B');
  });

  it('gives a finite confidence when the user reads a sheet of controls as risks', async () => {
    const c = shapeCases.find((x) => x.name === 'a gap analysis of Annex A controls with remediations but no status is not the SoA');
    if (!c) throw new Error('no gap analysis case');
    const s = (await analyzeWorkbook(await c.build(), { overrides: { 'Gap analysis': { kind: 'risks' } } })).sheets[0];
    expect(s?.kind).toBe('risks');
    expect(Number.isFinite(s?.kindConfidence)).toBe(true);
    expect(s?.headerRow).toBe(1);
  });

  it('finds overrides by own sheet names only, "__proto__" included', async () => {
    const own = await sheetOf('header cells named __proto__ and constructor', '__proto__', { overrides: { ['__proto__']: { kind: 'assets' } } });
    expect(own.kind).toBe('assets');
    // In a literal, `__proto__:` sets the prototype: it is no override, and must not become one for every sheet.
    const inherited = await sheetOf('header cells named __proto__ and constructor', '__proto__', { overrides: { __proto__: { kind: 'assets' } } });
    expect(inherited.kind).toBe('risks');
  });
});

describe('hostile but valid content', () => {
  it('lets header cells named __proto__ do no harm', async () => {
    const s = await sheetOf('header cells named __proto__ and constructor', '__proto__');
    expect(Object.keys(s.fields).sort()).toEqual(['id', 'impact', 'likelihood', 'title']);
    expect(s.columns.find((c) => c.column === 'C')?.header).toBe('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(s.fields)).toBe(Object.prototype);
  });

  it('marks hidden sheets', async () => {
    const s = await sheetOf('registers beside cover, instructions, legend, lookups and dashboard', 'Lists');
    expect(s.hidden).toBe(true);
  });

  it('reads a sheet whose header holds nothing but text cells shaped like data', async () => {
    const bytes = await buildWorkbook([{ name: 'Only numbers', rows: [[1, 2, 3], [4, 5, 6]] }]);
    const a = await analyzeWorkbook(bytes);
    expect(a.sheets[0]).toMatchObject({ kind: 'other', headerRow: 0, dataRows: 0, fields: {} });
  });
});
