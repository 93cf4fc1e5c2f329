import { type RatingRules, riskLevel } from '../entities/risk-method.ts';
import type { Rating } from '../model/fields.ts';

/**
 * Where a risk's acceptance stands (6.1.3 f):
 * - `none`: not accepted;
 * - `valid`: accepted, by someone with the authority the level needs, for the current residual rating;
 * - `stale`: the residual rating changed after it was accepted;
 * - `unauthorised`: the accepted level needs an authority the acceptor does not hold.
 */
export type AcceptanceState = 'none' | 'valid' | 'stale' | 'unauthorised';

export interface AcceptanceInput {
  owner: string | null;
  residual: Rating | null;
  acceptance: { acceptedBy: string | null; ratingAccepted: Rating | null } | null;
}

const same = (a: Rating | null, b: Rating | null): boolean => !!a && !!b && a.likelihood === b.likelihood && a.impact === b.impact;

/** Who may accept a rating under the method: its owner alone, or only top management. */
export function acceptanceAuthority(method: RatingRules, r: Rating): 'risk_owner' | 'top_management' | undefined {
  return riskLevel(method, r)?.acceptedBy ?? undefined;
}

/**
 * 6.1.3 f, the one rule: a level the owner may accept can be accepted by the owner or top
 * management; a level that needs top management only by top management.
 */
export function authorityProblem(
  needs: 'risk_owner' | 'top_management' | null | undefined,
  acceptedBy: string,
  owner: string | null,
  isTopManagement: boolean,
): 'needs_top_management' | 'needs_owner' | null {
  if (isTopManagement || !needs) return null;
  if (needs === 'top_management') return 'needs_top_management';
  return acceptedBy === owner ? null : 'needs_owner';
}

/** The state of a risk's acceptance, given the method and who is top management. */
export function acceptanceState(method: RatingRules, risk: AcceptanceInput, topManagement: ReadonlySet<string>): AcceptanceState {
  const a = risk.acceptance;
  if (!a || !a.acceptedBy) return 'none';
  if (!same(a.ratingAccepted, risk.residual)) return 'stale';
  const needs = a.ratingAccepted ? acceptanceAuthority(method, a.ratingAccepted) : undefined;
  return authorityProblem(needs, a.acceptedBy, risk.owner, topManagement.has(a.acceptedBy)) ? 'unauthorised' : 'valid';
}

/** Words for each state, for badges and messages. */
export const acceptanceLabels: Record<AcceptanceState, string> = {
  none: 'Not accepted',
  valid: 'Accepted',
  stale: 'Acceptance invalid: rating changed',
  unauthorised: 'Acceptance invalid: wrong authority',
};
