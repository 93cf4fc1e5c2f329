import { IsmsDatabase } from '../../db/database.ts';
import { type ExportFile, exportAuditorWorkbook, exportCsv, exportInLayout, exportRiskWorkbook, exportSoaWorkbook } from './index.ts';
import type { ExportJob } from './worker-client.ts';

/** Makes one export from its own connection to the database (in a worker, or on the page). */
export async function runExport(job: ExportJob, onProgress: (fraction: number, stage: string) => void, signal?: AbortSignal): Promise<ExportFile> {
  const db = new IsmsDatabase(job.dbName);
  const opts = { onProgress, signal };
  try {
    const r = job.request;
    switch (r.kind) {
      case 'auditor':
        return await exportAuditorWorkbook(db, job.workspaceId, opts);
      case 'soa':
        return await exportSoaWorkbook(db, job.workspaceId, opts);
      case 'risks':
        return await exportRiskWorkbook(db, job.workspaceId, opts);
      case 'layout':
        return await exportInLayout(db, job.workspaceId, r.profileId, opts);
      case 'csv':
        return await exportCsv(db, job.workspaceId, r.table);
    }
  } finally {
    db.close();
  }
}
