import { describe, expect, it } from 'vitest';
import { csvRows, workbookFromCsv } from '../../../../src/lib/io/import/csv.ts';
import { analyzeWorkbook } from '../../../../src/lib/io/import/index.ts';

describe('reading a CSV register', () => {
  it.each([
    ['comma', 'Risk ID,Risk title,Likelihood\nR1,Ransomware,4\n'],
    ['semicolon', 'Risk ID;Risk title;Likelihood\r\nR1;Ransomware;4\r\n'],
    ['tab', 'Risk ID\tRisk title\tLikelihood\nR1\tRansomware\t4\n'],
    ['BOM and quotes', '\uFEFF"Risk ID","Risk title","Likelihood"\n"R1","Ransom, ""ware""\nattack",4\n'],
  ])('finds the %s delimiter', (_, text) => {
    const rows = csvRows(text);
    expect(rows[0]).toEqual(['Risk ID', 'Risk title', 'Likelihood']);
    expect(rows[1]?.[0]).toBe('R1');
  });

  it('refuses text without a table', () => {
    expect(() => csvRows('')).toThrow(/no rows/);
    expect(() => csvRows('just a line\nand another\n', 'notes.csv')).toThrow(/notes.csv does not look like a table/);
  });

  it('is analysed like a workbook: a risk register with its fields and records', async () => {
    const text = ['Risk ID;Risk;Asset;Threat;Likelihood;Impact;Risk owner;Treatment', 'R-001;Ransomware on file servers;File server;Malware;4;5;Ana;Mitigate', 'R-002;Laptop theft;Laptops;Theft;3;3;Ben;Accept'].join('\n');
    const analysis = await analyzeWorkbook(await workbookFromCsv(text, 'register.csv'));
    const sheet = analysis.sheets[0]!;
    expect(sheet).toMatchObject({ name: 'register', kind: 'risks', headerRow: 1, dataRows: 2 });
    expect(sheet.fields).toMatchObject({ id: 'A', likelihood: 'E', impact: 'F', treatment: 'H' });
  });
});
