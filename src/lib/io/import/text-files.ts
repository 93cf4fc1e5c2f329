/**
 * Text files read as tables: a CSV becomes one sheet, a Markdown file one sheet per pipe table.
 * The same choice serves the import screen, its worker and `npm run inspect`.
 */
import { workbookFromCsv } from './csv.ts';
import { markdownNotes, workbookFromMarkdown } from './markdown.ts';

/** A text file read as a table: CSV, or the pipe tables of Markdown. */
export type TextFormat = 'csv' | 'markdown';

/** How a file is read, by its name or type: as a workbook (null), as CSV or as Markdown tables. */
export function textFormatOf(name: string, type = ''): TextFormat | null {
  if (/\.(csv|txt)$/i.test(name) || type === 'text/csv') return 'csv';
  if (/\.(md|markdown)$/i.test(name) || type === 'text/markdown') return 'markdown';
  return null;
}

/** The workbook bytes the analysis reads for a text file of the given format. */
export function workbookFromText(bytes: Uint8Array, format: TextFormat, fileName: string): Promise<Uint8Array> {
  const text = new TextDecoder().decode(bytes);
  return format === 'csv' ? workbookFromCsv(text, fileName) : workbookFromMarkdown(text, fileName);
}

/** What the import says about reading a text file of this format (shown with the workbook's notes). */
export function textNotes(format: TextFormat | null | undefined, bytes?: Uint8Array): string[] {
  if (format !== 'markdown') return [];
  const extra = bytes ? markdownNotes(new TextDecoder().decode(bytes)) : [];
  return ['Read as Markdown: each table is a sheet named after the heading above it, and rows are numbered as the lines of the file.', ...extra];
}
