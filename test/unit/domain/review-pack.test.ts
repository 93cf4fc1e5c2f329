import { describe, expect, it } from 'vitest';
import { entityByTable } from '../../../src/lib/domain/entities/index.ts';
import type { RiskMethodDraft } from '../../../src/lib/domain/entities/risk-method.ts';
import { exampleIsms } from '../../../src/lib/domain/example/index.ts';
import { addDays, addMonths } from '../../../src/lib/domain/model/dates.ts';
import { draftOf } from '../../../src/lib/domain/model/entity.ts';
import { type PackTables, buildReviewPack, reviewInputClause, reviewInputCodes } from '../../../src/lib/domain/review-pack.ts';
import { ragOf } from '../../../src/lib/domain/review/performance.ts';

const TODAY = '2026-06-15';
const OLD = '2024-01-01T09:00:00.000Z';

type Tables = { -readonly [K in keyof PackTables]-?: PackTables[K] };

/** The example ISMS as stored records: ids are the example's keys, so links resolve; nothing changed recently. */
function exampleTables(today = TODAY): Tables {
  const data = exampleIsms(today);
  const out: Record<string, unknown[]> = {};
  for (const [table, rows] of Object.entries(data.tables)) {
    const def = entityByTable(table);
    out[table] = rows.map((r, i) => ({
      ...draftOf(def, r.values), id: r.key, workspaceId: 'ws', ref: `${def.refPrefix}-${String(i + 1).padStart(3, '0')}`, createdAt: OLD, updatedAt: OLD, rev: 1,
    }));
  }
  const method = data.tables['riskMethods']![0]!.values as unknown as RiskMethodDraft;
  return { ...(out as unknown as Tables), riskMethod: method };
}

function pack(tables: Partial<PackTables>, opts: { edition?: '2013' | '2022'; reviewId?: string | null } = {}) {
  return buildReviewPack({ edition: opts.edition ?? '2022', today: TODAY, reviewId: opts.reviewId ?? null, climateChangeRelevant: 'yes', tables });
}
const input = (p: ReturnType<typeof pack>, code: string) => {
  const i = p.inputs.find((x) => x.code === code);
  if (!i) throw new Error(`no input ${code}`);
  return i;
};

describe('inputs by edition', () => {
  it('asks for ten inputs in 2022, with the changes of interested parties as c', () => {
    expect(reviewInputCodes('2022')).toHaveLength(10);
    expect(reviewInputClause('2022', 'ip_changes')).toBe('9.3.2 c');
    expect(reviewInputClause('2022', 'risk_status')).toBe('9.3.2 f');
  });

  it('asks for nine in 2013, without the changes of interested parties', () => {
    expect(reviewInputCodes('2013')).not.toContain('ip_changes');
    expect(reviewInputCodes('2013')).toHaveLength(9);
    expect(reviewInputClause('2013', 'improvement_opps')).toBe('9.3 f');
    expect(pack(exampleTables(), { edition: '2013' }).inputs.map((i) => i.code)).toEqual(reviewInputCodes('2013'));
  });
});

describe('the period', () => {
  it('counts from the last review held before today', () => {
    const t = exampleTables();
    const p = pack(t);
    expect(p.previous).toEqual({ ref: 'MR-001', date: addMonths(TODAY, -2) });
    expect(p.since).toBe(addMonths(TODAY, -2));
  });

  it('looks back a year for a first review, and does not count the review being prepared', () => {
    const t = exampleTables();
    const p = pack(t, { reviewId: 'mr-annual' });
    expect(p.previous).toBeNull();
    expect(p.since).toBe('2025-06-15');
  });
});

describe('prev_actions', () => {
  it('lists the actions of earlier reviews with their status and flags the overdue ones', () => {
    const i = input(pack(exampleTables()), 'prev_actions');
    expect(i.summary).toBe('5 actions from 1 earlier review: 1 done, 4 open; 1 open past its due date.');
    expect(i.attention).toBe(1);
    expect(i.table?.rows.filter((r) => r[4] === 'open, overdue')).toHaveLength(1);
    expect(i.table?.rows[0]?.[2]).toBe('Helen Marsh');
  });

  it('says so for a first review', () => {
    const i = input(pack(exampleTables(), { reviewId: 'mr-annual' }), 'prev_actions');
    expect(i.summary).toMatch(/first management review/);
    expect(i.table).toBeNull();
  });
});

