/**
 * 6.1.3 d, 7.5.3: approved versions of the SoA are frozen snapshots; any two can be compared
 * control by control, and the live draft against the last approved one.
 */
import type { SoaEntryDraft } from '../entities/soa-entry.ts';
import { snapshotFields, type SoaVersionDraft } from '../entities/soa-version.ts';
import { optionLabel, type Values } from '../model/fields.ts';
import { controlKey, type SoaControl } from './controls.ts';

export type SnapshotEntry = Values<typeof snapshotFields>;

/** How to name linked records in a snapshot: `RSK-004 Ransomware`, a person's name. */
export interface Names {
  person(id: string): string;
  risk(id: string): string;
  requirement(id: string): string;
  document(id: string): string;
}

/** The rows as they stand, in catalogue order, with links written as names. */
export function snapshotOf(controls: readonly SoaControl[], entries: readonly SoaEntryDraft[], names: Names): SnapshotEntry[] {
  const byKey = new Map(entries.filter((e) => e.control[0]).map((e) => [controlKey(e.control[0]!), e]));
  return controls.flatMap((c) => {
    const e = byKey.get(c.key);
    if (!e) return [];
    return [
      {
        control: [c.ref],
        title: c.title,
        group: c.group,
        applicable: e.applicable ?? 'undecided',
        reasons: [...e.reasons],
        inclusionJustification: e.inclusionJustification,
        exclusionJustification: e.exclusionJustification,
        implementationStatus: e.implementationStatus,
        implementationNote: e.implementationNote,
        owner: e.owner ? names.person(e.owner) : '',
        risks: e.risks.map((id) => names.risk(id)),
        requirements: e.requirements.map((id) => names.requirement(id)),
        documents: e.documents.map((id) => names.document(id)),
        evidence: [...e.evidence],
        lastReviewedAt: e.lastReviewedAt,
      },
    ];
  });
}

type VersionLike = Pick<SoaVersionDraft, 'version' | 'status' | 'approvedAt' | 'edition'>;

function parts(v: string): [number, number] {
  const [a, b] = v.split('.').map((x) => Number.parseInt(x, 10));
  return [Number.isFinite(a) ? a! : 0, Number.isFinite(b) ? b! : 0];
}

/** Newest first by version number. */
export function byVersionDesc<V extends VersionLike>(versions: readonly V[]): V[] {
  return versions.toSorted((x, y) => {
    const [a1, a2] = parts(x.version);
    const [b1, b2] = parts(y.version);
    return b1 - a1 || b2 - a2;
  });
}

/** The approved version in force: the highest approved version number. */
export function lastApproved<V extends VersionLike>(versions: readonly V[]): V | undefined {
  return byVersionDesc(versions).find((v) => v.status === 'approved');
}

/** The number the next version takes: 1.0 first, then 1.1, 1.2…, or 2.0 for a major change. */
export function nextVersion(versions: readonly VersionLike[], major = false): string {
  const top = byVersionDesc(versions)[0];
  if (!top) return '1.0';
  const [a, b] = parts(top.version);
  return major ? `${a + 1}.0` : `${a}.${b + 1}`;
}

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}
export interface DiffRow {
  key: string;
  id: string;
  title: string;
  change: 'added' | 'removed' | 'changed';
  fields: FieldChange[];
}

const compared = [
  'applicable',
  'reasons',
  'inclusionJustification',
  'exclusionJustification',
  'implementationStatus',
  'implementationNote',
  'owner',
  'risks',
  'requirements',
  'documents',
  'evidence',
] as const satisfies readonly (keyof SnapshotEntry)[];

/** A field of a snapshot row in words. */
export function snapshotText(e: SnapshotEntry, field: (typeof compared)[number]): string {
  const f = snapshotFields[field];
  const v = e[field];
  if (Array.isArray(v)) return v.map((x) => (f.kind === 'multiEnum' ? optionLabel(f, String(x)) : String(x))).join('; ');
  if (v === null) return '';
  return f.kind === 'enum' ? optionLabel(f, v) : v;
}

/** What changed from `before` to `after`, control by control, in catalogue order of `after`. */
export function diffSnapshots(before: readonly SnapshotEntry[], after: readonly SnapshotEntry[]): DiffRow[] {
  const key = (e: SnapshotEntry): string => (e.control[0] ? controlKey(e.control[0]) : '');
  const old = new Map(before.map((e) => [key(e), e]));
  const out: DiffRow[] = [];
  for (const e of after) {
    const k = key(e);
    const b = old.get(k);
    old.delete(k);
    const fields = compared.flatMap((f) => {
      const was = b ? snapshotText(b, f) : '';
      const now = snapshotText(e, f);
      return was === now ? [] : [{ field: f, label: snapshotFields[f].label, before: was, after: now }];
    });
    if (!b) out.push({ key: k, id: e.control[0]?.id ?? '', title: e.title, change: 'added', fields });
    else if (fields.length) out.push({ key: k, id: e.control[0]?.id ?? '', title: e.title, change: 'changed', fields });
  }
  for (const [k, b] of old) out.push({ key: k, id: b.control[0]?.id ?? '', title: b.title, change: 'removed', fields: [] });
  return out;
}
