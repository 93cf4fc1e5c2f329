/**
 * What one cell's value is: another framework's id, an action's number, a sum of money, a cadence,
 * a span of time, a treatment option, an audit grade, a placeholder, a risk's code, a banded score.
 * column-values.ts counts them down a column.
 */
import type { GridCell } from './grid.ts';
import { NOT_ASSESSED, TEMPLATE_BLANK } from './cells.ts';
import { foldWord, isScaleWord, leadingPart, splitLabelScore } from './normalise.ts';
import { eastOptions } from './values-east.ts';
import { treatmentVocab } from './mapping/vocab.ts';

export const NIST_FAMILIES = 'AC|AT|AU|CA|CM|CP|IA|IR|MA|MP|PE|PL|PM|PS|PT|RA|SA|SC|SI|SR';
const CITATION_SOURCE = '§ ?\\d{2,3}\\.\\d{1,4}(\\([a-zA-Z0-9]{1,4}\\)){0,5}';
/** A rule of a regulation cited by its section ("§164.308(a)(1)(ii)(A)"). */
export const CITATION = new RegExp(`^${CITATION_SOURCE}$`);
// (CMMC practices, "AC.L1-3.1.1", are NIST SP 800-171's requirements by level; "§164.308(a)(1)" cites a rule of the US federal
// regulations, as HIPAA's safeguards are listed.)
export const FRAMEWORK_ID = new RegExp(`^((CC\\d{1,2}|A1|C1|PI1|P\\d)\\.\\d{1,2}|(${NIST_FAMILIES})-[1-9]\\d?( ?\\(\\d{1,2}\\))?|(ID|PR|DE|RS|RC|GV)\\.[A-Z]{2}-\\d{1,2}|[A-Z]{2}\\.L[1-3]-\\d{1,2}\\.\\d{1,2}\\.\\d{1,2}|${CITATION_SOURCE})$`);

// NIST CSF subcategories ("GV.OC-01", "PR.AC-1") are as distinctive.
export const CRITERIA_ID = /^(CC\d{1,2}\.\d{1,2}|(ID|PR|DE|RS|RC|GV)\.[A-Z]{2}-\d{1,2})$/;
/**
 * A sum of money with its currency before or after it, signed or in brackets ("300,000 CHF", "CHF 300'000", "$3,000",
 * "-€1.2M", "($70,000)", "1,2 Mio. €", "USD 5 million").
 */
export const AMOUNT = /^[-(]?\s?(?:(?:[$€£¥]|R\$|US\$|(?:CHF|EUR|USD|GBP|JPY|BRL|MXN)\s?)\s?-?[\d][\d,.'’ ]*(?:\s?(?:k|m|mn|bn|mio\.?|mrd\.?|million|millions|billion))?|-?[\d][\d,.'’ ]*\s?(?:k|m|mn|bn|mio\.?|mrd\.?|million|millions|billion)?\s?(?:CHF|EUR|USD|GBP|JPY|BRL|MXN|€|\$|£))\s?\)?$/i;
/** A plan of action and milestones' item number, alone or leading the item ("POAM-001", "POA&M-12: …"). */
// (Not a bare "POA-01": a power of attorney's, or a Spanish annual plan's, "Plan Operativo Anual".)
export const POAM_ITEM = /^(POAM|POA&M)[-_ ]?\d{1,4}(?![\d.])/i;
export const ACTION_ID = /^(CA|CAPA|ACT|ACTION|TASK|TSK|REM|POAM|POA&M|NC|NCR|MIT|MES|MED|MAS|REC)[-_ ]?\d{1,4}$/i;

/** How often something recurs ("Monthly", "every 6 months", "trimestral"): a cadence, no date. */
export const CADENCE = /^(daily|weekly|bi-?weekly|fortnightly|monthly|bi-?monthly|quarterly|semi-?annually|bi-?annually|half-?yearly|annually|yearly|annual|every \d{1,2} (days|weeks|months|years)|(once |twice )?(a|per) (day|week|month|quarter|year)|mensuel|mensuelle|trimestriel|trimestrielle|semestriel|semestrielle|annuel|annuelle|hebdomadaire|quotidien|monatlich|wochentlich|taglich|jahrlich|quartalsweise|halbjahrlich|diario|semanal|mensual|trimestral|semestral|anual|mensile|trimestrale|semestrale|annuale|settimanale|maandelijks|wekelijks|jaarlijks|per kwartaal|روزانه|هفتگی|ماهانه|ماهیانه|فصلی|سه ماهه|شش ماهه|سالانه|یومی|اسبوعی|شهری|سنوی)$/i;

