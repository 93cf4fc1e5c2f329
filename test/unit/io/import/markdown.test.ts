import { describe, expect, it } from 'vitest';
import { analyzeWorkbook } from '../../../../src/lib/io/import/index.ts';
import { markdownNotes, markdownTables, tableCells, workbookFromMarkdown } from '../../../../src/lib/io/import/markdown.ts';
import { textFormatOf } from '../../../../src/lib/io/import/text-files.ts';

const ISMS = [
  '# ACME ISMS', // 1
  '', // 2
  'Text with a | pipe that is no table.', // 3
  '', // 4
  '## Risk register', // 5
  '', // 6
  '| ID | Risk | Likelihood | Impact | Owner | Controls |', // 7
  '|----|------|:---:|:---:|-------|----------|', // 8
  '| R-01 | **Laptop theft** | 3 | 4 | IT Manager | A.8.1, A.7.9 |', // 9
  '| R-02 | Phishing leads to `credential` theft | 4 | 4 | CISO | A.6.3<br>A.8.5 |', // 10
  '| R-03 | Ransomware \\| backups fail | 2 | 5 | [Ops](mailto:ops@example.org) | A.8.13 |', // 11
  '', // 12
  '```', // 13
  '| fenced | example |', // 14
  '|--------|---------|', // 15
  '| x | y |', // 16
  '```', // 17
  '', // 18
  '## Statement of Applicability', // 19
  '', // 20
  'Control | Title | Applicable | Justification | Status', // 21: pipes at the ends are optional
  '--- | --- | --- | --- | ---', // 22
  '5.1 | Policies for information security | Yes | Required | Implemented', // 23
  '5.2 | Information security roles and responsibilities | Yes | Required | Partial', // 24
  '7.4 | Physical security monitoring | No | No premises | N/A', // 25
].join('\n');

describe('reading the tables of a Markdown file', () => {
  it('splits a table line on every pipe that is not escaped, as GitHub does (code spans too)', () => {
    expect(tableCells('| a | b \\| c | `x|y` |')).toEqual(['a', 'b | c', '`x', 'y`']);
    expect(tableCells('| R1 | Don`t share passwords | 3 | 4 |')).toEqual(['R1', 'Don`t share passwords', '3', '4']);
    expect(tableCells('a | b')).toEqual(['a', 'b']);
    expect(tableCells('| a |  |')).toEqual(['a', '']);
  });

  it('finds each table outside fenced code, under its heading, at its line', () => {
    const tables = markdownTables(ISMS);
    expect(tables.map((t) => [t.heading, t.line, t.rows.length])).toEqual([
      ['Risk register', 7, 3],
      ['Statement of Applicability', 21, 3],
    ]);
    expect(tables[0]!.rows[2]![1]).toBe('Ransomware | backups fail');
  });

  it('pads short rows and ignores cells beyond the header, as GitHub does, and says so', () => {
    const text = '| a | b | c |\n|---|---|---|\n| 1 |\n| 1 | 2 | 3 | 4 |';
    const [t] = markdownTables(text);
    expect(t!.rows).toEqual([['1', '', ''], ['1', '2', '3']]);
    expect(markdownNotes(markdownTables(text))).toEqual(["Line 4 has more cells than the table's header; the extra cells were not read."]);
    expect(markdownNotes(markdownTables('| a | b |\n|---|---|\n| 1 | 2 |'))).toEqual([]);
  });

  it('is analysed like a workbook: a sheet per table, named by its heading, records at their line numbers', async () => {
    const analysis = await analyzeWorkbook(await workbookFromMarkdown(ISMS, 'isms.md'));
    const [risks, soa] = analysis.sheets;
    expect(risks).toMatchObject({ name: 'Risk register', kind: 'risks', headerRow: 7, dataRows: 3 });
    expect(risks!.fields).toMatchObject({ id: 'A', title: 'B', likelihood: 'C', impact: 'D', owner: 'E', controls: 'F' });
    expect(soa).toMatchObject({ name: 'Statement of Applicability', kind: 'soa', dataRows: 3, edition: '2022' });
    const records = risks!.records;
    expect(records.map((r) => r.row)).toEqual([9, 10, 11]);
    expect(records[0]!.cells.B?.text).toBe('Laptop theft');
  });

  it('names sheets after the file when there is no heading, never twice the same', async () => {
    const text = '| ID | Risk |\n|---|---|\n| R1 | Fire |\n\n| Asset | Owner |\n|---|---|\n| Laptop | IT |';
    const analysis = await analyzeWorkbook(await workbookFromMarkdown(text, 'register.md'));
    expect(analysis.sheets.map((s) => s.name)).toEqual(['register', 'register (2)']);
  });

  it('leaves out tables in fenced code and comments, reads an indented one (a list item\'s) and CR line ends', () => {
    const table = ['| ID | Risk |', '|---|---|', '| R1 | Fire |'];
    const text = [
      '````md', '```', ...table, '```', '````', // a longer fence holds a shorter one
      '```', '```js', '```', // an inner fence with an info string does not close
      '<!--', ...table, '-->',
      ...table.map((l) => `    ${l}`),
      '', '## Real', ...table,
    ].join('\n');
    expect(markdownTables(text).map((t) => [t.heading, t.line])).toEqual([['', 16], ['Real', 21]]);
    expect(markdownTables(table.join('\r'))).toHaveLength(1);
  });

  it('reads a heading with a closing run of hashes, and a very long heading line, without stalling', () => {
    expect(markdownTables(['## Risk register ##', '| ID | Risk |', '|---|---|', '| R1 | Fire |'].join('\n'))[0]!.heading).toBe('Risk register');
    const long = `# a${' '.repeat(20000)}b`;
    expect(markdownTables([long, '| ID | Risk |', '|---|---|', '| R1 | Fire |'].join('\n'))[0]!.heading).toBe(`a${' '.repeat(20000)}b`);
  });

  it('names sheets Excel accepts: not "History", no quote at either end, a long heading cut at a space', async () => {
    const t = (h: string) => [`## ${h}`, '| Version | Date | Change |', '|---|---|---|', '| 1.0 | 2024-01-10 | First |'].join('\n');
    const text = [t('History'), t("'Crown jewels'"), t('Risks of the data centre in the north 🏢 wing')].join('\n\n');
    const analysis = await analyzeWorkbook(await workbookFromMarkdown(text, 'doc.md'));
    expect(analysis.sheets.map((s) => s.name)).toEqual(['History (table)', 'Crown jewels', 'Risks of the data centre in …']);
  });

  it('refuses a file without a table, saying what a table is', async () => {
    await expect(workbookFromMarkdown('# Policy\n\nJust prose | with a pipe.', 'policy.md')).rejects.toThrow(/“policy.md” holds no Markdown table/);
  });

  it('is chosen by the file name or type', () => {
    expect(textFormatOf('risks.md')).toBe('markdown');
    expect(textFormatOf('notes', 'text/markdown')).toBe('markdown');
    expect(textFormatOf('risks.CSV')).toBe('csv');
    expect(textFormatOf('risks.xlsx')).toBeNull();
  });
});
