import { describe, expect, it } from 'vitest';
import { appHeaders } from '../../../../src/lib/io/app-layout.ts';
import { fieldCandidates, type RecordKind } from '../../../../src/lib/io/import/index.ts';
import { headerTokens, levenshtein, normaliseHeader, phraseScore, wordSimilarity } from '../../../../src/lib/io/import/headers.ts';
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

describe('headers that only look like a field', () => {
  const cases: [RecordKind, string, string][] = [
    ['risks', 'Asset owner', 'owner'],
    ['risks', 'Control Owner', 'controls'],
    ['risks', 'Risk Category', 'title'],
    ['risks', 'Residual Risk vs Appetite', 'title'],
    ['risks', 'Yes / No', 'id'],
    ['risks', 'Target date', 'reviewDate'],
  ];
  it.each(cases)('%s %j is not %s (or only weakly)', (kind, header, field) => {
    const c = fieldCandidates(kind, header).find((x) => x.field === field);
    expect(c?.confidence ?? 0).toBeLessThan(0.55);
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
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(levenshtein('thraet', 'threat')).toBe(1);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('abc', 'xyz', 1)).toBe(2);
  });

  const words: [string, string, number][] = [['risk', 'risk', 1], ['risks', 'risk', 0.92], ['rizika', 'riziko', 0.9], ['likelyhood', 'likelihood', 0.9], ['zone', 'code', 0], ['no', 'nr', 0]];
  it.each(words)('%s ~ %s = %d', (a, b, s) => expect(wordSimilarity(a, b)).toBe(s));

  it('scores a phrase inside a longer header below an exact match', () => {
    expect(phraseScore(['risk', 'owner'], ['risk', 'owner'])).toBe(1);
    expect(phraseScore(['risk', 'owner', 'role'], ['risk', 'owner'])).toBeLessThan(1);
    expect(phraseScore(['risk', 'owner', 'role'], ['risk', 'owner'])).toBeGreaterThan(phraseScore(['risk', 'owner', 'role'], ['owner']));
    expect(phraseScore(['status'], ['owner'])).toBe(0);
  });
});
