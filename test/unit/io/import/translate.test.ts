import { describe, expect, it } from 'vitest';
import { cellDate, itemsInCell, labelScore, namesInCell } from '../../../../src/lib/io/import/mapping/cells.ts';
import { withUnmatched } from '../../../../src/lib/io/import/mapping/map-risks.ts';
import { reasonsListed } from '../../../../src/lib/io/import/mapping/map-soa.ts';
import { idsInCell, likelyEdition } from '../../../../src/lib/io/import/mapping/controls.ts';
import { proposeScale, scaleInHeader, spread } from '../../../../src/lib/io/import/mapping/scale.ts';
import { proposeTranslations, translatedFields, withTranslation } from '../../../../src/lib/io/import/mapping/translate.ts';
import { optionLabel } from '../../../../src/lib/domain/model/fields.ts';
import { mappingFromAnalysis } from '../../../../src/lib/io/import/mapping/profile.ts';
import {
  actionStatusVocab,
  applicableVocab,
  assetTypeVocab,
  classificationVocab,
  recognise,
  riskStatusVocab,
  soaStatusVocab,
  treatmentVocab,
} from '../../../../src/lib/io/import/mapping/vocab.ts';
import { sheet } from './map-fixture.ts';

const FIVE_L = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'];
const FIVE_I = ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'];

describe('vocabularies', () => {
  it.each([
    [treatmentVocab, ['A', 'Accept', 'Tolerate', 'accepter', 'Αποδοχή', 'akceptovat'], 'retain'],
    [treatmentVocab, ['T', 'Transfer', 'Insure', 'Transférer', 'Μεταφορά', 'Übertragen'], 'share'],
    [treatmentVocab, ['M', 'Mitigate', 'Reduce', 'Treat', 'Réduire', 'Traiter (réduire)', 'Mitigar', 'Snížit', 'Μείωση'], 'modify'],
    [treatmentVocab, ['AV', 'Avoid', 'Terminate', 'Supprimer', 'Vermeiden', 'Αποφυγή'], 'avoid'],
    [applicableVocab, ['Yes', 'Y', 'Ano', 'Ναι', '✓', '✔', 'x', 'Oui', 'Ja', 'Sí', 'TRUE', 'Applicable', 'Aplikovatelné', '✅'], 'yes'],
    [applicableVocab, ['No', 'N', 'Ne', 'Όχι', 'Non', 'Nein', 'N/A', 'Not applicable', 'Excluded', 'FALSE', '❌'], 'no'],
    [soaStatusVocab, ['Implemented', 'Implemented (Documented)', 'Ano', 'Umgesetzt', 'Mis en œuvre', 'Implementado', 'Em conformidade'], 'implemented'],
    [soaStatusVocab, ['Partially Implemented', 'Částečně', 'Teilweise', 'In progress', 'Μερικώς'], 'partially_implemented'],
    [soaStatusVocab, ['Not implemented', 'Gap — Not Addressed', 'Gap - not addressed', 'Ne', 'No'], 'not_implemented'],
    [soaStatusVocab, ['Planned', 'Plánováno', 'Geplant'], 'planned'],
    // Status drawn with marks: ✅ done, 🔶 or a yellow light partly, ❌ or a red light not at all.
    [soaStatusVocab, ['✅', '🟢', '●'], 'implemented'],
    [soaStatusVocab, ['🔶', '🟡', '◔', '◐', '◑', '◕', 'Designed'], 'partially_implemented'],
    [soaStatusVocab, ['❌', '🔴'], 'not_implemented'],
    [soaStatusVocab, ['Not Assessed', 'TBD'], 'not_assessed'],
    // A mark before the word says what the word says; an assessment's verdict is a status too (held-out 31).
    [soaStatusVocab, ['✅ Implemented', '✅ PASS', 'Compliant', 'Full', '🟢 Met'], 'implemented'],
    [soaStatusVocab, ['⚠️ Partial', '🟡 Partially compliant'], 'partially_implemented'],
    [soaStatusVocab, ['⚠️ TODO', '📅 Planned'], 'planned'],
    [soaStatusVocab, ['❌ Not Started', 'FAIL', 'Non-compliant', 'Not met'], 'not_implemented'],
    [riskStatusVocab, ['🔴 Open'], 'assessed'],
    [applicableVocab, ['✅ Yes'], 'yes'],
    // …but a mark that says otherwise, a cross or an empty box before a word, or a form's boxes leave the cell unread (review 33).
    [soaStatusVocab, ['❌ Implemented', '☐ Implemented', '🔴 Implemented'], ''],
    [applicableVocab, ['☐ Yes ☒ No', '☐ Applicable', '❌ Yes', '✅ No'], ''],
    // A cross or an empty box before any other word may mean "not this" (review 35).
    [actionStatusVocab, ['❌ Done', '☐ Implemented', '☐ In progress'], ''],
    [treatmentVocab, ['❌ Accept', '☐ Mitigate'], ''],
    [riskStatusVocab, ['❌ Accepted', '❌ Closed', '❌ Active', '☐ In progress'], ''],
    // …but agrees with any other word (review 36).
    [classificationVocab, ['⛔ Restricted', '🚫 Secret'], 'restricted'],
    [soaStatusVocab, ['☐ Planned'], 'planned'],
    [actionStatusVocab, ['❌ Not started', '☐ To do'], 'planned'],
    // (A cross before a word that says no or stop agrees with it: review 34.)
    [actionStatusVocab, ['❌ Cancelled', '🚫 Cancelled'], 'cancelled'],
    [treatmentVocab, ['⛔ Avoid', '❌ Terminate'], 'avoid'],
    [soaStatusVocab, ['🟠 Planned', '🔴 To do'], 'planned'],
    [soaStatusVocab, ['⛔ Not implemented'], 'not_implemented'],
    [soaStatusVocab, ['❌ Not assessed'], 'not_assessed'],
    [riskStatusVocab, ['Open', 'Ouvert', 'Offen', 'Abierto', 'Otevřené'], 'assessed'],
    [riskStatusVocab, ['In Progress', 'En cours', 'In Bearbeitung'], 'in_treatment'],
    [riskStatusVocab, ['Closed', 'Clos', 'Geschlossen', 'Cerrado', 'Uzavřeno'], 'closed'],
    [riskStatusVocab, ['Accepted', 'Mitigated', 'Transferred', 'Monitoring'], 'monitoring'],
    [actionStatusVocab, ['Done', 'Completed', 'Hotovo', 'Erledigt'], 'done'],
    [actionStatusVocab, ['Not started', 'Open', 'Planned'], 'planned'],
    [assetTypeVocab, ['Laptop', 'Server', 'Hardware'], 'hardware'],
    [assetTypeVocab, ['SaaS', 'Cloud service'], 'cloud_service'],
    [classificationVocab, ['Confidential', 'Důvěrné', 'Vertraulich'], 'confidential'],
    [classificationVocab, ['Strictly confidential', 'Secret'], 'restricted'],
  ])('%#: recognises the words as %s', (vocab, words, code) => {
    for (const w of words) expect(recognise(vocab, w), w).toBe(code);
  });

  it('leaves words it does not know unrecognised', () => {
    expect(recognise(treatmentVocab, 'Maybe later')).toBe('');
    expect(recognise(applicableVocab, '')).toBe('');
  });
});

