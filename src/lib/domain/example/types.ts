import type { WorkspaceDraft } from '../entities/workspace.ts';

/**
 * A record of the example ISMS. `key` is a local name ("per-ana") that other example records use
 * in their link fields instead of an id; the loader gives every record a fresh id and rewrites
 * the links.
 */
export interface ExampleRecord {
  key: string;
  values: Record<string, unknown>;
}

/** The whole example ISMS: the organisation and its records, table by table. */
export interface ExampleDataset {
  workspace: WorkspaceDraft;
  tables: Record<string, ExampleRecord[]>;
}
