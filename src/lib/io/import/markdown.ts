/**
 * Registers kept as Markdown (an ISMS written in a git repository): every pipe table of the text
 * becomes a sheet of an in-memory workbook, read through the same analysis as any workbook.
 *
 * Each table keeps its place: its rows are written at the rows of the file's lines, so a rejected
 * "row 14" is line 14 of the file. A sheet is named after the heading above its table.
 */
import type * as ExcelJS from 'exceljs';
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
}

const DELIMITER_CELL = /^:?-{1,}:?$/;

/** The cells of one table line: split on pipes that are not escaped and not inside `code`. */
export function tableCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let code = false;
  const s = line.trim();
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\\' && s[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (ch === '`') {
      code = !code;
      cell += ch;
    } else if (ch === '|' && !code) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  // Leading and trailing pipes are optional: drop the empty cells they leave.
  if (s.startsWith('|')) cells.shift();
  if (s.endsWith('|') && !s.endsWith('\\|') && cells.length > 0) cells.pop();
  return cells.map((c) => c.trim());
}

const isDelimiter = (line: string): boolean => {
  if (!line.includes('-')) return false;
  const cells = tableCells(line);
  return cells.length > 0 && cells.every((c) => DELIMITER_CELL.test(c.replace(/\s+/g, '')));
};

const headingOf = (line: string): string | null => {
  const m = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
  return m ? m[1]!.replace(/[*_`]/g, '').trim() : null;
};

/** The pipe tables of a Markdown text (outside fenced code), each with its heading and line. */
export function markdownTables(text: string): MarkdownTable[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const tables: MarkdownTable[] = [];
  let heading = '';
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (!fence) fence = f[1]![0]!;
      else if (f[1]![0] === fence) fence = null;
      continue;
    }
    if (fence) continue;
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
    let k = i + 2;
    for (; k < lines.length && lines[k]!.trim() !== '' && lines[k]!.includes('|') && headingOf(lines[k]!) === null; k++) {
      const cells = tableCells(lines[k]!);
      // GFM: extra cells are ignored, missing ones are empty.
      rows.push(header.map((_, c) => cells[c] ?? ''));
    }
    tables.push({ heading, line: i + 1, header, rows });
    i = k - 1;
  }
  return tables;
}

/** Text as Excel would have typed it: plain numbers become numbers, everything else stays text. */
function cellOf(text: string): string | number | null {
  const t = text.trim();
  if (t === '') return null;
  if (/^-?\d{1,15}(\.\d+)?$/.test(t) && !/^0\d/.test(t)) return Number(t);
  return t.replace(/<br\s*\/?>/gi, '\n');
}

const sheetSafe = (s: string): string => s.replace(/[\\/?*[\]:]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31).trim();

/** Sheet names for the tables: the heading above each, else the file's name; never twice the same. */
function sheetNames(tables: MarkdownTable[], fileName: string): string[] {
  const base = sheetSafe(fileName.replace(/\.[^.]+$/, '')) || 'Markdown';
  const used = new Set<string>();
  return tables.map((t) => {
    const wanted = sheetSafe(t.heading) || base;
    let name = wanted;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${wanted.slice(0, 31 - String(n).length - 3)} (${n})`;
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * An .xlsx workbook (bytes) with one sheet per pipe table of the Markdown text. The header sits on
 * the row of the file's delimiter line and each record on the row of its own line.
 */
export async function workbookFromMarkdown(text: string, fileName = 'Markdown'): Promise<Uint8Array> {
  const tables = markdownTables(text).filter((t) => t.rows.length > 0);
  if (tables.length === 0) {
    throw new ImportError('empty', `“${fileName}” holds no Markdown table with rows: a table is a header line, a line of dashes (| --- | --- |), then one line per record.`);
  }
  const mod = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
  const Excel = mod.default ?? mod;
  const wb = new Excel.Workbook();
  const names = sheetNames(tables, fileName);
  tables.forEach((t, n) => {
    const ws = wb.addWorksheet(names[n]!);
    // The header goes on the delimiter line's row so that records keep their line numbers.
    ws.getRow(t.line + 1).values = t.header.map(cellOf);
    t.rows.forEach((r, k) => {
      ws.getRow(t.line + 2 + k).values = r.map(cellOf);
    });
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
