import { describe, expect, it } from 'vitest';
import { defaultRiskMethod, riskMethodEntity } from '../../../../src/lib/domain/entities/risk-method.ts';
import { validate } from '../../../../src/lib/domain/model/entity.ts';
import { defaultScale, fillMatrix, nextMajor, resizeScale, spreadBands } from '../../../../src/lib/domain/risk/method-editing.ts';

describe('editing a risk method', () => {
  it.each([3, 4, 5, 6, 7])('offers default words for a scale of %i levels, numbered 1..N', (n) => {
    for (const name of ['likelihoodScale', 'impactScale'] as const) {
      const s = defaultScale(name, n);
      expect(s.map((r) => r.value)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      expect(s.every((r) => r.label !== '' && r.description.length > 10)).toBe(true);
      expect(new Set(s.map((r) => r.label)).size).toBe(n);
    }
  });

  it('resizes an untouched scale to the defaults, and keeps what the user wrote', () => {
    const m = defaultRiskMethod();
    expect(resizeScale('impactScale', m.impactScale, 4)).toEqual(defaultScale('impactScale', 4));
    const written = m.impactScale.map((r, i) => (i === 0 ? { ...r, label: 'Trivial' } : r));
    const four = resizeScale('impactScale', written, 4);
    expect(four).toHaveLength(4);
    expect(four[0]!.label).toBe('Trivial');
    expect(resizeScale('impactScale', written, 6).map((r) => r.value)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it.each([
    ['1.0', '2.0'],
    ['v3.2', 'v4.0'],
    ['draft', '2.0'],
  ])('numbers the next version of %s as %s', (from, to) => {
    expect(nextMajor(from)).toBe(to);
  });

  it('spreads score bands so a resized method is valid at once', () => {
    for (const size of [3, 4, 6, 7]) {
      const m = defaultRiskMethod();
      const draft = { ...m, likelihoodScale: defaultScale('likelihoodScale', size), impactScale: defaultScale('impactScale', size) };
      const bands = spreadBands(draft);
      const spread = { ...draft, levels: draft.levels.map((l, i) => ({ ...l, ...bands[i]! })) };
      expect(validate(riskMethodEntity, spread), `${size}×${size}`).toEqual([]);
    }
  });

  it('fills a matrix from the bands that is complete and valid', () => {
    const m = defaultRiskMethod();
    const matrix = fillMatrix(m);
    expect(matrix).toHaveLength(25);
    expect(matrix.find((c) => c.likelihood === 5 && c.impact === 5)?.level).toBe('very_high');
    expect(validate(riskMethodEntity, { ...m, scoreFunction: 'matrix', matrix })).toEqual([]);
  });
});
