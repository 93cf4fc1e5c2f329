/**
 * The implementation roadmap: the stages of building an ISMS, from management support to the
 * certification audit, each with what it produces and how far the workspace has come. A stage
 * is done when its readiness items pass (or only warn), started when any of its records exist.
 */
import { readiness } from './index.ts';
import { type ReadinessInput, rows, type TableName } from './input.ts';
import { fix, fixTable } from './links.ts';
import type { FixLink, ReadinessItem, ReadinessReport } from './types.ts';

export type StageState = 'done' | 'partly' | 'not_started';

export interface RoadmapStage {
  id: string;
  title: string;
  clause: string;
  /** What the stage leaves behind, in plain words. */
  produces: string[];
  state: StageState;
  /** What to do next (or, when done, what shows it). */
  next: string;
  /** The readiness items that decide the stage. */
  items: string[];
  link: FixLink;
}

export interface Roadmap {
  stages: RoadmapStage[];
  /** The first stage not done yet: where to work now; null when every stage is done. */
  current: string | null;
}

interface StageSpec {
  id: string;
  title: string;
  clause: string;
  produces: string[];
  start: string;
  items: string[];
  /** Tables whose records show the stage has begun. */
  tables: TableName[];
  /** Extra conditions for "done" beyond the items. */
  extra?: (input: ReadinessInput) => string | null;
  link: FixLink;
}

const STAGES: StageSpec[] = [
  {
    id: 'support-scope',
    title: 'Management support and scope',
    clause: '5.1, 4.3',
    produces: ['A sponsor in top management who owns the ISMS', 'An approved scope: what is in, what is out and why'],
    start: 'Record the people, mark top management, then write and approve the ISMS scope.',
    items: ['R01'],
    tables: ['scopes', 'persons'],
    extra: sponsorGap,
    link: fix('Open the ISMS scope', 'scope'),
  },
  {
    id: 'context',
    title: 'Context and interested parties',
    clause: '4.1, 4.2',
    produces: ['Internal and external issues, and the decision on climate change', 'Interested parties, their requirements and which ones the ISMS addresses'],
    start: 'List the internal and external issues, then the interested parties and what each requires.',
    items: [],
    tables: ['contextIssues', 'interestedParties', 'requirements'],
    extra: contextGap,
    link: fix('Open the context issues', 'context'),
  },
  {
    id: 'policy-roles',
    title: 'Policy and roles',
    clause: '5.2, 5.3',
    produces: ['An approved information security policy, communicated to staff', 'Roles with responsibilities, authorities and holders'],
    start: 'Write the information security policy, have top management approve it, and set up the ISMS roles.',
    items: ['R02'],
    tables: ['roles'],
    extra: rolesGap,
    link: fix('Open the policies', 'policies'),
  },
  {
    id: 'risk-method',
    title: 'Risk method',
    clause: '6.1.2 a, b',
    produces: ['Approved scales, risk levels, appetite and acceptance rules'],
    start: 'Review the default five-by-five method, adjust it to your organisation and approve it.',
    items: ['R03'],
    tables: ['riskMethods'],
    link: fix('Open the risk method', 'risks', { view: 'method' }),
  },
  {
    id: 'risk-assessment',
    title: 'Risk assessment',
    clause: '6.1.2, 8.2',
    produces: ['An asset inventory', 'A risk register: every risk owned, rated and compared with the appetite'],
    start: 'List the assets, then identify and rate the risks, each with an owner.',
    items: ['R09'],
    tables: ['assets', 'risks'],
    link: fix('Open the risk register', 'risks'),
  },
  {
    id: 'treatment-soa',
    title: 'Risk treatment and the Statement of Applicability',
    clause: '6.1.3',
    produces: ['A treatment decision and actions for every risk above the appetite, accepted by the risk owners', 'An approved SoA covering every Annex A control'],
    start: 'Decide how to treat each risk above the appetite, plan the actions, then decide every control in the SoA and approve it.',
    items: ['R04', 'R04a', 'R04b'],
    tables: ['treatmentActions', 'soaEntries', 'soaVersions'],
    link: fix('Open the Statement of Applicability', 'soa'),
  },
  {
    id: 'objectives-support',
    title: 'Objectives, competence and documents',
    clause: '6.2, 7.2–7.5',
    produces: ['Measurable objectives with plans', 'Competence requirements and evidence for the ISMS roles', 'A controlled document register'],
    start: 'Set measurable objectives, define what each role must know, and register your controlled documents.',
    items: ['R05', 'R06', 'R07'],
    tables: ['objectives', 'competenceRequirements', 'competenceRecords', 'documents'],
    link: fix('Open the objectives', 'objectives'),
  },
  {
    id: 'operation-metrics',
    title: 'Operation and measurement',
    clause: '8.1, 8.3, 9.1',
    produces: ['Recurring activities done on time with evidence', 'Treatment actions carried out and verified', 'Metrics measured every period'],
    start: 'Run the planned activities and treatment actions, and record the results of your metrics.',
    items: ['R08', 'R10', 'R11'],
    tables: ['recurringActivities', 'metrics', 'measurements'],
    link: fix('Open the metrics', 'metrics'),
  },
  {
    id: 'internal-audit',
    title: 'Internal audit',
    clause: '9.2',
    produces: ['An approved audit programme', 'An independent internal audit of clauses 4 to 10, reported to top management'],
    start: 'Approve an audit programme and have an independent auditor audit the whole ISMS.',
    items: ['R12'],
    tables: ['auditProgrammes', 'audits'],
    link: fix('Open the internal audits', 'audits'),
  },
  {
    id: 'management-review',
    title: 'Management review',
    clause: '9.3',
    produces: ['A review by top management of every input, with decisions and actions'],
    start: 'Hold a management review after the internal audit, covering every input.',
    items: ['R13'],
    tables: ['managementReviews'],
    link: fix('Open the management reviews', 'reviews'),
  },
  {
    id: 'corrective-actions',
    title: 'Nonconformities and corrective actions',
    clause: '10.2',
    produces: ['Every nonconformity corrected, analysed and acted on, closed when found effective'],
    start: 'Record the nonconformities found, their correction, root cause and corrective actions.',
    items: ['R14'],
    tables: ['nonconformities', 'correctiveActions'],
    link: fix('Open the nonconformities', 'nonconformities'),
  },
  {
    id: 'certification',
    title: 'Certification audit, stages 1 and 2',
    clause: '',
    produces: ['Stage 1: the certification body reviews the documents and your readiness', 'Stage 2: it audits how the ISMS works in practice'],
    start: 'Clear the blockers first; certification bodies also expect a full internal audit, a management review and a few months of records before stage 2.',
    items: [],
    tables: [],
    link: fixTable('Record the certification audits', 'audits'),
  },
];

