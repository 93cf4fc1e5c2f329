import { describe, expect, it } from 'vitest';
import { analyzeWorkbook, type SheetAnalysis } from '../../../../src/lib/io/import/index.ts';
import { workbookFromCsv } from '../../../../src/lib/io/import/csv.ts';
import { kindMargin, kindScores, kindWords, MODEL_KINDS } from '../../../../src/lib/io/import/kind-model.ts';
import model from '../../../../src/lib/io/import/kind-model.json';
import type { SheetKind } from '../../../../src/lib/io/import/types.ts';

const best = (name: string, headers: string[]): string => {
  const s = kindScores(kindWords(name, headers));
  return MODEL_KINDS.reduce((a, b) => ((s.get(b) ?? 0) > (s.get(a) ?? 0) ? b : a));
};

async function sheetOf(file: string, rows: string[][]): Promise<SheetAnalysis> {
  const text = rows.map((r) => r.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n');
  return (await analyzeWorkbook(await workbookFromCsv(text, file))).sheets[0]!;
}

const kindOf = async (file: string, rows: string[][]): Promise<string> => (await sheetOf(file, rows)).kind;

describe('the word model of sheet kinds', () => {
  it('reads the words of a name and a header row: no case, accents, digits or plural s', () => {
    expect(kindWords('Risk_Register 2024', ['Risk ID', 'Probabilité', 'Controls'])).toEqual(['n:risk', 'n:register', 'h:risk', 'h:id', 'h:probabilite', 'h:control']);
    expect(kindWords('', ['Status', 'Class'])).toEqual(['h:status', 'h:class']);
  });

  it('holds one finite weight per kind for every word, and a prior per kind', () => {
    expect(model.prior).toHaveLength(MODEL_KINDS.length);
    const words = Object.entries(model.words);
    expect(words.length).toBeGreaterThan(300);
    for (const [, w] of words) {
      expect(w).toHaveLength(MODEL_KINDS.length);
      expect(w.every((x) => Number.isFinite(x))).toBe(true);
    }
  });

  it.each<[string, string[], SheetKind]>([
    ['risk-register', ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Owner'], 'risks'],
    ['statement-of-applicability', ['Control', 'Applicable', 'Justification'], 'soa'],
    ['asset-inventory', ['Asset', 'Type', 'Owner', 'Location'], 'assets'],
    ['treatment-plan', ['Action', 'Owner', 'Due date', 'Status'], 'treatment-plan'],
  ])('says what %s holds', (name, headers, kind) => {
    expect(best(name, headers)).toBe(kind);
    expect(kindMargin(kindScores(kindWords(name, headers)), kind)).toBeGreaterThan(0);
  });

  it('says nothing of words it has never met: only the prior is left', () => {
    const unknown = kindScores(kindWords('zzqx', ['qqwv', 'xxyz']));
    expect(MODEL_KINDS.map((k) => unknown.get(k))).toEqual(model.prior);
    // A word named like an Object property is looked up as a word, not found on the prototype.
    expect(MODEL_KINDS.map((k) => kindScores(['constructor', '__proto__']).get(k))).toEqual(model.prior);
  });
});

describe('the word model in the analysis', () => {
  it('does not take a priority\'s ranks for the risk an action treats', async () => {
    // Norwegian: priority, measure, responsible, area.
    const rows = [['Prioritet', 'Tiltak', 'Ansvarlig', 'Område'], ['1', 'Definer retensjonspolicy for databasen', 'Kari', 'Personvern'], ['2', 'Begrens admin-konsollet til AD-gruppen', 'Ola', 'Tilgang'],
      ['3', 'Slå på revisjonslogg for helseopplysninger', 'Kari', 'Personvern']];
    const s = await sheetOf('risikovurdering.csv', rows);
    expect(s.kind).toBe('treatment-plan');
    expect(s.fields).toEqual({ action: 'B', owner: 'C' });
  });

  it('does not read a scale table as a register, however much its words sound like one', async () => {
    const rows = [['Level', 'Likelihood', 'Impact'], ['1', 'Rare', 'Negligible'], ['2', 'Unlikely', 'Minor'], ['3', 'Possible', 'Moderate'], ['4', 'Likely', 'Major']];
    // Under a neutral name, so that the words are heard: only ratings and a level number, nothing naming a risk.
    expect(await kindOf('risk-assessment.csv', rows)).toBe('other');
  });

  // Lists that are not registers, whatever their words: the rules' vetoes and the need for a field of the kind stand.
  it.each<[string, string[][]]>([
    ['Risk register.csv', [['Supplier ID', 'Supplier', 'Risk', 'Owner', 'Status'], ['S1', 'Acme Hosting', 'Hosting outage', 'IT', 'Open'], ['S2', 'Payroll Co', 'Data leak', 'HR', 'Open'], ['S3', 'Mailer', 'Spam listing', 'IT', 'Closed']]],
    ['Risk register.csv', [['ID', 'Vulnerability', 'CVE', 'Asset', 'Status'], ['V1', 'OpenSSL heartbleed', 'CVE-2014-0160', 'web01', 'Open'], ['V2', 'Log4Shell', 'CVE-2021-44228', 'app02', 'Open'], ['V3', 'Spring4Shell', 'CVE-2022-22965', 'app03', 'Closed']]],
    ['Staff.csv', [['ID', 'Name', 'Department', 'Role', 'Email'], ['E1', 'Ann Lee', 'Finance', 'Accountant', 'ann@example.com'], ['E2', 'Bo Chen', 'IT', 'Engineer', 'bo@example.com'], ['E3', 'Cy Diaz', 'Sales', 'Manager', 'cy@example.com']]],
    ['Offices.csv', [['ID', 'Name', 'Location', 'Manager'], ['O1', 'HQ', 'London', 'Ann'], ['O2', 'North', 'Leeds', 'Bo'], ['O3', 'East', 'Norwich', 'Cy']]],
    ['Terms of reference.csv', [['Title', 'Description', 'Status'], ['Security committee', 'Meets monthly to review incidents', 'Approved'], ['Change board', 'Approves changes to production', 'Draft'], ['Risk forum', 'Quarterly review of the register', 'Approved']]],
    ['Mandatory documents.csv', [['Clause', 'Required document', 'Location'], ['4.3', 'Scope of the ISMS', 'SharePoint/ISMS'], ['5.2', 'Information security policy', 'SharePoint/ISMS'], ['6.1.2', 'Risk assessment process', 'SharePoint/Risk'], ['6.2', 'Security objectives', 'SharePoint/ISMS'], ['7.2', 'Evidence of competence', 'HR system']]],
  ])('does not read %s as a register', async (file, rows) => {
    expect(await kindOf(file, rows)).toBe('other');
  });

  it.each<[string, string[][], string]>([
    ['Risk register.csv', [['ID', 'Threat', 'Comments'], ['R1', 'Ransomware', 'Being handled'], ['R2', 'Phishing', 'Training booked'], ['R3', 'Insider theft', 'Watching']], 'risks'],
    ['Statement of Applicability.csv', [['Control', 'Control name'], ['5.1', 'Policies for information security'], ['5.2', 'Information security roles and responsibilities'], ['5.3', 'Segregation of duties']], 'soa'],
    ['Risikoregister.csv', [['Nr', 'Risiko', 'Maßnahme'], ['1', 'Ransomware verschlüsselt Server', 'Backups, EDR'], ['2', 'Phishing', 'Schulung'], ['3', 'Ausfall Rechenzentrum', 'Zweites Rechenzentrum']], 'risks'],
  ])('keeps a short register under its own name: %s', async (file, rows, kind) => {
    expect(await kindOf(file, rows)).toBe(kind);
  });
});
