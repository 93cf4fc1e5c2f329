/** R13 Management reviews (9.3). */
import { type ManagementReview, reviewInputLabels } from '../entities/management-review.ts';
import { reviewInputCodes } from '../review-pack.ts';
import { auditDate, closedInternalAudits } from './audit-facts.ts';
import { check, filled, offender, topManagement, withinMonths } from './helpers.ts';
import { type ReadinessInput, rows } from './input.ts';
import { decide } from './item.ts';
import { fix } from './links.ts';
import type { Thresholds } from './thresholds.ts';
import type { ReadinessItem } from './types.ts';

/** Reviews that took place (held, or with approved minutes), latest first. */
export function heldReviews(input: ReadinessInput): ManagementReview[] {
  return rows(input, 'managementReviews')
    .filter((r) => (r.status === 'held' || r.status === 'minutes_approved') && !!r.date && r.date <= input.today)
    .toSorted((a, b) => b.date!.localeCompare(a.date!));
}

/** R13: a review in the last interval, attended by top management, with every input and the decisions. */
export function r13Review(input: ReadinessInput, t: Thresholds): ReadinessItem {
  const r = heldReviews(input).find((x) => withinMonths(x.date, input.today, t.reviewMonths));
  const checks = r ? reviewChecks(input, r) : [];
  return decide({
    id: 'R13',
    title: 'Management review',
    clause: '9.3',
    blocker: true,
    presentRule: `a management review held within the last ${t.reviewMonths} months.`,
    present: r !== undefined,
    checks,
    fix: fix('Open the management reviews', 'reviews'),
  });
}

function reviewChecks(input: ReadinessInput, r: ManagementReview) {
  const bad = (note: string) => [offender('managementReviews', r, note)];
  const top = topManagement(rows(input, 'persons'));
  const people = [r.chair, ...r.attendees].filter((p): p is string => !!p);
  const missing = reviewInputCodes(input.edition).filter((code) => !r.inputs.some((i) => i.code === code && i.addressed && filled(i.summary)));
  const kinds = new Set(r.decisions.map((d) => d.kind));
  const auditBefore = closedInternalAudits(input).some((a) => { const d = auditDate(a); return !!d && d <= r.date!; });
  return [
    check('At least one active member of top management attended.', people.some((p) => top.has(p)) ? [] : bad('No top manager among chair and attendees')),
    check(`Every input the ${input.edition} edition asks for is marked addressed, with a summary.`, missing.length ? bad(`Not addressed: ${missing.map((c) => reviewInputLabels[c]).join('; ')}`) : []),
    check('Decisions on improvement and on changes to the ISMS are recorded (an explicit "no change" counts).', kinds.has('improvement') && kinds.has('isms_change') ? [] : bad('Improvement or ISMS-change decision missing')),
    check('A conclusion on whether the ISMS is still suitable, adequate and effective is recorded.', filled(r.conclusion) ? [] : bad('No conclusion')),
    check('Every action has an owner and a due date.', r.actions.every((a) => a.owner && a.dueDate) ? [] : bad('An action lacks an owner or due date')),
    check('The minutes are approved.', r.status === 'minutes_approved' ? [] : bad('Minutes not approved')),
    check('The review came after a closed internal audit, so that audit results could be considered.', auditBefore ? [] : bad('No internal audit closed before it')),
  ];
}
