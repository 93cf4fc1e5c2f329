/** R04 treatment process, R04a Statement of Applicability, R04b treatment plan: each rule met and broken. */
import { describe, expect, it } from 'vitest';
import type { ReadinessInput } from '../../../../src/lib/domain/readiness/index.ts';
import { add, drop, patch, record } from './fixtures.ts';
import { type Case, itemOf, runCase } from './cases.ts';
import { goodInput } from './good-workspace.ts';

/** Changes one control's row in the live SoA and in the approved version's frozen rows. */
function soaRow(id: string, change: Record<string, unknown>, frozenToo = true): Case['change'] {
  return (i: ReadinessInput) => {
    const live = (i.tables.soaEntries ?? []).find((e) => e.control[0]?.id === id)!;
    const next = patch(i, 'soaEntries', live.id, change);
    if (!frozenToo) return next;
    return patch(next, 'soaVersions', 'soav-1', (v) => ({
      entries: (v['entries'] as { control: { id: string }[] }[]).map((e) => (e.control[0]?.id === id ? { ...e, ...change, owner: typeof change['owner'] === 'string' || change['owner'] === undefined ? (change['owner'] ?? (e as Record<string, unknown>)['owner']) : '' } : e)),
    }));
  };
}
const soaIdOf = (i: ReadinessInput, control: string): string => (i.tables.soaEntries ?? []).find((e) => e.control[0]?.id === control)!.id;

