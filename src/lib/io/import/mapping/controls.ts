/**
 * Annex A control ids named in cells ("A.5.16 Password management", "5.15, 8.1", "A.12.6.1"),
 * checked against the catalogue of the edition the sheet uses. Known ids are read by the
 * analysis' `controlIdsFromCell` (numbers that lost a zero, dates Excel made of ids); the text
 * scan here finds the ids that are not controls, to say so.
 */
import { annexA2013, annexA2022, isKnownControl, type Edition } from '../../../domain/catalogs/index.ts';
import type { ControlRef } from '../../../domain/model/fields.ts';
import { controlIdsFromCell, type ControlIdHint } from '../control-ids.ts';
import type { CellValue } from '../types.ts';
import { cellText, fold, splitList } from './cells.ts';
import { headerTokens, titleSimilarity } from '../headers.ts';

const ID_RE = /(?:^|[^\w.])(?:A\s?\.?\s?)?(\d{1,2})\.(\d{1,2})(?:\.(\d{1,2}))?(?![\w.]*\d)/gi;

/** The digits of a number cell as the user typed them: 5.30 shown with two decimals is "5.30". */
function numberText(c: CellValue): string {
  const v = c.value as number;
  const decimals = /0\.(0+)/.exec(c.numFmt ?? '')?.[1]?.length;
  return decimals ? v.toFixed(decimals) : String(v);
}

/** Candidate ids ("A.5.16", "A.12.6.1", known or not) written in a cell, in order, without repeats. */
export function idsInCell(c: CellValue | undefined): string[] {
  if (!c) return [];
  if (c.value instanceof Date) return controlIdsFromCell(c, null);
  const text = typeof c.value === 'number' ? numberText(c) : cellText(c);
  const out: string[] = [];
  for (const m of text.matchAll(ID_RE)) {
    const id = `A.${Number(m[1])}.${Number(m[2])}${m[3] ? `.${Number(m[3])}` : ''}`;
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

/** The edition most ids belong to (ids known in only one edition decide), else `fallback`. */
export function likelyEdition(ids: Iterable<string>, fallback: Edition): Edition {
  let only2022 = 0;
  let only2013 = 0;
  for (const id of ids) {
    const a = isKnownControl('2022', id);
    const b = isKnownControl('2013', id);
    if (a && !b) only2022++;
    if (b && !a) only2013++;
  }
  if (only2022 === only2013) return fallback;
  return only2022 > only2013 ? '2022' : '2013';
}

/** Known controls of the edition in the cell, and the ids that are not controls of it. */
export function controlsInCell(c: CellValue | undefined, edition: Edition, hint: ControlIdHint = {}): { controls: ControlRef[]; unknown: string[] } {
  const known = controlIdsFromCell(c, edition, hint);
  const unknown = idsInCell(c).filter((id) => !known.includes(id) && !isKnownControl(edition, id));
  return { controls: known.map((id) => ({ edition, id })), unknown };
}

/**
 * Controls named in a cell: Annex A controls of the edition and, by their id, the workspace's
 * custom controls (`custom` gives the stored id of a custom control named by a piece of the cell),
 * in the order the cell lists them.
 */
export function controlsNamed(c: CellValue | undefined, edition: Edition, custom: (id: string) => string | undefined): { controls: ControlRef[]; unknown: string[] } {
  const pieces = typeof c?.value === 'string' ? splitList(cellText(c)) : [];
  if (!pieces.some((p) => custom(p))) return controlsInCell(c, edition);
  const controls: ControlRef[] = [];
  const unknown: string[] = [];
  for (const p of pieces) {
    const id = custom(p);
    const found: { controls: ControlRef[]; unknown: string[] } = id ? { controls: [{ edition: 'custom', id }], unknown: [] } : controlsInCell({ value: p, text: p }, edition);
    for (const ref of found.controls) if (!controls.some((x) => x.edition === ref.edition && x.id === ref.id)) controls.push(ref);
    for (const u of found.unknown) if (!unknown.includes(u)) unknown.push(u);
  }
  return { controls, unknown };
}

const titles: Record<Edition, Map<string, string>> = {
  '2022': new Map(annexA2022.map((c) => [fold(c.title), c.id])),
  '2013': new Map(annexA2013.map((c) => [fold(c.title), c.id])),
};

/** The control whose catalogue title is exactly `title` (case and accents ignored). */
export function controlByTitle(title: string, edition: Edition): string | undefined {
  return titles[edition].get(fold(title));
}

/**
 * The Annex A control whose title has the same words as `title`, near enough for the catalogue's own title matching ("Information
 * backups"), of the edition given if it has one, else of the other (a 2013 title in a 2022 sheet).
 */
export function nearControlTitle(title: string, edition: Edition): { edition: Edition; id: string; title: string } | undefined {
  const tokens = headerTokens(title);
  if (tokens.length < 2 && (tokens[0]?.length ?? 0) <= 6) return undefined;
  const found = (['2022', '2013'] as const).flatMap((e) => (e === '2022' ? annexA2022 : annexA2013).filter((c) => titleSimilarity(title, c.title) === 1).map((c) => ({ edition: e, id: c.id, title: c.title })));
  return found.find((c) => c.edition === edition) ?? found[0];
}
