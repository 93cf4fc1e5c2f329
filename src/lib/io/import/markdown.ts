/**
 * Registers kept as Markdown (an ISMS written in a git repository): every pipe table of the text
 * becomes a sheet of an in-memory workbook, read through the same analysis as any workbook.
 *
 * Each table keeps its place: its rows are written at the rows of the file's lines, so a rejected
 * "row 14" is line 14 of the file. A sheet is named after the heading above its table. Tables in
 * fenced code and in HTML comments are examples, not registers, and are left out (an indented table
 * is read: documentation sites indent tables inside list items).
 */
import type * as ExcelJS from 'exceljs';
import { cellOf, safeSheetName } from './csv.ts';
import { ImportError } from './types.ts';

type ExcelModule = typeof ExcelJS;

export interface MarkdownTable {
  /** The heading the table sits under ('' when there is none). */
  heading: string;
  /** 1-based line of the table's header line in the file. */
  line: number;
  header: string[];
  /** The body rows, one per line after the delimiter line. */
  rows: string[][];
  /** Lines of rows with more cells than the header (GitHub shows only as many as the header has). */
  overflow: number[];
}

/**
 * The cells of one table line, as GitHub splits them: on every pipe not escaped with a backslash
 * (a pipe inside `code` splits too, unless escaped); the pipes at either end are optional.
 */
export function tableCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  const s = line.trim();
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\\' && s[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (ch === '|') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  if (s.startsWith('|')) cells.shift();
  if (s.endsWith('|') && !s.endsWith('\\|') && cells.length > 0) cells.pop();
  return cells.map((c) => c.trim());
}

const DELIMITER_CELL = /^:?-+:?$/;

const isDelimiter = (line: string): boolean => {
  if (!line.includes('-')) return false;
  const cells = tableCells(line);
  return cells.length > 0 && cells.every((c) => DELIMITER_CELL.test(c.replace(/\s+/g, '')));
};

/** An ATX heading's text ("## Risk register ##" is "Risk register"), or null; read without backtracking regexes. */
function headingOf(line: string): string | null {
  const m = /^ {0,3}(#{1,6})(?=[ \t]|$)/.exec(line);
  if (!m) return null;
  let text = line.slice(m[0].length).trim();
  // A closing run of #, after a space, is not part of the heading.
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end < text.length && (end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t')) text = text.slice(0, end).trim();
  return text.replace(/[*_`]/g, '').trim();
}

/** An opening or closing code fence: its character and length, and whether an info string follows. */
function fenceOf(line: string): { char: string; length: number; info: boolean } | null {
  const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
  if (!m) return null;
  return { char: m[1]![0]!, length: m[1]!.length, info: line.slice(m[0].length).trim() !== '' };
}

/** The pipe tables of a Markdown text (outside code and comments), each with its heading and line. */
export function markdownTables(text: string): MarkdownTable[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const tables: MarkdownTable[] = [];
  let heading = '';
  let fence: { char: string; length: number } | null = null;
  let comment = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (comment) {
      if (line.includes('-->')) comment = false;
      continue;
    }
    const f = fenceOf(line);
    if (fence) {
      // Only a fence of the same character, at least as long, with nothing after it, closes one.
      if (f && f.char === fence.char && f.length >= fence.length && !f.info) fence = null;
      continue;
    }
    if (f) {
      fence = f;
      continue;
    }
    const open = line.lastIndexOf('<!--');
    if (open >= 0 && !line.slice(open).includes('-->')) {
      comment = true;
      continue;
    }
    const h = headingOf(line);
    if (h !== null) {
      heading = h;
      continue;
    }
    const next = lines[i + 1];
    if (!line.includes('|') || next === undefined || !isDelimiter(next)) continue;
    const header = tableCells(line);
    if (header.length !== tableCells(next).length) continue;
    const rows: string[][] = [];
    const overflow: number[] = [];
    let k = i + 2;
    for (; k < lines.length && lines[k]!.trim() !== '' && lines[k]!.includes('|') && headingOf(lines[k]!) === null && !fenceOf(lines[k]!); k++) {
      const cells = tableCells(lines[k]!);
      // GFM: extra cells are ignored, missing ones are empty.
      if (cells.slice(header.length).some((c) => c !== '')) overflow.push(k + 1);
      rows.push(header.map((_, c) => cells[c] ?? ''));
    }
    tables.push({ heading, line: i + 1, header, rows, overflow });
    i = k - 1;
  }
  return tables;
}

/** A cell as Excel would have typed it (csv.ts), a "<br>" a line break. */
function markdownCell(text: string): string | number | null {
  const v = cellOf(text);
  return typeof v === 'string' ? v.trim().replace(/<br\s*\/?>/gi, '\n') : v;
}

/** Sheet names for the tables: the heading above each, else the file's name; never twice the same. */
function sheetNames(tables: MarkdownTable[], fileName: string): string[] {
  const base = safeSheetName(fileName.replace(/\.[^.]+$/, ''), 'Markdown');
  const used = new Set<string>();
  return tables.map((t) => {
    const wanted = t.heading ? safeSheetName(t.heading, base) : base;
    let name = wanted;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = safeSheetName(`${[...wanted].slice(0, 31 - String(n).length - 3).join('')} (${n})`, base);
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * An .xlsx workbook (bytes) with one sheet per pipe table of the Markdown text: the header and each
 * record on the row of its own line (the row of the line of dashes stays empty).
 */
export async function workbookFromMarkdown(text: string, fileName = 'Markdown', all = markdownTables(text)): Promise<Uint8Array> {
  const tables = all.filter((t) => t.rows.length > 0);
  if (tables.length === 0) {
    throw new ImportError('empty', `“${fileName}” holds no Markdown table with rows: a table is a header line, a line of dashes (| --- | --- |), then one line per record.`);
  }
  const mod = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
  const Excel = mod.default ?? mod;
  const wb = new Excel.Workbook();
  const names = sheetNames(tables, fileName);
  tables.forEach((t, n) => {
    const ws = wb.addWorksheet(names[n]!);
    ws.getRow(t.line).values = t.header.map(markdownCell);
    t.rows.forEach((r, k) => {
      ws.getRow(t.line + 2 + k).values = r.map(markdownCell);
    });
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** What the import says of a Markdown file's tables: rows whose extra cells were not read. */
export function markdownNotes(tables: readonly MarkdownTable[]): string[] {
  const lines = tables.flatMap((t) => t.overflow);
  if (lines.length === 0) return [];
  const shown = lines.slice(0, 5).join(', ') + (lines.length > 5 ? ` and ${lines.length - 5} more` : '');
  return [`${lines.length === 1 ? 'Line' : 'Lines'} ${shown} ${lines.length === 1 ? 'has' : 'have'} more cells than the table's header; the extra cells were not read.`];
}
