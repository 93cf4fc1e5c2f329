import { describe, expect, it } from 'vitest';
import { cleanText, isScaleWord, parseNumber, parseYesNo, splitLabelScore, toIsoDate, type CellValue } from '../../../../src/lib/io/import/index.ts';

const cell = (value: CellValue['value'], text = String(value ?? ''), numFmt?: string): CellValue => (numFmt ? { value, text, numFmt } : { value, text });

describe('toIsoDate', () => {
  const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
  const cases: [string, Parameters<typeof toIsoDate>[0], string | null][] = [
    ['a Date', utc(2026, 3, 31), '2026-03-31'],
    ['a date cell', cell(utc(2026, 3, 31), '31/03/2026', 'dd/mm/yyyy'), '2026-03-31'],
    ['a serial number', 46112, '2026-03-31'],
    ['a serial number in a cell', cell(46112), '2026-03-31'],
    ['serial 1 (1900-01-01)', 1, '1900-01-01'],
    ['serial 61, after the fictitious 1900-02-29', 61, '1900-03-01'],
    ['a serial written as text', '46112', '2026-03-31'],
    ['ISO', '2026-03-31', '2026-03-31'],
    ['ISO with a time', '2026-03-31T10:00:00Z', '2026-03-31'],
    ['yyyy/mm/dd', '2026/3/31', '2026-03-31'],
    ['dd/mm/yyyy', '31/03/2026', '2026-03-31'],
    ['mm/dd/yyyy when the day says so', '03/31/2026', '2026-03-31'],
    ['dd.mm.yyyy', '31.03.2026', '2026-03-31'],
    ['Czech d. m. yyyy', '31. 3. 2026', '2026-03-31'],
    ['two-digit year', '31/03/26', '2026-03-31'],
    ['ambiguous, day first by default', '01/02/2026', '2026-02-01'],
    ['dd-mmm-yyyy', '31-Mar-2026', '2026-03-31'],
    ['d-mmm-yy', '1-Apr-26', '2026-04-01'],
    ['Month d, yyyy', 'March 31, 2026', '2026-03-31'],
    ['ordinal', 'March 31st 2026', '2026-03-31'],
    ['French', '31 mars 2026', '2026-03-31'],
    ['German', '31. März 2026', '2026-03-31'],
    ['a quarter, due by its last day', 'Q4 2026', '2026-12-31'],
    ['a quarter written year first', '2027-Q1', '2027-03-31'],
    ['a quarter of a leap year', 'Q1/2028', '2028-03-31'],
    ['Spanish', '31 de marzo de 2026', '2026-03-31'],
    ['Czech genitive', '31. března 2026', '2026-03-31'],
    ['Greek genitive', '31 Μαρτίου 2026', '2026-03-31'],
    ['month and year only', 'Mar 2026', '2026-03-01'],
    ['yyyymmdd', '20260331', '2026-03-31'],
    ['an impossible date', '31/02/2026', null],
    ['words', 'next month', null],
    ['empty', '', null],
    ['null', null, null],
  ];
  it.each(cases)('%s', (_, input, expected) => expect(toIsoDate(input)).toBe(expected));

  it('reads day/month order as asked when both are possible', () => {
    expect(toIsoDate('01/02/2026', { dayFirst: false })).toBe('2026-01-02');
  });

  it('counts from 1904 when the workbook says so', () => {
    expect(toIsoDate(0, { date1904: true })).toBe('1904-01-01');
    expect(toIsoDate(46112 - 1462, { date1904: true })).toBe('2026-03-31');
  });
});

