/**
 * Annex A control ids from what a cell holds: text with one or several ids ("A.5.1, 5.2 / 8.1"),
 * a number that lost its trailing zero (5.3 shown "5.30", or read beside the title of 5.30), or
 * a date Excel made of an id (10.1.1 → 2010-01-01). Every id is checked against the catalogue.
 */
import { annexA2013, annexA2022, type Edition } from '../../domain/catalogs/index.ts';
import type { CellValue } from './types.ts';
import { titleSimilarity } from './headers.ts';
import { dateTokens } from './numfmt.ts';

export type ControlRefKind = 'clause' | 'objective' | 'control';

export interface ControlRef {
  /** "A.5.30", "A.10.1.1", objective "A.10.1", clause "A.10". */
  id: string;
  kind: ControlRefKind;
  edition: Edition;
}

/** Hints for a cell whose id is ambiguous (a number or a date). */
export interface ControlIdHint {
  /** The title in the same row, compared with the catalogue titles. */
  title?: string;
  /** The id of the previous row (A.5.9 makes 5.1 read as A.5.10). */
  previous?: string;
}

const titles2022 = new Map(annexA2022.map((c) => [c.id, c.title]));
const titles2013 = new Map(annexA2013.map((c) => [c.id, c.title]));
const objectives2013 = new Map(annexA2013.map((c) => [c.objective, c.objectiveTitle]));

/** What an id made of number parts is in an edition, or null. */
function classify(parts: number[], edition: Edition): ControlRef | null {
  const id = `A.${parts.join('.')}`;
  if (parts.length === 1) {
    const [a = 0] = parts;
    const ok = edition === '2022' ? a >= 5 && a <= 8 : a >= 5 && a <= 18;
    return ok ? { id, kind: 'clause', edition } : null;
  }
  if (parts.length === 2) {
    if (edition === '2022') return titles2022.has(id) ? { id, kind: 'control', edition } : null;
    return objectives2013.has(id) ? { id, kind: 'objective', edition } : null;
  }
  return edition === '2013' && titles2013.has(id) ? { id, kind: 'control', edition } : null;
}

function classifyAny(parts: number[], edition: Edition | null): ControlRef | null {
  if (edition) return classify(parts, edition);
  return parts.length === 3 ? classify(parts, '2013') : (classify(parts, '2022') ?? classify(parts, '2013'));
}

/** The catalogue title of a reference, for comparing with the title in the row. */
export function refTitle(ref: ControlRef): string {
  if (ref.kind === 'objective') return objectives2013.get(ref.id) ?? '';
  return (ref.edition === '2022' ? titles2022 : titles2013).get(ref.id) ?? '';
}

// (Not a number glued to another set's code, "TOM-5.1", "CTRL-8.2", "E8-8.2": that set's own id; "A-5.1" is Annex A's.)
const ID_IN_TEXT = /(?<![\w.])(?:A\s*\.?\s*)?(?<![A-Za-z][A-Za-z\d][-–])(\d{1,2})\.(\d{1,2})(?:\.(\d{1,2}))?(?![\d.]\d)/gi;
const CLAUSE_ONLY = /^(?:A\s*\.?\s*)?(\d{1,2})\.?(?:\s|$)/i;

/** Every id written in a text, as number parts. */
function textCandidates(raw: string): number[][] {
  // A Greek or Cyrillic capital A ("Α.5.1", "А.5.1") looks like the Latin one and means it.
  const text = raw.replace(/[\u0391\u0410](?=\.?\s?\d)/gu, 'A');
  const found = [...text.matchAll(ID_IN_TEXT)].map((m) => [m[1], m[2], m[3]].filter((x) => x !== undefined).map(Number));
  if (found.length === 0) {
    const clause = CLAUSE_ONLY.exec(text.trim());
    if (clause && (/^A/i.test(text.trim()) || /^\d{1,2}\.?$/.test(text.trim()))) return [[Number(clause[1])]];
  }
  return found;
}

/** The readings of a number: 5.1 may be 5.1 or 5.10 unless its format shows the decimals. */
function numberCandidates(cell: CellValue, n: number): number[][] {
  const text = /^\d+(\.\d+)?$/.test(cell.text) ? cell.text : String(Number(n.toPrecision(12)));
  const [a, b] = text.split('.');
  if (b === undefined) return [[Number(a)]];
  const out = [[Number(a), Number(b)]];
  if (b.length === 1) out.push([Number(a), Number(b) * 10]);
  return out;
}

