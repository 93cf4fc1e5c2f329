/**
 * The management review pack (9.3.2; DOMAIN.md 8.2): every input the standard asks top
 * management to consider, each filled from the workspace's live records. Pure: the caller passes
 * a snapshot of the tables and today's date.
 */
import type { ReviewInputCode } from './entities/management-review.ts';
import { reviewInputLabels } from './entities/management-review.ts';
import { type PackTables, type PackContext, inputBuilders } from './review/inputs.ts';

export type { PackTables } from './review/inputs.ts';

/** One input of the pack: what the data says, in a sentence, a few facts and a table. */
export interface PackInput {
  code: ReviewInputCode;
  /** The clause item of the edition, e.g. `9.3.2 c` (2022) or `9.3 d` (2013). */
  clause: string;
  label: string;
  /** One paragraph, suitable as the input's summary in the review record. */
  summary: string;
  facts: string[];
  table: PackTable | null;
  /** How many items call for a decision or attention (overdue, above appetite, red). */
  attention: number;
}

export interface PackTable {
  head: string[];
  rows: string[][];
}

export interface ReviewPack {
  asOf: string;
  /** The previous review the changes are counted from; null for a first review. */
  previous: { ref: string; date: string } | null;
  /** The start of the period the pack looks back over. */
  since: string;
  inputs: PackInput[];
}

export interface ReviewPackRequest {
  edition: '2013' | '2022';
  today: string;
  /** The review being prepared; it is not counted as an earlier review. */
  reviewId?: string | null;
  /** The review date (defaults to today): earlier reviews are those before it. */
  reviewDate?: string | null;
  /** The workspace's decision on climate change (Amd 1:2024). */
  climateChangeRelevant?: 'yes' | 'no' | 'not_assessed' | null;
  tables: Partial<PackTables>;
}

/** Clause items by input: 2022 9.3.2 a–g (d in four parts); 2013 9.3 a–f, without the interested parties' changes. */
const CLAUSES: Record<'2013' | '2022', Partial<Record<ReviewInputCode, string>>> = {
  '2022': {
    prev_actions: '9.3.2 a', issues_changes: '9.3.2 b', ip_changes: '9.3.2 c', perf_nc: '9.3.2 d 1', perf_metrics: '9.3.2 d 2',
    perf_audits: '9.3.2 d 3', perf_objectives: '9.3.2 d 4', ip_feedback: '9.3.2 e', risk_status: '9.3.2 f', improvement_opps: '9.3.2 g',
  },
  '2013': {
    prev_actions: '9.3 a', issues_changes: '9.3 b', perf_nc: '9.3 c 1', perf_metrics: '9.3 c 2', perf_audits: '9.3 c 3',
    perf_objectives: '9.3 c 4', ip_feedback: '9.3 d', risk_status: '9.3 e', improvement_opps: '9.3 f',
  },
};

/** The inputs an edition asks for, in the standard's order. */
export function reviewInputCodes(edition: '2013' | '2022'): ReviewInputCode[] {
  return (Object.keys(reviewInputLabels) as ReviewInputCode[]).filter((c) => CLAUSES[edition][c] !== undefined);
}

/** The clause item of an input in an edition, or null when the edition does not ask for it. */
export function reviewInputClause(edition: '2013' | '2022', code: ReviewInputCode): string | null {
  return CLAUSES[edition][code] ?? null;
}

/** The review pack as of `today`, built from the workspace's records. */
export function buildReviewPack(req: ReviewPackRequest): ReviewPack {
  const reviewDate = req.reviewDate ?? req.today;
  const earlier = (req.tables.managementReviews ?? [])
    .filter((r): r is typeof r & { date: string } => r.id !== req.reviewId && r.date !== null && r.date < reviewDate && r.status !== 'planned')
    .toSorted((a, b) => b.date.localeCompare(a.date));
  const last = earlier[0];
  const since = last?.date ?? addYears(req.today, -1);
  const ctx: PackContext = { ...req, since, hasPrevious: last !== undefined, earlier };
  return {
    asOf: req.today,
    previous: last ? { ref: last.ref, date: last.date } : null,
    since,
    inputs: reviewInputCodes(req.edition).map((code) => ({
      code,
      clause: CLAUSES[req.edition][code] ?? '',
      label: reviewInputLabels[code],
      ...inputBuilders[code](ctx),
    })),
  };
}

function addYears(d: string, n: number): string {
  const y = Number(d.slice(0, 4)) + n;
  const md = d.slice(5) === '02-29' ? '02-28' : d.slice(5);
  return `${y}-${md}`;
}
