/**
 * Runs an export in a Web Worker, so that writing a large workbook never freezes the page: the
 * worker opens the same database, reads one snapshot and writes the file; progress comes back as
 * messages, and cancelling stops the worker at once.
 */
import type { ExportFile } from './index.ts';

/** Which export to make. */
export type ExportRequest =
  | { kind: 'auditor' }
  | { kind: 'soa' }
  | { kind: 'risks' }
  | { kind: 'layout'; profileId: string }
  | { kind: 'csv'; table: string };

/** What the worker sends back. */
export type ExportReply = { type: 'progress'; fraction: number; stage: string } | { type: 'done'; file: ExportFile } | { type: 'error'; message: string };

/** The message that starts the worker. */
export interface ExportJob {
  dbName: string;
  workspaceId: string;
  request: ExportRequest;
}

/** Makes the export in a worker (or on the page where workers are not available). */
export function exportInWorker(job: ExportJob, onProgress: (fraction: number, stage: string) => void, signal?: AbortSignal): Promise<ExportFile> {
  if (typeof Worker === 'undefined') return import('./run.ts').then((m) => m.runExport(job, onProgress, signal));
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ExportFile>((resolve, reject) => {
    const stop = (): void => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = (): void => {
      stop();
      reject(new DOMException('The export was cancelled.', 'AbortError'));
    };
    signal?.addEventListener('abort', cancel);
    worker.onmessage = (e: MessageEvent<ExportReply>) => {
      const m = e.data;
      if (m.type === 'progress') return onProgress(m.fraction, m.stage);
      stop();
      if (m.type === 'done') resolve(m.file);
      else reject(new Error(m.message));
    };
    worker.onerror = (e) => {
      stop();
      reject(new Error(`The export stopped: ${e.message || 'the worker failed.'}`));
    };
    worker.postMessage(job);
  });
}
