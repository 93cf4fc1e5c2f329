/**
 * What the mapping needs to know about the workspace: its edition, its risk method's scales, and
 * the records rows can match or link to. Read once; the plan itself is a pure function of it.
 */
import type { StoredRecord } from '../../../db/database.ts';
import type { IsmsDatabase } from '../../../db/database.ts';
import { activeRiskMethod, validationContext } from '../../../db/repository.ts';
import { localToday } from '../../../domain/due.ts';
import type { Edition } from '../../../domain/catalogs/index.ts';
import type { ValidationContext } from '../../../domain/model/entity.ts';
import type { ScaleLabels } from './types.ts';

/** The tables the import matches rows against or links rows to. */
export const SNAPSHOT_TABLES = ['persons', 'roles', 'assets', 'threats', 'vulnerabilities', 'customControls', 'risks', 'treatmentActions', 'soaEntries'] as const;

export interface WorkspaceSnapshot {
  workspaceId: string;
  edition: Edition;
  /** Today as a business date. */
  today: string;
  ctx: ValidationContext;
  labels: ScaleLabels;
  tables: Record<string, readonly StoredRecord[]>;
  /** What the workspace's last change was when it was read (see snapshotStamp). */
  stamp?: string;
}

/**
 * A mark of the workspace's last change: the id of its latest change-log entry (every write adds
 * one, a restore too) and today's date. The same mark means a snapshot read again would be the same.
 */
export async function snapshotStamp(db: IsmsDatabase, workspaceId: string): Promise<string> {
  const last = await db.changeLog.where('[workspaceId+seq]').between([workspaceId, -Infinity], [workspaceId, Infinity]).last();
  return `${last?.id ?? ''} ${localToday()}`;
}

/** Reads the workspace's snapshot for planning an import. */
export async function loadSnapshot(db: IsmsDatabase, workspaceId: string): Promise<WorkspaceSnapshot> {
  return db.transaction('r', db.tables, async () => {
    const ws = await db.workspaces.get(workspaceId);
    const method = await activeRiskMethod(db, workspaceId);
    const ctx = await validationContext(db, workspaceId);
    const tables: Record<string, StoredRecord[]> = {};
    for (const t of SNAPSHOT_TABLES) tables[t] = await db.records(t).where({ workspaceId }).toArray();
    const labelsOf = (s: unknown): string[] => (Array.isArray(s) ? s.map((l: { label?: unknown }) => String(l.label ?? '')) : []);
    return {
      workspaceId,
      edition: ws?.['edition'] === '2013' ? '2013' : '2022',
      today: ctx.today ?? new Date().toISOString().slice(0, 10),
      ctx,
      labels: {
        likelihood: method ? labelsOf(method.likelihoodScale) : ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'],
        impact: method ? labelsOf(method.impactScale) : ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'],
      },
      tables,
      stamp: await snapshotStamp(db, workspaceId),
    };
  });
}
