/**
 * Spellings of the Arabic script that registers mix and that mean the same when compared:
 * Persian writes ی (U+06CC) and ک (U+06A9) where Arabic writes ي, ى and ك, and keyboards and
 * converted files mix them in one sheet; ۀ is ه with a hamza (its hamza is a mark, dropped
 * with the others); the tatweel (ـ) only stretches a word, and the invisible direction marks that
 * right-to-left text carries (LRM, RLM, ALM) say nothing. Persian (۰–۹) and Arabic-Indic (٠–٩)
 * digits are digits. Only for comparing: the text a record keeps is never rewritten.
 */

/** Zero-width non-joiner: Persian writes it inside words ("آسیب‌پذیری"); compared, it counts as a space, as in a header. */
export const ZWNJ = /\u200C/g;

const LETTER = /[\u064A\u0649\u0643\u06D5\u0640\u200E\u200F\u061C]/g;
const LETTERS: Record<string, string> = { '\u064A': '\u06CC', '\u0649': '\u06CC', '\u0643': '\u06A9', '\u06D5': '\u0647' };

/** Arabic ي ى ك written as Persian ی ک, ە as ه, the tatweel and direction marks dropped; run after marks are removed (ئ is ي with a hamza). */
export function sameArabicLetters(s: string): string {
  return s.replace(LETTER, (c) => LETTERS[c] ?? '');
}

/** Text without accents and marks, Arabic-script letters and digits alike and the non-joiner a space: the form both sides of a comparison take. */
export function plainScript(s: string): string {
  return sameArabicLetters(westernDigits(s.replace(ZWNJ, ' ').normalize('NFD').replace(/\p{M}/gu, '')));
}

const DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Persian and Arabic-Indic digits as 0–9 ("۱۵" → "15"); other characters unchanged. */
export function westernDigits(s: string): string {
  return s.replace(DIGIT, (d) => String(d.charCodeAt(0) - (d >= '\u06F0' ? 0x06f0 : 0x0660)));
}

/**
 * Arabic-script digits on both sides of a slash, standing as a number: the whole cell, a band's score in brackets or
 * after a dash or colon ("زیاد - ۳/۵"), a score before its band in brackets, after a dash or on the next line
 * ("۳/۵ (زیاد)", "۳/۵ - زیاد"), before a percent sign, or out of a maximum ("۳/۵ از ۵"); not "۱/۲ کارکنان".
 */
const SLASH_DECIMAL = /(?<=^\s*[-+]?|[([]\s*|[:\-–—]\s*)([\u0660-\u0669\u06F0-\u06F9]{1,3})\/([\u0660-\u0669\u06F0-\u06F9]{1,3})(?=\s*(?:$|[)\]%\u066A([\n:\-–—])|\s+از\s+[\u0660-\u0669\u06F0-\u06F9\d])/g;

/**
 * "۳/۵": Persian typists often write the decimal point as a slash between Arabic-script digits. Only where the slash
 * can be nothing else: one digit after it ("۳/۵", "۱۲/۵"), or more after a whole part of zero ("۰/۲۵"); "۷/۱۰" and
 * "۱۶/۲۵" (marks out of 10 or 25) and "۱۴۰۲/۰۵" (a year and month) are no decimals.
 */
function slashDecimals(s: string): string {
  return s.replace(SLASH_DECIMAL, (all, whole: string, part: string) => (part.length === 1 || westernDigits(whole) === '0' ? `${whole}.${part}` : all));
}

/**
 * A number written with Arabic-script digits and marks in Western notation: ٫ (or a slash between
 * such digits) is the decimal point, ٬ the thousands separator, ٪ the percent sign; direction marks dropped.
 */
export function westernNumber(s: string): string {
  return westernDigits(slashDecimals(s.replace(/[\u200E\u200F\u061C]/g, ''))).replace(/\u066B/g, '.').replace(/\u066C/g, '').replace(/\u066A/g, '%');
}
