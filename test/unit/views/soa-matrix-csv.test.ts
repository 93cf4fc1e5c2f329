import { describe, expect, it } from 'vitest';
// The matrix downloads through the exporter's CSV writer, which starts with a BOM so Excel reads UTF-8.
import { csvField, toCsv } from '../../../src/lib/io/export/safe.ts';

const BOM = '\uFEFF';

describe('csvField', () => {
  it.each([
    ['plain', '"plain"'],
    ['', '""'],
    ['with, comma', '"with, comma"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['A.8.13', '"A.8.13"'],
    ['planned (Priya Shah)', '"planned (Priya Shah)"'],
  ])('quotes %j as %s', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it.each([
    ['=1+1', `"'=1+1"`],
    ['+44 20 7946 0000', `"'+44 20 7946 0000"`],
    ['-2', `"'-2"`],
    ['@SUM(A1:A2)', `"'@SUM(A1:A2)"`],
    ['\tcmd', `"'\tcmd"`],
    ['\rx', `"'\rx"`],
    ['\nx', `"'\nx"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ])('neutralises the formula start of %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('leaves formula characters alone when they are not first', () => {
    expect(csvField('a=b+c-d@e')).toBe('"a=b+c-d@e"');
  });
});

describe('toCsv', () => {
  it('writes one CRLF-terminated line per row', () => {
    const csv = toCsv([
      ['Risk', 'Risk title', 'A.5.1'],
      ['RSK-001', 'Ransomware, "prod"', 'action (PS)'],
    ]);
    expect(csv).toBe(`${BOM}"Risk","Risk title","A.5.1"\r\n"RSK-001","Ransomware, ""prod""","action (PS)"\r\n`);
  });

  it('writes a header-only table', () => {
    expect(toCsv([['Risk']])).toBe(`${BOM}"Risk"\r\n`);
  });
});
