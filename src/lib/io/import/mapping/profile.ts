/**
 * Saved mappings (import profiles): a layout signature from a sheet's headers, the mapping a
 * profile holds, and back. The next workbook whose sheet has the same signature gets the profile.
 */
import type { ImportWrite } from '../../../db/import-commit.ts';
import type { ImportProfileDraft } from '../../../domain/entities/import-profile.ts';
import { canonicalFields, type RecordKind, type SheetAnalysis, type SheetKind, type SheetOverride } from '../types.ts';
import { fold } from './cells.ts';
import { extraColumns, mappableFields } from './extra-fields.ts';
import { OTHER_FRAMEWORK } from '../kind-words.ts';
import type { SheetMapping, ValueMap } from './types.ts';

const one = (s: string, max: number): string => s.replace(/\s+/g, ' ').trim().slice(0, max);

/**
 * The layout of a sheet as the analysis first sees it: each header with its column. Rows above
 * the header do not count, so a title row added later does not change it. '' when no header.
 */
export function layoutSignature(sheet: SheetAnalysis): string {
  const parts = sheet.columns.filter((c) => c.header.trim() !== '').map((c) => `${c.column}=${fold(c.header).slice(0, 60)}`);
  return parts.join('|').slice(0, 5000);
}

/**
 * The mapping the analysis proposes: each column's proposed field (a field once, most confident
 * first), and the app's extra fields in the columns left free that carry their exact header.
 */
export function mappingFromAnalysis(sheet: SheetAnalysis): SheetMapping {
  const allowed: readonly string[] = sheet.kind === 'other' ? [] : canonicalFields[sheet.kind];
  const fields: Record<string, string> = {};
  const byConfidence = sheet.columns.toSorted((a, b) => b.confidence - a.confidence);
  for (const c of byConfidence) if (c.field && allowed.includes(c.field) && !fields[c.field]) fields[c.field] = c.column;
  Object.assign(fields, extraColumns(sheet, sheet.kind, fields));
  // References to other frameworks ("NIST CSF 2.0 Mapping", "SOC 2") have no field: kept in the notes rather than lost; so is a
  // register's further column of measures, which the analysis proposes as controls beside the one that took the field
  // ("Existing controls" took it, "Recommended controls" beside it).
  const used = new Set(Object.values(fields));
  const noteColumns = keepsNotes(sheet.kind) ? sheet.columns.filter((c) => !used.has(c.column) && c.header.trim() !== '' && (OTHER_FRAMEWORK.test(c.header) || c.field === 'controls')).map((c) => c.column) : [];
  return { sheet: sheet.name, kind: sheet.kind, headerRow: sheet.headerRow, fields, valueMaps: [], defaultOwner: '', scaleSizes: {}, ...(noteColumns.length ? { noteColumns } : {}) };
}

/** `mapping` with `column` holding `field` (null = not imported); the field leaves any other column. */
export function withColumnField(mapping: SheetMapping, column: string, field: string | null): SheetMapping {
  const fields: Record<string, string> = {};
  for (const [f, col] of Object.entries(mapping.fields)) if (col !== column && f !== field) fields[f] = col;
  if (field === NOTE_COLUMN) return { ...mapping, fields, noteColumns: [...(mapping.noteColumns ?? []).filter((c) => c !== column), column].sort(byColumn) };
  if (field) fields[field] = column;
  return { ...mapping, fields, noteColumns: (mapping.noteColumns ?? []).filter((c) => c !== column) };
}

/** The choice that keeps a column's text in the records' notes, with its header (risks and SoA, which have notes). */
export const NOTE_COLUMN = '+notes';
/** Kinds whose records keep notes, so that columns with no field can be kept in them. */
export const keepsNotes = (kind: SheetKind): boolean => kind === 'risks' || kind === 'soa';
const byColumn = (a: string, b: string): number => a.length - b.length || a.localeCompare(b);
/** How a profile saves a column kept in the notes: one entry per column ("+notes C"), since a field is saved once. */
const noteEntry = (column: string): string => `${NOTE_COLUMN} ${column}`;

const toProfileKind = (k: RecordKind): ImportProfileDraft['kind'] => (k === 'treatment-plan' ? 'treatment_plan' : k);
const fromProfileKind = (k: ImportProfileDraft['kind']): SheetKind => (k === 'treatment_plan' ? 'treatment-plan' : (k ?? 'other'));

/** The profile draft that saves a sheet's mapping, with its value translations and the SoA edition the user chose. */
export function profileDraft(
  sheet: SheetAnalysis,
  mapping: SheetMapping,
  signature: string,
  fileName: string,
  today: string,
  valueMaps: readonly ValueMap[],
  edition?: '2013' | '2022',
): ImportProfileDraft | null {
  if (mapping.kind === 'other' || !signature) return null;
  const header = (col: string): string => one(sheet.columns.find((c) => c.column === col)?.header ?? '', 200);
  const seen = new Set<string>();
  const maps = valueMaps.filter((m) => {
    const key = `${m.field}\u0000${fold(m.from)}`;
    if (seen.has(key) || m.from.trim() === '' || m.from.length > 500) return false;
    seen.add(key);
    return true;
  });
  return {
    name: one(`${fileName} — ${sheet.name}`, 120),
    kind: toProfileKind(mapping.kind),
    signature,
    sheetName: one(sheet.name, 120),
    headerRow: mapping.headerRow > 0 ? mapping.headerRow : null,
    columns: [
      ...Object.entries(mapping.fields).map(([field, column]) => ({ column, header: header(column), field })),
      ...(keepsNotes(mapping.kind) ? (mapping.noteColumns ?? []) : []).map((column) => ({ column, header: header(column), field: noteEntry(column) })),
    ],
    valueMaps: maps.map((m) => ({ field: m.field, from: one(m.from, 500), to: one(m.to, 500) })),
    edition: mapping.kind === 'soa' && edition ? edition : null,
    lastUsedAt: today,
  };
}

