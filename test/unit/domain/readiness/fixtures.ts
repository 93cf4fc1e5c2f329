/**
 * Builders for readiness tests: stored-looking records from drafts, the example ISMS as a
 * snapshot, and a workspace that meets every rule, to break one rule at a time.
 */
import { entityByTable } from '../../../../src/lib/domain/entities/index.ts';
import { defaultRiskMethod, type RiskMethodDraft } from '../../../../src/lib/domain/entities/risk-method.ts';
import { defaultSettings } from '../../../../src/lib/domain/entities/settings.ts';
import { exampleIsms } from '../../../../src/lib/domain/example/index.ts';
import { emptyDraft } from '../../../../src/lib/domain/model/entity.ts';
import type { ReadinessInput, ReadinessTables } from '../../../../src/lib/domain/readiness/index.ts';

type AnyRecord = Record<string, unknown> & { id: string; ref: string };

function prefixOf(table: string): string {
  try {
    return entityByTable(table).refPrefix;
  } catch {
    return table.slice(0, 3).toUpperCase();
  }
}

/** A stored-looking record of `table`: the entity's empty draft, then `init`, then meta. */
export function record(table: string, id: string, init: Record<string, unknown> = {}, n = 1): AnyRecord {
  let base: Record<string, unknown> = {};
  try {
    base = emptyDraft(entityByTable(table), {});
  } catch {
    // A table of schema 2 this checkout does not know yet: only what init gives.
  }
  return {
    ...base,
    ...init,
    id,
    ref: `${prefixOf(table)}-${String(n).padStart(3, '0')}`,
    workspaceId: 'ws-1',
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    rev: 1,
  };
}

/** Records of one table from `[id, init]` pairs, numbered in order. */
export function table(name: string, list: [string, Record<string, unknown>][]): AnyRecord[] {
  return list.map(([id, init], i) => record(name, id, init, i + 1));
}

/** The input with some tables replaced. */
export function withTables(input: ReadinessInput, tables: Partial<Record<keyof ReadinessTables, unknown[]>>): ReadinessInput {
  return { ...input, tables: { ...input.tables, ...(tables as Partial<ReadinessTables>) } };
}

/** A bare input: no records at all. */
export function emptyInput(today = '2026-03-15'): ReadinessInput {
  return { today, edition: '2022', workspace: { climateChangeRelevant: 'not_assessed' }, settings: defaultSettings(), method: null, tables: {} };
}

/** The example ISMS as of `today`, as a readiness snapshot: local keys serve as ids. */
export function exampleInput(today = '2026-03-15'): ReadinessInput {
  const ds = exampleIsms(today);
  const tables: Record<string, AnyRecord[]> = {};
  for (const [name, list] of Object.entries(ds.tables)) tables[name] = list.map((r, i) => record(name, r.key, r.values, i + 1));
  const method = (tables['riskMethods'] ?? []).find((m) => m['status'] === 'approved') as unknown as RiskMethodDraft | undefined;
  const settings = (tables['settings']?.[0] ?? defaultSettings()) as ReadinessInput['settings'];
  return {
    today,
    edition: ds.workspace.edition ?? '2022',
    workspace: { climateChangeRelevant: ds.workspace.climateChangeRelevant },
    settings,
    method: method ?? null,
    tables: tables as unknown as Partial<ReadinessTables>,
  };
}

export { defaultRiskMethod };

type Rec = Record<string, unknown> & { id: string };

/** The input with one record of a table changed (or, with `id` null, every record of it). */
export function patch(input: ReadinessInput, name: keyof ReadinessTables, id: string | null, change: Record<string, unknown> | ((r: Rec) => Record<string, unknown>)): ReadinessInput {
  const list = (input.tables[name] ?? []) as unknown as Rec[];
  if (id !== null && !list.some((r) => r.id === id)) throw new Error(`No ${name} record ${id}`);
  const next = list.map((r) => (id === null || r.id === id ? { ...r, ...(typeof change === 'function' ? change(r) : change) } : r));
  return withTables(input, { [name]: next });
}

/** The input without some records of a table (all of them when no ids are given). */
export function drop(input: ReadinessInput, name: keyof ReadinessTables, ...ids: string[]): ReadinessInput {
  const list = (input.tables[name] ?? []) as unknown as Rec[];
  return withTables(input, { [name]: ids.length ? list.filter((r) => !ids.includes(r.id)) : [] });
}

/** The input with records added to a table. */
export function add(input: ReadinessInput, name: keyof ReadinessTables, ...records: Record<string, unknown>[]): ReadinessInput {
  const list = (input.tables[name] ?? []) as unknown[];
  return withTables(input, { [name]: [...list, ...records] });
}