describe('issues_changes', () => {
  it('lists issues created or changed since the last review and the climate decision', () => {
    const t = exampleTables();
    const changed = t.contextIssues[0]!;
    t.contextIssues = [{ ...changed, updatedAt: `${addDays(TODAY, -3)}T10:00:00.000Z` }, { ...t.contextIssues[1]!, createdAt: `${addDays(TODAY, -5)}T10:00:00.000Z`, updatedAt: `${addDays(TODAY, -5)}T10:00:00.000Z` }, ...t.contextIssues.slice(2)];
    const i = input(pack(t), 'issues_changes');
    expect(i.summary).toMatch(/^1 new, 1 changed issues since the last review/);
    expect(i.table?.rows.map((r) => r[5])).toEqual(['changed', 'new']);
    expect(i.facts[1]).toMatch(/Climate change is decided relevant \(1 climate-related issue\)/);
  });

  it('asks for the climate decision when it has not been made', () => {
    const i = input(buildReviewPack({ edition: '2022', today: TODAY, climateChangeRelevant: 'not_assessed', tables: exampleTables() }), 'issues_changes');
    expect(i.summary).toMatch(/^No issues since/);
    expect(i.facts[1]).toMatch(/not been assessed/);
    expect(i.attention).toBe(1);
  });
});

describe('ip_changes', () => {
  it('counts requirements by whether the ISMS addresses them, and lists changed ones', () => {
    const t = exampleTables();
    t.requirements = t.requirements.map((r, n) => (n === 0 ? { ...r, updatedAt: `${addDays(TODAY, -1)}T08:00:00.000Z` } : r));
    const i = input(pack(t), 'ip_changes');
    expect(i.summary).toMatch(/0 interested parties and 1 requirement new or changed since the last review/);
    expect(i.summary).toMatch(/10 fully addressed, 2 partly addressed, 1 not addressed through the ISMS/);
    expect(i.table?.rows).toHaveLength(1);
    expect(i.attention).toBe(0);
  });
});

describe('perf_nc', () => {
  it('counts open nonconformities, their age and the overdue ones', () => {
    const t = exampleTables();
    const i = input(pack(t), 'perf_nc');
    expect(i.summary).toMatch(/^2 open nonconformities, on average \d+ days old; 0 past their due date\.$/);
    t.nonconformities = t.nonconformities.map((n) => (n.status === 'verifying' ? { ...n, dueDate: addDays(TODAY, -1) } : n));
    expect(input(pack(t), 'perf_nc').attention).toBe(1);
  });

  it('reports the effectiveness checks of corrective actions and repeats', () => {
    const t = exampleTables();
    const i = input(pack(t), 'perf_nc');
    expect(i.facts[1]).toBe('Corrective action checks: 2 effective.');
    expect(i.facts[2]).toMatch(/No repeat/);
    const first = t.nonconformities[0]!;
    t.nonconformities = [...t.nonconformities, { ...first, id: 'nc-again', ref: 'NC-009', detectedAt: addDays(TODAY, -10), status: 'open', closedAt: null }];
    expect(input(pack(t), 'perf_nc').facts[2]).toMatch(/^2 nonconformities on a requirement that had another/);
  });
});

