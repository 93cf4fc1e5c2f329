import { describe, expect, it } from 'vitest';
import { defaultRiskMethod, riskLevel } from '../../../../src/lib/domain/entities/risk-method.ts';
import { levelDisagreement } from '../../../../src/lib/domain/risk/imported-level.ts';

const method = defaultRiskMethod();
const levelOf = (r: { likelihood: number; impact: number }) => riskLevel(method, r);

describe('levelDisagreement (the file’s level beside the method’s)', () => {
  // Under the default 5 × 5 method: 4 × 4 = 16 is High, 1 × 2 = 2 is Low, 5 × 5 = 25 is Very high.
  it.each([
    ['High', { likelihood: 4, impact: 4 }, undefined],
    ['HIGH (16)', { likelihood: 4, impact: 4 }, undefined],
    ['high risk', { likelihood: 4, impact: 4 }, undefined],
    ['Med', { likelihood: 1, impact: 5 }, undefined],
    ['Critical', { likelihood: 1, impact: 2 }, 'Low'],
    ['High', { likelihood: 5, impact: 5 }, 'Very high'],
    ['Very high', { likelihood: 4, impact: 4 }, 'High'],
    ['12', { likelihood: 1, impact: 2 }, undefined],
    ['', { likelihood: 1, impact: 2 }, undefined],
  ] as const)('“%s” beside %o → %s', (said, rating, expected) => {
    expect(levelDisagreement(levelOf, rating, said)).toBe(expected);
  });

  it('says nothing without a rating or a method', () => {
    expect(levelDisagreement(levelOf, null, 'High')).toBeUndefined();
    expect(levelDisagreement(undefined, { likelihood: 5, impact: 5 }, 'Low')).toBeUndefined();
  });
});