const cases: Case[] = [
  // R04a
  { name: 'no approved version', item: 'R04a', change: (i) => patch(i, 'soaVersions', 'soav-1', { status: 'draft' }), status: 'fail', rule: /^Missing: an approved SoA version for the 2022 edition/ },
  { name: 'a control without a row', item: 'R04a', change: (i) => patch(i, 'soaVersions', 'soav-1', (v) => ({ entries: (v['entries'] as { control: { id: string }[] }[]).filter((e) => e.control[0]?.id !== 'A.7.4') })), status: 'fail', rule: /one row for every one of the 93/, offender: 'soav-1' },
  { name: 'an undecided row', item: 'R04a', change: soaRow('A.5.7', { applicable: 'undecided' }), status: 'fail', rule: /undecided/ },
  { name: 'an applicable row without an owner', item: 'R04a', change: soaRow('A.5.9', { owner: null }), status: 'fail', rule: /reason, a justification, an implementation status/ },
  { name: 'an applicable row not assessed', item: 'R04a', change: soaRow('A.5.9', { implementationStatus: 'not_assessed' }), status: 'fail', rule: /not assessed/ },
  { name: 'risk treatment given as a reason without a risk', item: 'R04a', change: soaRow('A.5.9', { reasons: ['RT'], risks: [] }), status: 'fail', rule: /backed by a linked risk/ },
  { name: 'implemented without evidence', item: 'R04a', change: soaRow('A.5.9', { evidence: [], documents: [] }), status: 'fail', rule: /cites a document or evidence/ },
  { name: 'planned without an action or date (working rows)', item: 'R04a', change: soaRow('A.5.9', { implementationStatus: 'planned', evidence: [] }), status: 'fail', rule: /treatment action or a target date/ },
  { name: 'planned with a target date', item: 'R04a', change: soaRow('A.5.9', { implementationStatus: 'planned', targetDate: '2026-09-30' }), status: 'pass' },
  { name: 'excluded with "N/A"', item: 'R04a', change: soaRow('A.7.4', { applicable: 'no', reasons: [], exclusionJustification: 'N/A' }), status: 'fail', rule: /real justification/ },
  { name: 'excluded with a reason', item: 'R04a', change: soaRow('A.7.4', { applicable: 'no', reasons: [], exclusionJustification: 'No premises of our own: all staff work remotely.' }), status: 'pass' },
  { name: 'excluded although a risk relies on it', item: 'R04a', change: soaRow('A.8.13', { applicable: 'no', reasons: [], risks: [], exclusionJustification: 'Backups are the provider’s job.' }), status: 'fail', rule: /open risk or treatment action relies on/ },
  { name: 'a custom control without a row', item: 'R04a', change: (i) => add(i, 'customControls', record('customControls', 'cc-1', { controlId: 'X.1', title: 'Drill' })), status: 'warn', rule: /custom control/, offender: 'cc-1' },
  { name: 'approved 12 months and a day ago', item: 'R04a', change: (i) => patch(i, 'soaVersions', 'soav-1', { approvedAt: '2025-03-14' }), status: 'warn', rule: /approved within the last 12 months/ },
  { name: 'approved exactly 12 months ago (edge, inside)', item: 'R04a', change: (i) => patch(i, 'soaVersions', 'soav-1', { approvedAt: '2025-03-15' }), status: 'pass' },
  { name: 'a working row carried over from 2013 still to be confirmed', item: 'R04a', change: soaRow('A.5.9', { pendingReview: true }, false), status: 'warn', rule: /waits to be confirmed/, offender: 'soa-9' },
  { name: 'the working draft changed since approval', item: 'R04a', change: soaRow('A.5.9', { implementationStatus: 'partially_implemented', targetDate: '2026-09-30' }, false), status: 'warn', rule: /differ from the approved version/ },
  { name: 'the 2013 edition', item: 'R04a', change: (i) => ({ ...patch(i, 'soaVersions', 'soav-1', { edition: '2013' }), edition: '2013' }), status: 'fail', rule: /edition is 2022/ },
  // R04b
  { name: 'a risk above appetite without a decision', item: 'R04b', change: (i) => patch(i, 'risks', 'rsk-1', { treatmentOption: null }), status: 'fail', rule: /treatment decision/, offender: 'rsk-1' },
  { name: 'a risk above appetite to mitigate without an action', item: 'R04b', change: (i) => patch(i, 'treatmentActions', 'act-1', { risks: ['rsk-2'] }), status: 'fail', rule: /above the appetite .* has at least one treatment action/, offender: 'rsk-1' },
  { name: 'a risk within appetite to mitigate without an action', item: 'R04b', change: (i) => patch(i, 'risks', 'rsk-2', { treatmentOption: 'modify' }), status: 'warn', rule: /within the appetite/, offender: 'rsk-2' },
  { name: 'a retained risk whose acceptance lapsed', item: 'R04b', change: (i) => patch(i, 'risks', 'rsk-2', { residual: { likelihood: 3, impact: 2 } }), status: 'fail', rule: /retained .* valid acceptance/, offender: 'rsk-2' },
  { name: 'a residual above appetite accepted by the owner only', item: 'R04b', change: (i) => patch(i, 'risks', 'rsk-1', { residual: { likelihood: 3, impact: 4 }, acceptance: { acceptedBy: 'per-ops', acceptedAt: '2026-02-10', rationale: 'x', ratingAccepted: { likelihood: 3, impact: 4 } } }), status: 'fail', rule: /residual level stays above the appetite/ },
  { name: 'a residual above appetite accepted by top management', item: 'R04b', change: (i) => patch(i, 'risks', 'rsk-1', { residual: { likelihood: 3, impact: 4 }, acceptance: { acceptedBy: 'per-ceo', acceptedAt: '2026-02-10', rationale: 'x', ratingAccepted: { likelihood: 3, impact: 4 } } }), status: 'pass' },
  { name: 'no action recorded while a risk needs treatment', item: 'R04b', change: (i) => drop(i, 'treatmentActions'), status: 'fail', rule: /^Missing: treatment actions/ },
  { name: 'an action without an owner', item: 'R04b', change: (i) => patch(i, 'treatmentActions', 'act-1', { owner: null }), status: 'fail', rule: /owner and a due date/ },
  { name: 'treatment finished, residual not accepted', item: 'R04b', change: (i) => patch(i, 'risks', 'rsk-1', { acceptance: null }), status: 'warn', rule: /acceptance of the residual risk/ },
  // R04
  { name: 'no document describes risk treatment', item: 'R04', change: (i) => patch(i, 'documents', 'doc-method', { clauseRefs: ['6.1.2'] }), status: 'fail', rule: /^Missing: an approved document that describes risk treatment/ },
  { name: 'the process document is past review', item: 'R04', change: (i) => patch(i, 'documents', 'doc-method', { nextReviewDue: '2026-03-14' }), status: 'fail', rule: /within its review date/ },
  { name: 'the SoA fails', item: 'R04', change: soaRow('A.5.7', { applicable: 'undecided' }), status: 'fail', rule: /Statement of Applicability \(R04a\) passes \(it fails/ },
  { name: 'the plan only warns', item: 'R04', change: (i) => patch(i, 'risks', 'rsk-1', { acceptance: null }), status: 'warn', rule: /treatment plan \(R04b\) passes \(it has a warning/ },
];

describe('R04, R04a, R04b', () => {
  it.each(cases.map((c) => [`${c.item}: ${c.name}`, c] as const))('%s', (_n, c) => runCase(c));

  it('reads the approved rows when the version froze them, and the live rows otherwise', () => {
    const i = goodInput();
    const id = soaIdOf(i, 'A.5.9');
    // The frozen rows decide: an undecided live row does not fail the approved SoA (it only differs from it).
    const liveOnly = patch(i, 'soaEntries', id, { applicable: 'undecided' });
    expect(itemOf(liveOnly, 'R04a').status).toBe('warn');
    // Without frozen rows the live rows are the SoA.
    const unfrozen = patch(liveOnly, 'soaVersions', 'soav-1', { entries: [] });
    expect(itemOf(unfrozen, 'R04a').status).toBe('fail');
    expect(itemOf(unfrozen, 'R04a').offenders.map((o) => o.id)).toContain(id);
  });

  it('links an offending SoA row to the SoA searched for its control', () => {
    const item = itemOf(soaRow('A.5.7', { applicable: 'undecided' })(goodInput()), 'R04a');
    expect(item.offenders[0]?.link).toEqual({ path: 'soa', query: { q: 'A.5.7' } });
  });
});
