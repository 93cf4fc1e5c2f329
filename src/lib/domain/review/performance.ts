/** The review-pack inputs on performance and risk (9.3.2 d 1–4, f). Pure. */
import type { Metric } from '../entities/metric.ts';
import { levelRank, riskLevel } from '../entities/risk-method.ts';
import { addMonths } from '../model/dates.ts';
import type { PackContext } from './inputs.ts';
import { type InputResult, count, daysBetween, nameOf, table, tally } from './shared.ts';

/** d 1: nonconformities and corrective actions: how many, how old, how they were closed. */
export function perfNc(c: PackContext): InputResult {
  const ncs = c.tables.nonconformities ?? [];
  const open = ncs.filter((n) => n.status !== 'closed');
  const opened = ncs.filter((n) => (n.detectedAt ?? n.createdAt.slice(0, 10)) > c.since);
  const closed = ncs.filter((n) => n.status === 'closed' && (n.closedAt ?? '') > c.since);
  const overdue = open.filter((n) => n.dueDate !== null && n.dueDate < c.today);
  const ages = open.map((n) => daysBetween(n.detectedAt ?? n.createdAt.slice(0, 10), c.today));
  const meanAge = ages.length ? Math.round(ages.reduce((a, b) => a + b, 0) / ages.length) : 0;
  const yearAgo = addMonths(c.today, -12);
  const recent = ncs.filter((n) => (n.detectedAt ?? '') >= yearAgo);
  const repeats = recent.filter((n) => recent.some((m) => m.id !== n.id && m.requirement.trim() === n.requirement.trim()));
  const checks = (c.tables.correctiveActions ?? []).map((a) => a.effectiveness?.result).filter((r) => r);
  const facts = [
    `${count(opened.length, 'nonconformity', 'nonconformities')} raised and ${closed.length} closed ${c.hasPrevious ? 'since the last review' : 'in the last twelve months'}.`,
    `Corrective action checks: ${tally(checks.map(String), ['effective', 'not_effective']) || 'none yet'}.`,
    repeats.length ? `${count(repeats.length, 'nonconformity', 'nonconformities')} on a requirement that had another in the last twelve months.` : 'No repeat nonconformities in the last twelve months.',
  ];
  const summary = `${count(open.length, 'open nonconformity', 'open nonconformities')}${open.length ? `, on average ${meanAge} days old` : ''}; ${overdue.length} past ${overdue.length === 1 ? 'its' : 'their'} due date.`;
  const rows = ncs
    .filter((n) => n.status !== 'closed' || (n.closedAt ?? '') > c.since)
    .map((n) => [n.ref, n.title, n.severity ?? '—', n.requirement, (n.status ?? '').replace(/_/g, ' '), n.dueDate ?? '—']);
  return { summary, facts, table: table(['Ref', 'Nonconformity', 'Severity', 'Requirement', 'Status', 'Due'], rows), attention: overdue.length + repeats.length };
}

/** Red, amber or green for a value against a metric's thresholds; null when it has none. */
export function ragOf(m: Pick<Metric, 'direction' | 'thresholdGreen' | 'thresholdAmber'>, v: number): 'green' | 'amber' | 'red' | null {
  const { direction: dir, thresholdGreen: g, thresholdAmber: a } = m;
  if (!dir || g === null) return null;
  const better = (x: number, than: number): boolean => (dir === 'up' ? x >= than : x <= than);
  if (better(v, g)) return 'green';
  if (a !== null && better(v, a)) return 'amber';
  return 'red';
}

/** d 2: the latest result of every active metric, its colour and its direction of travel. */
export function perfMetrics(c: PackContext): InputResult {
  const metrics = (c.tables.metrics ?? []).filter((m) => m.status === 'active');
  const results = metrics.map((m) => {
    const ms = (c.tables.measurements ?? []).filter((x) => x.metric === m.id).toSorted((a, b) => (b.periodEnd ?? b.measuredAt ?? '').localeCompare(a.periodEnd ?? a.measuredAt ?? ''));
    const [last, prev] = ms;
    const rag = last && last.value !== null ? ragOf(m, last.value) : null;
    const trend = last?.value != null && prev?.value != null ? (last.value === prev.value ? 'steady' : (last.value > prev.value) === (m.direction !== 'down') ? 'better' : 'worse') : '—';
    return { m, last, rag, trend };
  });
  const unmeasured = results.filter((r) => !r.last);
  const summary = `${count(metrics.length, 'active metric')}: ${tally(results.map((r) => r.rag ?? 'no threshold'), ['green', 'amber', 'red', 'no threshold']) || 'none measured'}${unmeasured.length ? `; ${unmeasured.length} without any measurement` : ''}.`;
  const rows = results.map(({ m, last, rag, trend }) => [
    m.name, last ? `${last.value ?? '—'}${m.unit && m.unit !== '%' ? ` ${m.unit}` : m.unit}` : 'not measured', m.target === null ? '—' : `${m.target}${m.unit === '%' ? '%' : ''}`,
    rag ?? '—', trend, last?.periodEnd ?? last?.measuredAt ?? '—',
  ]);
  return { summary, facts: [], table: table(['Metric', 'Latest', 'Target', 'RAG', 'Trend', 'Period to'], rows), attention: results.filter((r) => r.rag === 'red').length + unmeasured.length };
}

