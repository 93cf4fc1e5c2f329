/**
 * The builders of the review-pack inputs about context, earlier actions, feedback and
 * improvement (9.3.2 a, b, c, e, g). The performance and risk inputs are in performance.ts.
 */
import type { Audit } from '../entities/audit.ts';
import type { ContextIssue } from '../entities/context-issue.ts';
import type { CorrectiveAction } from '../entities/corrective-action.ts';
import type { Finding } from '../entities/finding.ts';
import type { Improvement } from '../entities/improvement.ts';
import type { InterestedParty } from '../entities/interested-party.ts';
import type { ManagementReview, ReviewInputCode } from '../entities/management-review.ts';
import type { Measurement } from '../entities/measurement.ts';
import type { Metric } from '../entities/metric.ts';
import type { Nonconformity } from '../entities/nonconformity.ts';
import type { Objective } from '../entities/objective.ts';
import type { Person } from '../entities/person.ts';
import type { Requirement } from '../entities/requirement.ts';
import type { Risk } from '../entities/risk.ts';
import type { RiskMethodDraft } from '../entities/risk-method.ts';
import type { TreatmentAction } from '../entities/treatment-action.ts';
import { perfAudits, perfMetrics, perfNc, perfObjectives, riskStatus } from './performance.ts';
import { type InputResult, changeSince, count, nameOf, table, tally } from './shared.ts';

/** The tables the pack reads. */
export interface PackTables {
  managementReviews: readonly ManagementReview[];
  contextIssues: readonly ContextIssue[];
  interestedParties: readonly InterestedParty[];
  requirements: readonly Requirement[];
  nonconformities: readonly Nonconformity[];
  correctiveActions: readonly CorrectiveAction[];
  audits: readonly Audit[];
  findings: readonly Finding[];
  metrics: readonly Metric[];
  measurements: readonly Measurement[];
  objectives: readonly Objective[];
  risks: readonly Risk[];
  treatmentActions: readonly TreatmentAction[];
  improvements: readonly Improvement[];
  persons: readonly Person[];
  /** The approved risk method in force, if any. */
  riskMethod?: RiskMethodDraft | null;
}

/** What every builder knows: the request, and the earlier reviews newest first. */
export interface PackContext {
  today: string;
  edition: '2013' | '2022';
  climateChangeRelevant?: 'yes' | 'no' | 'not_assessed' | null;
  tables: Partial<PackTables>;
  /** The date changes are counted from: the last review, or a year back for a first review. */
  since: string;
  hasPrevious: boolean;
  earlier: readonly ManagementReview[];
}

const sinceText = (c: PackContext): string => (c.hasPrevious ? `since the last review (${c.since})` : `in the last twelve months (since ${c.since})`);

/** a: the status of the actions decided at earlier reviews. */
function prevActions(c: PackContext): InputResult {
  if (c.earlier.length === 0)
    return { summary: 'This is the first management review: there are no actions from earlier reviews.', facts: [], table: null, attention: 0 };
  const persons = c.tables.persons ?? [];
  const actions = c.earlier.flatMap((r) => r.actions.map((a) => ({ ...a, review: r })));
  const overdue = actions.filter((a) => a.status === 'open' && a.dueDate !== null && a.dueDate < c.today);
  const summary =
    `${count(actions.length, 'action')} from ${count(c.earlier.length, 'earlier review')}: ` +
    `${tally(actions.map((a) => a.status), ['done', 'open', 'cancelled']) || 'none recorded'}` +
    (overdue.length ? `; ${overdue.length} open past ${overdue.length === 1 ? 'its' : 'their'} due date.` : '.');
  const rows = actions.map((a) => [
    a.review.ref, a.text, nameOf(persons, a.owner), a.dueDate ?? '—', a.status === 'open' && a.dueDate !== null && a.dueDate < c.today ? 'open, overdue' : (a.status ?? '—'),
  ]);
  return { summary, facts: [], table: table(['Review', 'Action', 'Owner', 'Due', 'Status'], rows), attention: overdue.length };
}

/** b: what changed in the internal and external issues. */
function issuesChanges(c: PackContext): InputResult {
  const issues = c.tables.contextIssues ?? [];
  const changed = issues.map((i) => ({ i, change: changeSince(i, c.since) })).filter((x) => x.change !== null);
  const climate = c.climateChangeRelevant;
  const facts = [
    `${count(issues.filter((i) => i.status !== 'closed').length, 'open issue')}: ${issues.filter((i) => i.origin === 'internal' && i.status !== 'closed').length} internal, ${issues.filter((i) => i.origin === 'external' && i.status !== 'closed').length} external.`,
    climate === 'yes' || climate === 'no'
      ? `Climate change is decided ${climate === 'yes' ? 'relevant' : 'not relevant'} (${count(issues.filter((i) => i.isClimateRelated).length, 'climate-related issue')}).`
      : 'Whether climate change is a relevant issue has not been assessed yet.',
  ];
  const summary = `${tally(changed.map((x) => x.change!), ['new', 'changed']) || 'No'} ${changed.length === 1 ? 'issue' : 'issues'} ${sinceText(c)}.`;
  const rows = changed.map(({ i, change }) => [i.ref, i.title, i.origin ?? '', i.relevance ?? '—', i.status ?? '', change ?? '']);
  const attention = (climate === 'yes' || climate === 'no' ? 0 : 1) + changed.filter((x) => x.i.relevance === 'high').length;
  return { summary, facts, table: table(['Ref', 'Issue', 'Origin', 'Relevance', 'Status', 'Change'], rows), attention };
}

