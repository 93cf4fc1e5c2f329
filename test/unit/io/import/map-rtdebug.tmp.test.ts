import { it } from 'vitest';
import type { StoredRecord } from '../../../../src/lib/db/database.ts';
import { entityByTable } from '../../../../src/lib/domain/entities/index.ts';
import { draftOf } from '../../../../src/lib/domain/model/entity.ts';
import { exportAuditorWorkbook } from '../../../../src/lib/io/export/index.ts';
import { analyzeWorkbook } from '../../../../src/lib/io/import/index.ts';
import { mappingFromAnalysis, planImport } from '../../../../src/lib/io/import/mapping/index.ts';
import { exampleWorkspace } from '../export/helpers.ts';
import { hostileWorkspace } from '../export/hostile.ts';

const SHEETS = ['Risk register', 'Treatment plan', 'Statement of Applicability', 'Assets'];
async function dbg(which: string, db: any, ws: string, scaleSizes = {}) {
  const analysis = await analyzeWorkbook((await exportAuditorWorkbook(db, ws)).data as Uint8Array);
  const inputs = SHEETS.map((name) => {
    const sheet = analysis.sheets.find((s) => s.name === name)!;
    console.log(which, name, sheet.kind, sheet.columns.map((c) => `${c.column}:${c.header}=${c.field}@${c.confidence}`).join(' | '));
    return { analysis: sheet, mapping: { ...mappingFromAnalysis(sheet), scaleSizes } };
  });
  const plan = await planImport(db, ws, inputs);
  for (const s of plan.sheets) {
    console.log(which, s.table, JSON.stringify(s.counts), s.notes);
    for (const r of s.rows) if (r.problems.length || r.warnings.length) console.log('  row', r.row, r.outcome, JSON.stringify(r.problems), JSON.stringify(r.warnings).slice(0, 400));
  }
  console.log('added', JSON.stringify(plan.added));
  const n: Record<string, number> = {};
  for (const w of plan.writes) {
    if (w.op !== 'update') continue;
    const before = draftOf(entityByTable(w.table), (await db.records(w.table).get(w.id)) as StoredRecord) as Record<string, unknown>;
    const after = w.draft as Record<string, unknown>;
    for (const k of Object.keys(before)) if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) {
      const key = `${w.table}.${k}`; n[key] = (n[key] ?? 0) + 1;
      if (n[key] <= 3) console.log('DIFF', w.ref, key, JSON.stringify(before[k]).slice(0, 200), '=>', JSON.stringify(after[k]).slice(0, 200));
    }
  }
  console.log(which, 'diff counts', n);
}
it('debug', async () => {
  const a = await exampleWorkspace();
  await dbg('EX', a.db, a.ws);
  const b = await hostileWorkspace();
  await dbg('HO', b.db, b.ws);
}, 120000);