/** d 3: audits held in the period and what they found. */
export function perfAudits(c: PackContext): InputResult {
  const audits = (c.tables.audits ?? []).filter((a) => a.status !== 'cancelled' && (a.endDate ?? a.startDate ?? '') > c.since);
  const findings = (c.tables.findings ?? []).filter((f) => audits.some((a) => a.id === f.audit));
  const order = ['major_nc', 'minor_nc', 'observation', 'ofi', 'good_practice'];
  const words: Record<string, string> = { major_nc: 'major nonconformity', minor_nc: 'minor nonconformity', observation: 'observation', ofi: 'opportunity for improvement', good_practice: 'good practice' };
  const summary = audits.length
    ? `${count(audits.length, 'audit')} ${c.hasPrevious ? 'since the last review' : 'in the last twelve months'}, with ${count(findings.length, 'finding')}: ${tally(findings.map((f) => f.type ?? ''), order, (v) => words[v] ?? v) || 'none'}.`
    : `No audit ${c.hasPrevious ? 'since the last review' : 'in the last twelve months'}.`;
  const rows = audits.map((a) => {
    const fs = findings.filter((f) => f.audit === a.id);
    return [a.ref, a.title, (a.type ?? '').replace(/_/g, ' '), a.endDate ?? a.startDate ?? '—', (a.status ?? '').replace(/_/g, ' '), tally(fs.map((f) => f.type ?? ''), order, (v) => words[v] ?? v) || 'none'];
  });
  const nc = findings.filter((f) => (f.type === 'major_nc' || f.type === 'minor_nc') && !f.nonconformity);
  return { summary, facts: nc.length ? [`${count(nc.length, 'nonconformity finding')} not yet in the nonconformity register.`] : [], table: table(['Ref', 'Audit', 'Type', 'Ended', 'Status', 'Findings'], rows), attention: nc.length + (audits.length ? 0 : 1) };
}

/** d 4: how far the objectives are met. */
export function perfObjectives(c: PackContext): InputResult {
  const objs = (c.tables.objectives ?? []).filter((o) => o.status !== 'cancelled');
  const order = ['achieved', 'on_track', 'at_risk', 'missed', 'not_started'];
  const summary = `${count(objs.length, 'objective')}: ${tally(objs.map((o) => o.status ?? ''), order) || 'none set'}.`;
  const rows = objs.map((o) => {
    const last = o.progress.toSorted((a, b) => (b.at ?? '').localeCompare(a.at ?? ''))[0];
    return [o.ref, o.title, o.target === null ? '—' : `${o.target}${o.unit ? ` ${o.unit}` : ''}`, last?.value == null ? '—' : String(last.value), (o.status ?? '').replace(/_/g, ' '), nameOf(c.tables.persons ?? [], o.planWho), o.targetDate ?? '—'];
  });
  return { summary, facts: [], table: table(['Ref', 'Objective', 'Target', 'Last value', 'Status', 'Owner', 'Due'], rows), attention: objs.filter((o) => o.status === 'at_risk' || o.status === 'missed').length };
}

/** f: risk assessment results and the status of the treatment plan. */
export function riskStatus(c: PackContext): InputResult {
  const method = c.tables.riskMethod ?? null;
  const risks = (c.tables.risks ?? []).filter((r) => r.status !== 'closed');
  const above = (rating: { likelihood: number; impact: number } | null): boolean => {
    if (!method || !rating) return false;
    const lv = riskLevel(method, rating);
    return lv !== undefined && levelRank(method, lv.code) > levelRank(method, method.appetite);
  };
  const inherentAbove = risks.filter((r) => above(r.inherent));
  const residualAbove = risks.filter((r) => above(r.residual ?? r.inherent));
  const unaccepted = residualAbove.filter((r) => !r.acceptance);
  const actions = c.tables.treatmentActions ?? [];
  const openActions = actions.filter((a) => a.status === 'planned' || a.status === 'in_progress');
  const lateActions = openActions.filter((a) => a.dueDate !== null && a.dueDate < c.today);
  const lateReviews = risks.filter((r) => r.nextReviewDue !== null && r.nextReviewDue < c.today);
  const summary =
    `${count(risks.length, 'open risk')}: ${inherentAbove.length} above appetite before treatment, ${residualAbove.length} after planned treatment (${unaccepted.length} of them without acceptance). ` +
    `Treatment plan: ${actions.filter((a) => a.status === 'done').length} actions done, ${openActions.length} open, ${lateActions.length} overdue; ${count(lateReviews.length, 'risk review')} overdue.`;
  const rows = [...new Set([...residualAbove, ...lateReviews])].map((r) => [
    r.ref, r.title, nameOf(c.tables.persons ?? [], r.owner), method && r.residual ? (riskLevel(method, r.residual)?.label ?? '—') : '—',
    residualAbove.includes(r) ? (r.acceptance ? 'above appetite, accepted' : 'above appetite') : 'review overdue',
  ]);
  return {
    summary,
    facts: method ? [] : ['No approved risk method: levels and appetite cannot be shown.'],
    table: table(['Ref', 'Risk', 'Owner', 'Residual level', 'Why listed'], rows),
    attention: unaccepted.length + lateActions.length + lateReviews.length,
  };
}
