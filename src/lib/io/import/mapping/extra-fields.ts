/**
 * The fields a column can fill in the mapping: the canonical fields of the analysis (a stable
 * surface that does not change), and the extra fields the app's own workbooks carry beside them
 * (an SoA entry's reasons and linked risks, a risk's sources and control lists), known only by
 * their exact header, so that an exported workbook re-imports without losing them.
 */
import { appExtraHeaders, appHeaders } from '../../app-layout.ts';
import { canonicalFields, type SheetAnalysis, type SheetKind } from '../types.ts';
import { assetColumnField } from '../asset-columns.ts';
import { clauseNumbers, linksControls } from '../control-references.ts';
import { controlRefsFromCell } from '../control-ids.ts';
import { fold, notRatedYet } from './cells.ts';
import { classificationVocab, recognise } from './vocab.ts';

/** A header of controls already in place ("Existing controls", "Mesures en place", "Vorhandene Maßnahmen"). */
export const EXISTING_CONTROLS = /exist|current|in place|en place|implement|umgesetzt|getroffen|aplicad|stávaj|stavaj|existant|vorhanden|actual|υπαρχ|υπάρχ/i;

/** A header of controls still to come ("Planned controls", "Controls to implement (Annex A)", "Geplante Maßnahmen"). */
const PLANNED_CONTROLS = /plan|plán|propos|recommend|additional|further (controls?|measures?|treatment)|further actions? (required|needed|planned|to take)|future|target|to (be )?implement|(a|por) implementar|à mettre en place|a mettre en place|prevu|prévu|geplant|previst|planead|planej|zusätzlich|zusatzlich|προγραμματισ|σχεδιαζ/i;

/** The list of a risk's controls a header names ("Existing controls", "Planned Controls (ISO 27001)"), or null for neither or both. */
export function controlListNamed(header: string): 'existingControls' | 'plannedControls' | null {
  const planned = PLANNED_CONTROLS.test(header);
  const existing = EXISTING_CONTROLS.test(header) && !/to (be )?implement|(a|por) implementar|mettre en place/i.test(header);
  return existing === planned ? null : existing ? 'existingControls' : 'plannedControls';
}

/** The extra fields of a kind of sheet, with the header the app writes for each. */
export function extraHeaders(kind: SheetKind): Record<string, string> {
  return kind === 'other' ? {} : appExtraHeaders[kind];
}

/** Every field a column of a sheet of this kind can hold: canonical first, then the extra ones. */
export function mappableFields(kind: SheetKind): readonly string[] {
  return kind === 'other' ? [] : [...canonicalFields[kind], ...Object.keys(appExtraHeaders[kind])];
}

/** The extra field a header names exactly (case, spaces and accents ignored), or null. */
export function extraFieldOf(kind: SheetKind, header: string): string | null {
  const h = fold(header);
  if (!h) return null;
  for (const [field, text] of Object.entries(extraHeaders(kind))) if (fold(text) === h) return field;
  return null;
}

/** The extra field other people's header suggests (asset-columns.ts), or null. */
export function extraFieldGuess(kind: SheetKind, header: string, annexIds: boolean | (() => boolean) = false): string | null {
  if (kind === 'assets') return assetColumnField(header);
  // A register's column of references to controls beside its measures in words ("Annex A Ref"): its ids link the risk's controls.
  if (kind === 'risks' && linksControls(header, annexIds)) return controlListNamed(header) ?? 'plannedControls';
  return null;
}

/** Extra fields found by their header (the app's exactly, or another's) among the columns `fields` leaves free. */
export function extraColumns(sheet: SheetAnalysis, kind: SheetKind, fields: Record<string, string>): Record<string, string> {
  const used = new Set(Object.values(fields));
  const out: Record<string, string> = {};
  for (const guess of [false, true])
    for (const c of sheet.columns) {
      if (used.has(c.column) || Object.values(out).includes(c.column)) continue;
      // (Whether the column holds Annex A ids is read once, and only where a header asks.)
      let annex: boolean | undefined;
      const holdsAnnexIds = () => (annex ??= annexIds(sheet, c.column));
      let field = guess ? extraFieldGuess(kind, c.header, holdsAnnexIds) : extraFieldOf(kind, c.header);
      // A "Confidentiality" column of Public, Internal, Confidential is the classification, not a value.
      if (field === 'valueC' && !fields['classification'] && classificationWords(sheet, c.column)) field = 'classification';
      // References to controls link them only beside a "Controls" column, and only when they are Annex A's (NIST or SOC 2 ids stay in the notes).
      if (guess && kind === 'risks' && field !== null && (!fields['controls'] || !holdsAnnexIds())) field = null;
      if (field && !fields[field] && !out[field]) out[field] = c.column;
    }
  return out;
}

/** Most of the column's values name Annex A controls ("8.8 / 8.13", "A.5.15"). */
function annexIds(sheet: SheetAnalysis, column: string): boolean {
  // (Placeholders, "N/A" or "-", count as blanks.)
  const cells = sheet.records.map((r) => r.cells[column]).filter((c): c is NonNullable<typeof c> => c !== undefined && c.text.trim() !== '' && !notRatedYet(c.text));
  const header = sheet.columns.find((c) => c.column === column)?.header ?? '';
  if (clauseNumbers(header, cells.map((c) => c.text))) return false;
  return cells.length > 0 && cells.filter((c) => controlRefsFromCell(c, null).some((x) => x.kind === 'control')).length >= 0.6 * cells.length;
}

/** Most of the column's values are classification words (Public, Internal, Confidential…). */
function classificationWords(sheet: SheetAnalysis, column: string): boolean {
  const values = sheet.records.map((r) => r.cells[column]?.text ?? '').filter((t) => t.trim() !== '');
  return values.length > 0 && values.filter((t) => recognise(classificationVocab, t) !== '').length >= 0.6 * values.length;
}

/**
 * True when the sheet is laid out as the app writes it: nearly all the app's headers of its kind
 * stand over its columns. Its values are then in the workspace's own terms (its rating scale).
 */
export function isAppLayout(sheet: SheetAnalysis, kind: SheetKind): boolean {
  if (kind === 'other') return false;
  const known = layouts.get(sheet)?.get(kind);
  if (known !== undefined) return known;
  const headers = new Set(sheet.columns.map((c) => fold(c.header)));
  const own = Object.values(appHeaders[kind] as Record<string, string>);
  const yes = own.filter((h) => headers.has(fold(h))).length >= Math.max(3, own.length - 2);
  layouts.set(sheet, (layouts.get(sheet) ?? new Map<string, boolean>()).set(kind, yes));
  return yes;
}

/** Analyses are not changed once made, so their layout is looked at once per kind. */
const layouts = new WeakMap<SheetAnalysis, Map<string, boolean>>();
