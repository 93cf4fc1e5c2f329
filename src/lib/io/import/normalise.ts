/**
 * Value normalisers shared by the analysis and the mapping: clean text, yes/no in six languages
 * and as marks, "label (score)" pairs, numbers with either decimal mark, and scale words.
 * Dates are in dates.ts (re-exported here).
 */
import type { CellValue } from './types.ts';
import { withoutEmphasis } from './cells.ts';

export { toIsoDate, serialToIso, monthOf, type DateOptions } from './dates.ts';
import { eastNo, eastScaleWords, eastYes } from './values-east.ts';
import { rankedWords } from './mapping/scale-words.ts';
import { plainScript, westernNumber } from './script.ts';

/** Text with spaces collapsed, dashes and quotes made plain, invisible characters removed. */
export function cleanText(s: string): string {
  return s
    // (The non-joiner U+200C stays: Persian spells words with it, and folding reads it as a space.)
    .replace(/\u200B|\u200D|\uFEFF|\u00AD/g, '')
    .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201E]/g, '"')
    .replace(/\r\n?/g, '\n')
    .replace(/[ ]*\n[ ]*/g, '\n')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * Lower case without accents or surrounding punctuation, for comparing words; Arabic and Persian
 * letters and digits alike (script.ts), the zero-width non-joiner a space ("پیاده‌سازی شده" is "پیاده سازی شده").
 */
export function foldWord(s: string): string {
  return plainScript(cleanText(s))
    .toLowerCase()
    .replace(/ς/g, 'σ')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/đ/g, 'd')
    .replace(/^[^\p{L}\p{N}✓✔☑✅✗✘☐✕×❌❎✖○◯〇√]+|[^\p{L}\p{N}✓✔☑✅✗✘☐✕×❌❎✖○◯〇√]+$/gu, '')
    .replace(/\s+/g, ' ');
}

function textOf(v: CellValue | string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return v.text;
  return String(v);
}

const YES = new Set(
  ['yes', 'y', 'true', 'x', '1', 'applicable', 'applies', 'applied', 'included', 'include', 'in scope', 'selected', 'ok', 'done',
    'oui', 'o', 'inclus', 'incluse', 'retenu', 'retenue',
    'ja', 'j', 'anwendbar', 'zutreffend', 'ausgewahlt',
    'si', 's', 'aplica', 'aplicable',
    'ano', 'a', 'aplikovatelne', 'aplikovatelny', 'pouzitelne',
    'ναι', 'ν', 'εφαρμοζεται', 'εφαρμοσιμο',
    'sim', 'tak', 't', 'da', 'ye', 'yes applicable', 'applicable yes', 'inc', 'incl', 'in', 'required', 'necessary',
    'si aplica', 'aplicavel', 'applicabile', 'van toepassing', 'dotyczy', 'wymagane',
    '✓', '✔', '☑', '✅', ...eastYes].map(foldWord),
);
const NO = new Set(
  ['no', 'n', 'false', '0', 'not applicable', 'n a', 'na', 'n/a', 'excluded', 'exclude', 'out of scope', 'not selected', 'none',
    'non', 'non applicable', 'exclu', 'exclue', 'non retenu', 'non retenue',
    'nein', 'nicht anwendbar', 'nicht zutreffend', 'entfallt',
    'no aplica', 'no aplicable',
    'ne', 'neaplikovatelne', 'neaplikovatelny', 'nepouzitelne',
    'οχι', 'ο', 'δεν εφαρμοζεται', 'μη εφαρμοσιμο',
    'nao', 'nie', 'nee', 'exc', 'excl', 'out', 'not required', 'nao aplicavel', 'non applicabile', 'niet van toepassing', 'nie dotyczy',
    '✗', '✘', '☐', '✕', '×', '❌', '❎', '✖', '-', ...eastNo].map(foldWord),
);

/**
 * Yes or no from a word in one of the importer's languages, a mark (✓ ✗ x ○) or a boolean; "N/A" and "not applicable" read as no. Null when the value says neither (empty,
 * "partially", "planned").
 */
/** The text is a yes or no word itself ("Applied", "Excluded", "N/A"), not a phrase that starts with one ("Not started"). */
export function isYesNoWord(text: string): boolean {
  const w = foldWord(text.trim());
  return w !== '' && (YES.has(w) || NO.has(w));
}

