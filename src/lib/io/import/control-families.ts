/**
 * An SoA kept by control family: "Family | Status | Notes" with rows such as "Access Control (AC) | ✅ | RBAC, scoped tokens" or
 * "**AU** Audit | ◐ | …", as a system security plan summarises NIST SP 800-53 by family. The family names the rows as a
 * control's title would (the labellers of held-out 52 read both such tables so).
 */
import { give } from './column-passes.ts';
import { NIST_FAMILIES } from './value-patterns.ts';
import { normaliseHeader } from './headers.ts';
import { FAMILY_HEADER } from './kind-words.ts';
import type { Candidate, ValueCache } from './columns.ts';
import type { ColumnHeader } from './header-rows.ts';

/** A family's code as a word of the cell: "Access Control (AC)", "**AC** Access Control", "AC – Access Control". */
const FAMILY_CODE = new RegExp(`(^|[\\s(*])(${NIST_FAMILIES})([\\s)*:–—-]|$)`);

/** Where no column names or numbers the controls, a column of NIST families under a family's header is their title. */
export function familyAsTitle(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, headers: ColumnHeader[], values: ValueCache): void {
  if (fields.has('controlTitle') || fields.has('controlId')) return;
  const family = headers.find((h) => !taken.has(h.col) && FAMILY_HEADER.test(normaliseHeader(h.child)));
  if (!family) return;
  const texts = values.texts(family.col);
  if (texts.length >= 3 && texts.filter((t) => FAMILY_CODE.test(t.trim())).length >= 0.8 * texts.length) give(fields, confidence, taken, family.col, 'controlTitle', 0.9);
}