/** A STRIDE category ("Spoofing", "I - Information Disclosure", "Denegación de servicio"). */
export const STRIDE = /^([stride]\s*[-–:.)]\s*)?(spoofing|tampering|repudiation|information disclosure|denial of service|elevation of privileges?|spoofing identity|identity spoofing|tampering with data|data tampering|suplantacion( de identidad)?|manipulacion( de datos)?|repudio|divulgacion de informacion|revelacion de informacion|denegacion de servicio|elevacion de privilegios)$/;

export const DURATION = /^(within )?\d{1,4} ?(h|hrs?|hours?|d|days?|w|wks?|weeks?|months?|tage?n?|wochen?|monate?|jours?|semaines?|mois|dias?|días|semanas?|meses|giorni|settimane|mesi|dagen|weken|maanden)$/i;

/** "8.2" follows "8.1", "12" follows "11": same prefix, last number one higher. */
export function follows(prev: string, text: string): boolean {
  const a = /^(\d+(?:\.\d+)*\.)?(\d+)$/.exec(prev.trim());
  const b = /^(\d+(?:\.\d+)*\.)?(\d+)$/.exec(text.trim());
  return !!a && !!b && (a[1] ?? '') === (b[1] ?? '') && Number(b[2]) === Number(a[2]) + 1;
}

const OPTION_WORDS = /^(mitigate|reduce|modify|treat|accept|retain|tolerate|avoid|terminate|eliminate|transfer|share|insure|m|a|t|av|r|s|attenuer|reduire|accepter|eviter|transferer|partager|mindern|reduzieren|akzeptieren|vermeiden|ubertragen|mitigar|reducir|aceptar|evitar|transferir|compartir|zmirnit|snizit|akceptovat|prijmout|vyhnout|prenest|sdilet|μετριασμοσ|αποδοχη|αποφυγη|μεταφορα|ridurre|accettare|evitare|trasferire|condividere|mitigare|verminderen|accepteren|vermijden|overdragen|delen|aceitar|compartilhar|redukcja|akceptacja|unikanie|przeniesienie|snizeni|akceptace|prenos|vyhnuti se|μειωση)$/;
/** The same options as past participles and nouns ("Accepted", "Risk reduction", "Réduit", "Übertragung"). */
const OPTION_FORMS = /^(risk |risque |risiko |riesgo |risco |rischio )?(mitigated|mitigation|reduced|reduction|accepted|acceptance|retained|retention|avoided|avoidance|transferred|shared|sharing|treated|tolerated|terminated|attenue|attenuation|reduit|accepte|acceptation|evite|evitement|transfere|transfert|partage|akzeptiert|akzeptanz|reduziert|reduktion|minderung|gemindert|vermieden|vermeidung|ubertragung|verringert|mitigado|mitigacion|mitigacao|reducido|reduccion|reduzido|reducao|aceptado|aceptacion|aceito|aceitacao|evitado|transferido|transferencia|compartido|compartilhado|mitigato|ridotto|riduzione|accettato|accettazione|evitato|trasferito|trasferimento|condiviso|verminderd|vermindering|geaccepteerd|acceptatie|vermeden|overgedragen|overdracht)$/;

const CONTROL_WORDS = new Set(['control', 'controls', 'kontrolle', 'controle', 'controlo', 'controllo', 'kontrola', 'کنترل'].map(foldWord));
const EAST_OPTIONS = new Set(Object.values(eastOptions).flat().map(foldWord));
/** The options in every language the value translation knows ("Redusere", "Vähentäminen", "Kabul"); letter codes count only as above. */
const VOCAB_OPTIONS = new Set(Object.values(treatmentVocab.words).flat().map(foldWord).filter((w) => w.length >= 3));

/**
 * Whether a cell is a treatment option: 'plain' alone or with a word or two ("Accept: low impact",
 * "Reduce risk"); 'led' leading its details ("Mitigate — MFA for all admins"); 'explained' leading a sentence that explains it
 * ("Mitigate with external MFA"), which in a plan is the action itself; null otherwise. Words of
 * other languages count only as the whole cell or before a dash.
 */
