import { describe, expect, it } from 'vitest';
import { defaultRiskMethod } from '../../../../src/lib/domain/entities/risk-method.ts';
import { type FilterableRisk, isFiltered, matchesRiskFilter, parseRiskFilter, riskFilterQuery } from '../../../../src/lib/domain/risk/register-filter.ts';

const risk = (ref: string, over: Partial<FilterableRisk>): FilterableRisk => ({
  ref,
  title: `Risk ${ref}`,
  description: '',
  owner: 'ana',
  status: 'assessed',
  treatmentOption: 'modify',
  assets: [],
  existingControls: [],
  plannedControls: [],
  inherent: { likelihood: 3, impact: 3 },
  residual: { likelihood: 2, impact: 2 },
  acceptance: null,
  nextReviewDue: '2027-01-01',
  ...over,
});

const risks = [
  risk('R1', { inherent: { likelihood: 4, impact: 5 }, title: 'Ransomware', assets: ['db'] }),
  risk('R2', { inherent: { likelihood: 4, impact: 5 }, owner: 'bob', treatmentOption: null, residual: null }),
  risk('R3', { inherent: { likelihood: 2, impact: 2 }, plannedControls: [{ edition: '2022', id: 'A.8.7' }], nextReviewDue: '2026-01-01' }),
  risk('R4', { acceptance: { acceptedBy: 'ana', ratingAccepted: { likelihood: 3, impact: 3 } } }),
];
const ctx = { method: defaultRiskMethod(), today: '2026-06-15', topManagement: new Set<string>() };
const refs = (query: Record<string, string>) => risks.filter((r) => matchesRiskFilter(r, parseRiskFilter(query), ctx)).map((r) => r.ref);

describe('the risk register filter', () => {
  it.each([
    [{}, ['R1', 'R2', 'R3', 'R4']],
    [{ l: '4', i: '5' }, ['R1', 'R2']],
    [{ stage: 'residual', l: '2', i: '2' }, ['R1', 'R3', 'R4']],
    [{ level: 'very_high' }, ['R1', 'R2']],
    [{ stage: 'residual', level: 'low' }, ['R1', 'R3', 'R4']],
    [{ owner: 'bob' }, ['R2']],
    [{ treatment: 'none' }, ['R2']],
    [{ asset: 'db' }, ['R1']],
    [{ control: 'A.8.7' }, ['R3']],
    [{ due: 'overdue' }, ['R3']],
    [{ acceptance: 'stale' }, ['R4']],
    [{ q: 'ransom' }, ['R1']],
    [{ l: '9' }, ['R1', 'R2', 'R3', 'R4']],
  ])('%o → %o', (query, expected) => {
    expect(refs(query)).toEqual(expected);
  });

  it('round-trips through the URL query, leaving defaults out', () => {
    const q = { stage: 'residual', l: '2', i: '3', owner: 'bob' };
    expect(riskFilterQuery(parseRiskFilter(q))).toEqual(q);
    expect(riskFilterQuery(parseRiskFilter({ stage: 'inherent' }))).toEqual({});
    expect(isFiltered(parseRiskFilter({}))).toBe(false);
    expect(isFiltered(parseRiskFilter({ owner: 'x' }))).toBe(true);
  });
});
