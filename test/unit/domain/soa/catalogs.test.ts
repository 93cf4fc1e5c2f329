import { describe, expect, it } from 'vitest';
import { annexA2013, annexA2022, clauses, mapping2013to2022 } from '../../../../src/lib/domain/catalogs/index.ts';

describe('Annex A catalogues', () => {
  it('2022 has 93 controls in four themes of 37, 8, 14 and 34, each with its five attribute dimensions', () => {
    expect(annexA2022).toHaveLength(93);
    const byTheme: Record<string, number> = {};
    for (const c of annexA2022) byTheme[c.theme] = (byTheme[c.theme] ?? 0) + 1;
    expect(byTheme).toEqual({ '5': 37, '6': 8, '7': 14, '8': 34 });
    for (const c of annexA2022) {
      expect(c.attributes.controlType.length, c.id).toBeGreaterThan(0);
      expect(c.attributes.securityDomains.length, c.id).toBeGreaterThan(0);
    }
  });

  it('2013 has 114 controls in 14 clauses and 35 objectives', () => {
    expect(annexA2013).toHaveLength(114);
    expect(new Set(annexA2013.map((c) => c.clause)).size).toBe(14);
    expect(new Set(annexA2013.map((c) => c.objective)).size).toBe(35);
  });

  it('maps every 2013 control to 2022, with 11 new controls and A.18.2.3 feeding two', () => {
    const fed = new Set(mapping2013to2022.flatMap((m) => m.from2013));
    for (const c of annexA2013) expect(fed.has(c.id), c.id).toBe(true);
    const added = mapping2013to2022.filter((m) => m.new2022).map((m) => m.id2022);
    expect(added.toSorted()).toEqual(['A.5.23', 'A.5.30', 'A.5.7', 'A.7.4', 'A.8.10', 'A.8.11', 'A.8.12', 'A.8.16', 'A.8.23', 'A.8.28', 'A.8.9'].toSorted());
    expect(mapping2013to2022.filter((m) => m.from2013.includes('A.18.2.3')).map((m) => m.id2022).toSorted()).toEqual(['A.5.36', 'A.8.8']);
    expect(mapping2013to2022).toHaveLength(93);
  });

  it('holds the clauses 4 to 10 of both editions', () => {
    for (const ed of ['2013', '2022'] as const) {
      const top = clauses.editions[ed].filter((c) => c.level === 1).map((c) => c.id);
      expect(top, ed).toEqual(expect.arrayContaining(['4', '5', '6', '7', '8', '9', '10']));
    }
  });
});
