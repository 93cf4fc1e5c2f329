/**
 * A second opinion on what a sheet holds, learned from words: how often each word of a sheet's
 * name and header row appeared in real registers, SoAs, asset lists, plans and look-alike tables
 * (the labelled corpus of other people's tables that the importer is measured on). The rules in
 * kind.ts decide; this model tips close calls, lets a table whose words say plainly what it is be
 * read with fewer matching columns, and undoes a reading whose words say plainly that the table is
 * something else (a vendor list, a control mapping). Built by `test/fixtures/blind/train-kind.ts`.
 */
import type { SheetKind } from './types.ts';
import { headerTokens } from './headers.ts';
import { fieldCandidates } from './fields.ts';
import model from './kind-model.json';

export const MODEL_KINDS: SheetKind[] = ['risks', 'soa', 'assets', 'treatment-plan', 'other'];

export interface KindModel { prior: number[]; words: Record<string, number[]> }

/** A word's plain form: a plural "s" dropped (not of "class", "status", "analysis"). */
const stem = (w: string): string => (w.length > 3 && /[^siu]s$/.test(w) ? w.slice(0, -1) : w);

/** A header led by "Data" that reads as a date ("Data prevista", "Data zamknięcia"): its "data" is no word of a data inventory's. */
const dated = (header: string): boolean => /^data\s/i.test(header.trim()) && (['risks', 'treatment-plan'] as const).some((k) => /date/i.test(fieldCandidates(k, header)[0]?.field ?? ''));

/** The distinct meaningful words of a sheet's name (marked "n:") and of its header cells ("h:"). */
export function kindWords(sheetName: string, headers: readonly string[]): string[] {
  const out = new Set<string>();
  const add = (prefix: string, text: string): void => {
    // The meaningful words only: "of", "la", "der" say nothing of what a sheet holds.
    for (const w of headerTokens(text)) if (w.length > 1 && !/^\d+$/.test(w)) out.add(prefix + stem(w));
  };
  add('n:', sheetName);
  for (const h of headers) add('h:', dated(h) ? h.trim().slice(4) : h);
  return [...out];
}

/** Log-odds of each kind given the words (unknown words say nothing). */
export function kindScores(words: readonly string[], m: KindModel = model as KindModel): Map<SheetKind, number> {
  const s = [...m.prior];
  for (const w of words) {
    const v = Object.hasOwn(m.words, w) ? m.words[w] : undefined;
    if (v) for (let k = 0; k < s.length; k++) s[k]! += v[k]!;
  }
  return new Map(MODEL_KINDS.map((k, i) => [k, s[i]!]));
}

/** How far the words favour `kind` over the best other kind (negative: another kind is likelier). */
export function kindMargin(scores: Map<SheetKind, number>, kind: SheetKind): number {
  const mine = scores.get(kind) ?? 0;
  return mine - Math.max(...MODEL_KINDS.filter((k) => k !== kind).map((k) => scores.get(k) ?? 0));
}
