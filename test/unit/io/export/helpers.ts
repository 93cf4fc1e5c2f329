import ExcelJS from 'exceljs';
import { IsmsDatabase } from '../../../../src/lib/db/database.ts';
import { loadDataset } from '../../../../src/lib/db/example.ts';
import { localToday } from '../../../../src/lib/domain/due.ts';
import { exampleIsms } from '../../../../src/lib/domain/example/index.ts';

let n = 0;

/** A fresh database holding the example ISMS as its one workspace. */
export async function exampleWorkspace(): Promise<{ db: IsmsDatabase; ws: string }> {
  const db = new IsmsDatabase(`export-test-${++n}-${Math.random().toString(36).slice(2)}`);
  const ws = await loadDataset(db, exampleIsms(localToday()), 'tester');
  return { db, ws };
}

/** Opens exported bytes with ExcelJS, as a user's spreadsheet program would. */
export async function openXlsx(data: Uint8Array | string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}

/** The header texts of a row of a sheet. */
export function headerTexts(ws: ExcelJS.Worksheet, row: number): string[] {
  const out: string[] = [];
  ws.getRow(row).eachCell({ includeEmpty: false }, (c) => out.push(String(c.value)));
  return out;
}
