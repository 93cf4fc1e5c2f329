import type { StoredRecord } from '../../lib/db/database.ts';
import { naturalCompare } from '../../lib/domain/model/compare.ts';
import { type RiskFilter } from '../../lib/domain/risk/register-filter.ts';
import { live, type Live } from '../../lib/state/live.svelte.ts';
import { session } from '../../lib/state/session.svelte.ts';

/** A person as the risk screens need them. */
export interface PersonName {
  id: string;
  name: string;
  top: boolean;
}

/**
 * The risks of the workspace that may match the filter, read through the most selective index
 * the filter offers (owner, asset, status, treatment, review date); the rest is filtered in memory.
 */
export function liveRisks(filter: () => Pick<RiskFilter, 'owner' | 'asset' | 'status' | 'treatment' | 'due'>, today: string): Live<StoredRecord[]> {
  return live(
    () => ({ ws: session.workspaceId, ...filter() }),
    async ({ ws, owner, asset, status, treatment, due }) => {
      if (!ws) return [];
      const t = session.db.records('risks');
      const mine = (r: StoredRecord): boolean => r.workspaceId === ws;
      if (owner) return t.where('owner').equals(owner).filter(mine).toArray();
      if (asset) return t.where('assets').equals(asset).filter(mine).toArray();
      if (status) return t.where('[workspaceId+status]').equals([ws, status]).toArray();
      if (treatment && treatment !== 'none') return t.where('[workspaceId+treatmentOption]').equals([ws, treatment]).toArray();
      if (due === 'overdue') return t.where('[workspaceId+nextReviewDue]').between([ws, '0'], [ws, today]).toArray();
      return t.where({ workspaceId: ws }).toArray();
    },
    [] as StoredRecord[],
  );
}

/** The number of risks in the workspace, from the index. */
export function liveRiskCount(): Live<number> {
  return live(
    () => session.workspaceId,
    async (ws) => (ws ? session.db.records('risks').where({ workspaceId: ws }).count() : 0),
    0,
  );
}

/** The people of the workspace, by name. */
export function livePeople(): Live<PersonName[]> {
  return live(
    () => session.workspaceId,
    async (ws) => {
      if (!ws) return [];
      const rows = await session.db.records('persons').where({ workspaceId: ws }).toArray();
      return rows
        .map((p) => ({ id: p.id, name: String(p['name']), top: p['isTopManagement'] === true && p['active'] !== false }))
        .sort((a, b) => naturalCompare(a.name, b.name));
    },
    [] as PersonName[],
  );
}

/** Id and name of the records of a table (assets, threats...), by name. */
export function liveNames(table: string, field = 'name'): Live<{ id: string; ref: string; name: string }[]> {
  return live(
    () => session.workspaceId,
    async (ws) => {
      if (!ws) return [];
      const rows = await session.db.records(table).where({ workspaceId: ws }).toArray();
      return rows.map((r) => ({ id: r.id, ref: r.ref, name: String(r[field] ?? r.ref) })).sort((a, b) => naturalCompare(a.name, b.name));
    },
    [] as { id: string; ref: string; name: string }[],
  );
}
