/** R05 objectives (6.2) and R07 other documented information (7.5.1 b). */
import { hasApprovedVersion, inReviewDate, isApproved, isLive, reviewDueDate } from './docs.ts';
import { check, filled, latest, offender, withinMonths, type Keyed } from './helpers.ts';
import { type ReadinessInput, rows } from './input.ts';
import { decide } from './item.ts';
import { fix, fixTable } from './links.ts';
import type { Thresholds } from './thresholds.ts';
import type { Offender, ReadinessItem } from './types.ts';

const ACTIVE_OBJECTIVE = new Set(['not_started', 'on_track', 'at_risk']);

/** R05: active objectives, each linked to the policy, measurable, planned, monitored and communicated. */
export function r05Objectives(input: ReadinessInput, t: Thresholds): ReadinessItem {
  const active = rows(input, 'objectives').filter((o) => ACTIVE_OBJECTIVE.has(o.status ?? ''));
  const docs = new Set(rows(input, 'documents').filter(isLive).map((d) => d.id));
  const lastUpdate = (o: (typeof active)[number]) => latest(o.progress.map((p) => p.at));
  const checks = [
    check('Every active objective is linked to the policy it serves.', active.filter((o) => !o.policy || !docs.has(o.policy)).map((o) => offender('objectives', o, 'No policy linked'))),
    check('Every active objective is measurable (a target) or says why it cannot be measured.', active.filter((o) => o.target === null && !filled(o.notMeasurableReason)).map((o) => offender('objectives', o, 'No target and no reason'))),
    check('Every active objective has its plan: what, resources, who, by when, how results are evaluated.', active.filter((o) => !filled(o.planWhat) || !filled(o.planResources) || !o.planWho || !o.planWhen || !filled(o.planHowEvaluated)).map((o) => offender('objectives', o, 'Plan incomplete'))),
    check(`Every active objective has a progress update within the last ${t.objectiveUpdateMonths} months.`, active.filter((o) => !withinMonths(lastUpdate(o), input.today, t.objectiveUpdateMonths)).map((o) => offender('objectives', o, `Last update ${lastUpdate(o) ?? 'never'}`))),
    check('Every active objective has been communicated.', active.filter((o) => !o.communicatedAt).map((o) => offender('objectives', o, 'Not communicated'))),
  ];
  return decide({
    id: 'R05',
    title: 'Information security objectives',
    clause: '6.2',
    blocker: true,
    presentRule: 'at least one active objective (not started, on track or at risk).',
    present: active.length > 0,
    checks,
    fix: fix('Open the objectives', 'objectives'),
  });
}

/** Records that cite a document which is missing, withdrawn or never approved. */
function badCitations(input: ReadinessInput): Offender[] {
  const byId = new Map(rows(input, 'documents').map((d) => [d.id, d]));
  const problem = (id: string): string | null => {
    const d = byId.get(id);
    if (!d) return 'a document that no longer exists';
    if (!isLive(d)) return `${d.ref}, which is ${d.status}`;
    return hasApprovedVersion(d) ? null : `${d.ref}, which was never approved`;
  };
  const cites = (table: string, list: readonly (Keyed & { ids: readonly string[] })[]): Offender[] =>
    list.flatMap((r) => r.ids.map(problem).filter((p): p is string => p !== null).map((p) => offender(table, r, `Cites ${p}`)));
  return [
    ...cites('soaEntries', rows(input, 'soaEntries').map((e) => ({ ...e, ids: e.documents }))),
    ...cites('objectives', rows(input, 'objectives').map((o) => ({ ...o, ids: o.policy ? [o.policy] : [] }))),
    ...cites('requirements', rows(input, 'requirements').map((r) => ({ ...r, ids: r.documents }))),
  ];
}

/** R07: a document register beyond the mandatory items, each document owned, approved and current. */
export function r07Documents(input: ReadinessInput, t: Thresholds): ReadinessItem {
  const live = rows(input, 'documents').filter(isLive);
  const approved = live.filter(hasApprovedVersion);
  const checks = [
    check('Every document has an owner.', live.filter((d) => !d.owner).map((d) => offender('documents', d, 'No owner'))),
    check('Every document in use has an approved version.', live.filter((d) => !hasApprovedVersion(d)).map((d) => offender('documents', d, `Never approved (${d.status})`))),
    check('No document is past its review date.', approved.filter((d) => !inReviewDate(d, input.today, t.documentReviewMonths)).map((d) => offender('documents', d, `Review was due ${reviewDueDate(d, t.documentReviewMonths) ?? '(no date)'}`)), 'fail', fixTable('Documents past review', 'documents', { due: 'overdue' })),
    check('Every document cited by the SoA, an objective or a requirement exists, is in use and is approved.', badCitations(input)),
    check('Every external document is marked as such and says where it is kept.', live.filter((d) => (d.docType === 'external' || d.origin === 'external') && (!filled(d.location) || d.origin !== 'external')).map((d) => offender('documents', d, 'External origin or location missing'))),
  ];
  return decide({
    id: 'R07',
    title: 'Other documented information',
    clause: '7.5.1 b',
    blocker: false,
    presentRule: 'a document register with at least one approved document besides the information security policy.',
    present: live.some((d) => d.docType !== 'is_policy' && (isApproved(d) || hasApprovedVersion(d))),
    checks,
    fix: fix('Open the documents', 'documents'),
  });
}
