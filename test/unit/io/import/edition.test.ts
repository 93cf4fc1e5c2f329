import { describe, expect, it } from 'vitest';
import { detectEdition } from '../../../../src/lib/io/import/edition.ts';
import type { Grid, GridCell } from '../../../../src/lib/io/import/grid.ts';

/** A one-column grid of control ids under a header in row 1. */
function ids(values: readonly string[], texts: readonly string[] = []): ReturnType<typeof detectEdition> {
  const rows = new Map<number, Map<number, GridCell>>([[1, new Map([[1, { value: 'Control', text: 'Control' }]])]]);
  values.forEach((v, i) => rows.set(i + 2, new Map([[1, { value: v, text: v }]])));
  const grid: Grid = { name: 'SoA', hidden: false, rows, maxRow: values.length + 1, maxCol: 1, merges: [], emptyFormulaRows: [] };
  return detectEdition(grid, 1, undefined, values.map((_, i) => i + 2), texts);
}

describe('the edition of an SoA', () => {
  it.each([
    ['three-level ids', ['A.5.1.1', 'A.5.1.2', 'A.6.1.1'], { edition: '2013', sure: true }],
    ['objectives above A.8', ['A.9.1', 'A.12.4', 'A.18.2'], { edition: '2013', sure: true }],
    ['two-level ids no 2013 objective has', ['5.10', '5.23', '8.20', '8.34'], { edition: '2022', sure: true }],
    ['two-level ids that are also 2013 objectives', ['5.1', '6.1', '6.2', '7.1'], { edition: '2022', sure: false }],
    ['no ids, the year near the table', [], { edition: '2013', sure: false }],
    ['2022 ids with one legacy row of 2013', [...Array.from({ length: 20 }, (_, i) => `5.${i + 10}`), 'A.12.6.1'], { edition: '2022', sure: true }],
    ['2022 ids with a few sub-rows of three levels', ['5.10', '5.11', '5.12', '5.13', '5.14', '5.15', '5.16', '5.17', '5.18', '5.19', '5.20', '5.21', 'A.8.1.1', 'A.8.1.2', 'A.8.1.3'], { edition: '2013', sure: false }],
  ] as const)('%s', (_, values, expected) => {
    expect(ids(values, ['Statement of Applicability (ISO/IEC 27001:2013)'])).toEqual(expected);
  });
});
