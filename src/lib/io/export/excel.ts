import type * as ExcelJS from 'exceljs';

export type ExcelModule = typeof ExcelJS;

let loading: Promise<ExcelModule> | undefined;

/**
 * ExcelJS, loaded the first time an export needs it: it is large, and the first screen must stay
 * small. Node gives the CommonJS module as `default`, the browser build as the module itself.
 */
export function loadExcel(): Promise<ExcelModule> {
  loading ??= import('exceljs').then((m) => (m as ExcelModule & { default?: ExcelModule }).default ?? m);
  return loading;
}

/** A workbook's bytes, ready to download. */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
