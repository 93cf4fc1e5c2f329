/**
 * The workbook analysis (stable surface, ARCHITECTURE.md): what each sheet of a workbook holds,
 * where its header is, which column is which field, and its records. Runs in Node and in a Web
 * Worker (no DOM). Hostile or unreadable files reject with an ImportError.
 */
import { ImportError, type AnalyzeOptions, type WorkbookAnalysis } from './types.ts';
import { prescan } from './prescan.ts';
import { readGrids } from './read.ts';
import { analyzeSheet } from './sheet.ts';
import { withoutExtracts } from './extracts.ts';

export * from './types.ts';
export { controlIdsFromCell, controlRefsFromCell, type ControlIdHint, type ControlRef, type ControlRefKind } from './control-ids.ts';
export { cleanText, foldWord, isScaleWord, parseNumber, parseYesNo, splitLabelScore, type LabelScore } from './normalise.ts';
export { toIsoDate, serialToIso, monthOf, type DateOptions } from './dates.ts';
export { fieldCandidates, type FieldCandidate } from './fields.ts';
export { MAX_FILE_BYTES } from './limits.ts';

function checkCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ImportError('cancelled', 'The import was cancelled.');
}

/** Lets the event loop run (progress messages, a cancel click) between long steps. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Analyses a workbook's bytes: for every sheet its kind, header row, records, SoA edition and a
 * proposed field for each column. Rejects with an ImportError for files that are not readable
 * workbooks (not a zip, truncated, encrypted, .xls, CSV or Markdown text, too large, zip bomb)
 * and with code 'cancelled' when `options.signal` is aborted.
 */
export async function analyzeWorkbook(bytes: Uint8Array, options: AnalyzeOptions = {}): Promise<WorkbookAnalysis> {
  const { signal, onProgress } = options;
  const progress = (f: number, stage: string) => onProgress?.(Math.round(f * 100) / 100, stage);
  checkCancelled(signal);
  progress(0, 'checking');
  const pre = prescan(bytes, { fileName: options.fileName, signal });
  progress(0.2, 'reading');
  await breathe();
  checkCancelled(signal);
  const notes = [...pre.notes];
  const grids = await readGrids(pre, notes);
  progress(0.5, 'analysing');
  const sheets = [];
  for (const [i, grid] of grids.entries()) {
    await breathe();
    checkCancelled(signal);
    const override = options.overrides ? Object.hasOwn(options.overrides, grid.name) ? options.overrides[grid.name] : undefined : undefined;
    sheets.push(analyzeSheet(grid, override));
    progress(0.5 + (0.5 * (i + 1)) / grids.length, 'analysing');
  }
  progress(1, 'done');
  return { sheets: withoutExtracts(sheets, options.overrides), notes, date1904: pre.date1904 };
}