/** Stage 1 needs a sponsor: an active person marked as top management. */
function sponsorGap(input: ReadinessInput): string | null {
  return rows(input, 'persons').some((p) => p.isTopManagement && p.active) ? null : 'Mark at least one active person as top management.';
}

/** 5.3: someone keeps the ISMS conforming and someone reports its performance to top management. */
function rolesGap(input: ReadinessInput): string | null {
  const active = new Set(rows(input, 'persons').filter((p) => p.active).map((p) => p.id));
  const held = (duty: string): boolean => rows(input, 'roles').some((r) => r.duty.some((d) => d === duty) && r.holders.some((p) => active.has(p)));
  return held('ensure_conformity') && held('report_performance') ? null : 'Give active people the duties of keeping the ISMS conforming and of reporting its performance (5.3).';
}

/** Stage 2 of the context: both kinds of issue, a climate decision, requirements decided. */
function contextGap(input: ReadinessInput): string | null {
  const issues = rows(input, 'contextIssues');
  if (!issues.some((i) => i.origin === 'internal') || !issues.some((i) => i.origin === 'external')) return 'Record at least one internal and one external issue.';
  if (!input.workspace || input.workspace.climateChangeRelevant === 'not_assessed' || !input.workspace.climateChangeRelevant) return 'Decide whether climate change is a relevant issue (in the settings).';
  const reqs = rows(input, 'requirements');
  if (rows(input, 'interestedParties').some((p) => !reqs.some((r) => r.party === p.id))) return 'Give every interested party at least one requirement.';
  if (reqs.length === 0 || reqs.some((r) => !r.addressedThroughIsms)) return 'Decide, for every requirement, whether the ISMS addresses it.';
  return null;
}

function certification(input: ReadinessInput, report: ReadinessReport): { state: StageState; next: string; link?: FixLink } {
  const audits = rows(input, 'audits');
  if (audits.some((a) => a.type === 'certification_stage2' && a.status === 'closed')) return { state: 'done', next: 'Stage 2 is closed. Keep the cycle going for the yearly surveillance audits.' };
  if (audits.some((a) => a.type === 'certification_stage1' || a.type === 'certification_stage2')) return { state: 'partly', next: 'Certification is under way: close the findings of stage 1 before stage 2.' };
  const blockers = report.blockers.length;
  if (blockers === 0) return { state: 'partly', next: 'No blockers are left: you can book the certification audit.' };
  return {
    state: 'not_started',
    next: `Clear the ${blockers} blocker${blockers === 1 ? '' : 's'} on the readiness page before booking the certification audit.`,
    link: fix('See the blockers', 'readiness'),
  };
}

function stageOf(spec: StageSpec, input: ReadinessInput, byId: Map<string, ReadinessItem>): RoadmapStage {
  const items = spec.items.map((id) => byId.get(id)).filter((i): i is ReadinessItem => i !== undefined);
  const open = items.find((i) => i.status === 'fail');
  const gap = spec.extra?.(input) ?? null;
  const started = spec.tables.some((t) => rows(input, t).length > 0) || items.some((i) => i.present);
  const done = !open && !gap && (items.length > 0 || spec.tables.length > 0) && started;
  const state: StageState = done ? 'done' : started ? 'partly' : 'not_started';
  const next = done ? 'Done.' : !started ? spec.start : open ? `${open.id} ${open.title}, not yet met: ${open.rule}` : (gap ?? spec.start);
  return { id: spec.id, title: spec.title, clause: spec.clause, produces: spec.produces, state, next, items: spec.items, link: open?.fix ?? spec.link };
}

/** The roadmap of the workspace, using its readiness report (computed when not given). */
export function roadmap(input: ReadinessInput, report: ReadinessReport = readiness(input)): Roadmap {
  const byId = new Map([...report.items, ...report.goodPractice].map((i) => [i.id, i]));
  const stages = STAGES.map((spec) => (spec.id === 'certification' ? { ...stageOf(spec, input, byId), ...certification(input, report) } : stageOf(spec, input, byId)));
  return { stages, current: stages.find((s) => s.state !== 'done')?.id ?? null };
}
