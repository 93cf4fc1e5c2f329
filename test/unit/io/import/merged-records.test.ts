import { describe, expect, it } from 'vitest';
import { analyzeWorkbook } from '../../../../src/lib/io/import/index.ts';
import { buildWorkbook } from '../../../fixtures/workbooks/build.ts';
import { multiLineRisks } from '../../../fixtures/workbooks/session31.ts';

describe('records told on several rows under a merged id', () => {
  it('joins each further line into its record, one line per threat and control, and says so', async () => {
    const a = await analyzeWorkbook(await buildWorkbook([multiLineRisks]));
    const s = a.sheets[0]!;
    expect(s.records.map((r) => [r.row, r.cells['A']?.text])).toEqual([[2, 'R-001'], [5, 'R-002'], [7, 'R-003'], [8, 'R-004']]);
    expect(s.records[0]!.cells['C']?.text).toBe('Web exploits\nCredential stuffing\nSession hijacking');
    expect(s.records[0]!.cells['D']?.text).toBe('WAF in blocking mode\nRate limiting and lockout\nShort-lived tokens');
    expect(s.records[1]!.cells['D']?.text).toBe('Quarterly access review\nAnnual supplier assessment');
    // The rating and the name stay as the merge gave them, once.
    expect(s.records[0]!.cells['E']?.text).toBe('3');
    expect(s.records[0]!.cells['B']?.text).toBe('Compromise of the customer portal');
    expect(s.notes).toContain('3 further lines of risks or assets told on several rows under one merged id were joined into their records.');
  });
});

describe('importing such a register', () => {
  it('writes one risk per id, with every threat and control its lines list', async () => {
    const { IsmsDatabase } = await import('../../../../src/lib/db/database.ts');
    const { commitImport } = await import('../../../../src/lib/db/import-commit.ts');
    const { Workspaces, newWorkspaceDraft } = await import('../../../../src/lib/db/workspaces.ts');
    const { mappingFromAnalysis, planImport } = await import('../../../../src/lib/io/import/mapping/index.ts');
    const db = new IsmsDatabase('test-import-merged-lines');
    const ws = (await new Workspaces(db, () => 'tester').create(newWorkspaceDraft('Acme'))).id;
    const sheet = (await analyzeWorkbook(await buildWorkbook([multiLineRisks]), { fileName: 'register.xlsx' })).sheets[0]!;
    const plan = await planImport(db, ws, [{ analysis: sheet, mapping: mappingFromAnalysis(sheet) }]);
    expect(plan.sheets[0]!.counts).toEqual({ new: 4, updated: 0, unchanged: 0, rejected: 0 });
    await commitImport(db, ws, { fileName: 'register.xlsx', writes: plan.writes }, 'tester');
    const risks = await db.records('risks').where({ workspaceId: ws }).toArray();
    expect(risks.map((r) => r['ref']).sort()).toEqual(['R-001', 'R-002', 'R-003', 'R-004']);
    const r1 = risks.find((r) => r['ref'] === 'R-001')!;
    expect(JSON.stringify(r1)).toContain('Credential stuffing');
    expect(JSON.stringify(r1)).toContain('Short-lived tokens');
  });
});
