import { describe, expect, it } from 'vitest';
import { analyzeWorkbook, type WorkbookAnalysis } from '../../../../src/lib/io/import/index.ts';
import { formatRefusal, formatWorkbook, jsonSummary } from '../../../../scripts/inspect-format.ts';
import { workbookCases } from '../../../fixtures/workbooks/index.ts';

const sample: WorkbookAnalysis = {
  notes: ['The workbook contains macros; they were ignored and never run. Only its data was read.'],
  sheets: [
    {
      name: 'SoA',
      kind: 'soa',
      kindConfidence: 0.86,
      headerRow: 3,
      dataRows: 2,
      edition: '2022',
      fields: { controlId: 'A', applicable: 'C' },
      columns: [
        { column: 'A', header: 'Control ID', field: 'controlId', confidence: 1 },
        { column: 'B', header: 'Theme', field: null, confidence: 0 },
        { column: 'C', header: 'Applicable?', field: 'applicable', confidence: 0.95 },
      ],
      records: [
        { row: 4, cells: { A: { value: 'A.5.1', text: 'A.5.1' } } },
        { row: 5, cells: { A: { value: 'A.5.2', text: 'A.5.2' } } },
      ],
      notes: ['1 column was not matched to a field.'],
    },
    { name: 'Cover', kind: 'other', kindConfidence: 0.9, headerRow: 0, dataRows: 0, edition: null, fields: {}, columns: [], records: [], notes: [] },
  ],
};

describe('npm run inspect output', () => {
  it('prints one table per sheet: kind, header row, records, edition, field → column, header, confidence', () => {
    const text = formatWorkbook('soa.xlsx', sample, 42);
    expect(text).toContain('== soa.xlsx  (42 ms)');
    expect(text).toContain('! The workbook contains macros');
    expect(text).toContain('Sheet “SoA”: soa (0.86), header row 3, 2 records, edition 2022');
    expect(text).toMatch(/controlId\s+A\s+Control ID\s+1\.00/);
    expect(text).toMatch(/applicable\s+C\s+Applicable\?\s+0\.95/);
    expect(text).toMatch(/—\s+B\s+Theme/);
    expect(text).toContain('Sheet “Cover”: other (0.90)');
    expect(text).not.toContain('Sheet “Cover”: other (0.90), header row');
  });

  it('prints refusals with their code', () => {
    expect(formatRefusal('x.xlsx', 'csv', 'A CSV file.')).toBe('== x.xlsx\n  refused [csv]: A CSV file.');
  });

  it('summarises records by row number in JSON', () => {
    const json = jsonSummary('soa.xlsx', sample) as { sheets: { recordRows: number[]; records?: unknown }[] };
    expect(json.sheets[0]?.recordRows).toEqual([4, 5]);
    expect(json.sheets[0]?.records).toBeUndefined();
  });

  it('formats a real analysis', async () => {
    const c = workbookCases.find((x) => x.name === 'group bands over repeated child headers');
    const a = await analyzeWorkbook(await (c?.build() ?? Promise.reject(new Error('no case'))));
    expect(formatWorkbook('bands.xlsx', a)).toMatch(/residualLikelihood\s+H\s+Residual risk \(after treatment\) \/ Likelihood/);
  });
});