describe('likelihood and impact scales', () => {
  it.each([
    [['1', '2', '3'], FIVE_L, { '1': '1', '2': '3', '3': '5' }, 3],
    [['1', '3', '5'], FIVE_L, { '1': '1', '3': '3', '5': '5' }, 5],
    [['1', '4'], FIVE_L, { '1': '1', '4': '4' }, 5],
    [['1', '3', '5'], ['Low', 'Medium', 'High'], { '1': '1', '3': '2', '5': '3' }, 5],
    [['Low', 'Medium', 'High'], FIVE_L, { Low: '1', Medium: '3', High: '5' }, 3],
    [['Very low', 'Low', 'Medium', 'High', 'Very high'], FIVE_L, { 'Very low': '1', Low: '2', 'Very high': '5' }, 5],
    [['Possible (3)', 'Major (4)', 'Unlikely (2)'], FIVE_I, { 'Possible (3)': '3', 'Major (4)': '4', 'Unlikely (2)': '2' }, 5],
    [['Rare', 'Likely', 'Almost certain'], FIVE_L, { Rare: '1', Likely: '4', 'Almost certain': '5' }, 5],
    [['Faible', 'Moyen', 'Élevé'], FIVE_L, { Faible: '1', Moyen: '3', Élevé: '5' }, 3],
    [['Nízká', 'Střední', 'Vysoká'], ['Low', 'Medium', 'High'], { Nízká: '1', Střední: '2', Vysoká: '3' }, 3],
    [['Χαμηλή', 'Υψηλή'], FIVE_L, { Χαμηλή: '1', Υψηλή: '5' }, 3],
    [['Minor', 'Severe'], FIVE_I, { Minor: '2', Severe: '5' }, 5],
    // The ranked words of the other languages (scale-words.ts).
    [['Niski', 'Średni', 'Wysoki'], FIVE_L, { Niski: '1', Średni: '3', Wysoki: '5' }, 3],
    [['低', '中', '高'], FIVE_L, { 低: '1', 中: '3', 高: '5' }, 3],
    [['Низкий', 'Средний', 'Высокий'], ['Low', 'Medium', 'High'], { Низкий: '1', Средний: '2', Высокий: '3' }, 3],
    [['Raro', 'Possibile', 'Quasi certo'], FIVE_L, { Raro: '1', Possibile: '3', 'Quasi certo': '5' }, 5],
    // Traffic lights: red is high beside green and yellow, critical when orange stands between.
    [['🟢', '🟡', '🔴'], FIVE_L, { '🟢': '1', '🟡': '3', '🔴': '5' }, 3],
    [['🟢', '🟡', '🟠', '🔴'], FIVE_L, { '🟢': '1', '🟡': '2', '🟠': '4', '🔴': '5' }, 4],
    [['🟩', '🟨', '🟥'], ['Low', 'Medium', 'High'], { '🟩': '1', '🟨': '2', '🟥': '3' }, 3],
    // A number after the mark is read as the number.
    [['🟩 1', '🟨 3', '🟧 4', '🟥 5'], FIVE_L, { '🟩 1': '1', '🟨 3': '3', '🟧 4': '4', '🟥 5': '5' }, 5],
    // MAGERIT's letters, muy bajo to muy alto (session 31: a Spanish university's analysis had 23 of 25 risks rejected without them).
    [['MB', 'B', 'M', 'A', 'MA'], FIVE_L, { MB: '1', B: '2', M: '3', A: '4', MA: '5' }, 5],
    [['B', 'A', 'MA'], FIVE_L, { B: '2', A: '4', MA: '5' }, 5],
    // …but a lettered scale without their two-letter ends is no MAGERIT scale: "A" and "B" are not understood there.
    [['A', 'B', 'C'], FIVE_L, { A: '' }, 5],
  ])('%j onto %j', (keys, labels, expected, size) => {
    const p = proposeScale(keys, labels);
    expect(p.sourceSize).toBe(size);
    for (const [k, v] of Object.entries(expected)) expect(p.to.get(k), k).toBe(v);
  });

  it("reads the workspace's own labels on its own scale, and says so", () => {
    const p = proposeScale(['Minor', 'Moderate', 'Major', 'Severe'], FIVE_I);
    expect(p.sourceSize).toBe(5);
    expect(p.rule).toContain('Words on a 5-level scale');
    expect(Object.fromEntries(p.to)).toEqual({ Minor: '2', Moderate: '3', Major: '4', Severe: '5' });
  });

  it('shows the rule, and a forced source size changes it', () => {
    expect(proposeScale(['1', '2', '3'], FIVE_L).rule).toContain('1–3 scale onto the workspace\'s 1–5: 1→1, 2→3, 3→5');
    const p = proposeScale(['1', '2', '3', '4'], FIVE_L, 4);
    expect([...p.to.values()]).toEqual(['1', '2', '4', '5']);
    expect(proposeScale(['7', 'banana'], FIVE_L).to.get('banana')).toBe('');
  });

  it('sizes one ladder of words from both rating columns, so "mittel" means the same for likelihood and impact', () => {
    const likelihood = ['niedrig', 'mittel', 'hoch'];
    const impact = ['niedrig', 'mittel', 'hoch', 'sehr hoch'];
    const l = proposeScale(likelihood, FIVE_L, undefined, { sibling: impact });
    const i = proposeScale(impact, FIVE_L, undefined, { sibling: likelihood });
    expect(l.to.get('mittel')).toBe(i.to.get('mittel'));
    expect(l.sourceSize).toBe(i.sourceSize);
    // Beside "sehr hoch" each word keeps its step of the ladder: "mittel" stays in the middle (user test 19).
    expect(Object.fromEntries(i.to)).toEqual({ niedrig: '2', mittel: '3', hoch: '4', 'sehr hoch': '5' });
    expect(Object.fromEntries(proposeScale(['Low', 'Medium', 'High', 'Critical'], FIVE_L).to)).toEqual({ Low: '2', Medium: '3', High: '4', Critical: '5' });
    // The same when the user picks the five-level scale shown.
    expect(Object.fromEntries(proposeScale(['Low', 'Medium', 'High', 'Critical'], FIVE_L, 5).to)).toEqual({ Low: '2', Medium: '3', High: '4', Critical: '5' });
    // Onto a workspace of three or four levels the words used are spread over it, as before.
    expect(Object.fromEntries(proposeScale(['Low', 'Medium', 'High', 'Critical'], ['Rare', 'Unlikely', 'Likely', 'Almost certain']).to)).toEqual({ Low: '1', Medium: '2', High: '3', Critical: '4' });
    expect(proposeScale(['Low', 'Medium', 'High', 'Critical'], ['Unlikely', 'Possible', 'Likely']).to.get('Low')).toBe('1');
    // Alone, the three words would stretch over the whole scale: mittel in the middle.
    expect(proposeScale(likelihood, FIVE_L).to.get('mittel')).toBe('3');
    // A sibling with numbers, or with its own 5-level words, says nothing about this ladder.
    expect(proposeScale(likelihood, FIVE_L, undefined, { sibling: ['1', '4'] }).to.get('mittel')).toBe('3');
    expect(proposeScale(likelihood, FIVE_L, undefined, { sibling: ['Rare', 'Likely', 'Almost certain'] }).to.get('mittel')).toBe('3');
  });

  it('reads numbers up to 3 on the workspace scale beside another axis rated 4 or 5: one matrix, not a 1–3 likelihood', () => {
    // (A Nordic register: likelihood 1, 3, 2 beside consequences 3, 4, 5; alone, 1, 2 and 3 would read as a 1–3 scale.)
    const l = proposeScale(['1', '2', '3'], FIVE_L, undefined, { sibling: ['3', '4', '5'] });
    expect(l.sourceSize).toBe(5);
    expect(Object.fromEntries(l.to)).toEqual({ 1: '1', 2: '2', 3: '3' });
    // A sibling on a 1–3 scale too leaves both on it; a header that says 1–3 still counts.
    expect(proposeScale(['1', '2', '3'], FIVE_L, undefined, { sibling: ['1', '2', '3'] }).sourceSize).toBe(3);
    expect(proposeScale(['1', '2', '3'], FIVE_L, undefined, { sibling: ['4', '5'], header: 3 }).sourceSize).toBe(3);
  });

  it('reads numbers up to 3 on the 1–3 scale of the other axis when that axis plainly runs 1–3 (one matrix)', () => {
    // (A Romanian register: likelihood 1, 2, 3 beside impacts 2 and 3 only; alone, 2 and 3 would stay on the workspace's scale.)
    const i = proposeScale(['2', '3'], FIVE_L, undefined, { sibling: ['1', '2', '3'] });
    expect(i.sourceSize).toBe(3);
    expect(Object.fromEntries(i.to)).toEqual({ 2: '3', 3: '5' });
    // (…not beside an axis that only reaches 3 without a 1: that one says nothing.)
    expect(proposeScale(['2', '3'], FIVE_L, undefined, { sibling: ['2', '3'] }).sourceSize).toBe(5);
  });

  it('leaves a lone slip out (a 9 among 2, 3 and 4) instead of reading every rating on a larger scale', () => {
    const slip = proposeScale(['2', '3', '4', '9'], FIVE_L);
    expect(slip.sourceSize).toBe(5);
    expect([...slip.to.values()]).toEqual(['2', '3', '4', '']);
    // …and the rest stays on the workspace's scale, even when it covers 1, 2 and 3.
    expect([...proposeScale(['1', '2', '3', '8'], FIVE_L).to.values()]).toEqual(['1', '2', '3', '']);
    // A real larger scale uses its upper steps: 1 to 7 stays 1 to 7.
    expect(proposeScale(['1', '3', '6', '7'], FIVE_L).sourceSize).toBe(7);
    // A 6 on a file guessed 1–5 by the user is out of that scale: not understood, not squeezed.
    expect(proposeScale(['1', '3', '6'], FIVE_L, 5).to.get('6')).toBe('');
  });

  it.each([
    [['3'], {}, 5, '3'],
    [['2', '3'], {}, 5, '3'],
    [['1', '3'], {}, 5, '3'],
    [['3'], { header: 3 }, 3, '5'],
    [['1', '2', '3'], { own: true }, 5, '3'],
    [['2', '5'], { header: 3 }, 5, '3'],
  ])('needs evidence before reading %j as a smaller scale (hint %j)', (keys, hint, size, three) => {
    const p = proposeScale(keys, FIVE_L, undefined, hint);
    expect(p.sourceSize).toBe(size);
    if (keys.includes('3')) expect(p.to.get('3')).toBe(three);
  });

  it.each([
    ['Likelihood (1-3)', 3],
    ['Impact 1 to 5', 5],
    ['Dopad (1–4)', 4],
    ['Score 1..5', 5],
    ['Likelihood', null],
    ['Impact (10-50)', null],
    ['Ref A.5.1-3', null],
  ])('reads the scale a header states: %j → %j', (header, size) => {
    expect(scaleInHeader(header)).toBe(size);
  });

  it('spreads and squeezes with the ends kept', () => {
    expect([1, 2, 3].map((v) => spread(v, 3, 5))).toEqual([1, 3, 5]);
    expect([1, 2, 3, 4, 5].map((v) => spread(v, 5, 3))).toEqual([1, 2, 2, 3, 3]);
  });
});

