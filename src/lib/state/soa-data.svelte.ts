import type { StoredRecord } from '../db/database.ts';
import { soaState } from '../db/soa.ts';
import type { Edition } from '../domain/catalogs/index.ts';
import type { SoaEntryDraft } from '../domain/entities/soa-entry.ts';
import { draftOf } from '../domain/model/entity.ts';
import { soaVersionEntity, type SoaVersionDraft } from '../domain/entities/soa-version.ts';
import type { SoaControl } from '../domain/soa/controls.ts';
import type { Proposal } from '../domain/soa/derive.ts';
import { live, type Live } from './live.svelte.ts';
import { session } from './session.svelte.ts';

export type SoaRow = StoredRecord & SoaEntryDraft;
export type SoaVersionRecord = StoredRecord & SoaVersionDraft;

/** Everything the SoA screens show, read in one live query. */
export interface SoaData {
  edition: Edition;
  controls: SoaControl[];
  /** Rows by control key. */
  rows: Map<string, SoaRow>;
  proposals: Map<string, Proposal>;
  versions: SoaVersionRecord[];
}

const empty: SoaData = { edition: '2022', controls: [], rows: new Map(), proposals: new Map(), versions: [] };

/** The SoA of the current workspace: its controls, rows, what treatment proposes, and its versions. */
export function liveSoa(): Live<SoaData> {
  return live(
    () => session.workspaceId,
    async (ws) => {
      if (!ws) return empty;
      const s = await soaState(session.db, ws);
      const versions = await session.db.records('soaVersions').where({ workspaceId: ws }).toArray();
      const rows = new Map<string, SoaRow>();
      for (const r of s.rows) if (r.control[0]) rows.set(`${r.control[0].edition}:${r.control[0].id}`, r);
      return {
        edition: s.edition,
        controls: s.controls,
        rows,
        proposals: s.proposals,
        versions: versions.map((v) => ({ ...v, ...draftOf(soaVersionEntity, v) })),
      };
    },
    empty,
  );
}
