import { levelRank, riskLevel, type RiskMethodDraft } from './entities/risk-method.ts';
import type { Rating } from './model/fields.ts';

type Row = Record<string, unknown>;

/** The records the dashboard summarises, as stored. */
export interface DashboardInput {
  today: string;
  method: RiskMethodDraft | null;
  risks: Row[];
  actions: Row[];
  documents: Row[];
  soaEntries: Row[];
  nonconformities: Row[];
  objectives: Row[];
  audits: Row[];
  reviews: Row[];
}

export interface Attention {
  text: string;
  /** Route and query that list the records concerned. */
  path: string;
  query: Record<string, string>;
}

export interface DashboardSummary {
  risks: { total: number; aboveAppetite: number; undecidedAboveAppetite: number; reviewOverdue: number };
  actions: { open: number; overdue: number; done: number };
  soa: { total: number; applicable: number; implemented: number; implementedPct: number };
  documents: { total: number; reviewOverdue: number };
  nonconformities: { open: number; overdue: number };
  objectives: { total: number; onTrack: number };
  lastAudit: string | null;
  lastReview: string | null;
  attention: Attention[];
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const before = (d: unknown, today: string): boolean => str(d) !== '' && str(d) < today;

function aboveAppetite(method: RiskMethodDraft | null, r: unknown): boolean {
  if (!method || !r) return false;
  const lv = riskLevel(method, r as Rating);
  return lv !== undefined && levelRank(method, lv.code) > levelRank(method, method.appetite);
}

/** What the dashboard shows: counts per area and the things that need attention now. */
export function dashboardSummary(x: DashboardInput): DashboardSummary {
  const openRisks = x.risks.filter((r) => r['status'] !== 'closed');
  // The residual (target) rating when there is one, else the inherent rating.
  const standing = (r: Row): unknown => r['residual'] ?? r['inherent'];
  const above = openRisks.filter((r) => aboveAppetite(x.method, standing(r)));
  const undecided = openRisks.filter((r) => aboveAppetite(x.method, r['inherent']) && !r['treatmentOption']);
  const riskOverdue = openRisks.filter((r) => before(r['nextReviewDue'], x.today));
  const openActions = x.actions.filter((a) => a['status'] === 'planned' || a['status'] === 'in_progress');
  const lateActions = openActions.filter((a) => before(a['dueDate'], x.today));
  const applicable = x.soaEntries.filter((e) => e['applicable'] === 'yes');
  const implemented = applicable.filter((e) => e['implementationStatus'] === 'implemented');
  const lateDocs = x.documents.filter((d) => d['status'] !== 'withdrawn' && d['status'] !== 'superseded' && before(d['nextReviewDue'], x.today));
  const openNcs = x.nonconformities.filter((n) => n['status'] !== 'closed');
  const lateNcs = openNcs.filter((n) => before(n['dueDate'], x.today));
  const latest = (rows: Row[], field: string, keep: (r: Row) => boolean): string | null =>
    rows.filter(keep).map((r) => str(r[field])).filter(Boolean).sort().at(-1) ?? null;
  const attention: Attention[] = [];
  const note = (n: number, one: string, many: string, path: string, query: Record<string, string> = {}): void => {
    if (n > 0) attention.push({ text: n === 1 ? one : many.replace('#', String(n)), path, query });
  };
  note(undecided.length, '1 risk above appetite has no treatment decision.', '# risks above appetite have no treatment decision.', 'risks', { treatment: 'none' });
  note(lateActions.length, '1 treatment action is overdue.', '# treatment actions are overdue.', 'treatment', { due: 'overdue' });
  note(riskOverdue.length, '1 risk is past its review date.', '# risks are past their review date.', 'risks', { due: 'overdue' });
  note(lateDocs.length, '1 document is past its review date.', '# documents are past their review date.', 'documents', { due: 'overdue' });
  note(lateNcs.length, '1 nonconformity is past its due date.', '# nonconformities are past their due date.', 'nonconformities', { due: 'overdue' });
  return {
    risks: { total: openRisks.length, aboveAppetite: above.length, undecidedAboveAppetite: undecided.length, reviewOverdue: riskOverdue.length },
    actions: { open: openActions.length, overdue: lateActions.length, done: x.actions.filter((a) => a['status'] === 'done').length },
    soa: {
      total: x.soaEntries.length,
      applicable: applicable.length,
      implemented: implemented.length,
      implementedPct: applicable.length ? Math.round((implemented.length / applicable.length) * 100) : 0,
    },
    documents: { total: x.documents.length, reviewOverdue: lateDocs.length },
    nonconformities: { open: openNcs.length, overdue: lateNcs.length },
    objectives: { total: x.objectives.length, onTrack: x.objectives.filter((o) => o['status'] === 'on_track' || o['status'] === 'achieved').length },
    lastAudit: latest(x.audits, 'endDate', (a) => a['status'] === 'closed'),
    lastReview: latest(x.reviews, 'date', (r) => r['status'] !== 'planned'),
    attention,
  };
}

/** One step of setting up an ISMS, done when its register holds a record. */
export interface FirstStep {
  text: string;
  clause: string;
  path: string;
  table: string;
  done: boolean;
}

const STEPS: Omit<FirstStep, 'done'>[] = [
  { text: 'Write the ISMS scope: what is inside the boundary, and what is left out', clause: '4.3', path: 'scope', table: 'scopes' },
  { text: 'Record the internal and external issues that affect the ISMS', clause: '4.1', path: 'context', table: 'contextIssues' },
  { text: 'List the interested parties and what they require', clause: '4.2', path: 'parties', table: 'interestedParties' },
  { text: 'Name the people and the roles they hold', clause: '5.3', path: 'roles', table: 'persons' },
  { text: 'List the assets to protect', clause: '6.1.2', path: 'assets', table: 'assets' },
  { text: 'Identify and rate the risks', clause: '6.1.2', path: 'risks', table: 'risks' },
  { text: 'Decide, control by control, what applies (Statement of Applicability)', clause: '6.1.3 d', path: 'soa', table: 'soaEntries' },
];

/** The tables the first steps look at. */
export const firstStepTables: readonly string[] = STEPS.map((s) => s.table);

/**
 * The first steps of a new ISMS, each marked done when its register has records; the risks' step
 * ("identify and rate") when some risk is rated, when that is known (risks imported as drafts are not).
 */
export function firstSteps(counts: Readonly<Record<string, number>>, ratedRisks?: number): FirstStep[] {
  return STEPS.map((s) => ({ ...s, done: ((s.table === 'risks' ? ratedRisks : undefined) ?? counts[s.table] ?? 0) > 0 }));
}
