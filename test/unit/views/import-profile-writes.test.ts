import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../../src/lib/db/database.ts';
import type { ImportProfileDraft } from '../../../src/lib/domain/entities/import-profile.ts';
import { layoutSignature, mappingFromAnalysis, profileDraft, type WorkspaceSnapshot } from '../../../src/lib/io/import/mapping/index.ts';
import { profileWrites } from '../../../src/views/import/import-commit-text.ts';
import { sheet } from '../io/import/map-fixture.ts';

const labels = { likelihood: ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'], impact: ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'] };
const snap = { workspaceId: 'w', edition: '2022', today: '2026-02-01', ctx: {}, labels, tables: {} } as unknown as WorkspaceSnapshot;
const soa = sheet('SoA', 'soa', [['Control', 'controlId'], ['Applicable', 'applicable']], [['A.5.1', 'Yes']]);
const inputs = [{ analysis: soa, mapping: mappingFromAnalysis(soa) }];
const sheets = [{ name: 'SoA', signature: layoutSignature(soa) }];

describe('saving the mapping of an import', () => {
  it('saves the SoA edition the user chose', () => {
    const [write] = profileWrites(sheets, inputs, [], 'soa.xlsx', snap, { SoA: { edition: '2013' } });
    expect(write).toMatchObject({ op: 'create', table: 'importProfiles', draft: { edition: '2013' } });
  });

  it('keeps an edition chosen before when this file did not need the choice', () => {
    const before = profileDraft(soa, mappingFromAnalysis(soa), layoutSignature(soa), 'soa.xlsx', '2026-01-10', [], '2013')!;
    const stored = [{ ...before, id: 'p1', ref: 'MAP-001', rev: 1, workspaceId: 'w', createdAt: '', updatedAt: '2026-01-10' }] as unknown as (StoredRecord & ImportProfileDraft)[];
    const [write] = profileWrites(sheets, inputs, stored, 'soa-2.xlsx', snap, {});
    expect(write).toMatchObject({ op: 'update', id: 'p1', draft: { edition: '2013' } });
    // A file whose ids settle the edition saves that edition over the one chosen before.
    const sure = [{ analysis: { ...soa, edition: '2022' as const, editionSure: true }, mapping: mappingFromAnalysis(soa) }];
    const [moved] = profileWrites(sheets, sure, stored, 'soa-3.xlsx', snap, {});
    expect(moved).toMatchObject({ op: 'update', id: 'p1', draft: { edition: '2022' } });
    // Nothing chosen, now or before: nothing saved.
    const [fresh] = profileWrites(sheets, inputs, [], 'soa.xlsx', snap, {});
    expect(fresh!.draft['edition']).toBeNull();
  });
});
