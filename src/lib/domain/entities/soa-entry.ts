import { controlTitle } from '../catalogs/index.ts';
import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { bool, controls, date, longText, oneOf, ref, refs, someOf, strings } from '../model/fields.ts';

/** 5.2 The reasons for including a control. */
export const soaReasonLabels = {
  RT: 'Risk treatment',
  LR: 'Legal or regulatory',
  CO: 'Contractual',
  BP: 'Business or good practice',
} as const;

const fields = {
  control: controls('Control', { required: true, column: true, help: 'Exactly one Annex A or custom control.' }),
  applicable: oneOf('Applicable', ['undecided', 'yes', 'no'], { required: true, column: true }),
  reasons: someOf('Reasons for inclusion', ['RT', 'LR', 'CO', 'BP'], { column: true, labels: soaReasonLabels }),
  inclusionJustification: longText('Why it is included'),
  exclusionJustification: longText('Why it is excluded', {
    help: 'Say why no risk or requirement needs this control.',
  }),
  implementationStatus: oneOf(
    'Implementation',
    ['not_assessed', 'not_implemented', 'planned', 'partially_implemented', 'implemented'],
    { column: true },
  ),
  implementationNote: longText('How it is implemented'),
  owner: ref('Owner', 'persons', { column: true }),
  documents: refs('Documents', 'documents'),
  risks: refs('Risks', 'risks'),
  requirements: refs('Requirements', 'requirements'),
  actions: refs('Treatment actions', 'treatmentActions'),
  evidence: strings('Evidence', { help: 'Links or locations of records that show it works.' }),
  targetDate: date('Target date'),
  lastReviewedAt: date('Last reviewed'),
  pendingReview: bool('To be confirmed', {
    help: 'Set when the row was proposed by the app (from risk treatment or the move to 2022) and nobody has confirmed it yet.',
  }),
};
export type SoaEntryDraft = Values<typeof fields>;

/** 3.16 One row of the Statement of Applicability: one control, its decision and its status (6.1.3 d, 5.2). */
export const soaEntryEntity = defineEntity({
  table: 'soaEntries',
  label: 'SoA entry',
  plural: 'Statement of Applicability',
  refPrefix: 'SOA',
  clause: '6.1.3 d',
  area: 'planning',
  titleField: 'control',
  fields,
  unique: ['control'],
  rules: (d) => soaEntryRules(d),
});
export type SoaEntry = RecordOf<typeof soaEntryEntity>;

/** Texts that do not justify anything: "N/A", "-", "none" and the like. */
const PLACEHOLDERS = new Set(['', '-', '--', '—', '–', '.', 'n/a', 'na', 'n.a.', 'none', 'not applicable', 'tbd']);

/** True when an exclusion justification says nothing (a placeholder, or just the control's title). */
export function isEmptyJustification(text: string, control?: { edition: string; id: string }): boolean {
  const t = text.trim().toLowerCase();
  if (PLACEHOLDERS.has(t)) return true;
  if (control && (control.edition === '2022' || control.edition === '2013')) {
    const title = controlTitle(control.edition, control.id);
    if (title && title.trim().toLowerCase() === t) return true;
  }
  return false;
}

/**
 * Only what can never be right is refused. An applicable row without a reason, or an excluded one
 * without a justification, is a draft the user is still working on: the SoA screen flags it
 * (lib/domain/soa/flags.ts) and approval asks about it, but it can be saved.
 */
function soaEntryRules(d: SoaEntryDraft): Issue[] {
  const out: Issue[] = [];
  if (d.control.length !== 1) out.push({ field: 'control', message: 'Choose exactly one control.' });
  if (d.applicable === 'no' && d.reasons.length > 0)
    out.push({ field: 'reasons', message: 'An excluded control has no reasons for inclusion; clear them or mark it applicable.' });
  return out;
}
