import { describe, expect, it } from 'vitest';
import { dashboardSummary, firstSteps, type DashboardInput } from '../../../src/lib/domain/dashboard.ts';
import { defaultRiskMethod } from '../../../src/lib/domain/entities/risk-method.ts';

const base: DashboardInput = {
  today: '2026-06-15',
  method: defaultRiskMethod(),
  risks: [],
  actions: [],
  documents: [],
  soaEntries: [],
  nonconformities: [],
  objectives: [],
  audits: [],
  reviews: [],
};

describe('dashboardSummary', () => {
  it('counts risks above appetite on their residual rating, and undecided ones on their inherent rating', () => {
    const s = dashboardSummary({
      ...base,
      risks: [
        { status: 'assessed', inherent: { likelihood: 5, impact: 5 }, residual: null, treatmentOption: null, nextReviewDue: '2026-07-01' },
        { status: 'in_treatment', inherent: { likelihood: 4, impact: 4 }, residual: { likelihood: 2, impact: 2 }, treatmentOption: 'modify', nextReviewDue: '2026-06-01' },
        { status: 'closed', inherent: { likelihood: 5, impact: 5 }, residual: null, treatmentOption: null, nextReviewDue: '2020-01-01' },
      ],
    });
    expect(s.risks).toEqual({ total: 2, aboveAppetite: 1, undecidedAboveAppetite: 1, reviewOverdue: 1 });
    expect(s.attention.map((a) => a.text)).toEqual(['1 risk above appetite has no treatment decision.', '1 risk is past its review date.']);
  });

  it('computes overdue actions, SoA implementation and the latest audit and review', () => {
    const s = dashboardSummary({
      ...base,
      actions: [
        { status: 'planned', dueDate: '2026-06-14' },
        { status: 'in_progress', dueDate: '2026-06-15' },
        { status: 'done', dueDate: '2026-01-01' },
      ],
      soaEntries: [
        { applicable: 'yes', implementationStatus: 'implemented' },
        { applicable: 'yes', implementationStatus: 'planned' },
        { applicable: 'yes', implementationStatus: 'implemented' },
        { applicable: 'no', implementationStatus: 'not_implemented' },
      ],
      audits: [
        { status: 'closed', endDate: '2026-03-10' },
        { status: 'planned', endDate: '2026-09-01' },
      ],
      reviews: [{ status: 'held', date: '2026-04-02' }],
    });
    expect(s.actions).toEqual({ open: 2, overdue: 1, done: 1 });
    expect(s.soa).toEqual({ total: 4, applicable: 3, implemented: 2, implementedPct: 67 });
    expect(s.lastAudit).toBe('2026-03-10');
    expect(s.lastReview).toBe('2026-04-02');
    expect(s.attention.map((a) => a.path)).toEqual(['treatment']);
  });

  it('has nothing to flag for an empty workspace', () => {
    const s = dashboardSummary(base);
    expect(s.attention).toEqual([]);
    expect(s.soa.implementedPct).toBe(0);
    expect(s.lastAudit).toBeNull();
  });
});

describe('firstSteps', () => {
  it('marks each step done when its register has records, in the order of the standard', () => {
    const steps = firstSteps({ scopes: 1, risks: 3 });
    expect(steps.map((s) => s.clause)).toEqual(['4.3', '4.1', '4.2', '5.3', '6.1.2', '6.1.2', '6.1.3 d']);
    expect(steps.filter((s) => s.done).map((s) => s.table)).toEqual(['scopes', 'risks']);
  });

  it('leaves "identify and rate the risks" open while every risk is an unrated draft', () => {
    expect(firstSteps({ risks: 3 }, 0).find((s) => s.table === 'risks')!.done).toBe(false);
    expect(firstSteps({ risks: 3 }, 1).find((s) => s.table === 'risks')!.done).toBe(true);
  });
});