describe('parseYesNo', () => {
  const cases: [unknown, boolean | null][] = [
    ['Yes', true], ['yes ', true], ['Y', true], ['x', true], ['X', true], ['✓', true], ['✔', true], ['TRUE', true], [true, true], ['1', true],
    ['Applicable', true], ['Included', true], ['Oui', true], ['Ja', true], ['Sí', true], ['si', true], ['Ano', true], ['Ναι', true], ['ΝΑΙ', true],
    ['No', false], ['N', false], ['✗', false], ['✘', false], ['FALSE', false], [false, false], ['0', false], ['N/A', false], ['n/a', false],
    ['Not applicable', false], ['Excluded', false], ['Non', false], ['Nein', false], ['No aplica', false], ['Ne', false], ['Όχι', false], ['ΟΧΙ', false],
    ['-', false], ['Partially', null], ['Planned', null], ['', null], [null, null],
    ['✅', true], ['❌', false], ['❎', false], ['🔶', null],
  ];
  it.each(cases)('%j → %j', (input, expected) => expect(parseYesNo(input as string)).toBe(expected));
});

describe('splitLabelScore', () => {
  const cases: [string | number, string | null, number | null][] = [
    ['High (4)', 'High', 4], ['High\n(12)', 'High', 12], ['Possible\n(3)', 'Possible', 3], ['(4) High', 'High', 4], ['4 - High', 'High', 4],
    ['4 – Major', 'Major', 4], ['High: 4', 'High', 4], ['4 High', 'High', 4], ['Vysoký (3)', 'Vysoký', 3], ['Υψηλό (5)', 'Υψηλό', 5],
    ['High [4]', 'High', 4], ['2,5', null, 2.5], [7, null, 7], ['12', null, 12], ['Medium', 'Medium', null], ['Low-Medium', 'Low-Medium', null],
    ['High — no second factor on any account', 'High', null], ['Medium: seen twice a year', 'Medium', null], ['Ransomware: payroll down', 'Ransomware: payroll down', null],
    // The working written out before the result: the score is what it comes to.
    // A decimal before its band keeps its decimals.
    ['3.5 High', 'High', 3.5], ['4. High', 'High', 4],
    ['4 × 5 = 20 (critical)', 'critical', 20], ['3×5=15 (High)', 'High', 15], ['2 x 4 = 8 (medium)', 'medium', 8], ['4 * 5 = 20', null, 20],
  ];
  it.each(cases)('%j', (input, label, score) => expect(splitLabelScore(input)).toEqual({ label, score }));

  it('says nothing about an empty value', () => expect(splitLabelScore('')).toEqual({ label: null, score: null }));
});

describe('parseNumber', () => {
  const cases: [string | number, number | null][] = [['12', 12], ['1,5', 1.5], ['1 234,5', 1234.5], ['1,234.5', 1234.5], ['25%', 0.25], [3.5, 3.5], ['-2', -2], ['3 of 5', null], ['', null], ['A.5.1', null],
    // A traffic-light mark in front repeats the number's band.
    ['🟥 12', 12], ['🟨4', 4], ['🟢\uFE0F 2,5', 2.5], ['🟥 High', null], ['High 12', null]];
  it.each(cases)('%j → %j', (input, expected) => expect(parseNumber(input)).toBe(expected));
});

describe('cleanText', () => {
  const cases: [string, string][] = [
    ['  Risk\u00a0 owner  ', 'Risk owner'], ['Low\u2013Medium', 'Low-Medium'], ['line\r\none', 'line\none'], ['zero\u200bwidth', 'zerowidth'], ['\u201cquoted\u201d', '"quoted"'],
  ];
  it.each(cases)('%j', (input, expected) => expect(cleanText(input)).toBe(expected));
});

describe('isScaleWord', () => {
  const cases: [string, boolean][] = [['High', true], ['very high', true], ['Vysoká', true], ['Moyen', true], ['Υψηλό', true], ['High (4)', true], ['3', true], ['Ransomware', false], ['Open', false],
    ['Laag, mits de lijst bekeken wordt', true], ['High; one site only', true], ['Ransomware, phishing', false], ['Likely × Critical = High', true], ['`Very likely × Major` = Medium', true], ['A = B', false], ['Baxua', true], ['Ertaina', true], ['✅ Basso', true], ['✅ Done', false]];
  it.each(cases)('%j → %j', (input, expected) => expect(isScaleWord(input)).toBe(expected));
});