/** c (2022): what changed in what interested parties need and expect. */
function ipChanges(c: PackContext): InputResult {
  const parties = (c.tables.interestedParties ?? []).map((p) => ({ p, change: changeSince(p, c.since) })).filter((x) => x.change);
  const reqs = c.tables.requirements ?? [];
  const changedReqs = reqs.map((r) => ({ r, change: changeSince(r, c.since) })).filter((x) => x.change);
  const partyName = (id: string | null) => (c.tables.interestedParties ?? []).find((p) => p.id === id)?.name ?? '—';
  const undecided = reqs.filter((r) => !r.addressedThroughIsms);
  const summary =
    `${count(parties.length, 'interested party', 'interested parties')} and ${count(changedReqs.length, 'requirement')} new or changed ${sinceText(c)}. ` +
    `Of ${count(reqs.length, 'requirement')}, ${tally(reqs.map((r) => r.addressedThroughIsms ?? 'undecided'), ['yes', 'partly', 'no', 'undecided'], (v) => ({ yes: 'fully addressed', partly: 'partly addressed', no: 'not addressed' })[v] ?? 'not yet decided') || 'none'} through the ISMS.`;
  const rows = [
    ...parties.map(({ p, change }) => [p.ref, p.name, 'Party', change ?? '']),
    ...changedReqs.map(({ r, change }) => [r.ref, `${r.title} (${partyName(r.party)})`, `Requirement, addressed: ${r.addressedThroughIsms ?? 'undecided'}`, change ?? '']),
  ];
  return { summary, facts: [], table: table(['Ref', 'Party or requirement', 'Kind', 'Change'], rows), attention: undecided.length };
}

/** e: feedback from interested parties: complaints, and requirements not (fully) met. */
function ipFeedback(c: PackContext): InputResult {
  const complaints = [...(c.tables.nonconformities ?? []), ...(c.tables.findings ?? [])].filter(
    (r) => r.source === 'complaint' && (r.createdAt.slice(0, 10) > c.since || ('detectedAt' in r && (r.detectedAt ?? '') > c.since)),
  );
  const notMet = (c.tables.requirements ?? []).filter((r) => r.complianceStatus === 'partially' || r.complianceStatus === 'non_compliant');
  const summary =
    `${count(complaints.length, 'complaint')} recorded ${sinceText(c)}; ${count(notMet.length, 'requirement')} of interested parties only partly or not met. ` +
    'Add what customers, regulators and others said in questionnaires, meetings and audits.';
  const rows = notMet.map((r) => [r.ref, r.title, r.complianceStatus === 'partially' ? 'Partially compliant' : 'Not compliant']);
  return { summary, facts: complaints.map((r) => `${r.ref}: complaint`), table: table(['Ref', 'Requirement', 'Compliance'], rows), attention: notMet.length };
}

/** g: opportunities for continual improvement. */
function improvementOpps(c: PackContext): InputResult {
  const imps = c.tables.improvements ?? [];
  const open = imps.filter((i) => i.status === 'proposed' || i.status === 'accepted' || i.status === 'in_progress');
  const done = imps.filter((i) => i.status === 'implemented' && (i.benefitReview?.at ?? '') > c.since);
  const ofis = (c.tables.findings ?? []).filter((f) => (f.type === 'ofi' || f.type === 'observation') && !f.improvement && !f.nonconformity);
  const summary = `${count(open.length, 'improvement')} open (${tally(open.map((i) => i.status), ['proposed', 'accepted', 'in_progress']) || 'none'}); ${count(done.length, 'improvement')} implemented and reviewed ${sinceText(c)}; ${count(ofis.length, 'audit observation or opportunity', 'audit observations or opportunities')} not yet taken up.`;
  const rows = [
    ...open.map((i) => [i.ref, i.title, (i.status ?? '').replace(/_/g, ' '), nameOf(c.tables.persons ?? [], i.owner)]),
    ...ofis.map((f) => [f.ref, f.statement, f.type === 'ofi' ? 'audit opportunity' : 'audit observation', '—']),
  ];
  return { summary, facts: [], table: table(['Ref', 'Opportunity', 'Status', 'Owner'], rows), attention: open.filter((i) => i.status === 'proposed').length + ofis.length };
}

/** The builder of each input. */
export const inputBuilders: Record<ReviewInputCode, (c: PackContext) => InputResult> = {
  prev_actions: prevActions,
  issues_changes: issuesChanges,
  ip_changes: ipChanges,
  perf_nc: perfNc,
  perf_metrics: perfMetrics,
  perf_audits: perfAudits,
  perf_objectives: perfObjectives,
  ip_feedback: ipFeedback,
  risk_status: riskStatus,
  improvement_opps: improvementOpps,
};

export type { InputResult };
