import { defineEntity, type RecordOf, type ValidationContext } from '../model/entity.ts';
import type { Issue, Rating, Values } from '../model/fields.ts';
import { controls, date, group, longText, oneOf, rating, ref, refs, someOf, text } from '../model/fields.ts';
import { authorityProblem } from '../risk/acceptance.ts';
import { addMonths } from '../model/dates.ts';

/** 4.7 The four options, shown with the everyday words users know from spreadsheets. */
export const treatmentLabels = {
  modify: 'Mitigate (modify)',
  retain: 'Accept (retain)',
  avoid: 'Avoid',
  share: 'Transfer (share)',
} as const;

/** 3.11 One risk scenario of the register (6.1.2 c–e, 6.1.3, 8.2). */
const fields = {
    title: text('Title', { required: true, column: true, maxLength: 200 }),
    description: longText('Description', { help: 'Because of a cause, an event may happen, leading to a consequence.' }),
    kind: oneOf('Kind', ['infosec_risk', 'isms_risk', 'opportunity'], {
      required: true,
      labels: { infosec_risk: 'Information security risk', isms_risk: 'Risk to the ISMS' },
    }),
    approach: oneOf('Identified by', ['asset_based', 'scenario_based'], {
      required: true,
      labels: { asset_based: 'Asset, threat and vulnerability', scenario_based: 'Event or scenario' },
    }),
    assets: refs('Assets', 'assets'),
    threats: refs('Threats', 'threats'),
    vulnerabilities: refs('Vulnerabilities', 'vulnerabilities'),
    riskSources: longText('Risk source'),
    consequence: longText('Consequences'),
    cia: someOf('Properties harmed', ['C', 'I', 'A'], {
      labels: { C: 'Confidentiality', I: 'Integrity', A: 'Availability' },
    }),
    category: oneOf('Category', ['technical', 'operational', 'physical', 'compliance', 'people', 'supplier']),
    owner: ref('Risk owner', 'persons', { required: true, column: true }),
    existingControls: controls('Existing controls'),
    // Required once the risk is analysed (rules below): a draft is identified but not yet rated.
    inherent: rating('Inherent rating', { column: true, help: 'Needed once the risk leaves draft.' }),
    treatmentOption: oneOf('Treatment', ['modify', 'retain', 'avoid', 'share'], { labels: treatmentLabels, column: true }),
    treatmentRationale: longText('Why this treatment'),
    plannedControls: controls('Planned controls'),
    residual: rating('Residual (target) rating', { column: true }),
    // 4.4: what an imported spreadsheet said, kept as written beside the levels the method works out.
    importedLevel: text('Level in the imported file', {
      maxLength: 80,
      system: true,
      help: 'The inherent level or score the spreadsheet gave, kept as written. The workspace works out its own level from likelihood and impact.',
    }),
    importedResidualLevel: text('Residual level in the imported file', { maxLength: 80, system: true }),
    // 6.1.3 f: the risk owner (or the authority the level needs) accepts the residual risk.
    acceptance: group('Acceptance of the residual risk', {
      acceptedBy: ref('Accepted by', 'persons', { required: true }),
      acceptedAt: date('Accepted on', { required: true }),
      rationale: longText('Why it is acceptable', { required: true }),
      ratingAccepted: rating('Residual rating accepted', {
        required: true,
        help: 'The rating as it was when accepted; a later change of the residual rating invalidates the acceptance.',
      }),
    }),
    status: oneOf('Status', ['draft', 'assessed', 'treatment_planned', 'in_treatment', 'monitoring', 'closed'], {
      required: true,
      column: true,
    }),
    lastReviewedAt: date('Last reviewed'),
    nextReviewDue: date('Next review due', { column: true }),
};
export type RiskDraft = Values<typeof fields>;

export const riskEntity = defineEntity({
  table: 'risks',
  label: 'Risk',
  plural: 'Risks',
  refPrefix: 'RSK',
  clause: '6.1.2',
  area: 'planning',
  titleField: 'title',
  fields,
  complete: (d, ctx) => scheduleReview(d, ctx),
  integrity: (d) => (!d.inherent && rated(d) ? [{ field: 'inherent', message: 'Inherent rating is required once the risk leaves draft.' }] : []),
  rules: (d, ctx) => riskRules(d, ctx),
});
export type Risk = RecordOf<typeof riskEntity>;

