/** The export's Web Worker: one export per worker; the page cancels by terminating it. */
import { runExport } from './run.ts';
import type { ExportJob, ExportReply } from './worker-client.ts';

const post = (m: ExportReply, transfer: Transferable[] = []): void => (self as unknown as { postMessage(m: ExportReply, t: Transferable[]): void }).postMessage(m, transfer);

self.onmessage = async (e: MessageEvent<ExportJob>) => {
  try {
    const file = await runExport(e.data, (fraction, stage) => post({ type: 'progress', fraction, stage }));
    post({ type: 'done', file }, typeof file.data === 'string' ? [] : [file.data.buffer as ArrayBuffer]);
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
