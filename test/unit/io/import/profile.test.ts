import { describe, expect, it } from 'vitest';
import { importProfileEntity } from '../../../../src/lib/domain/entities/import-profile.ts';
import { validate } from '../../../../src/lib/domain/model/entity.ts';
import {
  findProfile,
  layoutSignature,
  learnedHeaders,
  mappingFromAnalysis,
  mappingFromProfile,
  NOTE_COLUMN,
  profileDraft,
  profileOverride,
  profileWrite,
  proposeTranslations,
  valueMapsOf,
  withColumnField,
  withLearnedHeaders,
  withTranslation,
} from '../../../../src/lib/io/import/mapping/index.ts';
import { sheet } from './map-fixture.ts';

const labels = { likelihood: ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'], impact: ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'] };

const register = (headerRow = 3) =>
  sheet('Risk Register', 'risks', [['Risk No.', 'id'], ['  Risk\nTitle ', 'title'], ['Proba', 'likelihood'], ['Dopad', null], ['__proto__', null]], [
    ['R1', 'Fire', 'High', 2, 'x'],
    ['R2', 'Flood', 'high', 3, 'y'],
  ], headerRow);

describe('layout signature', () => {
  it('is made of the headers and their columns, not of the rows above them', () => {
    expect(layoutSignature(register())).toBe('A=risk no|B=risk title|C=proba|D=dopad|E=__proto__');
    expect(layoutSignature(register(5))).toBe(layoutSignature(register()));
    const moved = sheet('Other', 'risks', [['Risk Title', 'title'], ['Risk No.', 'id']], []);
    expect(layoutSignature(moved)).not.toBe(layoutSignature(register()));
  });
});

describe('mappings', () => {
  it('takes the proposal of the analysis, a field once, most confident column first', () => {
    const s = register();
    s.columns[3] = { ...s.columns[3]!, field: 'title', confidence: 0.4 };
    expect(mappingFromAnalysis(s).fields).toEqual({ id: 'A', title: 'B', likelihood: 'C' });
  });

  it('keeps references to other frameworks in the notes by default (they have no field), in registers that keep notes', () => {
    const soa = sheet('SoA', 'soa', [['Control', 'controlId'], ['Status', 'status'], ['NIST CSF 2.0 Mapping', null], ['Team', null]], [['A.5.1', 'Implemented', 'GV.PO-01', 'IT']]);
    expect(mappingFromAnalysis(soa).noteColumns).toEqual(['C']);
    const assets = sheet('Assets', 'assets', [['Asset', 'name'], ['SOC 2', null]], [['CRM', 'CC6.1']]);
    expect(mappingFromAnalysis(assets).noteColumns).toBeUndefined();
  });

  it('moves a field to the column the user chooses, and unmaps a column', () => {
    const m = withColumnField(mappingFromAnalysis(register()), 'D', 'impact');
    expect(m.fields).toEqual({ id: 'A', title: 'B', likelihood: 'C', impact: 'D' });
    expect(withColumnField(m, 'D', 'title').fields).toEqual({ id: 'A', likelihood: 'C', title: 'D' });
    expect(withColumnField(m, 'A', null).fields).toEqual({ title: 'B', likelihood: 'C', impact: 'D' });
  });
});

