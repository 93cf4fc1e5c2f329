/**
 * One record of a sheet while it is mapped: its cells by canonical field, its translated values,
 * and the problems and warnings found, each tied to the column it came from.
 */
import type { CellValue, SheetAnalysis, SheetRecord } from '../types.ts';
import type { Batch, Resolved } from './batch.ts';
import { DASH_OR_ELLIPSIS, readableLinks } from '../cells.ts';
import { cellText, fold, oneLine, valueKey } from './cells.ts';
import type { Translations } from './translate.ts';
import type { CellProblem, SheetMapping } from './types.ts';

export class RowReader {
  readonly problems: CellProblem[] = [];
  readonly warnings: CellProblem[] = [];
  /** Added records (people, assets) this row names. */
  readonly uses = new Set<string>();
  /** Things the sheet's notes sum up (e.g. reasons recorded by default). */
  readonly flags = new Set<string>();

  constructor(
    readonly sheet: SheetAnalysis,
    readonly mapping: SheetMapping,
    readonly record: SheetRecord,
    private readonly tr: Translations,
    readonly batch: Batch,
  ) {}

  /** Where the row is, for the list of rows that name an added record. */
  get where(): string {
    return `${this.sheet.name} row ${this.record.row}`;
  }

  /** True when the field is read from a column (notes also from the columns kept in them). */
  has(field: string): boolean {
    return Boolean(this.mapping.fields[field]) || (field === 'notes' && (this.mapping.noteColumns?.length ?? 0) > 0);
  }

  /** The "Header: " that starts the line of each column kept in the notes. */
  noteHeaders(): string[] {
    return (this.mapping.noteColumns ?? []).map((col) => `${this.sheet.columns.find((c) => c.column === col)?.header || `Column ${col}`}: `);
  }

  /** The columns kept in the notes, one line each: "Framework: SOC 2 CC6.1" (a cell's lines joined by "; "). Empty cells are left out. */
  noteLines(): string {
    const headers = this.noteHeaders();
    return (this.mapping.noteColumns ?? [])
      .map((col, i) => {
        // One line per column, so that the next import finds and renews it.
        const value = readableLinks(cellText(this.record.cells[col])).replace(/<br\s*\/?>/gi, '\n').replace(/\s*\n\s*/g, '; ');
        return value ? `${headers[i]!}${value}` : '';
      })
      .filter(Boolean)
      .join('\n');
  }

  cell(field: string): CellValue | undefined {
    const col = this.mapping.fields[field];
    return col ? this.record.cells[col] : undefined;
  }

  /** The cell's text as written (may hold several lines): for ids and names to be looked up. */
  raw(field: string): string {
    return cellText(this.cell(field));
  }

  /** The cell's text as it is kept (may hold several lines; Markdown links and badges made readable, "<br>" a line break); notes with the columns kept in them. */
  text(field: string): string {
    const own = readableLinks(this.raw(field)).replace(/<br\s*\/?>/gi, '\n');
    return field === 'notes' ? [own, this.noteLines()].filter(Boolean).join('\n') : own;
  }

  /** The cell's text on one line, links by their words. */
  line(field: string): string {
    return oneLine(this.raw(field));
  }

  /** The app value the field's cell translates to: null when the field has no column, '' when empty or not understood. */
  code(field: string): string | null {
    if (!this.has(field)) return null;
    const key = valueKey(this.cell(field));
    if (key === '') return '';
    const to = this.tr.get(field)?.get(fold(key)) ?? '';
    // A dash or an ellipsis the translations do not read ("—" is "No" in an applicability column) holds the place of a value not given.
    if (to === '' && DASH_OR_ELLIPSIS.test(key)) return '';
    if (to === '') this.warn(field, `“${key.slice(0, 60)}” is not understood, so it is left empty; choose its meaning in the value translations.`);
    return to;
  }

  /** The column (letter and header) and value of a field, for a message. */
  at(field: string | null): Omit<CellProblem, 'message'> {
    const column = field ? (this.mapping.fields[field] ?? '') : '';
    // A field the sheet has no column for keeps its name, so that the preview can say so; a remark about the whole row has neither.
    const header = column ? (this.sheet.columns.find((c) => c.column === column)?.header ?? '') : (field ?? '');
    return { row: this.record.row, column, header, value: column ? cellText(this.record.cells[column]).slice(0, 200) : '' };
  }

  /** The row cannot be imported because of this field. */
  problem(field: string | null, message: string): void {
    this.problems.push({ ...this.at(field), message });
  }

  /** The row is imported, but the user should know this. */
  warn(field: string | null, message: string): void {
    this.warnings.push({ ...this.at(field), message });
  }

  /** The id of a resolved person, asset or custom control; a problem is recorded against the field when there is none. */
  id(r: Resolved, field: string | null): string | null {
    if ('problem' in r) {
      this.problem(field, r.problem);
      return null;
    }
    if (r.aux) this.uses.add(r.aux);
    return r.id;
  }

  /** The person named in the field (or the sheet's default owner when `fallback`); null when none. */
  person(field: string, fallback = false): string | null {
    const name = this.line(field) || (fallback ? this.mapping.defaultOwner.trim() : '');
    if (!name) return null;
    // The person the user chose for this name in the preview ("IT" → Helen Marsh).
    const chosen = this.mapping.valueMaps.find((m) => m.field === PERSON_CHOICE && fold(m.from) === fold(name))?.to;
    const resolved = chosen ? this.batch.personById(chosen, this.where, name) : undefined;
    return this.id(resolved ?? this.batch.person(name, this.where), this.line(field) ? field : null);
  }
}

/** The value map of a name in the file given to a person of the workspace ("IT" → the person's id). */
export const PERSON_CHOICE = '+person';
