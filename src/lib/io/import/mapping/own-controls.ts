/**
 * The organisation's own measures an SoA sheet names only in words ("Least privilege", "Firewall"): each becomes a custom control
 * of the set named after the sheet. Split from map-soa.ts.
 */
import type { Edition } from '../../../domain/catalogs/index.ts';
import type { ControlRef } from '../../../domain/model/fields.ts';
import { fold, notRatedYet } from './cells.ts';
import { nearControlTitle } from './controls.ts';
import type { SetControl } from './batch.ts';
import type { RowReader } from './row.ts';
import { columnNumber } from '../grid.ts';

/** Words that start a summary, heading or note row, not a control's id ("Total 93", "Theme 5", "Note 1"). */
export const NOT_AN_ID = /^(total|totals|sum|summary|subtotal|theme|clause|section|chapter|note|notes|version|page|step|part|annex|appendix|table|figure|group)\b/i;

/** The fields by which an SoA row decides or says something about its control. */
const SAYS = ['applicable', 'justification', 'status', 'evidence', 'notes', 'owner'];

/**
 * A measure an SoA sheet names only in words, that is no Annex A control by its title: the workspace's custom control of that
 * title, else a new one numbered X.1, X.2… in the set named after the sheet. Importing the sheet again finds them by title.
 * A title with the words of an Annex A title ("Information backups") is that control; one of the other edition's, a heading,
 * a placeholder or a formula makes no control.
 */
export function ownControl(r: RowReader, edition: Edition): ControlRef | null {
  // (Stray marks after the title are no part of it: "Firewall.", "Least privilege:", "MFA*".)
  const line = r.line('controlTitle').replace(/\s+/g, ' ').trim().replace(/[\s.:;,!?…*]+$/u, '');
  const near = nearControlTitle(line, edition);
  if (near?.edition === edition) {
    r.warn('controlTitle', `“${line.slice(0, 60)}” is read as ${near.id} ${near.title}, whose title has the same words.`);
    return { edition, id: near.id };
  }
  if (near) {
    r.problem('controlTitle', `“${line.slice(0, 60)}” is the title of ${near.id} of the ${near.edition} edition, not of a control of ${edition}: give the number of the ${edition} control it stands for.`);
    return null;
  }
  if (!/\p{L}{3}/u.test(line) || notRatedYet(line) || NOT_AN_ID.test(line) || /^[=+@]/.test(line)) {
    r.problem('controlTitle', `“${line.slice(0, 40)}” names no control: not imported.`);
    return null;
  }
  const codes = numbersBeside(r);
  if (codes) {
    r.problem('controlTitle', `Column ${codes.column} “${codes.header}” holds numbers such as “${codes.example}”: choose “Control id” for it to import these controls under their own numbers.`);
    return null;
  }
  if (!SAYS.some((f) => r.has(f) && r.line(f))) {
    r.problem('controlTitle', `“${line.slice(0, 40)}” is no Annex A control and the row decides nothing about it (a heading?): no custom control is made of it.`);
    return null;
  }
  const title = line.length > 200 ? `${line.slice(0, 199)}…` : line;
  const source = r.sheet.name.trim().slice(0, 80) || 'Own controls';
  // (A title cut to 200 letters is found by its whole text, kept as the description.)
  const description = line.length > 200 ? r.text('controlTitle').trim() : '';
  const id = r.batch.customControlTitled(title, description) ?? r.batch.freeControlId();
  const stored = r.batch.customControl(id);
  // The same title in another set ("Account management" of NIST's AC-2) is that control to the workspace: say so.
  if (stored && stored.source.trim() && fold(stored.source) !== fold(source)) r.warn('controlTitle', `“${title.slice(0, 60)}” is the title of the custom control ${stored.id} of the set “${stored.source}”: this row decides about that control.`);
  const control: SetControl = { controlId: id, title, description, source, mapsTo: [] };
  const made = r.id(r.batch.controlOfSet(control, r.where), 'controlTitle');
  if (made !== null && !stored) r.flags.add(`own-control:${title}`);
  return made === null ? null : { edition: 'custom', id };
}

/** A code with a number ("SEC-01", "CIS 1.1", "CTRL_12", "PR.AC-1"). */
const CODE = /^\p{L}[\p{L}.]{0,9}[ ._-]?\d+([.\-(]\d+\)?)*$/u;
const besides = new WeakMap<object, { column: string; header: string; example: string } | null>();
/** A column before the titles whose cells are mostly distinct codes, whatever it was mapped to ("Ref": SEC-01): the controls' own numbers. */
function numbersBeside(r: RowReader): { column: string; header: string; example: string } | null {
  const known = besides.get(r.sheet);
  if (known !== undefined) return known;
  const titles = columnNumber(r.mapping.fields['controlTitle'] ?? 'A');
  const found = r.sheet.columns
    .filter((c) => columnNumber(c.column) < titles)
    .map((c) => ({ c, texts: r.sheet.records.map((rec) => (rec.cells[c.column]?.text ?? '').replace(/[*`]/g, '').trim()).filter(Boolean) }))
    .find(({ texts }) => texts.length >= 2 && texts.filter((t) => CODE.test(t)).length >= 0.6 * texts.length && new Set(texts).size >= 0.8 * texts.length);
  const out = found ? { column: found.c.column, header: found.c.header.trim(), example: found.texts.find((t) => CODE.test(t))! } : null;
  besides.set(r.sheet, out);
  return out;
}
