/** Where due dates come from: reviews and approvals (the cadences of DOMAIN section 2). */
import { addDays, addMonths } from '../model/dates.ts';
import { isLive, reviewDueDate } from './docs.ts';
import { latest, type Keyed } from './helpers.ts';
import { type ReadinessInput, rows } from './input.ts';
import { MEASUREMENT_GRACE_DAYS } from './rules-operation.ts';
import { PERIOD_MONTHS, periodOf } from './periods.ts';
import { approvedSoaVersion } from './soa-rows.ts';
import type { Thresholds } from './thresholds.ts';
import type { DueGroup } from './due-list.ts';

export { actionsDue, auditsDue, competenceDue } from './due-actions.ts';

/** A due date before it is dated against today and named. */
export interface DueSeed {
  group: DueGroup;
  what: string;
  table: string;
  record: Keyed;
  due: string | null;
  owner?: string | null;
  /** A label other than the record's title (an action inside a review). */
  label?: string;
  /** What to search the register for, when not the ref (an SoA row's control id). */
  search?: string;
}

type Dated = Keyed & { nextReviewDue: string | null; status?: string | null; owner?: string | null };

const seed = (group: DueGroup, what: string, table: string, r: Keyed, due: string | null, owner: string | null = null): DueSeed => ({ group, what, table, record: r, due, owner });

const reviewOf = <R extends Dated>(table: string, list: readonly R[], keep: (r: R) => boolean = () => true): DueSeed[] =>
  list.filter((r) => keep(r) && r.nextReviewDue).map((r) => seed('reviews', 'Review', table, r, r.nextReviewDue, r.owner ?? null));

/** Next reviews of context, parties, requirements, scope, documents, risks and assets; objective updates and measurements. */
export function reviewsDue(input: ReadinessInput, t: Thresholds): DueSeed[] {
  const out: DueSeed[] = [
    ...reviewOf('scopes', rows(input, 'scopes'), (s) => s.status === 'approved'),
    ...reviewOf('contextIssues', rows(input, 'contextIssues'), (c) => c.status !== 'closed'),
    ...reviewOf('interestedParties', rows(input, 'interestedParties')),
    ...reviewOf('requirements', rows(input, 'requirements')),
    ...reviewOf('risks', rows(input, 'risks'), (r) => r.status !== 'closed'),
    ...reviewOf('assets', rows(input, 'assets'), (a) => a.lifecycle !== 'retired' && a.lifecycle !== 'disposed'),
    ...rows(input, 'documents')
      .filter((d) => isLive(d) && (d.status === 'approved' || d.status === 'published'))
      .map((d) => seed('reviews', 'Review', 'documents', d, reviewDueDate(d, t.documentReviewMonths), d.owner)),
  ];
  for (const o of rows(input, 'objectives').filter((x) => x.status === 'not_started' || x.status === 'on_track' || x.status === 'at_risk')) {
    const last = latest([...o.progress.map((p) => p.at), o.communicatedAt]);
    if (last) out.push(seed('reviews', 'Progress update', 'objectives', o, addMonths(last, t.objectiveUpdateMonths), o.planWho));
  }
  const measured = new Map<string, string>();
  for (const m of rows(input, 'measurements')) {
    const d = m.periodEnd ?? m.periodStart ?? m.measuredAt;
    if (m.metric && d && d > (measured.get(m.metric) ?? '')) measured.set(m.metric, d);
  }
  for (const m of rows(input, 'metrics').filter((x) => x.status === 'active')) {
    const months = PERIOD_MONTHS[m.frequency ?? ''];
    const last = measured.get(m.id);
    // The next period after the last one measured, with the same grace as the readiness rule.
    if (months && last) out.push(seed('reviews', 'Measurement', 'metrics', m, addDays(periodOf(addDays(periodOf(last, months).end, 1), months).end, MEASUREMENT_GRACE_DAYS), m.measuredBy));
  }
  return out.filter((s) => s.due !== null);
}

/** Drafts waiting for approval, changes to approve before their date, and yearly re-approvals. */
export function approvalsDue(input: ReadinessInput): DueSeed[] {
  const waiting = (s: string | null | undefined): boolean => s === 'draft' || s === 'in_review';
  const titles = new Map(rows(input, 'documents').map((d) => [d.id, d.title]));
  const out: DueSeed[] = [
    ...rows(input, 'documents').filter((d) => isLive(d) && waiting(d.status)).map((d) => seed('approvals', 'Approval', 'documents', d, d.nextReviewDue, d.owner)),
    ...rows(input, 'documentVersions')
      .filter((v) => waiting(v.status))
      .map((v) => ({ ...seed('approvals', 'Version approval', 'documentVersions', v, null, v.author), label: `${titles.get(v.document ?? '') ?? 'Document'}, version ${v.version}` })),
    ...rows(input, 'plannedChanges').filter((c) => c.status === 'proposed').map((c) => seed('approvals', 'Approval before the change', 'plannedChanges', c, c.plannedDate, c.owner)),
    ...rows(input, 'soaVersions').filter((v) => waiting(v.status)).map((v) => seed('approvals', 'SoA version approval', 'soaVersions', v, null)),
    ...rows(input, 'scopes').filter((s) => s.status === 'draft').map((s) => seed('approvals', 'Scope approval', 'scopes', s, null)),
    ...rows(input, 'riskMethods').filter((m) => m.status === 'draft').map((m) => seed('approvals', 'Method approval', 'riskMethods', m, null)),
    ...rows(input, 'auditProgrammes').filter((p) => p.status === 'draft').map((p) => seed('approvals', 'Programme approval', 'auditProgrammes', p, p.periodFrom)),
    ...rows(input, 'managementReviews').filter((r) => r.status === 'held').map((r) => seed('approvals', 'Minutes to approve', 'managementReviews', r, null, r.chair)),
  ];
  const soa = approvedSoaVersion(input);
  if (soa?.approvedAt) out.push({ ...seed('approvals', 'Yearly SoA re-approval', 'soaVersions', soa, addMonths(soa.approvedAt, 12), soa.approvedBy), label: `Statement of Applicability, version ${soa.version}` });
  const method = rows(input, 'riskMethods').filter((m) => m.status === 'approved' && m.approvedAt).toSorted((a, b) => b.approvedAt!.localeCompare(a.approvedAt!))[0];
  if (method?.approvedAt) out.push({ ...seed('approvals', 'Yearly method review', 'riskMethods', method, addMonths(method.approvedAt, 12), method.approvedBy), label: `Risk method, version ${method.version}` });
  return out;
}
