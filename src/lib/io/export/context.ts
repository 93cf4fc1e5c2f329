import type { StoredRecord } from '../../db/database.ts';
import type { RiskMethodDraft } from '../../domain/entities/risk-method.ts';
import type { Lookup } from '../../domain/model/display.ts';
import type { SoaVersionDraft } from '../../domain/entities/soa-version.ts';
import { lastApproved } from '../../domain/soa/versions.ts';
import type { Lists } from './format.ts';
import { snapshotLookup } from './names.ts';
import { type Snapshot, rowsOf } from './snapshot.ts';

/** What every sheet builder reads: the snapshot, names of linked records, the method in force. */
export interface ExportContext {
  snap: Snapshot;
  lookup: Lookup;
  /** The approved risk method in force (the latest approved), if any. */
  method: (StoredRecord & RiskMethodDraft) | undefined;
  /** The latest approved SoA version, if any. */
  soaVersion: StoredRecord | undefined;
  edition: '2022' | '2013';
  lists: Lists;
}

/** The latest approved record of a table (by approval date, then by last change). */
export function latestApproved(rows: readonly StoredRecord[]): StoredRecord | undefined {
  const key = (r: StoredRecord): string => `${String(r['approvedAt'] ?? '')}|${r.updatedAt}`;
  return rows.filter((r) => r['status'] === 'approved').toSorted((a, b) => key(b).localeCompare(key(a)))[0];
}

/** The export context of a snapshot. */
export function exportContext(snap: Snapshot, lists: Lists): ExportContext {
  const methods = rowsOf(snap, 'riskMethods').filter((m) => m['status'] === 'approved');
  const method = methods.toSorted((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] as (StoredRecord & RiskMethodDraft) | undefined;
  // The approved version in force is the highest approved version number, as on the SoA screen.
  const soaVersion = lastApproved(rowsOf(snap, 'soaVersions') as unknown as (StoredRecord & SoaVersionDraft)[]);
  const edition = (soaVersion?.['edition'] ?? snap.workspace['edition']) === '2013' ? '2013' : '2022';
  return { snap, lookup: snapshotLookup(snap), method, soaVersion, edition, lists };
}

/** A person's name (or '' when none is linked). */
export function personName(ctx: ExportContext, id: unknown): string {
  return typeof id === 'string' ? (ctx.lookup('persons', id) ?? '(missing)') : '';
}
