/** Where due dates come from: actions, audits and reviews, and expiring competence evidence. */
import { addMonths } from '../model/dates.ts';
import { auditDate, closedInternalAudits } from './audit-facts.ts';
import type { DueSeed } from './due-sources.ts';
import type { Keyed } from './helpers.ts';
import { type ReadinessInput, rows } from './input.ts';
import { heldReviews } from './rules-review.ts';
import { ncDueDate } from './rules-improvement.ts';
import type { Thresholds } from './thresholds.ts';

const act = (what: string, table: string, r: Keyed, due: string | null, owner: string | null = null, label?: string): DueSeed => ({
  group: 'actions',
  what,
  table,
  record: r,
  due,
  owner,
  ...(label ? { label } : {}),
});

const OPEN_IMPROVEMENT = new Set(['proposed', 'accepted', 'in_progress']);
const ACTIVE_OBJECTIVE = new Set(['not_started', 'on_track', 'at_risk']);

/** Treatment and corrective actions, effectiveness checks, nonconformities, review actions, improvements, changes, objectives and recurring work. */
export function actionsDue(input: ReadinessInput, t: Thresholds): DueSeed[] {
  const open = (s: string | null): boolean => s === 'planned' || s === 'in_progress';
  const cas = rows(input, 'correctiveActions');
  return [
    ...rows(input, 'treatmentActions').filter((a) => open(a.status)).map((a) => act('Treatment action', 'treatmentActions', a, a.dueDate, a.owner)),
    ...cas.filter((c) => open(c.status)).map((c) => act('Corrective action', 'correctiveActions', c, c.dueDate, c.owner)),
    ...cas
      .filter((c) => c.status === 'implemented' && c.effectiveness?.plannedAt && !c.effectiveness.result)
      .map((c) => act('Effectiveness check', 'correctiveActions', c, c.effectiveness!.plannedAt, c.effectiveness!.by ?? c.owner)),
    ...rows(input, 'nonconformities').filter((n) => n.status !== 'closed').map((n) => act('Nonconformity to close', 'nonconformities', n, ncDueDate(n, t), n.owner)),
    ...rows(input, 'managementReviews').flatMap((r) =>
      r.actions.filter((a) => a.status === 'open' && a.dueDate).map((a) => act('Review action', 'managementReviews', r, a.dueDate, a.owner, a.text)),
    ),
    ...rows(input, 'improvements').filter((i) => OPEN_IMPROVEMENT.has(i.status ?? '')).map((i) => act('Improvement', 'improvements', i, i.dueDate, i.owner)),
    ...rows(input, 'plannedChanges').filter((c) => c.status === 'approved' || c.status === 'in_progress').map((c) => act('Planned change', 'plannedChanges', c, c.plannedDate, c.owner)),
    ...rows(input, 'objectives').filter((o) => ACTIVE_OBJECTIVE.has(o.status ?? '')).map((o) => act('Objective target date', 'objectives', o, o.targetDate, o.planWho)),
    ...rows(input, 'recurringActivities').filter((a) => a.status === 'active').map((a) => act('Recurring activity', 'recurringActivities', a, a.nextDue, a.owner)),
    ...rows(input, 'communications').filter((c) => c.status === 'active').map((c) => act('Communication', 'communications', c, c.nextDue)),
    ...rows(input, 'awarenessActivities').filter((a) => a.status === 'planned' || a.status === 'running').map((a) => act('Awareness to complete', 'awarenessActivities', a, a.dueDate)),
  ].filter((s) => s.due !== null);
}

/** Planned audits and reviews, and the next internal audit and management review the cadence calls for. */
export function auditsDue(input: ReadinessInput, t: Thresholds): DueSeed[] {
  const audit = (what: string, table: string, r: Keyed, due: string | null, owner: string | null = null, label?: string): DueSeed => ({ ...act(what, table, r, due, owner, label), group: 'audits' });
  const audits = rows(input, 'audits');
  const inProgress = (s: string | null): boolean => s === 'planned' || s === 'preparing' || s === 'fieldwork' || s === 'reporting';
  const out: DueSeed[] = audits.filter((a) => inProgress(a.status)).map((a) => audit('Audit', 'audits', a, a.plannedDate ?? a.startDate, a.leadAuditor));
  for (const p of rows(input, 'auditProgrammes').filter((x) => x.status !== 'draft' && x.status !== 'completed'))
    for (const pa of p.plannedAudits.filter((x) => !x.audit && x.plannedDate)) out.push(audit('Planned audit', 'auditProgrammes', p, pa.plannedDate, pa.auditor, `${p.title}: ${pa.title}`));
  const lastAudit = closedInternalAudits(input).toSorted((a, b) => (auditDate(b) ?? '').localeCompare(auditDate(a) ?? ''))[0];
  const nextAudit = lastAudit && auditDate(lastAudit) ? addMonths(auditDate(lastAudit)!, t.auditMonths) : null;
  const auditPlanned = audits.some((a) => a.type === 'internal' && inProgress(a.status));
  if (lastAudit && nextAudit && !auditPlanned) out.push(audit('Next internal audit', 'audits', lastAudit, nextAudit, null, `Internal audit due (last: ${lastAudit.title})`));
  const reviews = rows(input, 'managementReviews');
  out.push(...reviews.filter((r) => r.status === 'planned').map((r) => audit('Management review', 'managementReviews', r, r.date, r.chair)));
  const lastReview = heldReviews(input)[0];
  if (lastReview?.date && !reviews.some((r) => r.status === 'planned'))
    out.push(audit('Next management review', 'managementReviews', lastReview, addMonths(lastReview.date, t.reviewMonths), lastReview.chair, `Management review due (last: ${lastReview.title})`));
  return out.filter((s) => s.due !== null);
}

/** Competence evidence of active people that expires: only the longest-valid record per person and competence. */
export function competenceDue(input: ReadinessInput): DueSeed[] {
  const active = new Set(rows(input, 'persons').filter((p) => p.active).map((p) => p.id));
  const best = new Map<string, (ReturnType<typeof rows<'competenceRecords'>>)[number]>();
  for (const r of rows(input, 'competenceRecords')) {
    if (!active.has(r.person ?? '')) continue;
    const key = `${r.person}|${r.requirement ?? r.competence.trim().toLowerCase()}`;
    const had = best.get(key);
    // Evidence without an expiry never comes due and outranks any dated evidence.
    if (!had || (had.validUntil !== null && (r.validUntil === null || r.validUntil > had.validUntil))) best.set(key, r);
  }
  return [...best.values()]
    .filter((r) => r.validUntil)
    .map((r) => ({ group: 'competence', what: 'Evidence expires', table: 'competenceRecords', record: r, due: r.validUntil, owner: r.person }));
}
