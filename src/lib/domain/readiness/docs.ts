/** What the rules need to know about controlled documents (7.5): approved, current, in review date. */
import type { Document } from '../entities/document.ts';
import { addMonths } from '../model/dates.ts';
import { latest } from './helpers.ts';
import { type ReadinessInput, rows } from './input.ts';

/** A document still in use (not superseded or withdrawn). */
export function isLive(d: Pick<Document, 'status'>): boolean {
  return d.status !== 'superseded' && d.status !== 'withdrawn';
}

/** Approved or published: the current version may be used. */
export function isApproved(d: Pick<Document, 'status'>): boolean {
  return d.status === 'approved' || d.status === 'published';
}

/**
 * True when an earlier version was approved even though a new one is being drafted or reviewed:
 * the approved version stays in force meanwhile.
 */
export function hasApprovedVersion(d: Document): boolean {
  return isApproved(d) || (!!d.approvedAt && !!d.approver);
}

/**
 * The date by which the document must be reviewed again: its own next-review date, else its last
 * review (or approval) plus its review cycle, else plus `defaultMonths`. Null when it was never
 * reviewed or approved.
 */
export function reviewDueDate(d: Document, defaultMonths: number): string | null {
  if (d.nextReviewDue) return d.nextReviewDue;
  const last = latest([d.lastReviewedAt, d.approvedAt]);
  return last ? addMonths(last, d.reviewCycleMonths ?? defaultMonths) : null;
}

/** True when the document's review is not overdue on `today`. */
export function inReviewDate(d: Document, today: string, defaultMonths: number): boolean {
  const due = reviewDueDate(d, defaultMonths);
  return due !== null && due >= today;
}

/** The date the document's current version took effect (its approval date when unknown). */
export function currentVersionDate(input: ReadinessInput, d: Document): string | null {
  const number = d.version.trim();
  const stored = rows(input, 'documentVersions').find((v) => v.document === d.id && v.version.trim() === number);
  // Versions kept inside the document (schema 1) or in their own table (schema 2).
  const inline = (d as { versions?: readonly { number: string; effectiveFrom: string | null }[] }).versions?.find((v) => v.number.trim() === number);
  return stored?.effectiveFrom ?? inline?.effectiveFrom ?? d.approvedAt ?? null;
}

/** Live documents that name one of the controls, or that the SoA rows of those controls cite. */
export function documentsForControls(input: ReadinessInput, controlIds: readonly string[]): Document[] {
  const ids = new Set(controlIds);
  const cited = new Set(
    rows(input, 'soaEntries')
      .filter((e) => e.control.some((c) => c.edition === input.edition && ids.has(c.id)))
      .flatMap((e) => e.documents),
  );
  return rows(input, 'documents').filter(
    (d) => isLive(d) && (cited.has(d.id) || d.controlRefs.some((c) => c.edition === input.edition && ids.has(c.id))),
  );
}
