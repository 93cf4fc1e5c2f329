import { describe, expect, it } from 'vitest';
import { soaEntryEntity, type SoaEntryDraft } from '../../../../src/lib/domain/entities/soa-entry.ts';
import { emptyDraft } from '../../../../src/lib/domain/model/entity.ts';
import { soaControls } from '../../../../src/lib/domain/soa/controls.ts';
import { soaSummary } from '../../../../src/lib/domain/soa/summary.ts';
import { diffSnapshots, lastApproved, nextVersion, snapshotOf, type Names } from '../../../../src/lib/domain/soa/versions.ts';

const row = (id: string, over: Partial<SoaEntryDraft> = {}): SoaEntryDraft =>
  emptyDraft(soaEntryEntity, { control: [{ edition: '2022', id }], applicable: 'undecided', ...over });
const names: Names = { person: (id) => `Person ${id}`, risk: (id) => `RSK ${id}`, requirement: (id) => id, document: (id) => id };
const controls = soaControls('2022', [{ controlId: 'CLD.1', title: 'Tenant isolation', source: 'Cloud security', mapsTo: [] }]);

describe('soaSummary', () => {
  it('counts every control of the edition, custom controls apart, and missing rows as undecided', () => {
    const s = soaSummary(controls, [
      row('A.5.1', { applicable: 'yes', implementationStatus: 'implemented' }),
      row('A.5.2', { applicable: 'yes', implementationStatus: 'partially_implemented' }),
      row('A.6.1', { applicable: 'yes', implementationStatus: 'planned' }),
      row('A.7.1', { applicable: 'yes', implementationStatus: null }),
      row('A.8.1', { applicable: 'no', exclusionJustification: 'x' }),
      { ...row('CLD.1', { applicable: 'yes', implementationStatus: 'not_implemented' }), control: [{ edition: 'custom', id: 'CLD.1' }] },
    ]);
    expect(s.total.total).toBe(94);
    expect(s.annexA).toMatchObject({ total: 93, applicable: 4, excluded: 1, undecided: 88, implemented: 1, partially: 1, planned: 1, notAssessed: 1, pctImplemented: 25 });
    expect(s.custom).toMatchObject({ total: 1, applicable: 1, notImplemented: 1, pctImplemented: 0 });
    expect(s.missing).toHaveLength(88);
    expect(s.byGroup.map((g) => [g.group, g.counts.total])).toEqual([
      ['5 Organizational controls', 37],
      ['6 People controls', 8],
      ['7 Physical controls', 14],
      ['8 Technological controls', 34],
      ['Cloud security', 1],
    ]);
  });
});

describe('versions', () => {
  it('numbers 1.0, then 1.1, or 2.0 for a major change', () => {
    expect(nextVersion([])).toBe('1.0');
    const v = [
      { version: '1.0', status: 'approved' as const, approvedAt: '2025-01-01', edition: '2022' as const },
      { version: '1.9', status: 'approved' as const, approvedAt: '2025-06-01', edition: '2022' as const },
      { version: '1.10', status: 'archived' as const, approvedAt: null, edition: '2022' as const },
    ];
    expect(nextVersion(v)).toBe('1.11');
    expect(nextVersion(v, true)).toBe('2.0');
    expect(lastApproved(v)?.version).toBe('1.9');
  });

  it('snapshots rows in catalogue order with links as names', () => {
    const snap = snapshotOf(controls, [row('A.5.2', { owner: 'p1', risks: ['r1'] }), row('A.5.1')], names);
    expect(snap.map((e) => e.control[0]?.id)).toEqual(['A.5.1', 'A.5.2']);
    expect(snap[1]).toMatchObject({ owner: 'Person p1', risks: ['RSK r1'], title: 'Information security roles and responsibilities' });
  });

  it('compares two versions control by control', () => {
    const v1 = snapshotOf(controls, [row('A.5.1', { applicable: 'yes', reasons: ['BP'] }), row('A.5.2'), row('A.5.3', { applicable: 'yes' })], names);
    const v2 = snapshotOf(
      controls,
      [
        row('A.5.1', { applicable: 'yes', reasons: ['BP', 'RT'], risks: ['r9'], implementationStatus: 'implemented' }),
        row('A.5.2'),
        row('A.5.4', { applicable: 'no', exclusionJustification: 'No such function here.' }),
      ],
      names,
    );
    const d = diffSnapshots(v1, v2);
    expect(d.map((r) => [r.id, r.change])).toEqual([
      ['A.5.1', 'changed'],
      ['A.5.4', 'added'],
      ['A.5.3', 'removed'],
    ]);
    expect(d[0]?.fields).toEqual([
      { field: 'reasons', label: 'Reasons for inclusion', before: 'Business or good practice', after: 'Business or good practice; Risk treatment' },
      { field: 'implementationStatus', label: 'Implementation', before: '', after: 'Implemented' },
      { field: 'risks', label: 'Risks', before: '', after: 'RSK r9' },
    ]);
    expect(diffSnapshots(v2, v2)).toEqual([]);
  });
});
