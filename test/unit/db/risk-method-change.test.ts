import { beforeEach, describe, expect, it } from 'vitest';
import { IsmsDatabase, type StoredRecord } from '../../../src/lib/db/database.ts';
import { ValidationError } from '../../../src/lib/db/errors.ts';
import { Repository, activeRiskMethod } from '../../../src/lib/db/repository.ts';
import { changeRiskMethod, previewRemap } from '../../../src/lib/db/risk-method-change.ts';
import { Workspaces, newWorkspaceDraft } from '../../../src/lib/db/workspaces.ts';
import { personEntity } from '../../../src/lib/domain/entities/person.ts';
import { type RiskMethodDraft, defaultRiskMethod } from '../../../src/lib/domain/entities/risk-method.ts';
import { riskEntity } from '../../../src/lib/domain/entities/risk.ts';
import { emptyDraft } from '../../../src/lib/domain/model/entity.ts';
import type { Rating } from '../../../src/lib/domain/model/fields.ts';
import { defaultMapping, remapRating } from '../../../src/lib/domain/risk/remap.ts';

let n = 0;
let db: IsmsDatabase;
let repo: Repository;
let ws: string;

const S5 = { likelihood: 5, impact: 5 };
const S4 = { likelihood: 4, impact: 4 };

const scale = (labels: string[]) => labels.map((label, i) => ({ value: i + 1, label, description: `${label}: our own words for this level.` }));

/** A 4×4 product method built by hand: Low 1–3, Medium 4–6, High 8–9, Very high 12–16. */
function method4(version = '2.0'): RiskMethodDraft {
  return {
    ...defaultRiskMethod(),
    version,
    likelihoodScale: scale(['Rare', 'Unlikely', 'Likely', 'Almost certain']),
    impactScale: scale(['Low', 'Medium', 'High', 'Very high']),
    levels: [
      { code: 'low', label: 'Low', colour: '#2e7d32', minScore: 1, maxScore: 3, reviewMonths: 12, acceptedBy: 'risk_owner' },
      { code: 'medium', label: 'Medium', colour: '#f9a825', minScore: 4, maxScore: 6, reviewMonths: 12, acceptedBy: 'risk_owner' },
      { code: 'high', label: 'High', colour: '#ef6c00', minScore: 8, maxScore: 9, reviewMonths: 6, acceptedBy: 'top_management' },
      { code: 'very_high', label: 'Very high', colour: '#c62828', minScore: 12, maxScore: 16, reviewMonths: 3, acceptedBy: 'top_management' },
    ],
    appetite: 'medium',
    approvedAt: '2025-06-01',
  };
}

/** Ratings on the default 5×5 method; the first one maps onto itself under the default 5 → 4 mapping. */
const originals: { title: string; inherent: Rating; residual: Rating | null }[] = [
  { title: 'Unchanged corner', inherent: { likelihood: 1, impact: 1 }, residual: null },
  { title: 'Ransomware', inherent: { likelihood: 5, impact: 5 }, residual: { likelihood: 3, impact: 4 } },
  { title: 'Laptop theft', inherent: { likelihood: 4, impact: 3 }, residual: { likelihood: 2, impact: 3 } },
  { title: 'Supplier outage', inherent: { likelihood: 3, impact: 5 }, residual: null },
  { title: 'Phishing', inherent: { likelihood: 2, impact: 4 }, residual: { likelihood: 1, impact: 2 } },
];

beforeEach(async () => {
  db = new IsmsDatabase(`rmc-${++n}`);
  repo = new Repository(db, () => 'tester');
  ws = (await new Workspaces(db, () => 'tester').create(newWorkspaceDraft('Acme'))).id;
  const owner = await repo.create(personEntity, ws, emptyDraft(personEntity, { name: 'Owner', kind: 'employee', active: true }));
  for (const o of originals)
    await repo.create(
      riskEntity,
      ws,
      emptyDraft(riskEntity, {
        title: o.title,
        kind: 'infosec_risk',
        approach: 'scenario_based',
        description: `${o.title} happens.`,
        owner: owner.id,
        inherent: o.inherent,
        residual: o.residual,
        status: 'assessed',
      }),
    );
});

const risks = async (): Promise<StoredRecord[]> => (await db.records('risks').where({ workspaceId: ws }).toArray()).sort((a, b) => a.ref.localeCompare(b.ref));
const original = (r: StoredRecord) => originals.find((o) => o.title === r['title'])!;
const remapLog = (recordId: string) =>
  db.changeLog
    .where({ workspaceId: ws })
    .filter((e) => e.op === 'remap' && e.recordId === recordId)
    .sortBy('seq');
const methods = async () => (await db.records('riskMethods').where({ workspaceId: ws }).toArray()).sort((a, b) => a.ref.localeCompare(b.ref));

/** Everything a refused change must leave as it was. */
async function snapshot() {
  return { methods: await methods(), risks: await risks(), log: await db.changeLog.where({ workspaceId: ws }).count() };
}

