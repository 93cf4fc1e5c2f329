/** The live data of the management review screens: the reviews, and the pack built from every table it reads. */
import type { ManagementReview } from '../../lib/domain/entities/management-review.ts';
import { localToday } from '../../lib/domain/due.ts';
import { type PackTables, type ReviewPack, buildReviewPack } from '../../lib/domain/review-pack.ts';
import { liveRiskMethod, liveWorkspace } from '../../lib/state/workspace-data.svelte.ts';
import { as, liveTables } from '../cycle/tables.svelte.ts';

const PACK_TABLES = [
  'managementReviews', 'contextIssues', 'interestedParties', 'requirements', 'nonconformities', 'correctiveActions', 'audits',
  'findings', 'metrics', 'measurements', 'objectives', 'risks', 'treatmentActions', 'improvements', 'persons',
] as const;

/** Everything the review screens read, kept live; call during component initialisation. */
export function liveReviewData() {
  const data = liveTables(PACK_TABLES);
  const method = liveRiskMethod();
  const workspace = liveWorkspace();
  const today = localToday();
  return {
    get ready() {
      return data.ready;
    },
    get reviews(): ManagementReview[] {
      return as<ManagementReview>(data.current.managementReviews);
    },
    get persons() {
      return data.current.persons;
    },
    get raw() {
      return data.current;
    },
    get edition(): '2013' | '2022' {
      return workspace.current?.['edition'] === '2013' ? '2013' : '2022';
    },
    today,
    /** The pack for a review (or for a new one when `review` is null), from today's records. */
    pack(review: ManagementReview | null): ReviewPack {
      const climate = workspace.current?.['climateChangeRelevant'];
      return buildReviewPack({
        edition: this.edition,
        today,
        reviewId: review?.id ?? null,
        reviewDate: review?.date ?? today,
        climateChangeRelevant: climate === 'yes' || climate === 'no' || climate === 'not_assessed' ? climate : null,
        tables: { ...(data.current as unknown as PackTables), riskMethod: method.current },
      });
    },
  };
}
export type ReviewData = ReturnType<typeof liveReviewData>;
