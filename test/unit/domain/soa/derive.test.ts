import { describe, expect, it } from 'vitest';
import { soaEntryEntity, type SoaEntryDraft } from '../../../../src/lib/domain/entities/soa-entry.ts';
import { emptyDraft } from '../../../../src/lib/domain/model/entity.ts';
import type { ControlRef } from '../../../../src/lib/domain/model/fields.ts';
import { applyProposal, deriveProposals, proposalMet, type DeriveInput, type RiskLike } from '../../../../src/lib/domain/soa/derive.ts';
import { entryFlags } from '../../../../src/lib/domain/soa/flags.ts';

const c22 = (id: string): ControlRef => ({ edition: '2022', id });
const risk = (id: string, option: string | null, planned: ControlRef[] = [], existing: ControlRef[] = [], status = 'assessed'): RiskLike => ({
  id,
  treatmentOption: option,
  plannedControls: planned,
  existingControls: existing,
  status,
});
const input = (over: Partial<DeriveInput>): DeriveInput => ({ edition: '2022', risks: [], actions: [], requirements: [], customControls: [], ...over });
const row = (id: string, over: Partial<SoaEntryDraft> = {}): SoaEntryDraft => emptyDraft(soaEntryEntity, { control: [c22(id)], applicable: 'undecided', ...over });

describe('deriveProposals', () => {
  it.each([
    ['modify', true],
    ['share', true],
    ['avoid', true],
    ['retain', false],
    [null, false],
  ])('a risk treated by %s proposes its controls: %s', (option, proposed) => {
    const p = deriveProposals(input({ risks: [risk('r1', option, [c22('A.8.13')])] }));
    expect(p.has('2022:A.8.13')).toBe(proposed);
  });

  it('gathers planned, existing and action controls of every treating risk, once per risk', () => {
    const p = deriveProposals(
      input({
        risks: [risk('r1', 'modify', [c22('A.8.13')], [c22('A.5.15')]), risk('r2', 'share', [c22('A.8.13')])],
        actions: [
          { id: 'a1', risks: ['r1'], controls: [c22('A.8.7'), c22('A.8.13')], status: 'planned' },
          { id: 'a2', risks: ['r2'], controls: [c22('A.8.8')], status: 'cancelled' },
        ],
      }),
    );
    expect(p.get('2022:A.8.13')?.risks.toSorted()).toEqual(['r1', 'r2']);
    expect(p.get('2022:A.5.15')?.risks).toEqual(['r1']);
    expect(p.get('2022:A.8.7')?.risks).toEqual(['r1']);
    expect(p.has('2022:A.8.8')).toBe(false);
  });

  it('ignores closed risks and controls of the other edition', () => {
    const p = deriveProposals(input({ risks: [risk('r1', 'modify', [c22('A.8.1')], [], 'closed'), risk('r2', 'modify', [{ edition: '2013', id: 'A.12.3.1' }])] }));
    expect(p.size).toBe(0);
  });

  it('lets a custom control propose itself and the Annex A controls it maps to', () => {
    const p = deriveProposals(
      input({
        risks: [risk('r1', 'modify', [{ edition: 'custom', id: 'CLD.1' }])],
        customControls: [{ controlId: 'CLD.1', title: 'Tenant isolation', source: 'Cloud', mapsTo: [c22('A.5.23')] }],
      }),
    );
    expect(p.get('custom:CLD.1')?.risks).toEqual(['r1']);
    expect(p.get('2022:A.5.23')?.risks).toEqual(['r1']);
  });

  it('turns requirements addressed through the ISMS into legal or contractual reasons', () => {
    const p = deriveProposals(
      input({
        requirements: [
          { id: 'q1', kind: 'legal', addressedThroughIsms: 'yes', controls: [c22('A.5.34')] },
          { id: 'q2', kind: 'contractual', addressedThroughIsms: 'partly', controls: [c22('A.5.34')] },
          { id: 'q3', kind: 'regulatory', addressedThroughIsms: 'no', controls: [c22('A.5.31')] },
          { id: 'q4', kind: 'expectation', addressedThroughIsms: 'yes', controls: [c22('A.5.1')] },
        ],
      }),
    );
    expect(p.get('2022:A.5.34')?.requirements).toEqual([
      { id: 'q1', reason: 'LR' },
      { id: 'q2', reason: 'CO' },
    ]);
    expect(p.has('2022:A.5.31')).toBe(false);
    expect(p.has('2022:A.5.1')).toBe(false);
  });
});

