/**
 * A risk's lists of controls from a register's columns (3.11): the "Controls" column, the lists of the app's own
 * workbooks, and a column that points at Annex A beside measures told in words. Split from map-risks.ts.
 */
import type { Edition } from '../../../domain/catalogs/index.ts';
import type { RiskDraft } from '../../../domain/entities/risk.ts';
import type { ControlRef } from '../../../domain/model/fields.ts';
import { cellText, notRatedYet, splitList } from './cells.ts';
import { controlsNamed } from './controls.ts';
import type { RowReader } from './row.ts';
import { CLAUSE_NUMBER, clauseHeader, linksControls } from '../control-references.ts';
import { controlListNamed, EXISTING_CONTROLS } from './extra-fields.ts';

/** The controls a cell names, and the ids in it that are none. */
const namedIn = (r: RowReader, field: string, edition: Edition, text?: string) =>
  controlsNamed(text === undefined ? r.cell(field) : { value: text, text }, edition, (id) => r.batch.customControl(id)?.id ?? r.batch.expectedControl(id));

/** The controls named in a column: Annex A ids of the edition and the workspace's custom controls. */
function controlList(r: RowReader, field: string, edition: Edition, found = namedIn(r, field, edition)): ControlRef[] {
  if (found.unknown.length) r.warn(field, `${found.unknown.join(', ')} ${found.unknown.length > 1 ? 'are not controls' : 'is not a control'} of Annex A ${edition}; left out.`);
  return found.controls;
}

/**
 * The "Controls" column fills the planned controls of a risk to mitigate, the existing ones of any
 * other (or when its header says they are in place); columns of the app's own workbooks that hold
 * either list fill the list the "Controls" column does not.
 */
export function riskControls(r: RowReader, d: RiskDraft, edition: Edition): string | null {
  let written: string | null = null;
  let target: 'existingControls' | 'plannedControls' | null = null;
  if (r.has('controls')) {
    const existing = EXISTING_CONTROLS.test(r.at('controls').header);
    target = !existing && d.treatmentOption === 'modify' ? 'plannedControls' : 'existingControls';
    // ("None", "N/A" or "TBD" say there are no controls yet: nothing to keep.)
    const said = r.text('controls').trim();
    const words = notRatedYet(said) ? '' : said;
    const found = namedIn(r, 'controls', edition);
    // Controls described in words ("MFA, TLS 1.2 everywhere"), with no Annex A id among them, are kept as
    // written in the description (below), not read as ids ("1.2") and lost.
    if (words && /\p{L}{3}/u.test(words) && found.controls.length === 0) {
      d[target] = [];
      written = `Controls in the file: ${oneLine(words)}`;
    } else {
      d[target] = controlList(r, 'controls', edition, found);
      if (othersKept(r, 'controls', edition)) written = `Controls in the file: ${oneLine(words)}`;
    }
  }
  const lists = ['existingControls', 'plannedControls'] as const;
  // Beside the "Controls" column, a column that points at Annex A ("Annex A Ref": 8.8 / 8.13; extra-fields.ts) adds its ids
  // to the list its header names ("Existing controls (Annex A)", "Planned Controls (ISO 27001)"), else to the list the
  // "Controls" column fills.
  // ("Related controls" mapped to a list holds Annex A ids: extra-fields.ts maps it only over them.)
  const reference = target ? lists.find((l) => r.has(l) && linksControls(r.at(l).header, true)) : undefined;
  for (const list of lists) if (list !== target && list !== reference && r.has(list)) d[list] = controlList(r, list, edition);
  if (target && reference) {
    const into = controlListNamed(r.at(reference).header) ?? target;
    const seen = new Set(d[into].map((c) => `${c.edition} ${c.id}`));
    d[into] = [...d[into], ...referencedControls(r, reference, edition).filter((c) => !seen.has(`${c.edition} ${c.id}`))];
    // …and its ids of another set ("A.8.13, CC7.2") are kept in words too, not left out.
    if (othersKept(r, reference, edition)) written = [written, `Controls referenced in the file: ${oneLine(r.text(reference))}`].filter(Boolean).join('\n');
  }
  return written;
}

/** A list's lines on one line ("MFA\nTLS" → "MFA; TLS"). */
const oneLine = (text: string): string => text.trim().replace(/\s*\n\s*/g, '; ');

/**
 * Ids in a column of controls the workspace does not have ("CC6.2" beside "A.5.18": another set's, not yet imported):
 * warned about, and true when there are any, so that the caller keeps the column's words in the description.
 */
function othersKept(r: RowReader, field: string, edition: Edition): boolean {
  const others = splitList(r.text(field)).filter((p) => {
    if (!/\d/.test(p) || p.length > 40) return false;
    const named = namedIn(r, field, edition, p);
    return named.controls.length === 0 && named.unknown.length === 0;
  });
  if (others.length) r.warn(field, `${others.join(', ')} ${others.length > 1 ? 'name no control' : 'names no control'} of the workspace (Annex A or custom): kept in the description.`);
  return others.length > 0;
}

/**
 * The controls a reference column names. Under a clause's header ("ISO 27001 Clause": 6.1.2, A.8.7) whose bare numbers
 * all could be clauses, those are the standard's clauses, not controls: left out with a remark. (One that cannot be a
 * clause, 5.15 or 12.3.1, makes them all controls.)
 */
function referencedControls(r: RowReader, field: string, edition: Edition): ControlRef[] {
  if (!clauseHeader(r.at(field).header) || !bareNumbers(r, field).every((n) => CLAUSE_NUMBER.test(n))) return controlList(r, field, edition);
  const dropped: string[] = [];
  const text = r.text(field).replace(BARE_NUMBER, (m, pre: string, n: string) => (CLAUSE_NUMBER.test(n) ? (dropped.push(n), pre) : m));
  if (dropped.length) r.warn(field, `${dropped.join(', ')} ${dropped.length > 1 ? 'are clauses' : 'is a clause'} of the standard, not ${dropped.length > 1 ? 'controls' : 'a control'}: left out.`);
  return controlList(r, field, edition, namedIn(r, field, edition, text));
}

/** A number written without "A." before it ("6.1.2", not "A.6.1.2", "A. 6.1.2" or "Annex A 8.7"), with what precedes it. */
const BARE_NUMBER = /(^|[^\w.]\s*)(?<!\bA\.?\s*)(\d+(?:\.\d+)+)/g;

/** The numbers written without "A." in a column, over all the sheet's records (worked out once a sheet and column). */
function bareNumbers(r: RowReader, field: string): string[] {
  const column = r.mapping.fields[field];
  if (!column) return [];
  const known = bareCache.get(r.sheet) ?? bareCache.set(r.sheet, new Map()).get(r.sheet)!;
  let numbers = known.get(column);
  if (!numbers) known.set(column, (numbers = r.sheet.records.flatMap((rec) => [...cellText(rec.cells[column]).matchAll(BARE_NUMBER)].map((m) => m[2]!))));
  return numbers;
}
const bareCache = new WeakMap<object, Map<string, string[]>>();
