import { beforeEach, describe, expect, it } from 'vitest';
import { IsmsDatabase } from '../../../../src/lib/db/database.ts';
import { commitImport } from '../../../../src/lib/db/import-commit.ts';
import { Workspaces, newWorkspaceDraft } from '../../../../src/lib/db/workspaces.ts';
import { analyzeWorkbook } from '../../../../src/lib/io/import/index.ts';
import { mappingFromAnalysis, planImport, withColumnField } from '../../../../src/lib/io/import/mapping/index.ts';
import type { SheetInput } from '../../../../src/lib/io/import/mapping/types.ts';
import { registerWorkbook, soaWorkbook } from '../../../fixtures/import-e2e.ts';

let db: IsmsDatabase;
let ws: string;
let n = 0;
beforeEach(async () => {
  db = new IsmsDatabase(`test-import-rt-${++n}`);
  ws = (await new Workspaces(db, () => 'tester').create(newWorkspaceDraft('Acme'))).id;
});

async function inputs(edited = false): Promise<SheetInput[]> {
  const reg = await analyzeWorkbook(new Uint8Array(await registerWorkbook(edited)), { fileName: 'register.xlsx' });
  const soa = await analyzeWorkbook(new Uint8Array(await soaWorkbook()), { fileName: 'soa.xlsx' });
  const sheet = reg.sheets.find((s) => s.name === 'Risk Register')!;
  // The register's asset column has a header nobody would guess ("Zzz"): the user maps it.
  return [
    { analysis: sheet, mapping: withColumnField(mappingFromAnalysis(sheet), 'C', 'asset') },
    { analysis: soa.sheets[0]!, mapping: mappingFromAnalysis(soa.sheets[0]!) },
  ];
}

describe('analysis → mapping → plan → commit, from Node', () => {
  it('imports generated workbooks and updates on the re-import of an edited copy', async () => {
    const first = await planImport(db, ws, await inputs());
    expect(first.sheets.map((s) => [s.sheet, s.counts])).toEqual([
      ['Risk Register', { new: 4, updated: 0, unchanged: 0, rejected: 1 }],
      ['SoA', { new: 5, updated: 0, unchanged: 0, rejected: 0 }],
    ]);
    await commitImport(db, ws, { fileName: 'register.xlsx', writes: first.writes }, 'tester');
    const r1 = (await db.records('risks').where({ workspaceId: ws, ref: 'R1' }).first())!;
    const a51 = (await db.records('soaEntries').where({ workspaceId: ws }).toArray()).find((e) => (e['control'] as { id: string }[])[0]!.id === 'A.5.1')!;
    expect(a51).toMatchObject({ applicable: 'yes', implementationStatus: 'implemented', risks: [r1.id] });
    expect(r1).toMatchObject({ inherent: { likelihood: 5, impact: 5 }, treatmentOption: 'modify', nextReviewDue: '2026-03-31' });

    const again = await planImport(db, ws, await inputs(true));
    expect(again.sheets.map((s) => s.counts)).toEqual([
      { new: 0, updated: 2, unchanged: 2, rejected: 1 },
      { new: 0, updated: 0, unchanged: 5, rejected: 0 },
    ]);
    await commitImport(db, ws, { fileName: 'register.xlsx', writes: again.writes }, 'tester');
    expect(await db.records('risks').where({ workspaceId: ws }).count()).toBe(4);
    expect((await db.records('risks').where({ workspaceId: ws, ref: 'R2' }).first())?.['title']).toBe('Cloud supplier outage for a week');
  });
});
