/**
 * The contract between the workbook analysis (analyze*, read in a worker or in Node) and what uses
 * it (the import screen, the mapping into records, `npm run inspect`, the export's round trip).
 */

/** What a sheet holds. */
export type SheetKind = 'risks' | 'soa' | 'assets' | 'treatment-plan' | 'other';

/** The canonical fields of each kind of sheet (ARCHITECTURE.md, stable surface). */
export const canonicalFields = {
  risks: [
    'id', 'title', 'description', 'asset', 'threat', 'vulnerability', 'owner', 'likelihood', 'impact', 'score',
    'level', 'treatment', 'controls', 'residualLikelihood', 'residualImpact', 'residualScore', 'residualLevel',
    'status', 'reviewDate', 'notes',
  ],
  soa: ['controlId', 'controlTitle', 'applicable', 'justification', 'status', 'owner', 'evidence', 'notes'],
  assets: ['id', 'name', 'type', 'owner', 'classification'],
  'treatment-plan': ['riskId', 'action', 'owner', 'dueDate', 'status'],
} as const satisfies Record<Exclude<SheetKind, 'other'>, readonly string[]>;

export type RecordKind = keyof typeof canonicalFields;
export type CanonicalField<K extends RecordKind = RecordKind> = (typeof canonicalFields)[K][number];

/** One cell as read: its value (the cached result of a formula), the text Excel would show, its number format. */
export interface CellValue {
  value: string | number | boolean | Date | null;
  /** What the cell shows, trimmed; '' for an empty cell. */
  text: string;
  numFmt?: string;
}

/** How one column of a sheet was understood. */
export interface ColumnProposal {
  /** Column letter, e.g. "C". */
  column: string;
  /** The header as written; two-row headers read "parent / child". */
  header: string;
  /** The canonical field proposed, or null when the column is not understood. */
  field: string | null;
  /** 0 to 1: how sure the proposal is (1 = exact known header). */
  confidence: number;
}

/** One real record of a sheet: its 1-based row number and its cells by column letter. */
export interface SheetRecord {
  row: number;
  cells: Record<string, CellValue>;
}

export interface SheetAnalysis {
  name: string;
  kind: SheetKind;
  /** 0 to 1: how sure the kind is. */
  kindConfidence: number;
  /** 1-based; the lower row of a two-row header; 0 when no header row was found. */
  headerRow: number;
  /** Number of real records (no section rows, blank rows, legends). */
  dataRows: number;
  /** For an SoA, the edition of its control ids. */
  edition: '2013' | '2022' | null;
  /** True when the control ids alone settle the edition (not the user, the titles or words near the table). */
  editionSure?: boolean;
  /** Canonical field name → column letter. */
  fields: Record<string, string>;
  columns: ColumnProposal[];
  records: SheetRecord[];
  /** Things the user should know in plain words (rows skipped as sections, merged header, …). */
  notes: string[];
  /** The sheet is hidden in the workbook (lookup lists often are). */
  hidden?: boolean;
}

export interface WorkbookAnalysis {
  sheets: SheetAnalysis[];
  /** Workbook-level remarks, e.g. "The workbook has macros; they were ignored." */
  notes: string[];
  /** The workbook counts dates from 1904 (old Mac Excel): pass it to toIsoDate for raw serial numbers. */
  date1904?: boolean;
}

/** What the user changed about a sheet before it is analysed again. */
export interface SheetOverride {
  headerRow?: number;
  kind?: SheetKind;
  /** For an SoA: the edition of Annex A its control numbers follow, when the user says so. */
  edition?: '2013' | '2022';
}

export interface AnalyzeOptions {
  /** Called with 0…1 as parsing advances. */
  onProgress?: (fraction: number, stage: string) => void;
  signal?: AbortSignal;
  /** Per sheet name. */
  overrides?: Record<string, SheetOverride>;
  /** Name of the file, used in messages. */
  fileName?: string;
}

export type ImportErrorCode =
  | 'not-zip'
  | 'truncated'
  | 'encrypted'
  | 'xls'
  | 'empty'
  | 'csv'
  | 'markdown'
  | 'too-large'
  | 'zip-bomb'
  | 'not-workbook'
  | 'cancelled'
  | 'unreadable';

/** A file that cannot be read as a workbook; the message says what it is, in plain words. */
export class ImportError extends Error {
  readonly code: ImportErrorCode;
  constructor(code: ImportErrorCode, message: string) {
    super(message);
    this.name = 'ImportError';
    this.code = code;
  }
}