function checkOnScale(field: string, label: string, r: Rating | null, ctx: ValidationContext, out: Issue[]): void {
  if (!r || !ctx.scaleSizes) return;
  const { likelihood, impact } = ctx.scaleSizes;
  if (r.likelihood > likelihood) out.push({ field, message: `${label}: likelihood ${r.likelihood} is outside the scale 1–${likelihood}.` });
  if (r.impact > impact) out.push({ field, message: `${label}: impact ${r.impact} is outside the scale 1–${impact}.` });
}

/** A draft risk is identified but not yet analysed; a closed one may predate any rating. */
const rated = (d: RiskDraft): boolean => d.status !== 'draft' && d.status !== 'closed';
/**
 * 6.1.3: the option may be decided while the risk is only assessed (a register decides 'Mitigate'
 * before the plan exists); once its treatment is planned, under way or done, it needs its target
 * (residual) rating and, to mitigate, its planned controls. Readiness flags assessed risks that lack them.
 */
const underTreatment = (d: RiskDraft): boolean => d.status === 'treatment_planned' || d.status === 'in_treatment' || d.status === 'monitoring';

function riskRules(d: RiskDraft, ctx: ValidationContext): Issue[] {
  const out: Issue[] = [];
  checkOnScale('inherent', 'Inherent rating', d.inherent, ctx, out);
  checkOnScale('residual', 'Residual rating', d.residual, ctx, out);
  if (d.approach === 'asset_based' && d.assets.length === 0)
    out.push({ field: 'assets', message: 'A risk identified by asset needs at least one asset.' });
  if (d.approach === 'scenario_based' && d.description.trim() === '' && d.consequence.trim() === '')
    out.push({ field: 'description', message: 'Describe the scenario or its consequences.' });
  if (d.treatmentOption && !d.residual && underTreatment(d))
    out.push({ field: 'residual', message: 'Once a treatment is chosen, give the residual (target) rating.' });
  if (d.treatmentOption === 'modify' && d.plannedControls.length === 0 && underTreatment(d))
    out.push({ field: 'plannedControls', message: 'A risk to mitigate needs at least one planned control.' });
  if (d.acceptance) checkAcceptance(d, d.acceptance, ctx, out);
  return out;
}

/**
 * The review cadence of the method (8.2): a risk saved without a next review date gets one, the
 * review months of its level after its last review (or today). A date the user set is kept.
 */
function scheduleReview(d: RiskDraft, ctx: ValidationContext): RiskDraft {
  const rating = d.residual ?? d.inherent;
  const months = rating && ctx.levelOf ? ctx.levelOf(rating)?.reviewMonths : null;
  const from = d.lastReviewedAt ?? ctx.today;
  if (d.nextReviewDue || !months || !from || d.status === 'closed') return d;
  return { ...d, nextReviewDue: addMonths(from, months) };
}

/** 6.1.3 f: the acceptor must hold the authority the accepted level needs (owner, or top management). */
function checkAcceptance(d: RiskDraft, a: NonNullable<RiskDraft['acceptance']>, ctx: ValidationContext, out: Issue[]): void {
  if (!d.residual && !d.treatmentOption) out.push({ field: 'residual', message: 'Give the residual (target) rating before accepting it.' });
  checkOnScale('acceptance.ratingAccepted', 'Rating accepted', a.ratingAccepted, ctx, out);
  const level = a.ratingAccepted && ctx.levelOf ? ctx.levelOf(a.ratingAccepted) : undefined;
  if (!level || !ctx.topManagement || !a.acceptedBy) return;
  const problem = authorityProblem(level.acceptedBy, a.acceptedBy, d.owner, ctx.topManagement.has(a.acceptedBy));
  if (problem === 'needs_top_management')
    out.push({ field: 'acceptance.acceptedBy', message: `A ${level.label} risk can only be accepted by top management; the person chosen is not marked as top management.` });
  else if (problem === 'needs_owner')
    out.push({ field: 'acceptance.acceptedBy', message: `A ${level.label} risk is accepted by its owner (or top management); the person chosen is neither.` });
}
