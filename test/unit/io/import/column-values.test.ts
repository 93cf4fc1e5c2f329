import { describe, expect, it } from 'vitest';
import { columnValues, type ColumnValues } from '../../../../src/lib/io/import/column-values.ts';
import { valueFit } from '../../../../src/lib/io/import/value-fits.ts';
import type { Grid } from '../../../../src/lib/io/import/grid.ts';

/** One column of text cells, rows 1…n. */
function column(texts: string[]): ColumnValues {
  const rows = new Map(texts.map((t, i) => [i + 1, new Map([[1, { value: t, text: t }]])]));
  const grid: Grid = { name: 'Sheet', hidden: false, rows, maxRow: texts.length, maxCol: 1, merges: [], emptyFormulaRows: [] };
  return columnValues(grid, 1, texts.map((_, i) => i + 1));
}

describe('what a column of values is', () => {
  it('items numbered in turn are a sequence; Annex A controls picked here and there are not', () => {
    expect(column(['8.1', '8.2', '8.3', '8.4']).sequence).toBe(1);
    expect(column(['R1', 'R2', 'R3']).sequence).toBe(0);
    expect(column(['5.15', '8.2', '8.13', '5.7']).sequence).toBe(0);
  });
  it("another framework's control ids (SOC 2, NIST SP 800-53, CSF) are told apart from asset or risk codes", () => {
    expect(column(['CC1.1', 'CC6.1', 'AC-2', 'SC-7 (3)', 'PR.AC-1']).frameworkIds).toBe(1);
    expect(column(['IA-01', 'IA-02', 'RSK-1', 'A.5.1']).frameworkIds).toBe(0);
    // Only SOC 2 criteria are told apart from a register's own ids ("RA-1" may be a risk's).
    expect(column(['CC1.1', 'CC6.1', 'RA-1', 'RA-2']).criteriaIds).toBe(0.5);
    // …and so are the CSF's subcategories.
    expect(column(['GV.OC-01', 'PR.AA-01', 'RA-1', 'ID.AM-1']).criteriaIds).toBe(0.75);
  });
  it('counts yes and no words that stand alone, not phrases that start with one', () => {
    expect(column(['Applied', 'Excluded', 'N/A', 'Not started']).yesNoWords).toBe(0.75);
    expect(column(['Applied', 'Excluded', 'N/A', 'Not started']).yesNo).toBe(1);
  });
  it('counts an audit finding\'s grades', () => {
    expect(column(['Major', 'Minor', 'Observation', 'High']).grades).toBe(0.75);
  });
  it("a plan's own action and measure numbers are told apart from the risks' ids", () => {
    expect(column(['CA-001', 'TASK-3', 'MIT-01', 'MES2']).actionIds).toBe(1);
    // A bare "M" may number risks as well as measures.
    expect(column(['M-01', 'M2', 'R-01', 'R2']).actionIds).toBe(0);
    expect(column(['MIT-4', 'REC-01', 'R-01', 'RSK-2']).actionIds).toBe(0.5);
  });
  it('counts sums of money by their currency, not bare numbers (session 27)', () => {
    expect(column(['300,000 CHF', '$3,000', '€ 1.2M', 'R$ 500']).amounts).toBe(1);
    expect(column(["CHF 300'000", 'USD 5 million', '($70,000)', '1,2 Mio. €', '-€1.2M']).amounts).toBe(1);
    expect(column(['300000', '3.5', 'CHF', 'Client behaviour']).amounts).toBe(0);
  });
  it("counts a POA&M's item numbers, alone or before the item's words, not a bare 'POA' (session 27)", () => {
    expect(column(['POAM-001', 'POA&M-002', 'POAM-003: Snapshots not encrypted', 'poam_4']).poamItems).toBe(1);
    expect(column(['POA-01', 'POA-2023-004', 'PO-1234', 'P-01']).poamItems).toBe(0);
  });
  it('a score written with its band ("15 (High)", "**9 (Alto)**") is a banded score and a scale value', () => {
    const v = column(['15 (High)', '**9 (Alto)**', '4 [Low]', 'High (4)']);
    expect(v.banded).toBe(0.75);
    // A number with a unit in brackets is no band.
    expect(column(['10 (days)', '30 (EUR)', '2024 (draft)']).banded).toBe(0);
    expect(v.scale).toBe(1);
    expect(valueFit('score', column(['15 (High)', '9 (Alto)', '4 (Medio)']))).toBeGreaterThan(1);
  });
  it('spans of time are a target, no level', () => {
    const v = column(['3 days', '45 days', '30 days', '1 day', 'within 2 weeks']);
    expect(v.durations).toBe(1);
    expect(valueFit('residualLevel', v)).toBeLessThan(0.55);
    expect(valueFit('level', column(['High', 'Low', 'Medium']))).toBeGreaterThan(1);
  });
  it('a template\'s blanks say nothing about a column', () => {
    expect(column(['{{owner}}', '<Owner>', 'CISO', 'HR']).count).toBe(2);
  });
  it('a rating said not to be assessed yet says nothing about a column either (held-out 34)', () => {
    expect(column(['Not assessed - not stated in source', 'Not yet rated', '3', 'High']).count).toBe(2);
    expect(column(['Not applicable', 'Nothing assessed', 'Not evaluated as relevant: no such systems']).count).toBe(3);
    expect(column(['Not scored (no data)', 'Not assessed yet', 'Not yet evaluated', '4']).count).toBe(1);
  });
  it('counts the cells that say there is nothing (held-out 33)', () => {
    expect(column(['None', 'MIT-001', 'none.', 'Keine', 'None of the above']).nones).toBe(0.6);
    expect(column(['Open; blocks release M07', 'Closed – vendor patched', 'Accepted: low impact', 'Open', 'Mitigated (MFA live)']).ledStatuses).toBe(0.8);
  });
  it('counts states a thing is switched to apart from implementation statuses (session 26)', () => {
    const v = column(['Enabled', 'Disabled', 'Active', 'Implemented', 'Retired']);
    expect(v.switches).toBe(0.8);
    expect(v.statuses).toBe(0.2);
  });
  it('counts the cells led by a risk\'s code before its name (held-out 34)', () => {
    expect(column(['R01 — Falta de deploy', '**RSK-3**: Phishing', 'R12 - Outage', 'Laptop theft']).riskLed).toBe(0.75);
    expect(column(['R01', 'Roadmap 2026 - draft', 'Risk assessment: Q3']).riskLed).toBe(0);
    expect(column(['R01 · Gestão de acesso', 'R04 • Dados', 'R05 Servidor']).riskLed).toBeCloseTo(2 / 3);
  });
});

