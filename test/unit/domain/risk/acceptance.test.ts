import { describe, expect, it } from 'vitest';
import { defaultRiskMethod } from '../../../../src/lib/domain/entities/risk-method.ts';
import { riskEntity } from '../../../../src/lib/domain/entities/risk.ts';
import { emptyDraft, validate } from '../../../../src/lib/domain/model/entity.ts';
import { acceptanceState } from '../../../../src/lib/domain/risk/acceptance.ts';
import { riskLevel } from '../../../../src/lib/domain/entities/risk-method.ts';

const m = defaultRiskMethod();
const top = new Set(['ceo']);
const rating = (likelihood: number, impact: number) => ({ likelihood, impact });

describe('acceptanceState (6.1.3 f)', () => {
  it.each([
    ['no acceptance', null, rating(2, 2), 'none'],
    ['owner accepts a low risk', { acceptedBy: 'owner', ratingAccepted: rating(2, 2) }, rating(2, 2), 'valid'],
    ['owner accepts a medium risk (within the owner’s authority)', { acceptedBy: 'owner', ratingAccepted: rating(3, 3) }, rating(3, 3), 'valid'],
    ['owner accepts a high risk', { acceptedBy: 'owner', ratingAccepted: rating(4, 3) }, rating(4, 3), 'unauthorised'],
    ['top management accepts a high risk', { acceptedBy: 'ceo', ratingAccepted: rating(4, 3) }, rating(4, 3), 'valid'],
    ['someone else accepts a low risk', { acceptedBy: 'bob', ratingAccepted: rating(1, 1) }, rating(1, 1), 'unauthorised'],
    ['the residual rating changed after acceptance', { acceptedBy: 'owner', ratingAccepted: rating(2, 2) }, rating(2, 3), 'stale'],
    ['the residual rating was removed', { acceptedBy: 'owner', ratingAccepted: rating(2, 2) }, null, 'stale'],
  ] as const)('%s', (_, acceptance, residual, expected) => {
    expect(acceptanceState(m, { owner: 'owner', residual, acceptance }, top)).toBe(expected);
  });
});

describe('saving an acceptance', () => {
  const ctx = { scaleSizes: { likelihood: 5, impact: 5 }, levelOf: (r: { likelihood: number; impact: number }) => riskLevel(m, r), topManagement: top };
  const base = emptyDraft(riskEntity, {
    title: 'Laptop theft',
    kind: 'infosec_risk',
    approach: 'scenario_based',
    description: 'A laptop is stolen.',
    owner: 'owner',
    inherent: rating(4, 4),
    treatmentOption: 'retain',
    residual: rating(4, 3),
    status: 'monitoring',
  });

  it('refuses an acceptance by someone below the authority the level needs, at the field', () => {
    const draft = { ...base, acceptance: { acceptedBy: 'owner', acceptedAt: '2026-01-10', rationale: 'Cheap to live with.', ratingAccepted: rating(4, 3) } };
    const issues = validate(riskEntity, draft, ctx);
    expect(issues.map((i) => i.field)).toEqual(['acceptance.acceptedBy']);
    expect(issues[0]!.message).toMatch(/High risk can only be accepted by top management/);
  });

  it('accepts the same risk when top management accepts it', () => {
    const draft = { ...base, acceptance: { acceptedBy: 'ceo', acceptedAt: '2026-01-10', rationale: 'Board decision.', ratingAccepted: rating(4, 3) } };
    expect(validate(riskEntity, draft, ctx)).toEqual([]);
  });

  it('refuses a rating outside the scale', () => {
    const draft = { ...base, residual: rating(6, 1) };
    expect(validate(riskEntity, draft, ctx).map((i) => i.field)).toEqual(['residual']);
  });
});
