import { describe, expect, it } from 'vitest';
import { defaultRiskMethod, riskLevel } from '../../../../src/lib/domain/entities/risk-method.ts';
import { exampleIsms } from '../../../../src/lib/domain/example/index.ts';
import type { Rating } from '../../../../src/lib/domain/model/fields.ts';
import { acceptanceState } from '../../../../src/lib/domain/risk/acceptance.ts';

describe('the example risk register', () => {
  const data = exampleIsms('2026-06-15');
  const top = new Set((data.tables['persons'] ?? []).filter((p) => p.values['isTopManagement'] === true).map((p) => p.key));
  const risks = data.tables['risks'] ?? [];
  const m = defaultRiskMethod();

  it('has every acceptance given by someone with the authority its level needs', () => {
    const accepted = risks.filter((r) => r.values['acceptance']);
    expect(accepted.length).toBeGreaterThan(0);
    for (const r of accepted) {
      const state = acceptanceState(m, r.values as never, top);
      expect(state, `${r.key}: ${riskLevel(m, r.values['residual'] as Rating)?.label}`).toBe('valid');
    }
  });
});
