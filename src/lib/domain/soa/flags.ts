/** What is unfinished or contradictory in an SoA row (DOMAIN 5.2), in words the screen shows. */
import { isEmptyJustification, type SoaEntryDraft } from '../entities/soa-entry.ts';
import { proposalMet, type Proposal } from './derive.ts';

export type SoaFlag =
  | 'undecided'
  | 'proposed'
  | 'no_reason'
  | 'unbacked_reason'
  | 'no_status'
  | 'no_justification'
  | 'excluded_but_chosen'
  | 'to_confirm';

export const flagLabels: Record<SoaFlag, string> = {
  undecided: 'Not decided yet',
  proposed: 'Proposed by risk treatment or a requirement: confirm',
  no_reason: 'Applicable, no reason category (RT, LR, CO, BP) chosen',
  unbacked_reason: 'Reason without the risk or requirement behind it',
  no_status: 'Applicable, implementation not assessed',
  no_justification: 'Excluded without a justification',
  excluded_but_chosen: 'Excluded but chosen to treat a risk',
  to_confirm: 'Carried over or proposed: to be confirmed',
};

/** The flags of one row, given what risk treatment and requirements propose for its control. */
export function entryFlags(entry: SoaEntryDraft, proposal?: Proposal): SoaFlag[] {
  const out: SoaFlag[] = [];
  const control = entry.control[0];
  if (entry.applicable === 'undecided' || entry.applicable === null) out.push('undecided');
  if (entry.applicable === 'yes') {
    if (entry.reasons.length === 0) out.push('no_reason');
    const rtUnbacked = entry.reasons.includes('RT') && entry.risks.length === 0;
    const lrUnbacked = (entry.reasons.includes('LR') || entry.reasons.includes('CO')) && entry.requirements.length === 0;
    if (rtUnbacked || lrUnbacked) out.push('unbacked_reason');
    if (!entry.implementationStatus || entry.implementationStatus === 'not_assessed') out.push('no_status');
  }
  if (entry.applicable === 'no') {
    if (isEmptyJustification(entry.exclusionJustification, control)) out.push('no_justification');
    if (proposal && proposal.risks.length) out.push('excluded_but_chosen');
  } else if (proposal && !proposalMet(entry, proposal)) out.push('proposed');
  if (entry.pendingReview) out.push('to_confirm');
  return out;
}