export function parseYesNo(v: CellValue | string | number | boolean | null | undefined): boolean | null {
  if (typeof v === 'boolean') return v;
  if (v && typeof v === 'object' && typeof v.value === 'boolean') return v.value;
  const raw = textOf(v).trim();
  if (raw === '-' || raw === '–') return false;
  const w = foldWord(raw);
  if (w === '') return null;
  if (YES.has(w)) return true;
  if (NO.has(w)) return false;
  if (/^(yes|oui|ja|si|ano|ναι)\b/.test(w)) return true;
  if (/^(no|non|nein|ne|οχι|not)\b/.test(w)) return false;
  return null;
}

/** Traffic-light marks in front of a number ("🟥 12"): the colour repeats the number's band. */
const COLOUR_MARK = /^\s*(?:[\u{1F534}\u{1F7E0}-\u{1F7EB}\u{26AA}\u{26AB}\u{1F535}]\uFE0F?)+/u;

/** A number from a value or text ("1,5", "1 234.5", "12 %", "🟥 12", "۳٫۵"); null when it is not one. */
export function parseNumber(v: CellValue | string | number | null | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v && typeof v === 'object' && typeof v.value === 'number') return v.value;
  let s = westernNumber(textOf(v)).replace(COLOUR_MARK, '').replace(/[\s\u00A0\u202F']/g, '');
  if (!/^[-+]?[\d.,]+%?$/.test(s) || !/\d/.test(s)) return null;
  const percent = s.endsWith('%');
  s = s.replace('%', '');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma > lastDot) s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(/,/g, '');
  const n = Number(s);
  if (!Number.isFinite(n)) return null;
  return percent ? n / 100 : n;
}

export interface LabelScore {
  label: string | null;
  score: number | null;
}

const NUM = String.raw`(\d+(?:[.,]\d+)?)`;
const PATTERNS: [RegExp, 'label-first' | 'score-first'][] = [
  [new RegExp(String.raw`^(.*?\S)\s*[([]\s*${NUM}\s*[)\]]$`, 's'), 'label-first'],
  [new RegExp(String.raw`^[([]\s*${NUM}\s*[)\]]\s*(.+)$`, 's'), 'score-first'],
  // "9 (Alto)", "15 [High]": the score with its band in brackets.
  [new RegExp(String.raw`^${NUM}\s*[([]\s*([^()[\]]*\p{L}[^()[\]]*?)\s*[)\]]$`, 'su'), 'score-first'],
  // (A dot after the number ends it only when no digit follows: "3.5 High" is 3.5, not 3 and "5 High".)
  [new RegExp(String.raw`^${NUM}\s*(?:[-–—:=]|\.(?!\d))\s*(.+)$`, 's'), 'score-first'],
  [new RegExp(String.raw`^(.*?\S)\s*[-–—:=]\s*${NUM}$`, 's'), 'label-first'],
  [new RegExp(String.raw`^${NUM}\s+(\p{L}.*)$`, 'su'), 'score-first'],
];

