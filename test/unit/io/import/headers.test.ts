import { describe, expect, it } from 'vitest';
import { appHeaders } from '../../../../src/lib/io/app-layout.ts';
import { fieldCandidates, type RecordKind } from '../../../../src/lib/io/import/index.ts';
import { headerTokens, learnUnspacedWords, levenshtein, normaliseHeader, phraseScore, segmentWords, wordSimilarity } from '../../../../src/lib/io/import/headers.ts';
import { riskLayouts, soaLayouts } from '../../../fixtures/workbooks/languages.ts';

const best = (kind: RecordKind, header: string, context?: string) => fieldCandidates(kind, header, context)[0];

describe("the app's own headers are known exactly (round trip)", () => {
  const all = Object.entries(appHeaders).flatMap(([kind, fields]) => Object.entries(fields).map(([field, header]) => [kind, field, header] as [RecordKind, string, string]));
  it.each(all)('%s.%s ← %j', (kind, field, header) => expect(best(kind, header)).toEqual({ field, confidence: 1 }));
});

describe('headers in six languages', () => {
  const rows = [
    ...Object.entries(riskLayouts).flatMap(([lang, layout]) => layout.map(([h, f]) => ['risks', lang, h, f] as [RecordKind, string, string, string])),
    ...Object.entries(soaLayouts).flatMap(([lang, layout]) => layout.map(([h, f]) => ['soa', lang, h, f] as [RecordKind, string, string, string])),
  ].filter(([, , , f]) => f !== '' && f !== 'controlId');
  it.each(rows)('%s (%s) %j → %s', (kind, _, header, field) => {
    expect(best(kind, header)?.field).toBe(field);
    expect(best(kind, header)?.confidence).toBeGreaterThanOrEqual(0.7);
  });
});

describe('messy headers', () => {
  const cases: [RecordKind, string, string | undefined, string][] = [
    ['risks', '  RISK  OWNER ', undefined, 'owner'],
    ['risks', 'Risk-Owner', undefined, 'owner'],
    ['risks', 'Likelyhood', undefined, 'likelihood'],
    ['risks', 'Thraet', undefined, 'threat'],
    ['risks', 'Vulnerabilty', undefined, 'vulnerability'],
    ['risks', 'Treatment  Opton', undefined, 'treatment'],
    ['risks', 'Impact\n(1–5)', undefined, 'impact'],
    ['risks', '1. Risk ID', undefined, 'id'],
    ['risks', 'Risk #', undefined, 'id'],
    ['risks', 'Nº', undefined, 'id'],
    ['risks', 'Residual — Score', undefined, 'residualScore'],
    ['risks', 'Probability after treatment', undefined, 'residualLikelihood'],
    ['risks', 'Calculate Risk (Risk = Impact * Likelihood) - after treatment', undefined, 'residualScore'],
    ['risks', 'Likelihood', 'Residual risk', 'residualLikelihood'],
    ['risks', 'Likelihood', 'Inherent risk', 'likelihood'],
    ['risks', 'Option', 'Treatment', 'treatment'],
    ['risks', 'Residual risk', undefined, 'residualLevel'],
    ['risks', 'Restrisiko', undefined, 'residualLevel'],
    ['risks', 'inherent_proba', undefined, 'likelihood'],
    ['risks', 'Risk Zone', undefined, 'level'],
    ['soa', 'Control implentation status', undefined, 'status'],
    ['soa', ' Reason for inclusion/ exclusion', undefined, 'justification'],
    ['soa', 'Applicability y/n ', undefined, 'applicable'],
    ['assets', 'Typ aktiva\nIT / OT / IoT', undefined, 'type'],
    ['assets', 'Asset ID Jednoznačný identifikátor', undefined, 'id'],
    ['treatment-plan', 'Who will implement controls?', undefined, 'owner'],
    ['treatment-plan', 'By when?', undefined, 'dueDate'],
  ];
  it.each(cases)('%s %j (band %j) → %s', (kind, header, context, field) => expect(best(kind, header, context)?.field).toBe(field));
});