describe('cell readers', () => {
  it.each([
    ['High (4)', 'High', 4],
    ['Possible\n(3)', 'Possible', 3],
    ['4 - High', 'High', 4],
    ['3', '', 3],
    ['Medium', 'Medium', null],
  ])('%j → label %j, score %j', (text, label, score) => {
    expect(labelScore(text)).toEqual({ label, score });
  });

  it.each([
    ['2026-03-31', '2026-03-31'],
    ['31/03/2026', '2026-03-31'],
    ['03/31/2026', '2026-03-31'],
    ['31.03.2026', '2026-03-31'],
    ['31-Mar-2026', '2026-03-31'],
    ['March 31, 2026', '2026-03-31'],
    ['31/02/2026', null],
    ['soon', null],
  ])('text date %j → %j', (text, iso) => {
    expect(cellDate({ value: text, text })).toBe(iso);
  });

  it('keeps known names whole, commas and semicolons and all, and splits the rest', () => {
    const known = new Set(['Leeds office, 3rd floor', 'CRM; billing', 'Theft of equipment, media or documents']);
    const has = (n: string) => known.has(n);
    expect(namesInCell('Leeds office, 3rd floor; CRM; billing\nLaptops, Phones', has)).toEqual(['Leeds office, 3rd floor', 'CRM; billing', 'Laptops', 'Phones']);
    expect(namesInCell('CRM; billing', has)).toEqual(['CRM; billing']);
    expect(namesInCell('• Servers\n- Leeds office,\n3rd floor', has)).toEqual(['Servers', 'Leeds office', '3rd floor']);
    expect(namesInCell('Theft of equipment, media or documents; Fire', has, false)).toEqual(['Theft of equipment, media or documents', 'Fire']);
    expect(namesInCell('  ', has)).toEqual([]);
  });

  it('reads list items one a line, else split on semicolons', () => {
    expect(itemsInCell('Policy v2; Minutes')).toEqual(['Policy v2', 'Minutes']);
    expect(itemsInCell('Tenant report; Q1\n• Audit log')).toEqual(['Tenant report; Q1', 'Audit log']);
    expect(itemsInCell('Tenant report; Q1', true)).toEqual(['Tenant report; Q1']);
  });

  it('reads SoA reasons by code, name or word, in the cell\'s order', () => {
    expect(reasonsListed('LR, Risk treatment; contract\nzzz')).toEqual({ reasons: ['LR', 'RT', 'CO'], unknown: ['zzz'] });
    expect(reasonsListed('bp, Business or good practice')).toEqual({ reasons: ['BP'], unknown: [] });
  });

  it('writes names the catalogue lacks into the risk sources, keeping what a person wrote', () => {
    expect(withUnmatched('Written by hand.', [], true)).toBe('Written by hand.');
    expect(withUnmatched('Written by hand.\nThreat: Old name', ['Threat: New name'], true)).toBe('Written by hand.\nThreat: New name');
    expect(withUnmatched('Threat: Old name', [], true)).toBe('');
    // From the sheet's own column: nothing is taken away, missing lines are added.
    expect(withUnmatched('Threat: typed by hand', ['Threat: Fire'], false)).toBe('Threat: typed by hand\nThreat: Fire');
    expect(withUnmatched('Threat: Fire', ['Threat: Fire'], false)).toBe('Threat: Fire');
  });

  it('reads dates from date values and serial numbers', () => {
    expect(cellDate({ value: new Date(Date.UTC(2026, 2, 31)), text: '' })).toBe('2026-03-31');
    expect(cellDate({ value: 46112, text: '46112' })).toBe('2026-03-31');
  });

  it('finds control ids in cells, with two-decimal numbers kept', () => {
    expect(idsInCell({ value: 'A.5.16 Password management – do it.\nA.8.25 Web filtering', text: '' })).toEqual(['A.5.16', 'A.8.25']);
    expect(idsInCell({ value: '5.15, 8.1; A.12.6.1', text: '5.15, 8.1; A.12.6.1' })).toEqual(['A.5.15', 'A.8.1', 'A.12.6.1']);
    expect(idsInCell({ value: 5.3, text: '5.30', numFmt: '0.00' })).toEqual(['A.5.30']);
    expect(idsInCell({ value: 'Due 31.03.2026, 99% done', text: '' })).toEqual([]);
    expect(likelyEdition(['A.12.6.1', 'A.9.2.3', 'A.5.1'], '2022')).toBe('2013');
    expect(likelyEdition(['A.5.1'], '2022')).toBe('2022');
  });
});

