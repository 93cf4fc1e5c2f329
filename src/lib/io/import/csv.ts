/**
 * A CSV register read through the same analysis as a workbook: the rows become one sheet of an
 * in-memory workbook. Papa Parse finds the delimiter (comma, semicolon, tab — European exports use
 * semicolons) and handles quoted fields with line breaks.
 */
import Papa from 'papaparse';
import type * as ExcelJS from 'exceljs';
import { ImportError } from './types.ts';

type ExcelModule = typeof ExcelJS;

/** Text as Excel would have typed it: plain numbers become numbers, everything else stays text. */
export function cellOf(text: string): string | number | null {
  const t = text.trim();
  if (t === '') return null;
  if (/^-?\d{1,15}(\.\d+)?$/.test(t) && !/^0\d/.test(t)) return Number(t);
  return text;
}

/** The rows of a CSV text, refused with an ImportError when it holds no table. */
export function csvRows(text: string, fileName = 'The file'): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const rows = parsed.data.filter((r) => Array.isArray(r) && r.some((c) => c.trim() !== ''));
  if (rows.length === 0) throw new ImportError('empty', `${fileName} holds no rows to read.`);
  if (rows.every((r) => r.length < 2)) throw new ImportError('unreadable', `${fileName} does not look like a table: no row has two or more columns.`);
  return rows;
}

/**
 * A name Excel accepts for a sheet: no \\ / ? * [ ] :, not "History" (Excel keeps it), no quote at
 * either end, at most 31 UTF-16 units (cut at a space and marked "…", never inside a character); `fallback` when empty.
 */
export function safeSheetName(name: string, fallback: string): string {
  const unquote = (s: string): string => s.trim().replace(/^'+|'+$/g, '').trim();
  const whole = unquote(name.replace(/[\\/?*[\]:]/g, ' ').replace(/\s+/g, ' '));
  // Excel counts UTF-16 units; a longer name is cut between characters, at a space when there is one, and marked "…".
  const chars: string[] = [];
  for (const ch of whole) {
    if (chars.join('').length + ch.length > 29) break;
    chars.push(ch);
  }
  const space = chars.lastIndexOf(' ');
  const short = whole.length <= 31 ? whole : `${chars.slice(0, space > 10 ? space : chars.length).join('').trimEnd()} …`;
  const cut = unquote(short) || fallback;
  return /^history$/i.test(cut) ? `${cut} (table)` : cut;
}

/** An .xlsx workbook (bytes) with the CSV's rows on one sheet named after the file. */
export async function workbookFromCsv(text: string, fileName = 'CSV'): Promise<Uint8Array> {
  const rows = csvRows(text, fileName);
  const mod = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
  const Excel = mod.default ?? mod;
  const wb = new Excel.Workbook();
  const sheetName = safeSheetName(fileName.replace(/\.[^.]+$/, ''), 'CSV');
  const ws = wb.addWorksheet(sheetName);
  for (const r of rows) {
    const row = ws.addRow(r.map(cellOf));
    // A number written with trailing zeros after other decimals ("5.10", "8.20": Annex A ids) keeps them, as a number format would
    // in Excel; a whole number written "1.0" or "12.00" (an export's floats) stays the number it is.
    r.forEach((text, i) => {
      const zeros = /^-?\d{1,15}\.(\d*[1-9]\d*0)$/.exec(text.trim());
      if (zeros && typeof row.getCell(i + 1).value === 'number') row.getCell(i + 1).numFmt = `0.${'0'.repeat(zeros[1]!.length)}`;
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