/** The readings of a date Excel made of an id, in the order its format suggests. */
function dateCandidates(cell: CellValue, d: Date): number[][] {
  const parts = { y: d.getUTCFullYear() % 100, m: d.getUTCMonth() + 1, d: d.getUTCDate() };
  const order = dateTokens(cell.numFmt ?? '').filter((t) => t.kind !== 'lit').map((t) => t.kind as 'y' | 'm' | 'd');
  // A format without a year (d.m) comes from a two-level id; with a year, from a three-level one.
  const orders = order.length === 2 && !order.includes('y') ? [order, ['d', 'm'], ['m', 'd']] : [order, ['y', 'm', 'd'], ['d', 'm', 'y'], ['m', 'd', 'y']];
  return orders.filter((o) => o.length >= 2).map((o) => o.map((k) => parts[k as 'y' | 'm' | 'd']));
}

function successor(previous: string | undefined, ref: ControlRef): boolean {
  if (!previous) return false;
  const p = previous.split('.');
  const r = ref.id.split('.');
  return p.length === r.length && p.slice(0, -1).join('.') === r.slice(0, -1).join('.') && Number(r[r.length - 1]) === Number(p[p.length - 1]) + 1;
}

/** Of several readings of one value, the one the title (or the previous row) agrees with. */
function pick(refs: ControlRef[], hint: ControlIdHint): ControlRef | null {
  if (refs.length <= 1) return refs[0] ?? null;
  if (hint.title) {
    const scored = refs.map((r) => ({ r, s: titleSimilarity(hint.title ?? '', refTitle(r)) })).sort((a, b) => b.s - a.s);
    if ((scored[0]?.s ?? 0) >= 0.5 && (scored[0]?.s ?? 0) > (scored[1]?.s ?? 0)) return scored[0]?.r ?? null;
  }
  return refs.find((r) => successor(hint.previous, r)) ?? refs[0] ?? null;
}

/**
 * The references a cell holds, clause and objective rows included (for telling section rows
 * from controls). With `edition` null, two-level ids read as 2022 controls first.
 */
export function controlRefsFromCell(cell: CellValue | null | undefined, edition: Edition | null, hint: ControlIdHint = {}): ControlRef[] {
  if (!cell) return [];
  const v = cell.value;
  let readings: number[][];
  if (typeof v === 'number') readings = numberCandidates(cell, v);
  else if (v instanceof Date) readings = dateCandidates(cell, v);
  else if (typeof v === 'string') {
    const refs = textCandidates(v).map((p) => classifyAny(p, edition));
    return refs.filter((r, i): r is ControlRef => r !== null && refs.findIndex((x) => x?.id === r.id) === i);
  } else return [];
  const refs = readings.map((p) => classifyAny(p, edition)).filter((r): r is ControlRef => r !== null);
  const unique = refs.filter((r, i) => refs.findIndex((x) => x.id === r.id) === i);
  const chosen = pick(unique, hint);
  return chosen ? [chosen] : [];
}

/**
 * The Annex A control ids in a cell of a control column, checked against the catalogue of the
 * edition (either edition when null): "A.5.1, 5.2 / 8.1\n8.2" → four ids; 5.3 under "0.00" →
 * A.5.30; a date 2010-01-01 under "yy.m.d" → A.10.1.1.
 */
export function controlIdsFromCell(cell: CellValue | null | undefined, edition: Edition | null, hint: ControlIdHint = {}): string[] {
  return controlRefsFromCell(cell, edition, hint)
    .filter((r) => r.kind === 'control')
    .map((r) => r.id);
}

/** Words of a header that names Annex A (or ISO/IEC 27001 and 27002) itself. */
export const ANNEX_HEADER = /(^|[^a-z])(iso|27001|27002|annex|anhang|annexe|anexo)([^a-z]|$)/i;

/**
 * Frameworks that number their controls as Annex A does ("5.1", "1.2.1", "164.308(a)(1)"): a
 * control id column whose header starts with one of their names, or names it in brackets ("CIS
 * Safeguard", "Safeguard (CIS v8)", "PCI DSS requirement"), holds that set's numbers, not Annex
 * A's. The prefix keeps their ids apart from Annex A's ("CIS 5.1"). The header is read as written:
 * the Czech "Čís." (number) is no CIS. (Sets whose ids have letters, such as COBIT's APO01.01, are
 * other sets' ids already.)
 */