/** The part of a value before its reason or details: "High" of "High — no MFA", "Mitigate" of "Mitigate: EDR", "Laag" of "Laag, mits…". */
export function leadingPart(text: string): string {
  return text.split(/\s*[—–:(;,]\s*|\s+-\s+/)[0] ?? '';
}

/** A product of two numbers written out before its result: "4 × 5 = ", "3x5=", "2 * 4 = ". */
const WORKING = /^\s*\d+(?:[.,]\d+)?\s*[×xX*·]\s*\d+(?:[.,]\d+)?\s*=\s*(?=\d)/;

/**
 * A scale value split into its label and its score: "High (4)", "High\n(12)", "(4) High", "9 (Alto)",
 * "4 - High", "High: 4", "4 High"; a bare number gives only a score, a bare word only a label; a scale
 * word leading its reason ("High — no MFA") gives the word.
 */
export function splitLabelScore(v: CellValue | string | number | null | undefined): LabelScore {
  if (typeof v === 'number') return { label: null, score: v };
  if (v && typeof v === 'object' && typeof v.value === 'number') return { label: null, score: v.value };
  // Markdown bold pasted in ("**9 (Alto)**") marks the value, it is not part of it; "زیاد (۴)" is "زیاد (4)".
  // The working before the result ("4 × 5 = 20 (critical)", "3x5=15"): the score is what it comes to.
  const s = westernNumber(cleanText(withoutEmphasis(textOf(v)))).replace(WORKING, '');
  if (s === '') return { label: null, score: null };
  const n = parseNumber(s);
  if (n !== null) return { label: null, score: n };
  for (const [re, order] of PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    const [a = '', b = ''] = [m[1], m[2]];
    const [label, score] = order === 'label-first' ? [a, b] : [b, a];
    const num = parseNumber(score);
    if (num !== null && /\p{L}/u.test(label)) return { label: cleanText(label), score: num };
  }
  // "High — no second factor anywhere", "Medium: seen twice": a scale word leading its reason.
  const lead = leadingPart(s);
  if (lead !== s && SCALE_WORDS.has(foldWord(lead))) return { label: lead, score: null };
  return { label: s, score: null };
}

const SCALE_WORDS = new Set(
  ['very low', 'low', 'info', 'informational', 'medium', 'moderate', 'high', 'very high', 'critical', 'extreme', 'severe', 'major', 'minor', 'negligible', 'insignificant',
    'significant', 'catastrophic', 'rare', 'unlikely', 'possible', 'likely', 'very likely', 'almost certain', 'certain', 'low medium', 'medium high',
    'faible', 'tres faible', 'moyen', 'moyenne', 'modere', 'moderee', 'eleve', 'elevee', 'tres eleve', 'tres elevee', 'critique', 'mineur', 'majeur', 'significatif', 'important',
    'grave', 'vraisemblable', 'peu probable', 'probable', 'tres probable', 'fort', 'forte',
    'niedrig', 'gering', 'mittel', 'hoch', 'sehr hoch', 'sehr gering', 'kritisch', 'unwahrscheinlich', 'wahrscheinlich', 'moglich', 'selten',
    'bajo', 'baja', 'medio', 'media', 'alto', 'alta', 'muy alto', 'muy alta', 'muy bajo', 'critico', 'improbable', 'posible', 'raro', 'casi seguro',
    'nizka', 'nizky', 'stredni', 'vysoka', 'vysoky', 'kriticka', 'kriticky', 'velmi vysoka', 'velmi nizka', 'zanedbatelna', 'zanedbatelny',
    'χαμηλο', 'χαμηλη', 'χαμηλοσ', 'μεσαιο', 'μεσαιοσ', 'μεση', 'μετριο', 'υψηλο', 'υψηλη', 'υψηλοσ', 'πολυ υψηλο', 'κρισιμο', 'κρισιμοσ',
    'basso', 'bassa', 'molto basso', 'molto alto', 'elevato', 'critica', 'laag', 'zeer laag', 'middel', 'gemiddeld', 'hoog', 'zeer hoog', 'kritiek',
    'baixo', 'baixa', 'muito baixo', 'muito alto', 'elevado', 'niski', 'niskie', 'sredni', 'srednie', 'wysoki', 'wysokie', 'bardzo wysoki',
    'krytyczny', 'krytyczne', 'med', 'hi', 'lo', 'crit',
    // (…and how often: "häufig", "occasional", "fréquent".)
    'haufig', 'sehr haufig', 'gelegentlich', 'frequent', 'very frequent', 'occasional', 'tres frequent', 'occasionnel', 'frecuente', 'muy frecuente', 'ocasional',
    'frequente', 'muito frequente', 'vaak', 'zelden', 'casto', 'velmi casto', 'ojedinele', ...eastScaleWords].map(foldWord),
);
// The ranked rating words of every language the translation knows (mapping/scale-words.ts).
for (const ladder of [rankedWords('generic', foldWord), rankedWords('five', foldWord)]) for (const rank of ladder) for (const w of rank) SCALE_WORDS.add(w);

/** Traffic-light dots and squares alone ("🔴", "🟠🟠"): a rating drawn, not written. */
const COLOUR_DOTS = /^[\u{1F534}\u{1F7E0}-\u{1F7EB}\u{26AA}\u{26AB}\u{1F535}\s\uFE0F]+$/u;

/** True for a word of a rating scale ("High", "Vysoká", "Moyen", "High (4)", "4", "🔴", "Likely × Major = High"). */
export function isScaleWord(v: CellValue | string | null | undefined): boolean {
  const { label, score } = splitLabelScore(v ?? null);
  if (label === null) return score !== null && score >= 0 && score <= 25;
  // "Likely × Critical = High": the level the product comes to.
  const result = /=\s*([^=]+)$/.exec(label)?.[1] ?? label;
  // A tick or cross before the word ("✅ Basso") marks it, as a coloured dot does.
  const word = foldWord(result).replace(/^[✓✔☑✅✗✘❌❎✖]\s*(?=\p{L})/u, '');
  // A qualifier in brackets after the word ("Modérée (réduite)", "High *(after MFA)*") leaves it the word.
  const bare = foldWord(result.replace(/\s*\*?\([^()]*\)\*?\s*$/, ''));
  return SCALE_WORDS.has(word) || (bare !== '' && SCALE_WORDS.has(bare)) || COLOUR_DOTS.test(label.trim());
}
