import { describe, expect, it } from 'vitest';
import { defaultRiskMethod, riskLevel, riskMethodEntity, withinAppetite, type RiskMethodDraft } from '../../../../src/lib/domain/entities/risk-method.ts';
import { validate } from '../../../../src/lib/domain/model/entity.ts';

/** A 4×4 matrix method in which the user picked each cell's level. */
export function matrix4x4(): RiskMethodDraft {
  const base = defaultRiskMethod();
  const scale = (names: string[]) => names.map((label, i) => ({ value: i + 1, label, description: `${label} (our words)` }));
  const grid = [
    // impact 1..4 for likelihood 1..4
    ['low', 'low', 'medium', 'medium'],
    ['low', 'medium', 'medium', 'high'],
    ['medium', 'medium', 'high', 'critical'],
    ['medium', 'high', 'critical', 'critical'],
  ];
  return {
    ...base,
    version: '2.0',
    scoreFunction: 'matrix',
    likelihoodScale: scale(['Rare', 'Unlikely', 'Likely', 'Almost certain']),
    impactScale: scale(['Minor', 'Moderate', 'Major', 'Severe']),
    levels: [
      { code: 'low', label: 'Low', colour: '#2e7d32', minScore: null, maxScore: null, reviewMonths: 12, acceptedBy: 'risk_owner' },
      { code: 'medium', label: 'Medium', colour: '#f9a825', minScore: null, maxScore: null, reviewMonths: 12, acceptedBy: 'risk_owner' },
      { code: 'high', label: 'High', colour: '#ef6c00', minScore: null, maxScore: null, reviewMonths: 6, acceptedBy: 'top_management' },
      { code: 'critical', label: 'Critical', colour: '#c62828', minScore: null, maxScore: null, reviewMonths: 3, acceptedBy: 'top_management' },
    ],
    matrix: grid.flatMap((row, l) => row.map((level, i) => ({ likelihood: l + 1, impact: i + 1, level }))),
    appetite: 'medium',
  };
}

describe('matrix scoring', () => {
  const m = matrix4x4();
  it('is a valid method', () => {
    expect(validate(riskMethodEntity, m)).toEqual([]);
  });

  it.each([
    [1, 1, 'low'],
    [1, 3, 'medium'],
    [2, 4, 'high'],
    [3, 4, 'critical'],
    [4, 1, 'medium'],
    [4, 4, 'critical'],
  ])('L%i × I%i is %s, as the cell says', (likelihood, impact, code) => {
    expect(riskLevel(m, { likelihood, impact })?.code).toBe(code);
  });

  it('compares with the appetite by level order', () => {
    expect(withinAppetite(m, { likelihood: 3, impact: 2 })).toBe(true);
    expect(withinAppetite(m, { likelihood: 3, impact: 3 })).toBe(false);
  });

  it('refuses a matrix with a missing cell, an unknown level or a worse cell rated lower', () => {
    const missing = { ...m, matrix: m.matrix.slice(1) };
    expect(validate(riskMethodEntity, missing).map((i) => i.message).join(' ')).toMatch(/missing: L1×I1/);
    const unknown = { ...m, matrix: m.matrix.map((c, n) => (n === 0 ? { ...c, level: 'tiny' } : c)) };
    expect(validate(riskMethodEntity, unknown).map((i) => i.field)).toContain('matrix.0.level');
    const inverted = { ...m, matrix: m.matrix.map((c) => (c.likelihood === 4 && c.impact === 4 ? { ...c, level: 'low' } : c)) };
    expect(validate(riskMethodEntity, inverted).map((i) => i.message).join(' ')).toMatch(/L4 × I4 has a lower level/);
  });

  it('needs top management for every level above the first one that needs it', () => {
    const bad = { ...m, levels: m.levels.map((l) => (l.code === 'critical' ? { ...l, acceptedBy: 'risk_owner' as const } : l)) };
    expect(validate(riskMethodEntity, bad).map((i) => i.field)).toEqual(['levels.3.acceptedBy']);
  });
});
