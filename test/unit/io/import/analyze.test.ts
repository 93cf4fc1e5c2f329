import { describe, expect, it } from 'vitest';
import { analyzeWorkbook, type WorkbookAnalysis } from '../../../../src/lib/io/import/index.ts';
import { workbookCases, type WorkbookCase } from '../../../fixtures/workbooks/index.ts';

const analyses = new Map<string, Promise<WorkbookAnalysis>>();
function analysis(c: WorkbookCase): Promise<WorkbookAnalysis> {
  let a = analyses.get(c.name);
  if (!a) analyses.set(c.name, (a = c.build().then((bytes) => analyzeWorkbook(bytes))));
  return a;
}

const sheets = workbookCases.flatMap((c) => c.expect.map((e) => [c.name, e.sheet, c, e] as const));

describe.each(sheets)('%s — sheet “%s”', (_, sheetName, c, e) => {
  it(`is read as ${e.kind}${e.headerRow ? `, header row ${e.headerRow}` : ''}${e.dataRows !== undefined ? `, ${e.dataRows} records` : ''}`, async () => {
    const s = (await analysis(c)).sheets.find((x) => x.name === sheetName);
    expect(s?.kind).toBe(e.kind);
    if (e.headerRow !== undefined) expect(s?.headerRow).toBe(e.headerRow);
    if (e.dataRows !== undefined) {
      expect(s?.dataRows).toBe(e.dataRows);
      expect(s?.records).toHaveLength(e.dataRows);
    }
    if (e.edition !== undefined) expect(s?.edition).toBe(e.edition);
  });

  if (e.fields || e.unmapped || e.headers) {
    it('maps each column to its field', async () => {
      const s = (await analysis(c)).sheets.find((x) => x.name === sheetName);
      for (const [field, column] of Object.entries(e.fields ?? {})) expect({ field, column: s?.fields[field] }).toEqual({ field, column });
      for (const column of e.unmapped ?? []) expect({ column, field: s?.columns.find((x) => x.column === column)?.field ?? null }).toEqual({ column, field: null });
      for (const [column, field] of Object.entries(e.proposed ?? {})) expect({ column, field: s?.columns.find((x) => x.column === column)?.field ?? null }).toEqual({ column, field });
      for (const [column, header] of Object.entries(e.headers ?? {})) expect(s?.columns.find((x) => x.column === column)?.header).toBe(header);
    });
  }
});

describe.each(workbookCases.filter((c) => c.notes).map((c) => [c.name, c] as const))('%s', (_, c) => {
  it('tells the user what was left out', async () => {
    const a = await analysis(c);
    for (const note of c.notes ?? []) expect(a.notes.some((n) => note.test(n))).toBe(true);
  });
});
