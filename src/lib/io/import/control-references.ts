/**
 * Columns that point at controls rather than tell them ("Annex A Ref", "Related controls" over Annex A ids), the
 * standard's clause numbers that such a column may hold instead (7.5, 6.1.2), and the register's measures in words
 * that take the controls field from them. The mapping links the references (mapping/extra-fields.ts, risk-controls.ts).
 */
import type { ColumnHeader } from './header-rows.ts';
import { normaliseHeader } from './headers.ts';
import { moveField } from './column-passes.ts';
import type { Candidate, ValueCache } from './columns.ts';

/** A column that points at controls of a catalogue ("Annex A Ref", "ISO_27001_Control", "Cloud Control Mapping", "related_control_ids"). */
const CONTROL_REFERENCE = /(^| )(annex|anexo|anhang|annexe|allegato|iso|27001|27002|iso27001|nist|csf|cis|soc|mapping|ref|reference|references|refs|ids|framework|clause)( |$)/;
/** Words that make a column of controls a list of links to them only over Annex A ids ("Related controls", "Control ID"). */
const LINK_WORDS = /(^| )(id|related|linked|mapped)( |$)/;
/** A column of the measures themselves, in words ("Mitigation Strategy", "Treatment Plan", "Remediation Action"). */
const MEASURES_IN_WORDS = /(^| )(mitigation|mitigations|mitigation strategy|mitigation plan|mitigating actions?|treatment plan|remediation|remediation plan|remediation actions?|countermeasures?|action plan|recommended actions?|recommended mitigations?|planned measures?|measures|mesures|massnahmen|medidas|misure|maatregelen|opatreni)( |$)/;

/** A register's own words for its measures, told beside their references ("Existing controls", "Treatment"). */
const TOLD_MEASURES = /(^| )(treatment|existing controls?|current controls?|controls in place|existing measures|current measures)( |$)/;

const CONTROL_WORD = /(^| )(control|controls|controle|controles|kontrolle|kontrollen|controllo|controlli|kontrola|annex|anexo|anhang|annexe|allegato|iso|27001|27002|iso27001)( |$)/;

/** A header of a column that points at controls of a catalogue rather than telling them ("Annex A Ref", "ISO_27001_Control"). */
export function pointsAtControls(header: string): boolean {
  const h = normaliseHeader(header);
  return CONTROL_REFERENCE.test(h) && CONTROL_WORD.test(h);
}

/**
 * …or links to them, when its values are Annex A ids ("Related controls": 8.2, 5.18; "Control ID": A.8.7): the mapping then links
 * them (extra-fields.ts). Over other ids or names ("Control ID": C-07) such a column is the register's own controls, kept as written.
 */
export function linksControls(header: string, annexIds: boolean | (() => boolean)): boolean {
  const h = normaliseHeader(header);
  // (The values are read last, and only for such a header: `annexIds` may be a look at every row.)
  return pointsAtControls(h) || (LINK_WORDS.test(h) && CONTROL_WORD.test(h) && (typeof annexIds === 'function' ? annexIds() : annexIds));
}

/** The standard's clause numbers (4.1 to 10.2, with sub-clauses such as 6.1.2 or 7.5.3). */
export const CLAUSE_NUMBER = /^(4\.[1-4]|5\.[1-3]|6\.[1-3]|6\.1\.[1-3]|7\.[1-5]|7\.5\.[1-3]|8\.[1-3]|9\.[1-3]|9\.2\.[12]|9\.3\.[1-3]|10\.[12])$/;

/** A header of the standard's clauses, not of Annex A ("ISO 27001 Clause"; not "Annex A Clause"). */
export function clauseHeader(header: string): boolean {
  const h = normaliseHeader(header);
  return /(^| )(clause|clauses|klausel|clausula|article|artikel|chapter|kapitel)( |$)/.test(h) && !/(^| )(annex|anexo|anhang|annexe|allegato)( |$)/.test(h);
}

/**
 * A column of the standard's clauses ("ISO 27001 Clause": 7.5, 8.1), not of Annex A controls: a header that says clause
 * and not Annex A, over numbers that all could be clauses and are not written as Annex A's ("A.8.7").
 */
export function clauseNumbers(header: string, texts: string[]): boolean {
  if (!clauseHeader(header)) return false;
  const numbers = texts.flatMap((t) => t.match(/A\.\s?\d+(\.\d+)*|\d+(\.\d+)+/gi) ?? []);
  return numbers.every((n) => !/^A/i.test(n) && CLAUSE_NUMBER.test(n));
}

/**
 * A register that points at controls in one column ("Annex A Ref": 8.8 / 8.13) and tells its measures in words in
 * another ("Treatment Plan": Patch SLA and offline backups): the measures are its controls, as the labellers of the
 * held-out sets read 13 such registers of 14. The references are not lost: the mapping links them (extra-fields.ts).
 */
export function measuresOverReferences(fields: Map<string, number>, taken: Map<number, Candidate>, headers: ColumnHeader[], values: ValueCache): void {
  const col = fields.get('controls');
  const header = (c: number) => normaliseHeader(headers.find((h) => h.col === c)?.child ?? '');
  if (col === undefined) return;
  // Only references the mapping links (extra-fields.ts) give way: a column headed as the register's own controls
  // ("Controles", "Mitigating controls") keeps its ids.
  const refs = values.get(col);
  const annex = refs.count >= 3 && refs.controls >= 0.8 && refs.avgLength <= 20;
  if (!linksControls(header(col), annex)) return;
  // Over Annex A ids ("Related Controls": 8.2, 5.18), the measures may also be told under a register's own words for them
  // ("Existing Controls", a "Treatment" of sentences, not options).
  const words = headers.filter((h) => {
    if (taken.has(h.col) || !(MEASURES_IN_WORDS.test(header(h.col)) || (annex && TOLD_MEASURES.test(header(h.col))))) return false;
    const v = values.get(h.col);
    return v.count >= 2 && v.controls < 0.2 && v.numeric < 0.2 && v.avgLength >= 15 && v.explainedOptions < 0.2;
  });
  // (Of the controls in place and those recommended, the register's controls are those in place.)
  const inPlace = words.length > 1 ? words.filter((h) => /(^| )(existing|current|in place)( |$)/.test(header(h.col))) : words;
  if (inPlace.length !== 1) return;
  moveField(fields, taken, 'controls', inPlace[0]!.col);
}
