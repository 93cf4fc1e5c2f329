/**
 * The blind evaluation (issue 5, quality bar): workbooks built the way practitioners build them,
 * in ten languages and many layouts, with the truth of every sheet. The first set was written
 * before reading the analysis; the holdout sets after each round of fixes, with wording chosen
 * without looking at the synonym lists (the third, fourth and fifth also without the analysis or
 * the other sets' wording). Each workbook is a test (its sheets must be read right and most of its columns);
 * the last tests hold the whole set to the bar of 95%.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeWorkbook } from '../../../../src/lib/io/import/index.ts';
import { emptyScore, missLine, scoreBook, summary, type Score } from '../../../fixtures/blind/evaluate.ts';
import { blindBooks, buildBook, holdout2Books, holdout3Books, holdout4Books, holdout5Books, holdoutBooks } from '../../../fixtures/blind/index.ts';

const sets = [
  ['first blind set', blindBooks],
  ['holdout set', holdoutBooks],
  ['second holdout set', holdout2Books],
  ['third holdout set', holdout3Books],
  ['fourth holdout set', holdout4Books],
  ['fifth holdout set', holdout5Books],
] as const;

const total = emptyScore();

function add(into: Score, s: Score): void {
  for (const k of Object.keys(s) as (keyof Score)[]) {
    if (k === 'misses') into.misses.push(...s.misses);
    else into[k] += s[k];
  }
}

for (const [set, books] of sets) {
  describe(set, () => {
    it.each(books.map((b) => [b.file, b] as const))('%s', async (_file, book) => {
      const built = await buildBook(book);
      const analysis = await analyzeWorkbook(built.bytes).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
      const s = emptyScore();
      scoreBook(s, built.file, built.truth, analysis);
      add(total, s);
      if (s.misses.length) console.info(`${built.file}: ${s.misses.length} misses\n  ${s.misses.map(missLine).join('\n  ')}`);
      expect(analysis).not.toBeInstanceOf(Error);
      // Every sheet's kind, header row, record count and edition; most of its columns.
      expect(s.misses.filter((m) => !m.what.startsWith('column')).map(missLine)).toEqual([]);
      expect(s.fieldsOk + s.nulls - s.falseMaps).toBeGreaterThanOrEqual(0.9 * (s.fields + s.nulls));
    }, 60_000);
  });
}

describe('the quality bar over every blind workbook', () => {
  afterAll(() => console.info(['Blind evaluation:', ...summary(total), ...total.misses.map((m) => `  miss: ${missLine(m)}`)].join('\n')));

  it('evaluated every workbook and sheet', () => {
    expect(total.sheets).toBeGreaterThanOrEqual(100);
    expect(total.dataSheets).toBeGreaterThanOrEqual(75);
  });

  it('reads at least 95% of the sheets right (kind, header row, records, edition)', () => {
    expect(total.sheetOk / total.sheets).toBeGreaterThanOrEqual(0.95);
    expect(total.kindOk / total.sheets).toBeGreaterThanOrEqual(0.95);
    expect(total.headerOk / total.dataSheets).toBeGreaterThanOrEqual(0.95);
    expect(total.rowsOk / total.dataSheets).toBeGreaterThanOrEqual(0.95);
  });

  it('maps at least 95% of the columns that have a field, and wrongly maps at most 5% of those that have none', () => {
    expect(total.fieldsOk / total.fields).toBeGreaterThanOrEqual(0.95);
    expect(total.falseMaps / total.nulls).toBeLessThanOrEqual(0.05);
  });
});
