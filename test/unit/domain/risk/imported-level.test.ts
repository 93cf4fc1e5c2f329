import { describe, expect, it } from 'vitest';
import { defaultRiskMethod, riskLevel } from '../../../../src/lib/domain/entities/risk-method.ts';
import { levelAgrees, levelDisagreement } from '../../../../src/lib/domain/risk/imported-level.ts';

const method = defaultRiskMethod();
const levelOf = (r: { likelihood: number; impact: number }) => riskLevel(method, r);
const labels = method.levels.map((l) => l.label);

// Under the default 5 × 5 method: 4 × 4 = 16 is High, 1 × 2 = 2 is Low, 1 × 5 = 5 is Medium, 5 × 5 = 25 is Very high.
describe('levelAgrees (nothing to keep beside the method’s level)', () => {
  it.each([
    ['High', { likelihood: 4, impact: 4 }, true],
    ['HIGH (16)', { likelihood: 4, impact: 4 }, true],
    ['High risk', { likelihood: 4, impact: 4 }, true],
    ['Med', { likelihood: 1, impact: 5 }, true],
    ['Medium-High', { likelihood: 1, impact: 5 }, false],
    ['H', { likelihood: 4, impact: 4 }, false],
    ['hoch', { likelihood: 4, impact: 4 }, false],
    ['12', { likelihood: 1, impact: 2 }, false],
  ] as const)('“%s” beside %o → %s', (said, rating, expected) => {
    expect(levelAgrees(levelOf, rating, said)).toBe(expected);
  });

  it('never agrees without a rating', () => {
    expect(levelAgrees(levelOf, null, 'High')).toBe(false);
  });
});

describe('levelDisagreement (the file names another of the method’s levels)', () => {
  it.each([
    ['High', { likelihood: 4, impact: 4 }, undefined],
    ['Low', { likelihood: 4, impact: 4 }, 'High'],
    ['High', { likelihood: 5, impact: 5 }, 'Very high'],
    ['Very high', { likelihood: 4, impact: 4 }, 'High'],
    // Words the method does not use are shown as written, not judged.
    ['Critical', { likelihood: 1, impact: 2 }, undefined],
    ['hoch', { likelihood: 1, impact: 2 }, undefined],
    ['H', { likelihood: 1, impact: 2 }, undefined],
    ['Medium-High', { likelihood: 1, impact: 5 }, undefined],
    ['12', { likelihood: 1, impact: 2 }, undefined],
  ] as const)('“%s” beside %o → %s', (said, rating, expected) => {
    expect(levelDisagreement(labels, levelOf, rating, said)).toBe(expected);
  });

  it('says nothing without a rating or a method', () => {
    expect(levelDisagreement(labels, levelOf, null, 'High')).toBeUndefined();
    expect(levelDisagreement(labels, undefined, { likelihood: 5, impact: 5 }, 'Low')).toBeUndefined();
  });
});
