import { describe, expect, it } from 'vitest';
import { soaEntryEntity, type SoaEntryDraft } from '../../../../src/lib/domain/entities/soa-entry.ts';
import { emptyDraft } from '../../../../src/lib/domain/model/entity.ts';
import { planTransition, repointControls } from '../../../../src/lib/domain/soa/transition.ts';

const row = (id: string, over: Partial<SoaEntryDraft> = {}): SoaEntryDraft =>
  emptyDraft(soaEntryEntity, { control: [{ edition: '2013', id }], applicable: 'undecided', ...over });
const find = (rows: ReturnType<typeof planTransition>, id: string) => rows.find((r) => r.control.id === id)!;

describe('planTransition', () => {
  it('proposes one row per 2022 control; the 11 new ones undecided and flagged new', () => {
    const rows = planTransition([]);
    expect(rows).toHaveLength(93);
    expect(rows.filter((r) => r.isNew)).toHaveLength(11);
    expect(rows.every((r) => r.draft.applicable === 'undecided' && r.draft.pendingReview)).toBe(true);
  });

  it('is applicable when any source was, excluded only when all were', () => {
    // A.5.15 access control replaces A.9.1.1 and A.9.1.2.
    const yes = find(planTransition([row('A.9.1.1', { applicable: 'no', exclusionJustification: 'x' }), row('A.9.1.2', { applicable: 'yes', reasons: ['RT'] })]), 'A.5.15');
    expect(yes.draft.applicable).toBe('yes');
    expect(yes.draft.reasons).toEqual(['RT']);
    const no = find(planTransition([row('A.9.1.1', { applicable: 'no' }), row('A.9.1.2', { applicable: 'no' })]), 'A.5.15');
    expect(no.draft.applicable).toBe('no');
    expect(no.draft.reasons).toEqual([]);
    const partial = find(planTransition([row('A.9.1.1', { applicable: 'no' })]), 'A.5.15');
    expect(partial.draft.applicable).toBe('undecided');
  });

  it('takes the least advanced status of the sources that apply', () => {
    const r = find(
      planTransition([
        row('A.9.1.1', { applicable: 'yes', implementationStatus: 'implemented' }),
        row('A.9.1.2', { applicable: 'yes', implementationStatus: 'planned' }),
      ]),
      'A.5.15',
    );
    expect(r.draft.implementationStatus).toBe('planned');
  });

  it('merges texts and evidence, each attributed to its 2013 control, and unites links', () => {
    const r = find(
      planTransition([
        row('A.9.1.1', { applicable: 'yes', inclusionJustification: 'Policy needed.', evidence: ['Policy v2'], risks: ['r1'], documents: ['d1'], owner: 'p1' }),
        row('A.9.1.2', { applicable: 'yes', inclusionJustification: 'Network rules.', implementationNote: 'Firewall', risks: ['r1', 'r2'], owner: 'p2' }),
      ]),
      'A.5.15',
    );
    expect(r.sources).toEqual(['A.9.1.1', 'A.9.1.2']);
    expect(r.draft.inclusionJustification).toBe('[A.9.1.1] Policy needed.\n[A.9.1.2] Network rules.');
    expect(r.draft.implementationNote).toBe('[A.9.1.2] Firewall');
    expect(r.draft.evidence).toEqual(['[A.9.1.1] Policy v2']);
    expect(r.draft.risks).toEqual(['r1', 'r2']);
    expect(r.draft.documents).toEqual(['d1']);
    expect(r.draft.owner).toBe('p1');
  });

  it('feeds A.18.2.3 into both A.5.36 and A.8.8, keeping every exclusion justification', () => {
    const rows = planTransition([row('A.18.2.3', { applicable: 'no', exclusionJustification: 'Reviewed by the group.' })]);
    expect(find(rows, 'A.5.36').draft.exclusionJustification).toContain('[A.18.2.3] Reviewed by the group.');
    expect(find(rows, 'A.8.8').draft.exclusionJustification).toContain('[A.18.2.3] Reviewed by the group.');
  });
});

describe('repointControls', () => {
  it('replaces 2013 controls by their successors without duplicates, and keeps the others', () => {
    expect(
      repointControls([
        { edition: '2013', id: 'A.9.1.1' },
        { edition: '2013', id: 'A.9.1.2' },
        { edition: '2022', id: 'A.8.1' },
        { edition: 'custom', id: 'X.1' },
      ]),
    ).toEqual([
      { edition: '2022', id: 'A.5.15' },
      { edition: '2022', id: 'A.8.1' },
      { edition: 'custom', id: 'X.1' },
    ]);
  });
});
