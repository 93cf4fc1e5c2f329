import type { StoredRecord } from '../db/database.ts';
import { activeRiskMethod } from '../db/repository.ts';
import { entityByTable } from '../domain/entities/index.ts';
import type { RiskMethodDraft } from '../domain/entities/risk-method.ts';
import { naturalCompare } from '../domain/model/compare.ts';
import { displayValue } from '../domain/model/display.ts';
import type { Fields } from '../domain/model/fields.ts';
import { live, type Live } from './live.svelte.ts';
import { session } from './session.svelte.ts';

/** How a record is named in links: its ref and its title. */
export interface RecordName {
  ref: string;
  title: string;
}

/** The name of a record, from its entity's title field. */
export function recordName(table: string, r: StoredRecord): RecordName {
  const def = entityByTable(table);
  const title = r[def.titleField];
  if (typeof title === 'string' && title) return { ref: r.ref, title };
  const f = def.fields[def.titleField];
  const shown = f ? displayValue(f, title, () => undefined) : '';
  return { ref: r.ref, title: shown || '(untitled)' };
}

/** Every table the fields (and their sub-fields) link to. */
export function linkedTables(fields: Fields): string[] {
  const out = new Set<string>();
  for (const f of Object.values(fields)) {
    if (f.kind === 'ref' || f.kind === 'refs') out.add(f.to);
    if (f.kind === 'list' || f.kind === 'group') for (const t of linkedTables(f.of)) out.add(t);
  }
  return [...out];
}

export interface Lookups {
  /** table → id → name */
  labels: Map<string, Map<string, RecordName>>;
}

/** Live labels of every record in the given tables of the current workspace. */
export function liveLookups(tables: () => string[]): Live<Lookups> {
  return live(
    () => ({ ws: session.workspaceId, tables: tables() }),
    async ({ ws, tables: ts }) => {
      const labels = new Map<string, Map<string, RecordName>>();
      if (!ws) return { labels };
      for (const t of ts) {
        const rows = await session.db.records(t).where({ workspaceId: ws }).toArray();
        labels.set(t, new Map(rows.toSorted((a, b) => naturalCompare(a.ref, b.ref)).map((r) => [r.id, recordName(t, r)])));
      }
      return { labels };
    },
    { labels: new Map() },
  );
}

/** The current workspace record. */
export function liveWorkspace(): Live<StoredRecord | undefined> {
  return live(
    () => session.workspaceId,
    async (ws) => (ws ? session.db.workspaces.get(ws) : undefined),
    undefined,
  );
}

/** The approved risk method in force in the current workspace. */
export function liveRiskMethod(): Live<RiskMethodDraft | null> {
  return live(
    () => session.workspaceId,
    async (ws) => (ws ? ((await activeRiskMethod(session.db, ws)) ?? null) : null),
    null,
  );
}
