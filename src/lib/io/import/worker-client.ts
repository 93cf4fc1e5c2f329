/**
 * Runs the workbook analysis in a Web Worker, so the page stays responsive, with progress and a
 * cancel that stops the worker at once.
 */
import type { TextFormat } from './text-files.ts';
import { ImportError, type ImportErrorCode, type SheetOverride, type WorkbookAnalysis } from './types.ts';

/** What the worker sends back. */
export type WorkerReply =
  | { type: 'progress'; fraction: number; stage: string }
  | { type: 'done'; analysis: WorkbookAnalysis }
  | { type: 'error'; code: ImportErrorCode; message: string };

export interface AnalysisJob {
  promise: Promise<WorkbookAnalysis>;
  /** Stops reading; the promise rejects with an ImportError of code `cancelled`. */
  cancel(): void;
}

/** Analyses the workbook in a worker; `onProgress` gets 0…1 and the stage in words. */
export function analyzeInWorker(
  bytes: Uint8Array,
  options: { fileName: string; overrides?: Record<string, SheetOverride>; textAs?: TextFormat | null },
  onProgress: (fraction: number, stage: string) => void,
): AnalysisJob {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  let settle: { resolve(a: WorkbookAnalysis): void; reject(e: unknown): void } | undefined;
  const promise = new Promise<WorkbookAnalysis>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (): void => {
    worker.terminate();
    settle = undefined;
  };
  worker.onmessage = (e: MessageEvent<WorkerReply>) => {
    const m = e.data;
    if (m.type === 'progress') return onProgress(m.fraction, m.stage);
    const s = settle;
    finish();
    if (m.type === 'done') s?.resolve(m.analysis);
    else s?.reject(new ImportError(m.code, m.message));
  };
  worker.onerror = (e) => {
    const s = settle;
    finish();
    s?.reject(new ImportError('unreadable', `“${options.fileName}” could not be read: ${e.message || 'the reader stopped.'}`));
  };
  worker.postMessage({ bytes, fileName: options.fileName, overrides: options.overrides ?? {}, textAs: options.textAs ?? undefined });
  return {
    promise,
    cancel() {
      const s = settle;
      finish();
      s?.reject(new ImportError('cancelled', `Reading “${options.fileName}” was cancelled.`));
    },
  };
}
