/** R04a The Statement of Applicability (6.1.3 d; DOMAIN 5.2). */
import { annexAControls } from '../catalogs/index.ts';
import { isEmptyJustification } from '../entities/soa-entry.ts';
import { check, filled, offender, withinMonths } from './helpers.ts';
import { type ReadinessInput, rows } from './input.ts';
import { decide } from './item.ts';
import { fix } from './links.ts';
import { isOpenAction, openRisks } from './risk-facts.ts';
import { approvedSoaRows, approvedSoaVersion, changedSinceApproval, controlOf, type SoaRow } from './soa-rows.ts';
import type { Check, Offender, ReadinessItem } from './types.ts';

const SOA_FIX = fix('Open the Statement of Applicability', 'soa');
const SOA_REAPPROVE_MONTHS = 12;

const rowOffender = (e: SoaRow, note: string): Offender => offender(e.table, e, note);

/** The rules of DOMAIN 5.2 for each approved row: decided, reasons backed, status, owner, justification. */
function rowChecks(input: ReadinessInput, soa: readonly SoaRow[]): Check[] {
  const yes = soa.filter((e) => e.applicable === 'yes');
  const no = soa.filter((e) => e.applicable === 'no');
  // A control that an open risk or an open action relies on cannot be excluded.
  const needed = new Set(
    [...openRisks(input).flatMap((r) => [...r.existingControls, ...r.plannedControls]), ...rows(input, 'treatmentActions').filter(isOpenAction).flatMap((a) => a.controls)]
      .filter((c) => c.edition === input.edition)
      .map((c) => c.id),
  );
  // Actions and target dates are not frozen with a version: the working rows show the plan.
  const unplanned = rows(input, 'soaEntries').filter(
    (e) => e.applicable === 'yes' && ['planned', 'partially_implemented', 'not_implemented'].includes(e.implementationStatus ?? '') && !e.actions.length && !e.targetDate,
  );
  return [
    check('No row is left undecided.', soa.filter((e) => e.applicable !== 'yes' && e.applicable !== 'no').map((e) => rowOffender(e, 'Undecided'))),
    check(
      'Every applicable control has a reason, a justification, an implementation status other than "not assessed", and an owner.',
      yes.filter((e) => !e.reasons.length || !filled(e.inclusionJustification) || !e.implementationStatus || e.implementationStatus === 'not_assessed' || !e.owner).map((e) => rowOffender(e, 'Reason, justification, status or owner missing')),
    ),
    check('Risk treatment as a reason is backed by a linked risk; legal, regulatory or contractual reasons by a linked requirement.', yes.filter((e) => (e.reasons.includes('RT') && !e.risks.length) || ((e.reasons.includes('LR') || e.reasons.includes('CO')) && !e.requirements.length)).map((e) => rowOffender(e, 'Reason not backed by a link'))),
    check('Every implemented control cites a document or evidence.', yes.filter((e) => e.implementationStatus === 'implemented' && !e.documents.length && !e.evidence.length).map((e) => rowOffender(e, 'Implemented without evidence'))),
    check('Every control not yet fully implemented has a treatment action or a target date.', unplanned.map((e) => offender('soaEntries', e, 'No action or target date'))),
    check('Every excluded control has a real justification (not "N/A" or its own title).', no.filter((e) => isEmptyJustification(e.exclusionJustification, e.control[0])).map((e) => rowOffender(e, 'Exclusion not justified'))),
    check('No excluded control is one that an open risk or treatment action relies on.', no.filter((e) => needed.has(controlOf(e))).map((e) => rowOffender(e, 'Excluded, yet a risk or action relies on it'))),
  ];
}

function coverageChecks(input: ReadinessInput, soa: readonly SoaRow[], versionOffender: (note: string) => Offender[]): Check[] {
  const ids = soa.filter((e) => e.control[0]?.edition === input.edition).map(controlOf);
  const have = new Set(ids);
  const missing = annexAControls(input.edition).filter((c) => !have.has(c.id)).map((c) => c.id);
  const dup = new Set(ids.filter((id, i) => ids.indexOf(id) !== i));
  const customIds = new Set(soa.filter((e) => e.control[0]?.edition === 'custom').map(controlOf));
  const customMissing = rows(input, 'customControls').filter((c) => !customIds.has(c.controlId.trim()));
  const total = annexAControls(input.edition).length;
  return [
    check('The edition is 2022: certificates against the 2013 edition ended on 31 October 2025.', input.edition === '2022', 'fail', fix('Change the edition in the settings', 'settings')),
    check(`There is one row for every one of the ${total} Annex A controls of the edition.`, missing.length ? versionOffender(`No row for ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}`) : []),
    check('No control has two rows.', soa.filter((e) => dup.has(controlOf(e))).map((e) => rowOffender(e, 'Duplicate row'))),
    check('Every custom control has its own row.', customMissing.map((c) => offender('customControls', c, 'No SoA row')), 'warn'),
  ];
}

/** R04a: an approved SoA of the active edition, complete and justified row by row. */
export function r04aSoa(input: ReadinessInput): ReadinessItem {
  const v = approvedSoaVersion(input);
  const { rows: soa, frozen } = approvedSoaRows(input, v);
  const versionOffender = (note: string): Offender[] => (v ? [offender('soaVersions', v, note)] : []);
  const changed = frozen ? changedSinceApproval(rows(input, 'soaEntries'), soa) : [];
  // Working rows the app wrote for someone to check (carried over from the 2013 edition), approved version or not.
  const toConfirm = check('No row of the working SoA waits to be confirmed (carried over from the 2013 edition).', rows(input, 'soaEntries').filter((e) => e.pendingReview).map((e) => offender('soaEntries', e, 'To be confirmed')), 'warn', fix('Rows to confirm', 'soa', { flag: 'to_confirm' }));
  const checks = v
    ? [
        toConfirm,
        ...coverageChecks(input, soa, versionOffender),
        ...rowChecks(input, soa),
        check(`The SoA was approved within the last ${SOA_REAPPROVE_MONTHS} months.`, withinMonths(v.approvedAt, input.today, SOA_REAPPROVE_MONTHS) ? [] : versionOffender(`Approved ${v.approvedAt ?? 'without a date'}`), 'warn'),
        check('The working draft has no decisions that differ from the approved version (else approve a new version).', changed.map((e) => offender('soaEntries', e, `Changed since version ${v.version}`)), 'warn'),
      ]
    : [toConfirm];
  return decide({
    id: 'R04a',
    title: 'Statement of Applicability',
    clause: '6.1.3 d',
    blocker: true,
    presentRule: `an approved SoA version for the ${input.edition} edition.`,
    present: v !== undefined,
    checks,
    fix: SOA_FIX,
    parent: 'R04',
  });
}
