/**
 * Text files read as tables: a CSV becomes one sheet, a Markdown file one sheet per pipe table.
 * The same choice serves the import screen, its worker and `npm run inspect`.
 */
import { workbookFromCsv } from './csv.ts';
import { markdownNotes, markdownTables, workbookFromMarkdown } from './markdown.ts';

/** A text file read as a table: CSV, or the pipe tables of Markdown. */
export type TextFormat = 'csv' | 'markdown';

/** How a file is read, by its name or type: as a workbook (null), as CSV or as Markdown tables. */
export function textFormatOf(name: string, type = ''): TextFormat | null {
  if (/\.(csv|txt)$/i.test(name) || type === 'text/csv') return 'csv';
  if (/\.(md|markdown)$/i.test(name) || type === 'text/markdown') return 'markdown';
  return null;
}

/**
 * The workbook the analysis reads for a file (its own bytes, or those made from a text file of the
 * given format), and what the import says of reading it (shown with the workbook's notes). A
 * Markdown file's tables are found once, for both.
 */
export async function workbookToRead(bytes: Uint8Array, format: TextFormat | null | undefined, fileName: string): Promise<{ workbook: Uint8Array; notes: string[] }> {
  if (!format) return { workbook: bytes, notes: [] };
  const text = new TextDecoder().decode(bytes);
  if (format === 'csv') return { workbook: await workbookFromCsv(text, fileName), notes: [] };
  const tables = markdownTables(text);
  return {
    workbook: await workbookFromMarkdown(text, fileName, tables),
    notes: ['Read as Markdown: each table is a sheet named after the heading above it, and rows are numbered as the lines of the file.', ...markdownNotes(tables)],
  };
}