describe('translation tables', () => {
  const s = sheet('Risks', 'risks', [['Likelihood', 'likelihood'], ['Treatment', 'treatment'], ['Residual L', 'residualLikelihood']], [
    [1, 'M', 1],
    [3, 'A', 2],
    [2, 'Mitigate', 1],
    [3, 'maybe', 1],
  ]);
  const labels = { likelihood: FIVE_L, impact: FIVE_I };

  it('proposes one table per translated column, with counts and the rule', () => {
    const tables = proposeTranslations(s, mappingFromAnalysis(s), labels);
    expect(tables.map((t) => t.field)).toEqual(['likelihood', 'residualLikelihood', 'treatment']);
    const like = tables[0]!;
    expect(like.rows.map((r) => [r.from, r.count, r.to])).toEqual([['1', 1, '1'], ['2', 1, '3'], ['3', 2, '5']]);
    expect(like.rule).toContain('1→1, 2→3, 3→5');
    const treat = tables[2]!;
    expect(treat.rows.find((r) => r.from === 'maybe')).toMatchObject({ to: '', known: false });
    expect(treat.rows.find((r) => r.from === 'M')).toMatchObject({ to: 'modify', known: true });
  });

  it('puts the user\'s choice over the proposal (case ignored)', () => {
    const m = withTranslation(withTranslation(mappingFromAnalysis(s), 'treatment', 'MAYBE', 'retain'), 'likelihood', '3', '4');
    const tables = proposeTranslations(s, m, labels);
    expect(tables[2]!.rows.find((r) => r.from === 'maybe')).toMatchObject({ to: 'retain', known: true });
    expect(tables[0]!.rows.find((r) => r.from === '3')?.to).toBe('4');
  });
});

