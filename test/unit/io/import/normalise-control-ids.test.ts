import { describe, expect, it } from 'vitest';
import { annexA2022 } from '../../../../src/lib/domain/catalogs/index.ts';
import { controlIdsFromCell, controlRefsFromCell, type CellValue } from '../../../../src/lib/io/import/index.ts';

const text = (t: string): CellValue => ({ value: t, text: t });
const num = (n: number, numFmt?: string, shown = String(n)): CellValue => (numFmt ? { value: n, text: shown, numFmt } : { value: n, text: shown });
const date = (y: number, m: number, d: number, numFmt: string, shown: string): CellValue => ({ value: new Date(Date.UTC(y, m - 1, d)), text: shown, numFmt });

describe('controlIdsFromCell', () => {
  const cases: [string, CellValue, '2013' | '2022' | null, string[]][] = [
    ['an id as text', text('A.5.1'), '2022', ['A.5.1']],
    ['without "A."', text('5.23'), '2022', ['A.5.23']],
    ['several ids with commas, slashes and new lines', text('A.5.1, 5.2 / 8.1\n8.2'), '2022', ['A.5.1', 'A.5.2', 'A.8.1', 'A.8.2']],
    ['ids inside sentences', text('A.5.16 Password management – see A.8.5 too'), '2022', ['A.5.16', 'A.8.5']],
    ['ids that are not in the catalogue are dropped', text('A.5.99, 9.9, TLS 1.2, A.5.1'), '2022', ['A.5.1']],
    ['a 2013 id', text('A.9.2.5'), '2013', ['A.9.2.5']],
    ['a 2013 objective is not a control', text('A.9.2'), '2013', []],
    ['a 2013 id in a 2022 column', text('A.9.2.5'), '2022', []],
    ['either edition when none is known', text('A.9.2.5; A.8.34'), null, ['A.9.2.5', 'A.8.34']],
    ['a number under "0.00" keeps its zero', num(5.3, '0.00', '5.30'), '2022', ['A.5.30']],
    ['a number under General reads as written', num(5.3), '2022', ['A.5.3']],
    ['float noise from Excel', num(5.0999999999999996, undefined, '5.1'), '2022', ['A.5.1']],
    ['a date made of a 2013 id (yy.m.d)', date(2010, 1, 1, 'yy\\.m\\.d;@', '10.1.1'), '2013', ['A.10.1.1']],
    ['a date made of a 2013 id, format order d.m.yy', date(2012, 3, 1, 'd\\.m\\.yy', '1.3.12'), '2013', ['A.12.3.1']],
    ['a date made of a 2022 id (no year shown)', date(2026, 1, 5, 'd.m.', '5.1.'), '2022', ['A.5.1']],
    ["another set's code is not Annex A's (TOM-5.1, CTRL-8.3)", text('TOM-5.1, CTRL-8.3'), '2022', []],
    ['…but "A-5.1" and "ISO-A.8.2" are', text('A-5.1 / ISO-A.8.2'), '2022', ['A.5.1', 'A.8.2']],
    ['a boolean', { value: true, text: 'TRUE' }, '2022', []],
    ['empty', text(''), '2022', []],
  ];
  it.each(cases)('%s', (_, cell, edition, expected) => expect(controlIdsFromCell(cell, edition)).toEqual(expected));

  it('uses the title in the row to tell 5.1 from 5.10', () => {
    const title = annexA2022.find((c) => c.id === 'A.5.10')?.title ?? '';
    expect(controlIdsFromCell(num(5.1), '2022', { title })).toEqual(['A.5.10']);
    expect(controlIdsFromCell(num(5.1), '2022', { title: annexA2022[0]?.title })).toEqual(['A.5.1']);
  });

  it('uses the previous row when there is no title', () => {
    expect(controlIdsFromCell(num(5.1), '2022', { previous: 'A.5.9' })).toEqual(['A.5.10']);
    expect(controlIdsFromCell(num(8.3), '2022', { previous: 'A.8.29' })).toEqual(['A.8.30']);
  });

  it('recovers every 2022 id from numbers that lost their trailing zero', () => {
    let previous: string | undefined;
    const ids = annexA2022.map((c) => {
      const id = controlIdsFromCell(num(Number(c.number)), '2022', { title: c.title, previous })[0];
      previous = id;
      return id;
    });
    expect(ids).toEqual(annexA2022.map((c) => c.id));
  });
});

describe('controlRefsFromCell', () => {
  it('tells clause, objective and control rows apart in a 2013 SoA', () => {
    expect(controlRefsFromCell(text('A.5 Information security policies'), '2013')).toEqual([{ id: 'A.5', kind: 'clause', edition: '2013' }]);
    expect(controlRefsFromCell(num(5.1, '0.0', '5.1'), '2013')).toEqual([{ id: 'A.5.1', kind: 'objective', edition: '2013' }]);
    expect(controlRefsFromCell(text('5.1.2'), '2013')).toEqual([{ id: 'A.5.1.2', kind: 'control', edition: '2013' }]);
  });
});