export function optionKind(text: string): 'plain' | 'led' | 'explained' | null {
  // A CVSS vector ("AV:N/AC:L/PR:N/…") starts with its attack vector, not with "avoid".
  if (CVSS_VECTOR.test(text)) return null;
  const whole = foldWord(text);
  const known = (w: string) => OPTION_WORDS.test(w) || OPTION_FORMS.test(w) || EAST_OPTIONS.has(w);
  const option = (w: string) => w !== '' && (known(w) || VOCAB_OPTIONS.has(w));
  if (option(whole)) return 'plain';
  const lead = leadingPart(text);
  // "Mitigate – enforce MFA on remote access": the option, and after it the action in a few words.
  // ("Control: inference filters" names a control, though some registers call an option "Control".)
  if (option(foldWord(lead)) && !CONTROL_WORDS.has(foldWord(lead))) {
    const details = text.slice(lead.length).replace(/^[\s—–:(;,-]+/u, '').split(/\s+/).filter(Boolean);
    return details.length >= 3 ? 'led' : 'plain';
  }
  const first = whole.split(' ');
  // Letter codes count only alone: a leading word needs four letters or more. Only the words above lead a phrase: in
  // other languages an option's word also begins ordinary names ("کنترل دسترسی", access control).
  if ((first[0] ?? '').length < 4 || !(OPTION_WORDS.test(first[0] ?? '') || OPTION_FORMS.test(first[0] ?? ''))) return null;
  if (first.length <= 3) return 'plain';
  return /^(with|via|by|through|using|as|to|until|pending|con|mediante|avec|par|mit|durch|com)$/.test(first[1] ?? '') ? 'explained' : null;
}

/** A CVSS base vector, with or without its version ("CVSS:3.1/AV:N/AC:L/…", version 2's "AV:N/AC:M/Au:N/…"). */
const CVSS_VECTOR = /^\s*\(?(CVSS:\d\.\d\s*\/\s*)?AV:[NALP]\s*\/\s*AC:[LMH]\s*\//i;

/** An audit finding's grade. */
export const GRADE = /^\s*(major|minor|observation|ofi|opportunity for improvement|major nc|minor nc|major non-?conformity|minor non-?conformity)\s*$/i;

/** A cell that says there is nothing ("None", "None yet", "Keine", "Aucune", "Ninguno", "Nenhum"). */
export const NONE = /^\s*(none|none yet|nothing|keine|kein|aucun|aucune|ninguno|ninguna|nenhum|nenhuma|nessuno|nessuna|geen|brak)\s*\.?\s*$/i;
/** A dash, or a template's blank ("{{asset}}", "<owner>"). */
const DASHES = /^\s*[-–—.…]+\s*$/u;
/** A dropdown's prompt left in the cell ("Select status", "-- Choose --"): nothing chosen yet. */
const PROMPT = /^\s*[-–]*\s*(please )?(select|choose|pick)( (a|an|one))?( (status|option|value|level|one))?\s*[-–.…]*\s*$/i;
export const isPlaceholder = (text: string): boolean => DASHES.test(text) || TEMPLATE_BLANK.test(text) || NOT_ASSESSED.test(text) || PROMPT.test(text);
/** Two ratings multiplied, as written ("3 × 3", "4x5=20"): a score. */
export const PRODUCT = /^\s*\d+\s*[x×*·]\s*\d+\s*(=\s*\d+)?\s*$/i;
/** A risk's code: R-01, RSK-003, RISK_12, R4, Risiko 2. */
export const RISK_CODE = /^\**(r|rk|rsk|risk|risque|riesgo|risco|rischio|risiko|riziko)[\s._-]?\d{1,4}[a-z]?\**$/i;
/** A risk's code leading its name: "R01 — Missing backups", "**RSK-3**: Phishing", "R01 · Gestão de acesso". */
export const RISK_LED = /^\**(r|rk|rsk|risk|risque|riesgo|risco|rischio|risiko|riziko)[\s._-]?\d{1,4}[a-z]?\**\s*[—–:|)·•-]\s*\p{L}/iu;
/** A score with its band in brackets ("15 (High)", "**9 (Alto)**"; not "10 (days)"): a score under a score's header, a level under a level's. */
export function isBandedScore(text: string): boolean {
  if (!/^\**\s*\d/.test(text)) return false;
  const { label, score } = splitLabelScore(text);
  return score !== null && label !== null && isScaleWord(label);
}

/** Whole days between 1990 and 2069 written as a plain number: a date stored as its serial. */
export function isSerialDate(c: GridCell): boolean {
  return typeof c.value === 'number' && Number.isInteger(c.value) && c.value >= 32874 && c.value <= 62000 && !c.numFmt?.includes('0.');
}

/** A code ("R-001", "5.1.1"), or a list of them ("R1, R5, R7": the risks an action treats). */
export function isCode(c: GridCell): boolean {
  if (typeof c.value === 'number') return Number.isInteger(c.value);
  return c.text.length <= 80 && c.text.split(/\s*[,;]\s*/).every((t) => t.length <= 24 && !/\s/.test(t) && /\d/.test(t));
}
