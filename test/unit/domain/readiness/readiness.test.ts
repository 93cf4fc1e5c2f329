import { describe, expect, it } from 'vitest';
import { BLOCKING_ITEMS, readiness, readinessFigure } from '../../../../src/lib/domain/readiness/index.ts';
import { withinMonths } from '../../../../src/lib/domain/readiness/helpers.ts';
import { thresholdsFrom, READINESS_DEFAULTS } from '../../../../src/lib/domain/readiness/thresholds.ts';
import type { ReadinessItem } from '../../../../src/lib/domain/readiness/types.ts';
import { emptyInput } from './fixtures.ts';
import { goodInput } from './good-workspace.ts';

const ids = ['R01', 'R02', 'R03', 'R04', 'R04a', 'R04b', 'R05', 'R06', 'R07', 'R08', 'R09', 'R10', 'R11', 'R12', 'R13', 'R14', 'R15'];

describe('readiness report', () => {
  it('lists every item of DOMAIN section 6 in order, R15 followed by one sub-item per Annex A document', () => {
    const r = readiness(goodInput());
    expect(r.items.filter((i) => !i.parent || i.parent === 'R04').map((i) => i.id)).toEqual(ids);
    expect(r.items.filter((i) => i.parent === 'R15').map((i) => i.id)).toEqual([
      'R15.acceptable-use',
      'R15.access-control',
      'R15.operating-procedures',
      'R15.confidentiality',
      'R15.secure-engineering',
      'R15.supplier-policy',
      'R15.incident',
      'R15.legal-register',
      'R15.continuity',
    ]);
  });

  it.each([...ids, 'R15.incident', 'GP.assets', 'GP.awareness'])('%s passes in a workspace that meets every rule, with every rule met', (id) => {
    const r = readiness(goodInput());
    const item = [...r.items, ...r.goodPractice].find((i) => i.id === id)!;
    expect(item.status).toBe('pass');
    expect(item.present && item.fit).toBe(true);
    expect(item.checks.every((c) => c.ok)).toBe(true);
    expect(item.offenders).toEqual([]);
  });

  it('gives 100% and no blocker when every rule is met', () => {
    const r = readiness(goodInput());
    expect(r.figure).toMatchObject({ pct: 100, failed: 0, warned: 0 });
    expect(r.figure.applicable).toBe(r.items.length - 1);
    expect(r.blockers).toEqual([]);
    expect(r.goodPractice.every((i) => i.status === 'pass')).toBe(true);
  });

  it('marks every item missing in an empty workspace, and lists the blocking ones as blockers', () => {
    const r = readiness(emptyInput());
    const main = r.items.filter((i) => i.id !== 'R15' && i.status !== 'n/a');
    expect(main.every((i) => i.status === 'fail' && !i.present && !i.fit)).toBe(true);
    expect(main.every((i) => i.rule.startsWith('Missing:'))).toBe(true);
    expect(r.blockers.map((b) => b.id).sort()).toEqual([...BLOCKING_ITEMS].sort());
    expect(r.figure.pct).toBe(0);
    // Good practice never fails: a missing item only warns.
    expect(r.goodPractice.every((i) => i.status === 'warn' || i.status === 'n/a')).toBe(true);
  });

  it('every failing item names where to fix it', () => {
    for (const i of readiness(emptyInput()).items) {
      expect(i.fix.path, i.id).toMatch(/^[a-z-]+$/);
      expect(i.fix.label, i.id).not.toBe('');
    }
  });

  it('counts passed items over applicable ones, the R15 summary aside', () => {
    const item = (id: string, status: ReadinessItem['status']) => ({ id, status }) as ReadinessItem;
    const f = readinessFigure([item('R01', 'pass'), item('R02', 'warn'), item('R03', 'fail'), item('R15', 'fail'), item('R15.a', 'pass'), item('R15.b', 'n/a')]);
    expect(f).toEqual({ passed: 2, warned: 1, failed: 1, applicable: 4, pct: 50 });
    expect(readinessFigure([]).pct).toBe(0);
  });
});

describe('12-month windows', () => {
  it.each([
    ['2025-03-15', '2026-03-15', true],
    ['2025-03-14', '2026-03-15', false],
    ['2026-03-15', '2026-03-15', true],
    ['2026-03-16', '2026-03-15', false],
    // The end of a shorter month: 12 months before 31 March is 31 March; before 28 Feb 2025 is 28 Feb 2024.
    ['2025-03-31', '2026-03-31', true],
    ['2025-03-30', '2026-03-31', false],
    ['2024-02-28', '2025-02-28', true],
    ['2024-02-27', '2025-02-28', false],
  ])('%s is within 12 months of %s: %s', (date, today, inside) => {
    expect(withinMonths(date, today, 12)).toBe(inside);
  });

  it('treats a missing date as outside', () => {
    expect(withinMonths(null, '2026-03-15', 12)).toBe(false);
  });
});

describe('thresholds', () => {
  it('take the workspace settings where they exist and the defaults elsewhere', () => {
    const t = thresholdsFrom({ auditIntervalMonths: 6, awarenessTargetPct: 80 });
    expect(t.auditMonths).toBe(6);
    expect(t.awarenessPct).toBe(80);
    expect(t.reviewMonths).toBe(12);
    expect(t.recurringDonePct).toBe(READINESS_DEFAULTS.recurringDonePct);
    expect(thresholdsFrom(null).dueSoonDays).toBe(30);
  });
});
