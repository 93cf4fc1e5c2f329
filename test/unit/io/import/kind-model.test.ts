import { describe, expect, it } from 'vitest';
import { analyzeWorkbook } from '../../../../src/lib/io/import/index.ts';
import { workbookFromCsv } from '../../../../src/lib/io/import/csv.ts';
import { kindMargin, kindScores, kindWords, MODEL_KINDS } from '../../../../src/lib/io/import/kind-model.ts';
import model from '../../../../src/lib/io/import/kind-model.json';
import type { SheetKind } from '../../../../src/lib/io/import/types.ts';

const best = (name: string, headers: string[]): string => {
  const s = kindScores(kindWords(name, headers));
  return MODEL_KINDS.reduce((a, b) => ((s.get(b) ?? 0) > (s.get(a) ?? 0) ? b : a));
};

async function kindOf(file: string, rows: string[][]): Promise<string> {
  const text = rows.map((r) => r.join(',')).join('\r\n');
  return (await analyzeWorkbook(await workbookFromCsv(text, file))).sheets[0]!.kind;
}

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
  it('lets a short list of measures under a risk assessment\'s name be read as a plan', async () => {
    // Norwegian: priority, measure, area; the rules alone want an owner or a date beside the action.
    const rows = [['Prioritet', 'Tiltak', 'Område'], ['1', 'Definer retensjonspolicy for databasen', 'Personvern'], ['2', 'Begrens admin-konsollet til AD-gruppen', 'Tilgang'],
      ['3', 'Slå på revisjonslogg for helseopplysninger', 'Personvern']];
    expect(await kindOf('risikovurdering.csv', rows)).toBe('treatment-plan');
  });

  it('does not read a scale table as a register, however much its words sound like one', async () => {
    const rows = [['Level', 'Likelihood', 'Impact'], ['1', 'Rare', 'Negligible'], ['2', 'Unlikely', 'Minor'], ['3', 'Possible', 'Moderate'], ['4', 'Likely', 'Major']];
    expect(await kindOf('likelihood-scale.csv', rows)).toBe('other');
  });
});
