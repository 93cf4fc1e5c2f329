/** The SoA in figures (DOMAIN 5.4): always computed from the rows, never kept as a static sheet. */
import type { SoaEntryDraft } from '../entities/soa-entry.ts';
import { controlKey, type SoaControl } from './controls.ts';

export interface SoaCounts {
  total: number;
  applicable: number;
  excluded: number;
  undecided: number;
  implemented: number;
  partially: number;
  planned: number;
  notImplemented: number;
  notAssessed: number;
  /** Whole percent of applicable controls implemented; null when none is applicable. */
  pctImplemented: number | null;
}

export interface SoaSummary {
  total: SoaCounts;
  annexA: SoaCounts;
  custom: SoaCounts;
  byGroup: { group: string; custom: boolean; counts: SoaCounts }[];
  /** Controls of the edition (and custom controls) that have no row yet. */
  missing: SoaControl[];
}

function empty(): SoaCounts {
  return { total: 0, applicable: 0, excluded: 0, undecided: 0, implemented: 0, partially: 0, planned: 0, notImplemented: 0, notAssessed: 0, pctImplemented: null };
}

function add(c: SoaCounts, e: SoaEntryDraft | undefined): void {
  c.total++;
  if (!e || e.applicable === 'undecided' || e.applicable === null) {
    c.undecided++;
    return;
  }
  if (e.applicable === 'no') {
    c.excluded++;
    return;
  }
  c.applicable++;
  const s = e.implementationStatus;
  if (s === 'implemented') c.implemented++;
  else if (s === 'partially_implemented') c.partially++;
  else if (s === 'planned') c.planned++;
  else if (s === 'not_implemented') c.notImplemented++;
  else c.notAssessed++;
}

function finish(c: SoaCounts): SoaCounts {
  return { ...c, pctImplemented: c.applicable ? Math.round((100 * c.implemented) / c.applicable) : null };
}

/** Counts over every control the SoA must cover; a control without a row counts as undecided. */
export function soaSummary(controls: readonly SoaControl[], entries: readonly SoaEntryDraft[]): SoaSummary {
  const byKey = new Map<string, SoaEntryDraft>();
  for (const e of entries) if (e.control[0]) byKey.set(controlKey(e.control[0]), e);
  const total = empty();
  const annexA = empty();
  const custom = empty();
  const groups = new Map<string, { custom: boolean; counts: SoaCounts }>();
  const missing: SoaControl[] = [];
  for (const c of controls) {
    const e = byKey.get(c.key);
    if (!e) missing.push(c);
    add(total, e);
    add(c.custom ? custom : annexA, e);
    const g = groups.get(c.group) ?? { custom: c.custom, counts: empty() };
    add(g.counts, e);
    groups.set(c.group, g);
  }
  return {
    total: finish(total),
    annexA: finish(annexA),
    custom: finish(custom),
    byGroup: [...groups].map(([group, g]) => ({ group, custom: g.custom, counts: finish(g.counts) })),
    missing,
  };
}