describe('changing the risk method', () => {
  it('(a) re-maps 5×5 ratings onto 4×4 with the default mapping, retires the old method and logs each change once', async () => {
    const oldMethod = await activeRiskMethod(db, ws);
    const mapping = defaultMapping(S5, S4);
    const changed = await changeRiskMethod(db, ws, method4(), mapping, 'tester');
    expect(changed).toBe(originals.length - 1);

    const ms = await methods();
    expect(ms).toHaveLength(2);
    expect(ms.find((m) => m.id === oldMethod!.id)?.['status']).toBe('retired');
    const inForce = await activeRiskMethod(db, ws);
    expect(inForce?.version).toBe('2.0');
    expect(inForce?.status).toBe('approved');

    for (const r of await risks()) {
      const o = original(r);
      expect(r['inherent']).toEqual(remapRating(o.inherent, mapping, S4));
      expect(r['residual']).toEqual(o.residual ? remapRating(o.residual, mapping, S4) : null);
      const log = await remapLog(r.id);
      if (o.title === 'Unchanged corner') {
        expect(log).toHaveLength(0);
        continue;
      }
      expect(log).toHaveLength(1);
      const before = JSON.parse(log[0]!.before) as StoredRecord;
      expect(before['inherent']).toEqual(o.inherent);
      expect(before['residual']).toEqual(o.residual);
      expect(log[0]!.actor).toBe('tester');
    }
    // Spot check of the mapping itself: 5 → 4, 4 → 3, 3 → 3 on both axes.
    const ransomware = (await risks()).find((r) => r['title'] === 'Ransomware')!;
    expect(ransomware['inherent']).toEqual({ likelihood: 4, impact: 4 });
    expect(ransomware['residual']).toEqual({ likelihood: 3, impact: 3 });
  });

  it('(b) maps 4×4 back onto 5×5 and keeps the original ratings in the change log', async () => {
    const down = defaultMapping(S5, S4);
    const up = defaultMapping(S4, S5);
    await changeRiskMethod(db, ws, method4(), down, 'tester');
    await changeRiskMethod(db, ws, { ...defaultRiskMethod(), version: '3.0', approvedAt: '2025-07-01' }, up, 'tester');

    const ms = await methods();
    expect(ms.map((m) => m['status'])).toEqual(['retired', 'retired', 'approved']);
    expect((await activeRiskMethod(db, ws))?.version).toBe('3.0');

    for (const r of await risks()) {
      const o = original(r);
      const twice = (x: Rating) => remapRating(remapRating(x, down, S4), up, S5);
      expect(r['inherent']).toEqual(twice(o.inherent));
      expect(r['residual']).toEqual(o.residual ? twice(o.residual) : null);
      const inh = r['inherent'] as Rating;
      expect(inh.likelihood).toBeLessThanOrEqual(5);
      expect(inh.impact).toBeLessThanOrEqual(5);
      const log = await remapLog(r.id);
      if (log.length === 0) {
        expect(r['inherent']).toEqual(o.inherent);
        continue;
      }
      // The first re-mapping's entry still holds the ratings as first given: nothing is lost.
      const first = JSON.parse(log[0]!.before) as StoredRecord;
      expect(first['inherent']).toEqual(o.inherent);
      expect(first['residual']).toEqual(o.residual);
      expect(JSON.parse(log.at(-1)!.after)['inherent']).toEqual(r['inherent']);
    }
    // 5×5 (3,5) → 4×4 (3,4) → 5×5 (4,5): the round trip is not the identity, which is why the log matters.
    const supplier = (await risks()).find((r) => r['title'] === 'Supplier outage')!;
    expect(supplier['inherent']).toEqual({ likelihood: 4, impact: 5 });
    expect(await remapLog(supplier.id)).toHaveLength(2);
  });

  it('(c) refuses an invalid method (overlapping bands) and changes nothing', async () => {
    const before = await snapshot();
    const bad = method4();
    bad.levels[1] = { ...bad.levels[1]!, maxScore: 8 };
    const err = await changeRiskMethod(db, ws, bad, defaultMapping(S5, S4), 'tester').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).issues.map((i) => i.message)).toContain('Levels overlap at the score 8.');
    expect(await snapshot()).toEqual(before);
    expect((await activeRiskMethod(db, ws))?.version).toBe('1.0');
  });

  it('(d) refuses a mapping that sends an old value outside the new scale, and changes nothing', async () => {
    const before = await snapshot();
    const mapping = defaultMapping(S5, S4);
    mapping.likelihood[5] = 5;
    const err = await changeRiskMethod(db, ws, method4(), mapping, 'tester').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).issues[0]).toMatchObject({ field: 'mapping', message: 'Old likelihood 5 must map to a value from 1 to 4.' });
    expect(await snapshot()).toEqual(before);
  });

  it('(e) previews every risk before and after without writing anything', async () => {
    const before = await snapshot();
    const mapping = defaultMapping(S5, S4);
    const rows = await previewRemap(db, ws, method4(), mapping);
    expect(rows).toHaveLength(originals.length);
    expect(rows.map((r) => r.ref)).toEqual(before.risks.map((r) => r.ref));
    for (const row of rows) {
      const o = originals.find((x) => x.title === row.title)!;
      expect(row.before).toEqual({ inherent: o.inherent, residual: o.residual });
      expect(row.after).toEqual({
        inherent: remapRating(o.inherent, mapping, S4),
        residual: o.residual ? remapRating(o.residual, mapping, S4) : null,
      });
    }
    expect(await snapshot()).toEqual(before);
  });
});
