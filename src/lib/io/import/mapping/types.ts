/**
 * The types of the mapping half of the import: how a sheet's columns and values become the
 * workspace's records, and what the preview shows before anything is written.
 */
import type { ImportWrite } from '../../../db/import-commit.ts';
import type { RecordKind, SheetAnalysis, SheetKind } from '../types.ts';

/** One value of the file translated into the app's vocabulary (`to` '' = leave empty / undecided). */
export interface ValueMap {
  field: string;
  from: string;
  to: string;
}

/** How one sheet is read: its kind, header row, which column holds which field, and value translations. */
export interface SheetMapping {
  sheet: string;
  kind: SheetKind;
  headerRow: number;
  /** Field (canonical, or one of the app's extra fields: extra-fields.ts) → column letter; a column holds at most one field. */
  fields: Record<string, string>;
  /** Translations the user (or a saved profile) chose; values not listed get the proposal. */
  valueMaps: ValueMap[];
  /** The owner (a person's name) of records whose row names none. */
  defaultOwner: string;
  /** A plan's: the stored risk (its id) that the actions whose row names none treat (a gap plan's, which names no risks). */
  defaultRisk?: string;
  /** A plan's: the due date (ISO) of the actions whose row gives none. */
  defaultDueDate?: string;
  /** For rating columns: the size of the file's scale, when the user set it (else guessed). */
  scaleSizes: { likelihood?: number; impact?: number };
  /** Columns with no field whose text is kept in the record's notes, each line as "Header: value" (risks and SoA). */
  noteColumns?: string[];
}

/** What the translation proposals need from the workspace: its risk method's scale labels. */
export interface ScaleLabels {
  likelihood: readonly string[];
  impact: readonly string[];
}

/** One distinct value of a translated column and what it becomes. */
export interface TranslationRow {
  from: string;
  /** How many records hold it. */
  count: number;
  /** The app value ('' = empty / undecided). */
  to: string;
  /** True when `to` was recognised or chosen, false when the value was not understood. */
  known: boolean;
}

/** The translation table of one mapped column with a fixed vocabulary. */
export interface FieldTranslation {
  field: string;
  column: string;
  header: string;
  /** The rule used, in plain words (e.g. "1–3 scale onto 1–5: 1→1, 2→3, 3→5"). */
  rule: string;
  /** The app values a row can be translated to. */
  options: { value: string; label: string }[];
  rows: TranslationRow[];
  /** For likelihood/impact columns: the scale axis (its size can be chosen). */
  axis?: 'likelihood' | 'impact';
  /** The scale size of the file the proposal assumed. */
  sourceSize?: number;
}

/** A problem with one cell of the file: the row, the column (letter + header), the value, and why. */
export interface CellProblem {
  row: number;
  column: string;
  header: string;
  value: string;
  message: string;
}

export type RowOutcome = 'new' | 'updated' | 'unchanged' | 'rejected';

/** What happens to one record of the sheet. */
export interface RowResult {
  row: number;
  outcome: RowOutcome;
  /** The record's key: its ref (kept or matched), '' when a new ref will be given. */
  ref: string;
  /** The record's name in the preview. */
  title: string;
  /** Why it is rejected (empty unless rejected). */
  problems: CellProblem[];
  /** What the user should know although the row is imported. */
  warnings: CellProblem[];
  /** For an updated record: what changes, field by field ("Location: “A” → “B”"). */
  changes?: string[];
}

export interface SheetCounts {
  new: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/** The preview of one sheet. */
export interface SheetPlan {
  sheet: string;
  kind: RecordKind;
  table: string;
  counts: SheetCounts;
  rows: RowResult[];
  notes: string[];
}

/** A record the import adds because rows name it (an owner, an asset) although no sheet lists it. */
export interface AddedRecord {
  table: string;
  name: string;
  /** Rows (sheet and row number) that name it. */
  rows: string[];
  /** A person whose name looks like a team or a role ("IT", "CISO"). */
  team?: true;
  /** The name is the workspace's role that these many people hold: the rows name none of them. */
  heldBy?: number;
}

/** The whole preview and the writes that Commit will make. */
export interface ImportPlan {
  sheets: SheetPlan[];
  added: AddedRecord[];
  /** Owners the rows name by a workspace role ("CISO"), given to the one person who holds it. */
  roleOwners: { role: string; person: string }[];
  /** Names of the file the user gave to a person of the workspace, as the rows write them. */
  chosenOwners: string[];
  /** In dependency order: people, assets, risks, actions, SoA entries. */
  writes: ImportWrite[];
}

/** One sheet to import: its analysis and how it is mapped. */
export interface SheetInput {
  analysis: SheetAnalysis;
  mapping: SheetMapping;
}
