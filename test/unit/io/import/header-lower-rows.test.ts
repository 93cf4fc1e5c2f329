/**
 * A header whose lower row is the rest of its names' words, or a row of hints in brackets under it: a profile or a user that
 * chooses that lower row reads the same columns as the analysis (session 33).
 */
import { describe, expect, it } from 'vitest';
import { analyzeWorkbook } from '../../../../src/lib/io/import/index.ts';
import { fieldCandidates } from '../../../../src/lib/io/import/fields.ts';
import { buildWorkbook, type SheetSpec } from '../../../fixtures/workbooks/build.ts';

const hinted: SheetSpec = { name: 'Risk Register', rows: [
  ['Risk register 2025'], [],
  ['Risk ID', 'Risk name', 'Likelihood', 'Impact', 'Owner', 'Next review'],
  ['(text)', '(short)', '(1-5)', '(1-5)', '(role)', '(dd/mm/yyyy)'],
  ['R-01', 'Ransomware on the file server', 4, 5, 'IT lead', '30/06/2025'], ['R-02', 'Phishing of finance staff', 4, 3, 'CFO', '31/07/2025'],
  ['R-03', 'Supplier outage', 2, 4, 'COO', '31/08/2025'], ['R-04', 'Stolen laptop', 2, 2, 'IT lead', '30/09/2025']] };

const split: SheetSpec = { name: 'SoA', merges: ['A1:A2', 'C1:C2'], rows: [
  ['Nº', 'Denominación del', '¿Aplica?', 'Justificación'],
  [null, 'control', null, '(inclusión / exclusión)'],
  ['A.5.1', 'Políticas', 'SÍ', 'Requisito legal'], ['A.5.2', 'Roles', 'SÍ', 'Requisito legal'], ['A.5.7', 'Inteligencia de amenazas', 'NO', 'Sin equipo'],
  ['A.8.13', 'Copias de seguridad', 'SÍ', 'Riesgo R-04']] };

async function both(sheet: SheetSpec, row: number) {
  const bytes = await buildWorkbook([sheet]);
  const auto = (await analyzeWorkbook(bytes)).sheets[0]!;
  const chosen = (await analyzeWorkbook(bytes, { overrides: { [sheet.name]: { headerRow: row } } })).sheets[0]!;
  return { auto, chosen };
}

describe('a header with a lower row of hints or of the rest of its words', () => {
  it('reads the names above a row of hints, and the same columns when the row of hints is chosen as the header', async () => {
    const { auto, chosen } = await both(hinted, 4);
    expect(auto.headerRow).toBe(3);
    expect(auto.dataRows).toBe(4);
    expect(auto.fields).toMatchObject({ id: 'A', title: 'B', likelihood: 'C', impact: 'D', owner: 'E', reviewDate: 'F' });
    expect(chosen.headerRow).toBe(4);
    expect(chosen.fields).toEqual(auto.fields);
    expect(chosen.dataRows).toBe(4);
  });

  it('reports the lower row of names split over two rows and reads the same columns when it is chosen again', async () => {
    const { auto, chosen } = await both(split, 2);
    expect(auto.headerRow).toBe(2);
    expect(auto.fields).toMatchObject({ controlId: 'A', controlTitle: 'B', applicable: 'C', justification: 'D' });
    expect(chosen.headerRow).toBe(2);
    expect(chosen.fields).toEqual(auto.fields);
    expect(chosen.dataRows).toBe(4);
  });

  it('still reads a header row chosen above the data as the user chose it', async () => {
    const bytes = await buildWorkbook([hinted]);
    const chosen = (await analyzeWorkbook(bytes, { overrides: { [hinted.name]: { headerRow: 3 } } })).sheets[0]!;
    expect(chosen.headerRow).toBe(3);
    expect(chosen.fields).toMatchObject({ id: 'A', title: 'B' });
  });
});

describe('a requirement is no action', () => {
  it.each(['Requirement (summary)', 'Requirement', 'Requirements'])('"%s" names no action of a plan', (header) => {
    expect(fieldCandidates('treatment-plan', header).map((c) => c.field)).not.toContain('action');
  });
  it.each(['Action summary', 'Action'])('"%s" still names the action', (header) => {
    expect(fieldCandidates('treatment-plan', header)[0]?.field).toBe('action');
  });
});
