/** The example ISMS as a newcomer loads it: its readiness, and one rule broken on purpose. */
import { describe, expect, it } from 'vitest';
import { readiness } from '../../../../src/lib/domain/readiness/index.ts';
import { addMonths } from '../../../../src/lib/domain/model/dates.ts';
import { exampleInput, patch } from './fixtures.ts';

const TODAY = '2026-03-15';

describe('readiness of the example ISMS', () => {
  const input = exampleInput(TODAY);
  const report = readiness(input);
  const item = (id: string) => report.items.find((i) => i.id === id)!;

  it('evaluates every item, with a figure between nothing and everything', () => {
    expect(report.items.length).toBe(26);
    expect(report.figure.applicable).toBeGreaterThan(20);
    expect(report.figure.pct).toBeGreaterThan(30);
    expect(report.figure.pct).toBeLessThan(100);
  });

  it.each(['R01', 'R02', 'R03', 'R05', 'R12', 'R13', 'R14'])('has %s present and fit', (id) => {
    expect(item(id).present).toBe(true);
    expect(item(id).status).not.toBe('fail');
  });

  it('fails the internal audit once its dates move past 12 months ago, and points to the audits', () => {
    const audit = (input.tables.audits ?? []).find((a) => a.type === 'internal' && a.status === 'closed')!;
    const old = addMonths(TODAY, -13);
    const moved = patch(input, 'audits', audit.id, { plannedDate: old, startDate: old, endDate: old, reportIssuedAt: old });
    const r12 = readiness(moved).items.find((i) => i.id === 'R12')!;
    expect(r12.status).toBe('fail');
    expect(r12.rule).toMatch(/An internal audit was closed within the last 12 months/);
    expect(r12.offenders.map((o) => o.id)).toEqual([audit.id]);
    expect(r12.fix.path).toBe('audits');
    expect(readiness(moved).blockers.map((b) => b.id)).toContain('R12');
  });
});