describe('an SoA status of "N/A" without an applicability column', () => {
  it('is understood (it excludes the control) and the rule says so', () => {
    const soa = sheet('SoA', 'soa', [['Control', 'controlId'], ['Status', 'status']], [['A.5.1', 'Implemented'], ['A.7.4', 'N/A'], ['A.5.7', 'banana']]);
    const status = proposeTranslations(soa, mappingFromAnalysis(soa), { likelihood: FIVE_L, impact: FIVE_I }).find((t) => t.field === 'status')!;
    expect(status.rows.find((r) => r.from === 'N/A')).toMatchObject({ to: '', known: true });
    expect(status.rows.find((r) => r.from === 'banana')).toMatchObject({ known: false });
    expect(status.rule).toContain('“N/A” or “Not applicable” excludes the control');
    // Beside an applicability column, the status "N/A" says nothing of its own: not understood.
    const both = sheet('SoA', 'soa', [['Control', 'controlId'], ['Applicable', 'applicable'], ['Status', 'status']], [['A.5.1', 'Yes', 'Implemented'], ['A.7.4', 'No', 'N/A']]);
    const withApplicable = proposeTranslations(both, mappingFromAnalysis(both), { likelihood: FIVE_L, impact: FIVE_I }).find((t) => t.field === 'status')!;
    expect(withApplicable.rows.find((r) => r.from === 'N/A')?.known).toBe(false);
  });
});

describe("the app's own words", () => {
  it('recognises every label the app writes for a translated field as its own value', () => {
    for (const specs of Object.values(translatedFields))
      for (const [name, spec] of Object.entries(specs)) {
        if (!('vocab' in spec)) continue;
        for (const code of spec.field.options) expect(recognise(spec.vocab, optionLabel(spec.field, code)), `${name}: ${code}`).toBe(code);
      }
  });
});
