import { describe, expect, it } from 'vitest';
import { analyzeWorkbook } from '../../../../src/lib/io/import/index.ts';
import { buildWorkbook, type Cell } from '../../../fixtures/workbooks/build.ts';

async function notesOf(name: string, rows: Cell[][]): Promise<{ kind: string; notes: string[] }> {
  const sheet = (await analyzeWorkbook(await buildWorkbook([{ name, rows }]))).sheets[0]!;
  return { kind: sheet.kind, notes: sheet.notes };
}

describe('the note on a sheet set aside as something else says why', () => {
  it('a RAID log of issues: not risks, and how to import them anyway', async () => {
    const s = await notesOf('RAID log', [['ID', 'Issue', 'Impact', 'Likelihood', 'Owner', 'Status'], ['I-01', 'Test environment is not ready', 'High', 'High', 'Tech Lead', 'Open'], ['I-02', 'UAT testers not confirmed', 'Medium', 'High', 'PO', 'Open'], ['I-03', 'Specs need review', 'Medium', 'Medium', 'Lead', 'Open']]);
    expect(s.kind).toBe('other');
    expect(s.notes.join(' ')).toMatch(/RAID or issue log, which are not imported: if its rows are risks/);
  });
  it('a scale legend: looks like a register but is not', async () => {
    const s = await notesOf('risk-register', [['Niveau', 'Probabilité', 'Impact'], ['**Élevé**', '> 50% de chances sur 12 mois', 'Arrêt de service, perte de données'], ['**Moyen**', '10-50% de chances sur 12 mois', 'Dégradation de service'], ['**Faible**', '< 10% de chances sur 12 mois', 'Impact mineur, contournement existant']]);
    expect(s.kind).toBe('other');
    expect(s.notes.join(' ')).toMatch(/Looks like a register but reads as something else/);
  });
  it('a storage inventory named "Storage RAID" is no RAID log', async () => {
    const s = await notesOf('Storage RAID', [['Asset', 'Type', 'Owner', 'Location', 'Classification'], ['NAS01', 'Storage array', 'IT Ops', 'DC1', 'Confidential'], ['SAN01', 'SAN', 'IT Ops', 'DC1', 'Confidential'], ['BKP01', 'Backup appliance', 'IT Ops', 'DC2', 'Internal']]);
    expect(s.notes.join(' ')).not.toMatch(/RAID or issue log/);
  });
  it('a table that names no register fields keeps the plain note', async () => {
    const s = await notesOf('Menu', [['Dish', 'Price'], ['Soup', '4'], ['Bread', '2']]);
    expect(s.kind).toBe('other');
    expect(s.notes.join(' ')).toMatch(/no header names enough of the fields/);
  });
});
