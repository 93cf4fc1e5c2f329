/**
 * Moving an SoA from the 2013 to the 2022 edition (DOMAIN 5.5): every 2022 control takes over the
 * decisions of the 2013 controls it replaces, with every text attributed to its source control,
 * and waits for someone to confirm it. Nothing of the 2013 rows is dropped.
 */
import { annexA2013, mapping2013to2022 } from '../catalogs/index.ts';
import type { SoaEntryDraft } from '../entities/soa-entry.ts';
import type { ControlRef } from '../model/fields.ts';

type Status = NonNullable<SoaEntryDraft['implementationStatus']>;
// The least advanced status wins: a merged control is only as implemented as its weakest source.
const ADVANCE: Status[] = ['not_assessed', 'not_implemented', 'planned', 'partially_implemented', 'implemented'];

export interface TransitionRow {
  control: ControlRef;
  title: string;
  /** The 2013 controls it replaces (empty for the 11 controls new in 2022). */
  sources: string[];
  isNew: boolean;
  draft: SoaEntryDraft;
}

const to2022 = new Map(annexA2013.map((c) => [c.id, c.to2022]));

/** The 2022 controls that replace a 2013 control (A.18.2.3 feeds two). */
export function successors(id2013: string): string[] {
  return to2022.get(id2013) ?? [];
}

/** Controls re-pointed from 2013 to 2022; other editions and custom controls stay; no duplicates. */
export function repointControls(list: readonly ControlRef[]): ControlRef[] {
  const out: ControlRef[] = [];
  const seen = new Set<string>();
  for (const c of list) {
    const next = c.edition === '2013' ? successors(c.id).map((id) => ({ edition: '2022' as const, id })) : [c];
    for (const n of next) {
      const k = `${n.edition}:${n.id}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(n);
    }
  }
  return out;
}

function attributed(sources: readonly (readonly [string, SoaEntryDraft])[], pick: (e: SoaEntryDraft) => string): string {
  return sources
    .map(([id, e]) => [id, pick(e).trim()] as const)
    .filter(([, t]) => t !== '')
    .map(([id, t]) => `[${id}] ${t}`)
    .join('\n');
}

/** The items of the lists, each once, in order of first appearance. */
export const union = <T>(lists: readonly (readonly T[])[]): T[] => [...new Set(lists.flat())];

/** The least advanced of these implementation statuses (null for none). */
export function leastAdvanced(statuses: readonly (Status | null)[]): Status | null {
  const known = statuses.filter((s): s is Status => s !== null);
  return known.length ? ADVANCE[Math.min(...known.map((s) => ADVANCE.indexOf(s)))]! : null;
}

function merge(control: ControlRef, sources: readonly (readonly [string, SoaEntryDraft])[], expected: number): SoaEntryDraft {
  const rows = sources.map(([, e]) => e);
  const included = rows.filter((e) => e.applicable === 'yes');
  // Excluded only when every control it replaces had a row and all were excluded.
  const applicable = included.length ? 'yes' : rows.length === expected && expected > 0 && rows.every((e) => e.applicable === 'no') ? 'no' : 'undecided';
  const statuses = (included.length ? included : rows).map((e) => e.implementationStatus).filter((s): s is Status => s !== null);
  const status = leastAdvanced(statuses);
  const owners = union(rows.map((e) => (e.owner ? [e.owner] : [])));
  const dates = rows.map((e) => e.targetDate).filter((d): d is string => !!d).sort();
  return {
    control: [control],
    applicable,
    reasons: applicable === 'yes' ? union(included.map((e) => e.reasons)) : [],
    inclusionJustification: attributed(sources, (e) => e.inclusionJustification),
    exclusionJustification: attributed(sources, (e) => e.exclusionJustification),
    implementationStatus: status,
    implementationNote: attributed(sources, (e) => e.implementationNote),
    owner: owners[0] ?? null,
    documents: union(rows.map((e) => e.documents)),
    risks: union(rows.map((e) => e.risks)),
    requirements: union(rows.map((e) => e.requirements)),
    actions: union(rows.map((e) => e.actions)),
    evidence: union(sources.map(([id, e]) => e.evidence.map((x) => `[${id}] ${x}`))),
    targetDate: dates[0] ?? null,
    lastReviewedAt: null,
    pendingReview: true,
  };
}

/** One proposed 2022 row per 2022 control, merged from the 2013 rows it replaces. */
export function planTransition(entries2013: readonly SoaEntryDraft[]): TransitionRow[] {
  const byId = new Map<string, SoaEntryDraft>();
  for (const e of entries2013) if (e.control[0]?.edition === '2013') byId.set(e.control[0].id, e);
  return mapping2013to2022.map((m) => {
    const control: ControlRef = { edition: '2022', id: m.id2022 };
    const sources = m.from2013.flatMap((id) => {
      const e = byId.get(id);
      return e ? [[id, e] as const] : [];
    });
    return { control, title: m.title2022, sources: [...m.from2013], isNew: m.new2022, draft: merge(control, sources, m.from2013.length) };
  });
}
