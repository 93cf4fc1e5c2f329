/**
 * The import's Web Worker: reads a workbook off the page's thread and reports progress. One
 * request per worker; the page cancels by terminating it.
 */
import { analyzeWorkbook } from './index.ts';
import { workbookToRead, type TextFormat } from './text-files.ts';
import { ImportError, type SheetOverride } from './types.ts';
import type { WorkerReply } from './worker-client.ts';

interface Request {
  bytes: Uint8Array;
  fileName: string;
  overrides: Record<string, SheetOverride>;
  /** Read the bytes as text: CSV (a .csv file, or one the user asked to read as CSV) or Markdown tables. */
  textAs?: TextFormat;
}

const post = (m: WorkerReply): void => (self as unknown as { postMessage(m: WorkerReply): void }).postMessage(m);

self.onmessage = async (e: MessageEvent<Request>) => {
  const { bytes, fileName, overrides, textAs } = e.data;
  try {
    const read = await workbookToRead(bytes, textAs, fileName);
    const analysis = await analyzeWorkbook(read.workbook, { fileName, overrides, onProgress: (fraction, stage) => post({ type: 'progress', fraction, stage }) });
    post({ type: 'done', analysis: { ...analysis, notes: [...read.notes, ...analysis.notes] } });
  } catch (err) {
    if (err instanceof ImportError) post({ type: 'error', code: err.code, message: err.message });
    else post({ type: 'error', code: 'unreadable', message: `“${fileName}” could not be read: ${err instanceof Error ? err.message : String(err)}` });
  }
};