describe('applying a proposal', () => {
  it('makes the row applicable for risk treatment with the risks linked, and then it is met', () => {
    const proposal = { risks: ['r1', 'r2'], requirements: [{ id: 'q1', reason: 'LR' as const }] };
    const before = row('A.8.13', { reasons: ['BP'], risks: ['r1'], pendingReview: true });
    expect(proposalMet(before, proposal)).toBe(false);
    const after = applyProposal(before, proposal);
    expect(after.applicable).toBe('yes');
    expect(after.reasons).toEqual(['RT', 'LR', 'BP']);
    expect(after.risks).toEqual(['r1', 'r2']);
    expect(after.requirements).toEqual(['q1']);
    expect(after.pendingReview).toBe(false);
    expect(proposalMet(after, proposal)).toBe(true);
  });
});

describe('entryFlags', () => {
  const proposal = { risks: ['r1'], requirements: [] };
  it.each<[string, Partial<SoaEntryDraft>, ReturnType<typeof entryFlags>, typeof proposal | undefined]>([
    ['an undecided row', {}, ['undecided'], undefined],
    ['an undecided row a risk chose', {}, ['undecided', 'proposed'], proposal],
    ['applicable without reasons', { applicable: 'yes', implementationStatus: 'implemented' }, ['no_reason'], undefined],
    ['applicable for risk treatment without risks', { applicable: 'yes', reasons: ['RT'], implementationStatus: 'planned' }, ['unbacked_reason'], undefined],
    ['applicable, not assessed', { applicable: 'yes', reasons: ['BP'], implementationStatus: 'not_assessed' }, ['no_status'], undefined],
    ['a complete applicable row', { applicable: 'yes', reasons: ['BP'], implementationStatus: 'implemented' }, [], undefined],
    ['excluded with "N/A"', { applicable: 'no', exclusionJustification: 'N/A' }, ['no_justification'], undefined],
    ['excluded with its own title as a reason', { applicable: 'no', exclusionJustification: ' information backup ' }, ['no_justification'], undefined],
    ['excluded but chosen by a risk', { applicable: 'no', exclusionJustification: 'We keep no data.' }, ['excluded_but_chosen'], proposal],
    ['a sound exclusion', { applicable: 'no', exclusionJustification: 'We keep no data of our own to back up.' }, [], undefined],
    ['carried over, to confirm', { applicable: 'yes', reasons: ['BP'], implementationStatus: 'implemented', pendingReview: true }, ['to_confirm'], undefined],
  ])('%s', (_, over, flags, p) => {
    expect(entryFlags(row('A.8.13', over), p)).toEqual(flags);
  });
});

describe('filterLines', async () => {
  const { soaControls } = await import('../../../../src/lib/domain/soa/controls.ts');
  const { filterLines, soaLines } = await import('../../../../src/lib/domain/soa/filter.ts');
  const lines = soaLines(
    soaControls('2022'),
    new Map([
      ['2022:A.5.15', row('A.5.15', { applicable: 'yes', reasons: ['BP'], implementationStatus: 'implemented' })],
      ['2022:A.8.1', row('A.8.1', { applicable: 'no', exclusionJustification: 'N/A' })],
    ]),
    new Map(),
  );
  const f = { group: '', applicable: '', status: '', flag: '', q: '' };
  it.each([
    [{ q: '5.15' }, ['A.5.15']],
    [{ q: 'A.5.15' }, ['A.5.15']],
    [{ q: 'access control' }, ['A.5.15']],
    [{ applicable: 'no' }, ['A.8.1']],
    [{ status: 'implemented' }, ['A.5.15']],
    [{ flag: 'no_justification' }, ['A.8.1']],
    [{ group: '6 People controls', q: '6.1' }, ['A.6.1']],
  ])('%o finds %o', (over, ids) => {
    expect(filterLines(lines, { ...f, ...over }).map((l) => l.control.id)).toEqual(ids);
  });
  it('counts controls without a row as undecided and flagged', () => {
    expect(filterLines(lines, { ...f, flag: 'any' })).toHaveLength(92);
  });
});
