import { describe, expect, it } from 'vitest';
import { defaultRiskMethod } from '../../../../src/lib/domain/entities/risk-method.ts';
import { heatMap, movements, type RatedRisk } from '../../../../src/lib/domain/risk/heatmap.ts';

const r = (id: string, inherent: [number, number] | null, residual: [number, number] | null): RatedRisk => ({
  id,
  ref: id,
  inherent: inherent && { likelihood: inherent[0], impact: inherent[1] },
  residual: residual && { likelihood: residual[0], impact: residual[1] },
});

const risks = [r('a', [5, 5], [2, 3]), r('b', [5, 5], [2, 3]), r('c', [1, 2], [1, 2]), r('d', [3, 4], null), r('e', null, null), r('f', [6, 1], null)];

describe('heatMap', () => {
  const m = defaultRiskMethod();
  it('puts each risk in its cell, highest likelihood on top, and counts the rest apart', () => {
    const { rows, unrated, outside } = heatMap(m, risks, 'inherent');
    expect(rows).toHaveLength(5);
    expect(rows[0]!.map((c) => c.likelihood)).toEqual([5, 5, 5, 5, 5]);
    expect(rows[0]![4]!.risks).toEqual(['a', 'b']);
    expect(rows[0]![4]!.level?.code).toBe('very_high');
    expect(rows[4]![1]!.risks).toEqual(['c']);
    expect(rows[2]![3]!.risks).toEqual(['d']);
    expect(rows.flat().reduce((n, c) => n + c.risks.length, 0)).toBe(4);
    expect(unrated).toBe(1);
    expect(outside).toBe(1);
  });

  it('shows the residual stage from the residual ratings', () => {
    const { rows, unrated } = heatMap(m, risks, 'residual');
    expect(rows[3]![2]!.risks).toEqual(['a', 'b']);
    expect(unrated).toBe(3);
  });
});

describe('movements', () => {
  it('groups risks by the cells they moved between, most first', () => {
    const ms = movements(risks);
    expect(ms).toHaveLength(2);
    expect(ms[0]).toEqual({ from: { likelihood: 5, impact: 5 }, to: { likelihood: 2, impact: 3 }, risks: ['a', 'b'] });
    expect(ms[1]!.risks).toEqual(['c']);
  });
});