describe('profiles', () => {
  const s = register();
  const m = withTranslation(withColumnField(mappingFromAnalysis(s), 'D', 'impact'), 'likelihood', 'HIGH', '4');
  const draft = profileDraft(s, m, layoutSignature(s), 'register.xlsx', '2026-01-10', valueMapsOf(proposeTranslations(s, m, labels)))!;

  it('saves a valid profile with columns, header row, kind and value translations', () => {
    expect(validate(importProfileEntity, draft)).toEqual([]);
    expect(draft).toMatchObject({ name: 'register.xlsx — Risk Register', kind: 'risks', headerRow: 3, sheetName: 'Risk Register', lastUsedAt: '2026-01-10' });
    expect(draft.columns).toContainEqual({ column: 'B', header: 'Risk Title', field: 'title' });
    // "High" and "high" are one value; the user's choice is kept.
    expect(draft.valueMaps.filter((v) => v.field === 'likelihood')).toEqual([{ field: 'likelihood', from: 'High', to: '4' }]);
    // Two impacts (2 and 3) are no evidence of a 1–3 scale: they are kept on the workspace's 1–5.
    expect(draft.valueMaps).toContainEqual({ field: 'impact', from: '3', to: '3' });
  });

  it('gives the same mapping back for a sheet of the same layout', () => {
    const next = register(5);
    const found = findProfile([{ ...draft, updatedAt: '2026-01-10' }, { ...draft, signature: 'other', updatedAt: '2026-02-01' }], layoutSignature(next))!;
    expect(found.signature).toBe(draft.signature);
    expect(profileOverride(found, next)).toEqual({ kind: 'risks', headerRow: 3 });
    expect(profileOverride(found, register())).toBeNull();
    const back = mappingFromProfile(found, register());
    expect(back.fields).toEqual(m.fields);
    expect(proposeTranslations(register(), back, labels)[0]!.rows[0]).toMatchObject({ from: 'High', to: '4', known: true });
    expect(findProfile([draft], '')).toBeUndefined();
  });

  it('updates the stored profile of the same layout rather than adding another', () => {
    const stored = { ...draft, id: 'p1', ref: 'MAP-001', rev: 2 };
    expect(profileWrite(stored, draft)).toMatchObject({ op: 'update', id: 'p1', expectedRev: 2, table: 'importProfiles' });
    expect(profileWrite(undefined, draft)).toMatchObject({ op: 'create', ref: '', table: 'importProfiles' });
  });

  it('keeps columns in the notes: chosen, saved and given back; giving such a column a field takes it out', () => {
    const noted = withColumnField(withColumnField(m, 'E', NOTE_COLUMN), 'D', NOTE_COLUMN);
    expect(noted.noteColumns).toEqual(['D', 'E']);
    expect(noted.fields['impact']).toBeUndefined();
    const saved = profileDraft(s, noted, layoutSignature(s), 'register.xlsx', '2026-01-10', [])!;
    expect(validate(importProfileEntity, saved)).toEqual([]);
    expect(mappingFromProfile(saved, register()).noteColumns).toEqual(['D', 'E']);
    expect(withColumnField(noted, 'D', 'impact')).toMatchObject({ noteColumns: ['E'], fields: { impact: 'D' } });
    // An inventory keeps no notes: nothing of the kind is saved.
    expect(profileDraft(s, { ...noted, kind: 'assets' }, 'x', 'f.xlsx', '2026-01-10', [])!.columns.some((c) => c.field.startsWith(NOTE_COLUMN))).toBe(false);
  });

  it('saves the SoA edition the user chose, and asks for it again when the layout returns', () => {
    const soa = sheet('SoA', 'soa', [['Control', 'controlId'], ['Applicable', 'applicable']], [['A.5.1', 'Yes']]);
    const saved = profileDraft(soa, mappingFromAnalysis(soa), layoutSignature(soa), 'soa.xlsx', '2026-01-10', [], '2013')!;
    expect(validate(importProfileEntity, saved)).toEqual([]);
    expect(saved.edition).toBe('2013');
    // The analysis read 2022: the profile's choice is analysed again; a sheet already on 2013 needs nothing.
    expect(profileOverride(saved, soa)).toEqual({ kind: 'soa', headerRow: 1, edition: '2013' });
    expect(profileOverride(saved, { ...soa, edition: '2013' })).toBeNull();
    // Not chosen: nothing saved, nothing forced on the next workbook (it may have moved to 2022).
    const unchosen = profileDraft(soa, mappingFromAnalysis(soa), layoutSignature(soa), 'soa.xlsx', '2026-01-10', [])!;
    expect(unchosen.edition).toBeNull();
    expect(profileOverride(unchosen, { ...soa, edition: '2013' })).toBeNull();
    // Ids that only one edition has (three-level ids, or 5.10 and the like) settle it: the saved choice yields.
    expect(profileOverride(saved, { ...soa, edition: '2022', editionSure: true })).toBeNull();
    // A register has no edition, whatever is passed.
    expect(profileDraft(s, m, 'x', 'f.xlsx', '2026-01-10', [], '2013')!.edition).toBeNull();
  });

  it('saves nothing for a sheet that is not imported', () => {
    expect(profileDraft(s, { ...m, kind: 'other' }, 'x', 'f.xlsx', '2026-01-10', [])).toBeNull();
  });
});

describe('headers learnt from earlier imports', () => {
  const s = register();
  const m = withColumnField(mappingFromAnalysis(s), 'D', 'impact');
  const draft = profileDraft(s, m, layoutSignature(s), 'register.xlsx', '2026-01-10', [])!;
  // A new layout: other columns, other order, but the word "Dopad" the user mapped before.
  const next = sheet('Rizika', 'risks', [['Název', 'title'], ['Dopad', null], ['Risk No.', 'id']], [['Fire', 3, 'R1']]);

  it('maps a header the user mapped before, whatever the layout around it', () => {
    const learned = learnedHeaders([{ ...draft, updatedAt: '2026-01-10' }], 'risks');
    expect(learned.get('dopad')).toBe('impact');
    const { mapping, applied } = withLearnedHeaders(mappingFromAnalysis(next), next, learned);
    expect(mapping.fields).toEqual({ title: 'A', impact: 'B', id: 'C' });
    expect(applied).toEqual([{ column: 'B', header: 'Dopad', field: 'impact' }]);
  });

  it('takes the most recent choice, and nothing from other kinds of sheet', () => {
    const later = { ...draft, columns: [{ column: 'D', header: 'Dopad', field: 'residualImpact' }], updatedAt: '2026-03-01' };
    expect(learnedHeaders([later, { ...draft, updatedAt: '2026-01-10' }], 'risks').get('dopad')).toBe('residualImpact');
    expect(learnedHeaders([{ ...draft, updatedAt: '2026-01-10' }], 'soa').size).toBe(0);
    expect(withLearnedHeaders(mappingFromAnalysis(next), next, new Map()).applied).toEqual([]);
  });
});
