/** One ExcelJS cell value as the importer reads it: the cached result of a formula, the text shown. */
import type { GridCell } from './grid.ts';
import { formatDate, formatNumber } from './numfmt.ts';

type Plain = string | number | boolean | Date | null;

interface RichText {
  richText: { text?: string }[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

/** The plain value of anything ExcelJS may return; errors (#N/A, #REF!) read as empty. */
function plain(v: unknown): { value: Plain; formula: boolean } {
  if (v === null || v === undefined) return { value: null, formula: false };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return { value: v, formula: false };
  if (!isObject(v)) return { value: null, formula: false };
  if ('formula' in v || 'sharedFormula' in v) return { value: plain(v.result).value, formula: true };
  if (Array.isArray((v as Partial<RichText>).richText)) {
    return { value: (v as unknown as RichText).richText.map((r) => r.text ?? '').join(''), formula: false };
  }
  if ('text' in v) return plain(v.text);
  return { value: null, formula: false };
}

/** Markdown images and links pasted into a cell ("![Mitigate](https://…badge…)", "[R-01](#r-01)") show their words. */
// The address may be empty ("[![Implemented](…/badge.svg)]()": a badge that links nowhere), or a file beside the page
// ("[CTRL-001](ctrl-001-access-review.md)", "[Policy](policies/access.md#scope)").
// (A file's link is no word's index or call: "Array[1](a.b)", "values[i](self.data)" and "[draft](v1.2)" stay as written.)
const MARKDOWN_LINK = /!?\[([^\]\n]*)\]\(((?:(?:https?:\/\/|mailto:|\.{0,2}\/|#)(?:[^()\s]|\([^()\s]*\))*|(?<=(?:^|[^\w\]])!?\[[^\]\n]*\]\()[\w~%-][\w.~%-]*(?:\/[\w.~%-]+)*\.[a-z][a-z0-9]{0,4}(?:#[\w-]*)?)?)\)/gi;
/** Each Markdown image or link of `s` written as `show` says (from its whole text, words and address). */
const replaceLinks = (s: string, show: (whole: string, words: string, address: string) => string): string =>
  s.includes('](') ? s.replace(MARKDOWN_LINK, (whole: string, words: string, address: string) => show(whole, words.trim(), address)) : s;

/**
 * Markdown emphasis pasted into a cell shows its words: "**Laptop theft**", "`VPN`", "*Note*".
 * Kept as written: "__proto__" (a name, not bold) and strike-through ("~~old~~": dropping the
 * marks would make struck text read as current).
 */
export const withoutEmphasis = (s: string): string =>
  !/[*`]/.test(s)
    ? s
    : s
        .replace(/\*\*(?=\S)([^*\n]*?\S)\*\*/g, '$1')
        // Marks around words only: "Don`t", "*.exe, *.dll" and "Risk (*)" are kept as written.
        .replace(/(^|[\s([/])`([^`\n]+)`(?=[\s).,;:!?\]/]|$)/g, '$1$2')
        .replace(/(^|[\s(/])\*(?=[\p{L}\p{N}(—–…-])([^*\n]*?[^\s*])\*(?=[\s).,;:!?/]|$)/gu, '$1$2');

/**
 * …and one without words ("![](https://…/policy.png)") shows its address, so that nothing is lost.
 * A badge that links somewhere ("[![Implemented](https://…/badge.svg)](#)") is read to its words.
 */
export const unlinked = (s: string): string => {
  let out = s;
  for (let i = 0; i < 3 && out.includes(']('); i++) {
    const next = replaceLinks(out, (_, words, address) => words || address);
    if (next === out) break;
    out = next;
  }
  return withoutEmphasis(out);
};

/**
 * Free text as it is kept, without Markdown emphasis: an image by its words (a badge's "Mitigate"), a link to a page by its
 * words and its address ("the standard (https://…)"), a link within the document by its words.
 */
export const readableLinks = (s: string): string =>
  withoutEmphasis(
    replaceLinks(s, (whole, words, address) => {
      if (whole.startsWith('!') || !/^(https?:|mailto:)/i.test(address)) return words || address;
      return words && words !== address ? `${words} (${address})` : address;
    }),
  );

/**
 * An AI assistant's citation marks left in pasted text ("[cite_start]Transfer (Insurance) [cite: 202, 203]") point into a chat
 * nobody has: they are dropped, so that the words read (and are kept) as the words.
 */
// (The spaces before a mark are taken from the first of them only, so that a long run of spaces costs one try, not one a space.)
const CITATION = /\[cite_start\]|(?<![ \t])[ \t]*\[cite:[\d\s,–-]*\]/g;
const withoutCitations = (s: string): string => (s.includes('[cite') ? s.replace(CITATION, '').trim() : s);

/** An HTML line break written into the text ("EW<br>(1-5)", "Patch<br/>Backups"), as Markdown tables and web exports do: a line break. */
const HTML_BREAK = /<br\s*\/?>/gi;
const withLineBreaks = (s: string): string => (s.includes('<') ? s.replace(HTML_BREAK, '\n') : s);

/** The serial day of Excel's 30 December 1899, as JavaScript counts time. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/**
 * A small whole number in a cell formatted as a date (a rating of 3 shown as "02/01/1900"): no register dates anything in the first
 * two months of 1900, so the number is what was typed. (A time of day, before 1900, stays a time.)
 */
function smallNumberAsDate(value: Plain): number | undefined {
  if (!(value instanceof Date)) return undefined;
  const days = (value.getTime() - EXCEL_EPOCH) / 86_400_000;
  return Number.isInteger(days) && days >= 1 && days < 60 ? days : undefined;
}

/** The cell as read, or null when it shows nothing. */
export function toGridCell(raw: unknown, numFmt: string | undefined): GridCell | null {
  const read = plain(raw);
  const { formula } = read;
  const value = typeof read.value === 'string' ? withoutCitations(withLineBreaks(read.value)) : read.value;
  if (value === null) return null;
  let text: string;
  const val: Plain = smallNumberAsDate(value) ?? value;
  if (typeof val === 'number' && value instanceof Date) return { value: val, text: String(val), ...(formula ? { formula: true } : {}) };
  if (typeof value === 'string') {
    // The value keeps the text exactly as stored (a CR LF stays CR LF, so a record re-imports
    // unchanged); the text compared and shown has plain line breaks.
    text = unlinked(value.replace(/\r\n?/g, '\n')).trim();
  } else if (typeof value === 'number') text = formatNumber(value, numFmt);
  else if (typeof value === 'boolean') text = value ? 'TRUE' : 'FALSE';
  else text = formatDate(value, numFmt);
  if (text === '') return null;
  const cell: GridCell = { value: val, text };
  if (numFmt && numFmt !== 'General') cell.numFmt = numFmt;
  if (formula) cell.formula = true;
  return cell;
}

/** A cell that only holds the place of a value: dashes or an ellipsis ("—", "...", "…"). */
export const DASH_OR_ELLIPSIS = /^([-–—]+|\.{3}|…)$/;
/** …or of a value still to come: "[TODO]", "TBD". */
export const isPlaceholderText = (text: string): boolean => DASH_OR_ELLIPSIS.test(text) || /^\[?(todo|tbd)\]?$/i.test(text);

/** A rating said not to be given yet, with or without the reason ("Not assessed - not stated in source", "Not yet rated", "Not scored (no data)"). */
export const NOT_ASSESSED = /^\s*not (yet )?(assessed|rated|evaluated|scored)( yet)?(\s*[-–—:(,;.].*)?\s*$/is;

/** A template's blank, to be filled in: "{{asset}}", "<owner>", "<Low/Medium/High>". */
export const TEMPLATE_BLANK = /^\s*(\{\{[^{}]*\}\}|<[^<>\d]{1,40}>)\s*$/u;

/**
 * A row of a template's blanks ("{{id}}, {{risk}}, …"), first cell included: neither the header nor a
 * record. A row that starts with a real id ("R-001, {{asset}}, …") is a record still to be filled in.
 */
export function isTemplateRow(cells: readonly GridCell[]): boolean {
  const blank = (c: GridCell | undefined) => c !== undefined && TEMPLATE_BLANK.test(c.text);
  return cells.length >= 2 && blank(cells[0]) && cells.filter(blank).length >= cells.length * 0.6;
}