describe('headers in Italian, Dutch, Portuguese and Polish, exports and abbreviations', () => {
  const cases: [RecordKind, string, string][] = [
    ['risks', 'Minaccia', 'threat'],
    ['risks', 'Livello di rischio', 'level'],
    ['risks', 'Kans', 'likelihood'],
    ['risks', 'Risico-eigenaar', 'owner'],
    ['risks', 'Herzieningsdatum', 'reviewDate'],
    ['risks', 'Pontuação', 'score'],
    ['risks', 'Ameaça', 'threat'],
    ['risks', 'Właściciel\nryzyka', 'owner'],
    ['risks', 'Prawdopodobieństwo (1-5)', 'likelihood'],
    ['risks', 'Sposób postępowania z ryzykiem', 'treatment'],
    ['risks', 'Způsob zvládání', 'treatment'],
    ['risks', 'relatedAssets', 'asset'],
    ['risks', 'reviewDueDate', 'reviewDate'],
    ['risks', 'Inh. Risk', 'level'],
    ['risks', 'Res. L', 'residualLikelihood'],
    ['risks', 'Res. Risk', 'residualLevel'],
    ['risks', 'Overall Risk', 'level'],
    ['risks', 'Eintrittshäufigkeit', 'likelihood'],
    ['risks', 'Zona de riesgo', 'level'],
    ['soa', 'Van toepassing', 'applicable'],
    ['soa', 'Stosowane (T/N)', 'applicable'],
    ['soa', 'Motivazione', 'justification'],
    ['soa', 'isApplicable', 'applicable'],
    ['soa', 'Maßnahmenverantwortlicher', 'owner'],
    ['soa', 'Implementatiegraad', 'status'],
    ['assets', 'Hostname', 'name'],
    ['assets', 'Inventar-Nr.', 'id'],
    ['assets', 'Classificação da informação', 'classification'],
    ['assets', 'Poziom poufności', 'classification'],
    ['treatment-plan', 'Intervento', 'action'],
    // Known to a register as a weak treatment word, it stays a plan's action.
    ['treatment-plan', 'Correction', 'action'],
    ['risks', 'Doporučení', 'controls'],
    ['risks', 'Mitigation Action', 'controls'],
  ];
  it.each(cases)('%s %j → %s', (kind, header, field) => expect(best(kind, header)?.field).toBe(field));
});

describe('headers in Swedish, Danish, Norwegian and Finnish, and public-sector wording', () => {
  const cases: [RecordKind, string, string | undefined, string][] = [
    ['risks', 'Sannolikhet', undefined, 'likelihood'],
    ['risks', 'Konsekvens', undefined, 'impact'],
    ['risks', 'Riskägare', undefined, 'owner'],
    ['risks', 'Sårbarhed', undefined, 'vulnerability'],
    ['risks', 'Wiedervorlage', undefined, 'reviewDate'],
    ['risks', 'Betroffener Prozess / Anlage', undefined, 'asset'],
    ['risks', 'EW', 'Bewertung nach Maßnahmen', 'residualLikelihood'],
    ['risks', 'SA', 'Bewertung nach Maßnahmen', 'residualImpact'],
    ['risks', 'Restrisiko', 'Bewertung nach Maßnahmen', 'residualLevel'],
    ['risks', 'Risco residual', undefined, 'residualLevel'],
    ['soa', 'Tillämplig', undefined, 'applicable'],
    ['soa', 'Pilote', undefined, 'owner'],
    ['soa', 'Grado de implantación', undefined, 'status'],
    ['assets', 'Protective Marking', undefined, 'classification'],
    ['assets', 'Dataklassifikation', undefined, 'classification'],
    ['assets', 'Ejer', undefined, 'owner'],
    ['treatment-plan', 'Åtgärd', undefined, 'action'],
    ['treatment-plan', 'Klart senast', undefined, 'dueDate'],
  ];
  it.each(cases)('%s %j (band %j) → %s', (kind, header, context, field) => expect(best(kind, header, context)?.field).toBe(field));
});

