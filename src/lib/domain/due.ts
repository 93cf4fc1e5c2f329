/**
 * What is overdue on a record, from the fields many entities share: a `dueDate` not met while
 * the work is still open, and a `nextReviewDue` that has passed. Pure: today is given.
 */
export interface DueFlag {
  kind: 'overdue' | 'review_overdue';
  label: string;
}

/** Statuses that mean the work is over, so a due date no longer matters. */
const FINISHED = new Set(['done', 'cancelled', 'implemented', 'closed', 'achieved', 'missed', 'rejected', 'reviewed', 'verified']);
/** Statuses that take a record out of the review cycle. */
const OUT_OF_CYCLE = new Set(['closed', 'retired', 'withdrawn', 'superseded', 'cancelled', 'disposed']);

/** The overdue flags of a record as of `today` (YYYY-MM-DD). */
export function dueFlags(record: Record<string, unknown>, today: string): DueFlag[] {
  const out: DueFlag[] = [];
  const status = typeof record['status'] === 'string' ? record['status'] : '';
  const due = record['dueDate'];
  if (typeof due === 'string' && due !== '' && due < today && !FINISHED.has(status)) out.push({ kind: 'overdue', label: 'Overdue' });
  const review = record['nextReviewDue'];
  if (typeof review === 'string' && review !== '' && review < today && !OUT_OF_CYCLE.has(status))
    out.push({ kind: 'review_overdue', label: 'Review overdue' });
  return out;
}

/** Today as a business date in the user's time zone. */
export function localToday(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
