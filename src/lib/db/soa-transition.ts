/**
 * Moves a workspace from the 2013 to the 2022 edition (DOMAIN 5.5), in one transaction: the 2013
 * SoA is kept as a read-only version, every 2022 row is proposed from the rows it replaces and
 * marked "to be confirmed", and every control reference in the workspace is re-pointed.
 */
import { entities } from '../domain/entities/index.ts';
import { soaEntryEntity, type SoaEntryDraft } from '../domain/entities/soa-entry.ts';
import { soaVersionEntity } from '../domain/entities/soa-version.ts';
import { workspaceEntity } from '../domain/entities/workspace.ts';
import { anyEntity, draftOf } from '../domain/model/entity.ts';
import type { ControlRef } from '../domain/model/fields.ts';
import { planTransition, repointControls, type TransitionRow } from '../domain/soa/transition.ts';
import { nextVersion, snapshotOf } from '../domain/soa/versions.ts';
import type { IsmsDatabase, StoredRecord } from './database.ts';
import { ValidationError } from './errors.ts';
import type { Repository } from './repository.ts';
import { snapshotNames, soaState } from './soa.ts';
import type { Workspaces } from './workspaces.ts';

const REASON = 'Moved from the 2013 to the 2022 edition of ISO/IEC 27001';
// The SoA itself is rebuilt row by row; its versions are frozen history.
const SKIP = new Set(['soaEntries', 'soaVersions']);

export interface RepointChange {
  table: string;
  id: string;
  ref: string;
  fields: { field: string; before: ControlRef[]; after: ControlRef[] }[];
}

export interface TransitionPreview {
  rows: TransitionRow[];
  /** Records elsewhere (risks, actions, requirements, documents…) whose controls change. */
  repoints: RepointChange[];
}

const same = (a: readonly ControlRef[], b: readonly ControlRef[]): boolean =>
  a.length === b.length && a.every((c, i) => c.edition === b[i]?.edition && c.id === b[i]?.id);

async function repointsOf(db: IsmsDatabase, workspaceId: string): Promise<RepointChange[]> {
  const out: RepointChange[] = [];
  for (const e of entities) {
    if (SKIP.has(e.table)) continue;
    const controlFields = Object.entries(e.fields).filter(([, f]) => f.kind === 'controls').map(([k]) => k);
    if (!controlFields.length) continue;
    for (const r of await db.records(e.table).where({ workspaceId }).toArray()) {
      const fields = controlFields.flatMap((field) => {
        const before = (r[field] as ControlRef[] | undefined) ?? [];
        const after = repointControls(before);
        return same(before, after) ? [] : [{ field, before, after }];
      });
      if (fields.length) out.push({ table: e.table, id: r.id, ref: r.ref, fields });
    }
  }
  return out;
}

/** What the move would do, without writing anything. */
export async function previewTransition(db: IsmsDatabase, workspaceId: string): Promise<TransitionPreview> {
  const { edition, rows } = await soaState(db, workspaceId);
  if (edition !== '2013') throw new ValidationError('Workspace', [{ field: 'edition', message: 'This workspace already uses the 2022 edition.' }]);
  return { rows: planTransition(rows), repoints: await repointsOf(db, workspaceId) };
}

/** Carries out the move; returns the archived 2013 version. */
export async function transitionTo2022(db: IsmsDatabase, repo: Repository, workspaces: Workspaces, workspaceId: string): Promise<StoredRecord> {
  return db.transaction('rw', db.tables, async () => {
    const { edition, controls, rows } = await soaState(db, workspaceId);
    if (edition !== '2013') throw new ValidationError('Workspace', [{ field: 'edition', message: 'This workspace already uses the 2022 edition.' }]);
    const versions = (await db.records('soaVersions').where({ workspaceId }).toArray()).map((v) => draftOf(soaVersionEntity, v));
    // The 2013 SoA as it stood stays readable, whatever its approval state.
    const archived = await repo.create(soaVersionEntity, workspaceId, {
      version: nextVersion(versions, false),
      edition: '2013',
      status: 'archived',
      approvedBy: null,
      approvedAt: null,
      changeSummary: `${REASON}: the 2013 rows as they stood before the move.`,
      entries: snapshotOf(controls, rows, await snapshotNames(db, workspaceId)),
    });
    for (const row of rows) await repo.remove(soaEntryEntity, row.id, row.rev, REASON);
    for (const r of planTransition(rows as SoaEntryDraft[])) await repo.create(soaEntryEntity, workspaceId, r.draft);
    for (const change of await repointsOf(db, workspaceId)) {
      const def = anyEntity(entities.find((e) => e.table === change.table)!);
      const rec = (await db.records(change.table).get(change.id))!;
      const draft = { ...draftOf(def, rec) };
      for (const f of change.fields) draft[f.field] = f.after;
      await repo.update(def, change.id, draft, rec.rev);
    }
    const ws = (await db.workspaces.get(workspaceId))!;
    await workspaces.update(workspaceId, { ...draftOf(workspaceEntity, ws), edition: '2022' }, ws.rev);
    return archived;
  });
}
