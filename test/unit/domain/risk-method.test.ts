import { describe, expect, it } from 'vitest';
import { defaultRiskMethod, levelRank, riskLevel, riskMethodEntity, riskScore } from '../../../src/lib/domain/entities/risk-method.ts';
import { validate } from '../../../src/lib/domain/model/entity.ts';

const m = defaultRiskMethod();

describe('the default 5×5 risk method', () => {
  it('is valid', () => {
    expect(validate(riskMethodEntity, m)).toEqual([]);
  });

  it.each([
    [1, 1, 1, 'low'],
    [2, 2, 4, 'low'],
    [1, 5, 5, 'medium'],
    [3, 3, 9, 'medium'],
    [2, 5, 10, 'high'],
    [4, 4, 16, 'high'],
    [4, 5, 20, 'very_high'],
    [5, 5, 25, 'very_high'],
  ])('L%i × I%i = %i is %s', (likelihood, impact, score, level) => {
    expect(riskScore({ likelihood, impact })).toBe(score);
    expect(riskLevel(m, { likelihood, impact })?.code).toBe(level);
  });

  it('ranks levels from low to very high, with the appetite at medium', () => {
    expect(['low', 'medium', 'high', 'very_high'].map((c) => levelRank(m, c))).toEqual([0, 1, 2, 3]);
    expect(levelRank(m, m.appetite)).toBe(1);
  });
});

describe('risk method validation', () => {
  it('finds gaps and overlaps between levels over the reachable scores', () => {
    const gap = { ...m, levels: m.levels.map((l) => (l.code === 'medium' ? { ...l, maxScore: 7 } : l)) };
    expect(validate(riskMethodEntity, gap).map((i) => i.message)).toContain('No level covers the scores 8, 9.');
    const overlap = { ...m, levels: m.levels.map((l) => (l.code === 'high' ? { ...l, minScore: 8 } : l)) };
    expect(validate(riskMethodEntity, overlap).map((i) => i.message)).toContain('Levels overlap at the scores 8, 9.');
  });

  it('needs 3 to 7 scale levels numbered 1..N, a known appetite and hex colours', () => {
    const short = { ...m, likelihoodScale: m.likelihoodScale.slice(0, 2), levels: [{ ...m.levels[0]!, maxScore: 10 }] };
    const fields = validate(riskMethodEntity, short).map((i) => i.field);
    expect(fields).toContain('likelihoodScale');
    const misnumbered = { ...m, impactScale: m.impactScale.map((s, i) => (i === 2 ? { ...s, value: 4 } : s)) };
    expect(validate(riskMethodEntity, misnumbered).map((i) => i.field)).toContain('impactScale.2.value');
    expect(validate(riskMethodEntity, { ...m, appetite: 'tolerable' }).map((i) => i.field)).toEqual(['appetite']);
    const colour = { ...m, levels: m.levels.map((l, i) => (i === 0 ? { ...l, colour: 'green' } : l)) };
    expect(validate(riskMethodEntity, colour).map((i) => i.field)).toEqual(['levels.0.colour']);
  });
});
