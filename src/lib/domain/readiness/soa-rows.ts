/** The rows of the approved Statement of Applicability, as the readiness rules read them (6.1.3 d). */
import { annexAControls } from '../catalogs/index.ts';
import type { SoaEntry } from '../entities/soa-entry.ts';
import type { SoaVersion } from '../entities/soa-version.ts';
import type { ControlRef } from '../model/fields.ts';
import { lastApproved } from '../soa/versions.ts';
import { type ReadinessInput, rows } from './input.ts';

/**
 * One SoA row as the rules see it. Frozen rows write their links as names, live rows as ids;
 * the rules only ask whether a link is there. `id`, `ref` and `table` name the record to open:
 * the live row of the same control, or the version that froze it.
 */
export interface SoaRow {
  control: readonly ControlRef[];
  applicable: 'undecided' | 'yes' | 'no' | null;
  reasons: readonly string[];
  inclusionJustification: string;
  exclusionJustification: string;
  implementationStatus: SoaEntry['implementationStatus'];
  owner: string | null;
  risks: readonly string[];
  requirements: readonly string[];
  documents: readonly string[];
  evidence: readonly string[];
  id: string;
  ref: string;
  table: 'soaEntries' | 'soaVersions';
}

/** The approved SoA version in force for the active edition (the highest approved version number). */
export function approvedSoaVersion(input: ReadinessInput): SoaVersion | undefined {
  return lastApproved(rows(input, 'soaVersions').filter((v) => v.edition === input.edition));
}

/** The control id a row is about ('' when it names none). */
export function controlOf(e: { control: readonly ControlRef[] }): string {
  return e.control[0]?.id ?? '';
}

const keyOf = (e: { control: readonly ControlRef[] }): string => (e.control[0] ? `${e.control[0].edition}:${e.control[0].id}` : '');

/**
 * The rows the approved SoA consists of: the rows frozen in the approved version, or (for a
 * version approved before versions held their rows) the live rows.
 */
export function approvedSoaRows(input: ReadinessInput, v: SoaVersion | undefined): { rows: SoaRow[]; frozen: boolean } {
  const live = rows(input, 'soaEntries');
  const frozen = v?.entries ?? [];
  if (!v || frozen.length === 0) return { rows: live.map((e) => ({ ...e, table: 'soaEntries' as const })), frozen: false };
  const byControl = new Map(live.map((e) => [keyOf(e), e]));
  return {
    rows: frozen.map((e) => {
      const twin = byControl.get(keyOf(e));
      return { ...e, owner: e.owner || null, id: twin?.id ?? v.id, ref: twin?.ref ?? v.ref, table: twin ? ('soaEntries' as const) : ('soaVersions' as const) };
    }),
    frozen: true,
  };
}

const applicableCache = new WeakMap<ReadinessInput, Map<string, 'yes' | 'no' | 'undecided'>>();

/** The controls of the edition that the approved SoA (or, without one, the draft) declares applicable. */
export function applicableControls(input: ReadinessInput): Map<string, 'yes' | 'no' | 'undecided'> {
  // Asked once per Annex A document and good-practice item: worked out once per snapshot.
  const cached = applicableCache.get(input);
  if (cached) return cached;
  const { rows: soa } = approvedSoaRows(input, approvedSoaVersion(input));
  const out = new Map<string, 'yes' | 'no' | 'undecided'>();
  for (const c of annexAControls(input.edition)) out.set(c.id, 'undecided');
  for (const e of soa) if (e.control[0]?.edition === input.edition && e.applicable) out.set(controlOf(e), e.applicable);
  applicableCache.set(input, out);
  return out;
}

/** Live rows whose decision differs from the approved one (applicability, reasons or status). */
export function changedSinceApproval(live: readonly SoaEntry[], approved: readonly SoaRow[]): SoaEntry[] {
  const was = new Map(approved.map((e) => [keyOf(e), e]));
  const key = (e: Pick<SoaRow, 'applicable' | 'reasons' | 'implementationStatus'>): string =>
    JSON.stringify([e.applicable ?? 'undecided', [...e.reasons].sort(), e.implementationStatus ?? null]);
  return live.filter((e) => {
    const before = was.get(keyOf(e));
    return !before || key(before) !== key(e);
  });
}