/** What must be analysed differently before a profile's columns apply (its kind, header row or SoA edition), or null. */
export function profileOverride(profile: ImportProfileDraft, sheet: SheetAnalysis): SheetOverride | null {
  const kind = fromProfileKind(profile.kind);
  const headerRow = profile.headerRow ?? sheet.headerRow;
  // The saved edition settles ids that could be either, not ids that can only be one edition's.
  const edition = kind === 'soa' && profile.edition && !(sheet.kind === 'soa' && sheet.editionSure) ? profile.edition : undefined;
  if (kind === sheet.kind && headerRow === sheet.headerRow && (!edition || edition === sheet.edition)) return null;
  return { kind, headerRow, ...(edition ? { edition } : {}) };
}

/** The mapping a profile gives a sheet (columns the sheet does not have are dropped). */
export function mappingFromProfile(profile: ImportProfileDraft, sheet: SheetAnalysis): SheetMapping {
  const kind = fromProfileKind(profile.kind);
  const allowed = mappableFields(kind);
  const present = new Set(sheet.columns.map((c) => c.column));
  const fields: Record<string, string> = {};
  for (const c of profile.columns) if (present.has(c.column) && allowed.includes(c.field)) fields[c.field] = c.column;
  const used = new Set(Object.values(fields));
  const noteColumns = keepsNotes(kind) ? profile.columns.filter((c) => c.field === noteEntry(c.column) && present.has(c.column) && !used.has(c.column)).map((c) => c.column) : [];
  return {
    sheet: sheet.name,
    kind,
    headerRow: profile.headerRow ?? sheet.headerRow,
    fields,
    valueMaps: profile.valueMaps.map((m) => ({ ...m })),
    defaultOwner: '',
    scaleSizes: {},
    ...(noteColumns.length ? { noteColumns } : {}),
  };
}

/** The profile saved for this signature, if any (the most recently used). */
export function findProfile<P extends ImportProfileDraft & { updatedAt?: string }>(profiles: readonly P[], signature: string): P | undefined {
  if (!signature) return undefined;
  return profiles.filter((p) => p.signature === signature).toSorted((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''))[0];
}

/** The write that saves a profile: an update of the stored one with the same signature, or a new one. */
export function profileWrite(stored: (ImportProfileDraft & { id: string; ref: string; rev: number }) | undefined, draft: ImportProfileDraft): ImportWrite {
  return stored
    ? { table: 'importProfiles', op: 'update', id: stored.id, ref: stored.ref, draft: { ...draft, name: stored.name }, expectedRev: stored.rev, label: draft.name }
    : { table: 'importProfiles', op: 'create', id: crypto.randomUUID(), ref: '', draft, label: draft.name };
}

/** A column mapped the way the user mapped a column with the same header in an earlier import. */
export interface LearnedColumn {
  column: string;
  header: string;
  field: string;
}

/**
 * What earlier imports taught about headers of one kind of sheet: folded header → field, from
 * every saved mapping of that kind (the most recently used wins). A word the analysis does not
 * know is learnt once the user maps it, whatever the layout around it.
 */
export function learnedHeaders<P extends ImportProfileDraft & { updatedAt?: string }>(profiles: readonly P[], kind: SheetKind): Map<string, string> {
  const learned = new Map<string, string>();
  if (kind === 'other') return learned;
  const allowed = mappableFields(kind);
  const oldestFirst = profiles.filter((p) => fromProfileKind(p.kind) === kind).toSorted((a, b) => (a.updatedAt ?? '').localeCompare(b.updatedAt ?? ''));
  for (const p of oldestFirst) for (const c of p.columns) if (c.header.trim() && allowed.includes(c.field)) learned.set(fold(c.header), c.field);
  return learned;
}

/** `mapping` with every column whose header was learnt holding the learnt field; and which columns changed. */
export function withLearnedHeaders(mapping: SheetMapping, sheet: SheetAnalysis, learned: ReadonlyMap<string, string>): { mapping: SheetMapping; applied: LearnedColumn[] } {
  let out = mapping;
  const applied: LearnedColumn[] = [];
  for (const c of sheet.columns) {
    const field = learned.get(fold(c.header));
    if (!field || out.fields[field] === c.column || applied.some((a) => a.field === field)) continue;
    out = withColumnField(out, c.column, field);
    applied.push({ column: c.column, header: c.header, field });
  }
  return { mapping: out, applied };
}