const NUMBERED_SETS: { word: string; name: string; prefix: string; example: string }[] = [
  { word: 'cis', name: 'CIS Controls', prefix: 'CIS', example: '5.1' },
  { word: 'pci', name: 'PCI DSS', prefix: 'PCI', example: '1.2.1' },
  { word: 'hipaa', name: 'HIPAA', prefix: 'HIPAA', example: '164.308(a)(1)' },
];

/**
 * The numbered control set a control id column's header (as written) names; null for a header that
 * names Annex A, or a mapping to the set ("PCI mapping"), or none.
 */
export function numberedSet(header: string): { name: string; prefix: string; example: string } | null {
  const h = header.replace(/[_*]+/g, ' ').trim();
  if (ANNEX_HEADER.test(h) || /\b(mapping|mapped|maps)\b/i.test(h)) return null;
  const hit = NUMBERED_SETS.find((x) => new RegExp(`(^|\\()${x.word}\\b`, 'i').test(h));
  return hit ? { name: hit.name, prefix: hit.prefix, example: hit.example } : null;
}

/**
 * A number of such a set (without its prefix or a "§"): "1.1", "5.1a", "12.3.4", PCI's appendix "A1.1.1",
 * HIPAA's "164.308(a)(1)(ii)(A)". (Annex A's "A.5.1" has a dot after its letter.)
 */
export const SET_NUMBER = /^(\d{1,3}(\.\d{1,3}){0,3}[a-z]?|A\d(\.\d{1,3}){1,3})(\([a-z0-9]{1,4}\)){0,5}$/i;

/** The id of a control of a set written `text`: as written, or a number of a numbered set with its prefix ("5.1", "CIS5.1" → "CIS 5.1"). */
export function setIdText(text: string, set: { prefix?: string } | null): string {
  const id = text.replace(/\s+/g, ' ').trim();
  if (!set?.prefix) return id;
  const bare = id.slice(id.toUpperCase().startsWith(set.prefix) ? set.prefix.length : 0).replace(/^\s*§?\s*/, '');
  return SET_NUMBER.test(bare) ? `${set.prefix} ${bare}` : id;
}

/** SOC 2 criteria (common, availability, confidentiality, processing integrity, privacy): "CC6.1", "A1.2". */
export const TSC_ID = /^(CC\d{1,2}|A1|C1|PI1|P\d{1,2})\.\d{1,2}$/;
/** NIST CSF subcategories: "PR.AC-1". */
export const CSF_ID = /^(ID|PR|DE|RS|RC|GV)\.[A-Z]{2}-\d{1,2}$/;
/** NIST SP 800-53 controls: "AC-2", "AC-2(1)". */
export const NIST_ID = /^(AC|AT|AU|CA|CM|CP|IA|IR|MA|MP|PE|PL|PM|PS|PT|RA|SA|SC|SI|SR)-\d{1,2}( ?\(\d{1,2}\))?$/;

/** A column's ids without Markdown's bold and code marks ("**CC6.1**", "`3.1.1`"), blanks left out. */
const idTexts = (texts: readonly string[]): string[] => texts.map((t) => t.replace(/[*`]/g, '').trim()).filter(Boolean);

/**
 * NIST SP 800-171's requirements: "3.1.1" to "3.14.7", also as CMMC level 2 practices ("AC.L2-3.1.1"), of two families or more,
 * or eight of one (a document's few 3.1.x sections are not).
 */
export function nist171Keyed(texts: readonly string[]): boolean {
  const ids = idTexts(texts).map((t) => t.replace(/^[A-Z]{2}\.L[1-3]-/i, ''));
  const hits = ids.filter((t) => /^3\.(1[0-4]|[1-9])\.\d{1,2}$/.test(t));
  return ids.length >= 3 && hits.length >= 0.8 * ids.length && (new Set(hits.map((t) => t.split('.')[1])).size >= 2 || hits.length >= 8);
}

/** Most ids are SOC 2's or the CSF's, or NIST SP 800-53's of two families or more ("SR-1", "SR-2" alone may be any list's numbers). */
export function criteriaKeyed(texts: readonly string[]): boolean {
  const ids = idTexts(texts);
  const nist = ids.filter((t) => NIST_ID.test(t));
  return ids.length > 0 && (ids.filter((t) => TSC_ID.test(t) || CSF_ID.test(t)).length >= 0.8 * ids.length || (nist.length >= 0.8 * ids.length && new Set(nist.map((t) => t.slice(0, 2))).size >= 2));
}