const profile = (p: Partial<ColumnValues>): ColumnValues => ({
  count: 6, numeric: 0, dates: 0, serials: 0, controls: 0, singleIds: 0, leadingIds: 0, yesNo: 0, yesNoWords: 0, nones: 0, scale: 0, codes: 0, options: 0, bareOptions: 0, explainedOptions: 0, statuses: 0, switches: 0, ledStatuses: 0, banded: 0, riskCodes: 0, riskLed: 0, avgLength: 8, distinct: 0.5, merged: 0, cves: 0, links: 0, frameworkIds: 0, citations: 0, leadingFrameworkIds: 0, criteriaIds: 0, actionIds: 0, poamItems: 0, amounts: 0, sequence: 0, grades: 0, durations: 0, cadences: 0, stride: 0, ...p,
});

describe('how well values fit a field', () => {
  it('treatment options ("Modify", "Retain") are no level, whatever the header says', () => {
    expect(valueFit('level', profile({ options: 1, avgLength: 6 }))).toBeLessThanOrEqual(0.5);
    expect(valueFit('treatment', profile({ options: 1, explainedOptions: 1, avgLength: 6 }))).toBeGreaterThan(1);
  });
  it('H/M/L letters stay a level even though "M" is also short for mitigate', () => {
    expect(valueFit('level', profile({ options: 0.7, scale: 0.3, avgLength: 1 }))).toBeGreaterThan(0.9);
  });
  it('level words fit a level, sentences do not', () => {
    expect(valueFit('level', profile({ scale: 1 }))).toBeGreaterThan(1);
    expect(valueFit('level', profile({ avgLength: 60 }))).toBeLessThanOrEqual(0.5);
  });
  it('a column whose values repeat is no id of its own', () => {
    expect(valueFit('id', profile({ codes: 1, distinct: 0.3 }))).toBe(0.5);
    expect(valueFit('id', profile({ codes: 1, distinct: 1 }))).toBeGreaterThan(1);
  });
  it('a few short words repeated down a column are categories, not risk names', () => {
    expect(valueFit('title', profile({ count: 12, distinct: 0.4, avgLength: 9 }))).toBe(0.6);
    expect(valueFit('title', profile({ count: 12, distinct: 0.4, avgLength: 40 }))).toBe(1);
  });
  it("an asset's code fits the asset less well than its name", () => {
    expect(valueFit('asset', profile({ codes: 1, distinct: 1, avgLength: 4 }))).toBeLessThan(valueFit('asset', profile({ distinct: 1, avgLength: 18 })));
  });
});
