import { activeRiskMethod } from '../db/repository.ts';
import { localToday } from '../domain/due.ts';
import type { Edition } from '../domain/catalogs/index.ts';
import type { SettingsDraft } from '../domain/entities/settings.ts';
import type { Workspace } from '../domain/entities/workspace.ts';
import { type ReadinessInput, type ReadinessTables, readinessTables } from '../domain/readiness/index.ts';
import { live, type Live } from './live.svelte.ts';
import { session } from './session.svelte.ts';

/**
 * A live snapshot of the current workspace for the readiness rules, the roadmap and the due
 * list: every table they read, the settings, the risk method in force, the edition and today.
 * It follows every change to those tables, in any tab. Null until a workspace is open.
 */
export function liveReadinessInput(): Live<ReadinessInput | null> {
  return live(
    () => session.workspaceId,
    async (ws): Promise<ReadinessInput | null> => {
      if (!ws) return null;
      const db = session.db;
      const known = new Set(db.tables.map((t) => t.name));
      const tables: Record<string, unknown[]> = {};
      // A table this database does not have yet stays out of the snapshot (the rules tell "none" from "unknown").
      for (const t of readinessTables) if (known.has(t)) tables[t] = await db.records(t).where({ workspaceId: ws }).toArray();
      const workspace = (await db.workspaces.get(ws)) as unknown as Workspace | undefined;
      const settings = (await db.records('settings').where({ workspaceId: ws }).first()) as unknown as SettingsDraft | undefined;
      const method = (await activeRiskMethod(db, ws)) ?? null;
      return {
        today: localToday(),
        edition: (workspace?.edition ?? '2022') satisfies Edition,
        workspace: workspace ? { climateChangeRelevant: workspace.climateChangeRelevant } : null,
        settings: settings ?? null,
        method,
        // Stored records carry exactly their entity's fields (validated on every write).
        tables: tables as unknown as Partial<ReadinessTables>,
      };
    },
    null,
  );
}