describe('headers that only look like a field', () => {
  const cases: [RecordKind, string, string][] = [
    ['risks', 'Asset owner', 'owner'],
    ['risks', 'Control Owner', 'controls'],
    ['risks', 'Risk Category', 'title'],
    ['risks', 'Residual Risk vs Appetite', 'title'],
    ['risks', 'Yes / No', 'id'],
    ['risks', 'Target date', 'reviewDate'],
    ['risks', 'Mitigation Plan', 'treatment'],
    ['risks', 'Confidentiality level', 'level'],
    ['risks', 'Asset name', 'title'],
    ['assets', 'Licence Type', 'type'],
  ];
  it.each(cases)('%s %j is not %s (or only weakly)', (kind, header, field) => {
    const c = fieldCandidates(kind, header).find((x) => x.field === field);
    expect(c?.confidence ?? 0).toBeLessThan(0.55);
  });

  it("a plan's bare \"Ref\" or \"ID\" (often the action's own) names the risk less surely than \"Linked risk\"", () => {
    const linked = best('treatment-plan', 'Linked Risk')?.confidence ?? 0;
    for (const h of ['Ref', 'ID']) expect(best('treatment-plan', h)?.confidence ?? 0).toBeLessThan(linked);
  });

  it('header cells named like object internals propose nothing', () => {
    for (const h of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']) expect(fieldCandidates('risks', h)).toEqual([]);
  });
});

describe('the matching primitives', () => {
  it('normalises case, accents, punctuation and numbering', () => {
    expect(normaliseHeader('  Vlastník-RIZIKA / (Role) ')).toBe('vlastnik rizika role');
    expect(headerTokens('1. Risk ID')).toEqual(['risk', 'id']);
    expect(headerTokens('Date of the review')).toEqual(['date', 'review']);
    expect(normaliseHeader('ΣΟΒΑΡΟΤΗΤΑ')).toBe('σοβαροτητα');
    expect(normaliseHeader('Właściciel')).toBe('wlasciciel');
  });

  it('splits camelCase words, but not an acronym like "SoA"', () => {
    expect(normaliseHeader('riskOwnerEmail')).toBe('risk owner email');
    expect(normaliseHeader('controlID')).toBe('control id');
    expect(normaliseHeader('SoA')).toBe('soa');
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(levenshtein('thraet', 'threat')).toBe(1);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('abc', 'xyz', 1)).toBe(2);
  });

  const words: [string, string, number][] = [['risk', 'risk', 1], ['risks', 'risk', 0.92], ['rizika', 'riziko', 0.9], ['likelyhood', 'likelihood', 0.9], ['zone', 'code', 0], ['no', 'nr', 0],
    ['eintrittshaufigkeit', 'haufigkeit', 0.85], ['implementatiegraad', 'implementatie', 0.8], ['gesamtrisiko', 'risiko', 0]];
  it.each(words)('%s ~ %s = %d', (a, b, s) => expect(wordSimilarity(a, b)).toBe(s));

  it('scores a phrase inside a longer header below an exact match', () => {
    expect(phraseScore(['risk', 'owner'], ['risk', 'owner'])).toBe(1);
    expect(phraseScore(['risk', 'owner', 'role'], ['risk', 'owner'])).toBeLessThan(1);
    expect(phraseScore(['risk', 'owner', 'role'], ['risk', 'owner'])).toBeGreaterThan(phraseScore(['risk', 'owner', 'role'], ['owner']));
    expect(phraseScore(['status'], ['owner'])).toBe(0);
  });
});

describe('headers in scripts written without spaces', () => {
  // Words of an invented vocabulary, taught the way the phrase lists teach theirs (normalised first).
  learnUnspacedWords(['リスク', '所有者', '発生', '可能性', '风险', '等级', '위험', '소유자', '영향'].flatMap((w) => headerTokens(w)));
  const split = (s: string) => segmentWords(headerTokens(s));
  it.each([
    ['リスク所有者', ['リスク', '所有者']],
    ['リスクの所有者', ['リスク', '所有者']],
    ['発生可能性 (1-5)', ['発生', '可能性', '1', '5']],
    ['风险的等级', ['风险', '等级']],
    ['未知の語', ['未知の語']],
  ])('%j splits into known words', (header, words) => expect(split(header)).toEqual(words));
  it('splits Korean run together, whatever its normal form', () => expect(split('위험소유자')).toEqual(headerTokens('위험 소유자')));
  it('leaves spaced scripts alone', () => expect(split('Risk owner')).toEqual(['risk', 'owner']));
  it('drops a Korean particle between two words', () => expect(split('위험과영향')).toEqual(headerTokens('위험 영향')));
});
