/**
 * The filter of the controls browser, as it is written in the URL
 * (`#/soa?tab=controls&controlType=Detective&q=access`), and the test a control passes.
 */
import type { ControlAttributes } from '../../../lib/domain/catalogs/index.ts';
import { attributeDimensions, type SoaControl } from '../../../lib/domain/soa/controls.ts';

export type Dimension = keyof ControlAttributes;

export interface ControlFilter {
  q: string;
  group: string;
  /** `yes`, `no` or `undecided` (a control without a row counts as undecided). */
  applicable: string;
  /** An implementation status, or `none` for applicable rows not assessed yet. */
  status: string;
  /** One tag per attribute dimension ('' = any). */
  tags: Record<Dimension, string>;
}

/** What a control's SoA row says, as far as the filter needs it. */
export interface RowFacts {
  applicable: string | null;
  implementationStatus: string | null;
}

const PLAIN = ['q', 'group', 'applicable', 'status'] as const;

/** Reads the filter from a route query; unknown keys are ignored. */
export function parseControlFilter(query: Record<string, string>): ControlFilter {
  const tags = {} as Record<Dimension, string>;
  for (const d of attributeDimensions) tags[d.key] = query[d.key] ?? '';
  return { q: query['q'] ?? '', group: query['group'] ?? '', applicable: query['applicable'] ?? '', status: query['status'] ?? '', tags };
}

/** The filter as route query entries for the Controls tab (empty values left out). */
export function controlFilterQuery(f: ControlFilter): Record<string, string> {
  const out: Record<string, string> = { tab: 'controls' };
  for (const k of PLAIN) if (f[k]) out[k] = f[k];
  for (const d of attributeDimensions) if (f.tags[d.key]) out[d.key] = f.tags[d.key];
  return out;
}

/** True when any part of the filter narrows the list. */
export function isFiltered(f: ControlFilter): boolean {
  return Object.keys(controlFilterQuery(f)).length > 1;
}

/** `A.5.15`, `a.5.15` and `5.15` all find control A.5.15. */
function idMatches(id: string, needle: string): boolean {
  const bare = (s: string): string => s.toLowerCase().replace(/^a\./, '');
  return id.toLowerCase().includes(needle) || bare(id).includes(bare(needle));
}

/** True when the control, with its SoA row (if any), passes every part of the filter. */
export function matchesControl(c: SoaControl, row: RowFacts | undefined, f: ControlFilter): boolean {
  if (f.group && c.group !== f.group) return false;
  for (const d of attributeDimensions) {
    const want = f.tags[d.key];
    if (want && !(c.attributes?.[d.key] ?? []).includes(want)) return false;
  }
  const applicable = row?.applicable && row.applicable !== 'undecided' ? row.applicable : 'undecided';
  if (f.applicable && applicable !== f.applicable) return false;
  if (f.status) {
    const status = row?.implementationStatus ?? 'not_assessed';
    if (applicable !== 'yes' || status !== f.status) return false;
  }
  const needle = f.q.trim().toLowerCase();
  if (!needle) return true;
  return idMatches(c.id, needle) || c.title.toLowerCase().includes(needle) || (c.objective ?? '').toLowerCase().includes(needle);
}
