/** R02 The information security policy (5.2). */
import type { Document } from '../entities/document.ts';
import { currentVersionDate, isApproved, isLive } from './docs.ts';
import { activePeople, check, latest, offender, pct, topManagement, withinMonths } from './helpers.ts';
import { type ReadinessInput, rows } from './input.ts';
import { decide } from './item.ts';
import { fix } from './links.ts';
import type { Thresholds } from './thresholds.ts';
import type { Check, ReadinessItem } from './types.ts';

/** The approved information security policy in force: the most recently approved one. */
export function currentPolicy(input: ReadinessInput): Document | undefined {
  return rows(input, 'documents')
    .filter((d) => d.docType === 'is_policy' && isApproved(d))
    .toSorted((a, b) => (b.approvedAt ?? '').localeCompare(a.approvedAt ?? ''))[0];
}

const CHECKLIST = ['fitsPurpose', 'objectivesFramework', 'commitsToRequirements', 'commitsToImprovement', 'communicatedInternally', 'availabilityDecided'] as const;

/**
 * 5.2: the policy reached the people it is for. With the schema-2 registers, a communication-log
 * entry or acknowledgement by enough active people since the version took effect; before them,
 * the policy's own "communicated" tick.
 */
function communicated(input: ReadinessInput, p: Document, t: Thresholds): { ok: boolean; note: string } {
  const since = currentVersionDate(input, p) ?? '0000-00-00';
  const comms = input.tables.communications;
  const awareness = input.tables.awarenessActivities;
  if (comms === undefined && awareness === undefined)
    return { ok: p.policyChecklist?.communicatedInternally === true, note: 'Not marked as communicated internally' };
  const logged = (comms ?? []).some((c) => c.document === p.id && c.log.some((e) => !!e.at && e.at >= since && e.at <= input.today));
  const active = activePeople(rows(input, 'persons'));
  const acknowledged = new Set(
    (awareness ?? [])
      .filter((a) => a.document === p.id)
      .flatMap((a) => a.attendance.filter((x) => x.person && x.completedAt && x.completedAt >= since && active.has(x.person)).map((x) => x.person)),
  );
  const share = pct(acknowledged.size, active.size);
  return { ok: logged || (active.size > 0 && share >= t.awarenessPct), note: `No communication logged since ${since}; acknowledged by ${share}% of active people` };
}

function policyChecks(input: ReadinessInput, p: Document, t: Thresholds): Check[] {
  const bad = (note: string) => [offender('documents', p, note)];
  const top = topManagement(rows(input, 'persons'));
  const missing = CHECKLIST.filter((k) => p.policyChecklist?.[k] !== true);
  const reviewed = latest([p.lastReviewedAt, p.approvedAt]);
  const live = rows(input, 'documents').filter((d) => d.docType === 'is_policy' && isApproved(d) && isLive(d));
  const comm = communicated(input, p, t);
  return [
    check('All six points of the policy checklist are ticked (fits the purpose, objectives framework, commitments, communicated, availability decided).', missing.length ? bad(`${missing.length} checklist point(s) not ticked`) : []),
    check('The approver is an active member of top management.', p.approver && top.has(p.approver) ? [] : bad('Approver is not active top management')),
    check('The policy has an owner.', p.owner ? [] : bad('No owner')),
    check(
      `The policy was reviewed or approved within the last ${t.policyReviewMonths} months, and its next review date has not passed.`,
      withinMonths(reviewed, input.today, t.policyReviewMonths) && !(p.nextReviewDue && p.nextReviewDue < input.today) ? [] : bad(`Last reviewed ${reviewed ?? 'never'}`),
    ),
    check(`The current version was communicated: a communication-log entry, or acknowledgement by at least ${t.awarenessPct}% of active people, since it took effect.`, comm.ok ? [] : bad(comm.note)),
    check('Only one information security policy is in force; older ones are superseded.', live.length > 1 ? live.map((d) => offender('documents', d, 'Also in force')) : [], 'warn'),
  ];
}

/** R02: an approved policy that meets the checklist, approved by top management, current and communicated. */
export function r02Policy(input: ReadinessInput, t: Thresholds): ReadinessItem {
  const p = currentPolicy(input);
  return decide({
    id: 'R02',
    title: 'Information security policy',
    clause: '5.2',
    blocker: true,
    presentRule: 'an approved (or published) document of type "Information security policy".',
    present: p !== undefined,
    checks: p ? policyChecks(input, p, t) : [],
    fix: fix('Open the policies', 'policies'),
  });
}