describe('perf_metrics', () => {
  it('colours the latest result of each active metric', () => {
    const i = input(pack(exampleTables()), 'perf_metrics');
    expect(i.summary).toBe('6 active metrics: 4 green, 2 amber.');
    const phishing = i.table?.rows.find((r) => r[0] === 'Phishing simulation click rate');
    expect(phishing?.slice(1, 5)).toEqual(['4.8%', '5%', 'green', 'better']);
  });

  it('counts a metric with no measurement as needing attention', () => {
    const t = exampleTables();
    t.measurements = t.measurements.filter((m) => m.metric !== 'met-restore');
    const i = input(pack(t), 'perf_metrics');
    expect(i.summary).toMatch(/1 without any measurement/);
    expect(i.attention).toBe(1);
  });

  it.each([
    [{ direction: 'up', thresholdGreen: 95, thresholdAmber: 85 }, 95, 'green'],
    [{ direction: 'up', thresholdGreen: 95, thresholdAmber: 85 }, 85, 'amber'],
    [{ direction: 'up', thresholdGreen: 95, thresholdAmber: 85 }, 84.9, 'red'],
    [{ direction: 'down', thresholdGreen: 5, thresholdAmber: 10 }, 10, 'amber'],
    [{ direction: 'down', thresholdGreen: 5, thresholdAmber: null }, 6, 'red'],
    [{ direction: null, thresholdGreen: 5, thresholdAmber: 10 }, 1, null],
  ] as const)('ragOf %o at %d is %s', (m, v, want) => {
    expect(ragOf(m, v)).toBe(want);
  });
});

describe('perf_audits', () => {
  it('lists audits in the period with their findings by type', () => {
    const i = input(pack(exampleTables(), { reviewId: 'mr-annual' }), 'perf_audits');
    expect(i.summary).toBe('1 audit in the last twelve months, with 5 findings: 2 minor nonconformity, 1 observation, 1 opportunity for improvement, 1 good practice.');
    expect(i.attention).toBe(0);
  });

  it('asks for attention when no audit was held in the period', () => {
    const i = input(pack(exampleTables()), 'perf_audits');
    expect(i.summary).toBe('No audit since the last review.');
    expect(i.attention).toBe(1);
  });
});

describe('perf_objectives', () => {
  it('counts objectives by status and lists their target and owner', () => {
    const i = input(pack(exampleTables()), 'perf_objectives');
    expect(i.summary).toBe('5 objectives: 1 achieved, 3 on track, 1 at risk.');
    expect(i.attention).toBe(1);
    expect(i.table?.rows[0]?.slice(2, 3)).toEqual(['5 %']);
  });
});

describe('ip_feedback', () => {
  it('lists requirements not fully met and counts complaints', () => {
    const t = exampleTables();
    const i = input(pack(t), 'ip_feedback');
    expect(i.summary).toMatch(/^0 complaints recorded since the last review \(2026-04-15\); 3 requirements of interested parties only partly or not met/);
    t.nonconformities = t.nonconformities.map((n, k) => (k === 0 ? { ...n, source: 'complaint', detectedAt: addDays(TODAY, -3) } : n));
    expect(input(pack(t), 'ip_feedback').summary).toMatch(/^1 complaint recorded/);
  });
});

describe('risk_status', () => {
  it('reports risks above appetite, overdue treatment actions and overdue reviews', () => {
    const i = input(pack(exampleTables()), 'risk_status');
    expect(i.summary).toMatch(/^40 open risks: \d+ above appetite before treatment, \d+ after planned treatment/);
    expect(i.summary).toMatch(/1 overdue; 1 risk review overdue\.$/);
    expect(i.facts).toEqual([]);
    expect(i.attention).toBe(2);
  });

  it('says when no risk method is approved', () => {
    const t = exampleTables();
    const i = input(pack({ ...t, riskMethod: null }), 'risk_status');
    expect(i.facts[0]).toMatch(/No approved risk method/);
    expect(i.summary).toMatch(/0 above appetite before treatment/);
  });
});

describe('improvement_opps', () => {
  it('lists open improvements and audit observations not taken up', () => {
    const i = input(pack(exampleTables()), 'improvement_opps');
    expect(i.summary).toBe('2 improvements open (1 accepted, 1 in progress); 1 improvement implemented and reviewed since the last review (2026-04-15); 1 audit observation or opportunity not yet taken up.');
    expect(i.table?.rows.map((r) => r[2])).toEqual(['in progress', 'accepted', 'audit observation']);
  });
});
