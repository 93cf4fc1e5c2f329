import Dexie, { type Table } from 'dexie';
import { schemaV1 } from './schema/v1.ts';
import { schemaV2, upgradeToV2 } from './schema/v2.ts';

/** A stored record of any workspace table: the entity's fields plus the record meta. */
export interface StoredRecord {
  id: string;
  workspaceId: string;
  ref: string;
  createdAt: string;
  updatedAt: string;
  rev: number;
  [field: string]: unknown;
}

/** One change-log entry (3.29), written in the same transaction as the change it records. */
export interface ChangeLogRow {
  id: string;
  workspaceId: string;
  seq: number;
  ts: string;
  actor: string;
  entityType: string;
  recordId: string;
  recordRef: string;
  op: 'create' | 'update' | 'delete' | 'import' | 'restore' | 'remap';
  /** JSON of the record before the change ('' for a create). */
  before: string;
  /** JSON of the record after the change ('' for a delete). */
  after: string;
  reason: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface SequenceRow {
  workspaceId: string;
  name: string;
  next: number;
}

/** The current schema version; bump with a new file in schema/. */
export const SCHEMA_VERSION = 2;

/** The app's IndexedDB database. Each workspace table is reached through `records(table)`. */
export class IsmsDatabase extends Dexie {
  workspaces!: Table<StoredRecord, string>;
  meta!: Table<MetaRow, string>;
  sequences!: Table<SequenceRow, [string, string]>;
  changeLog!: Table<ChangeLogRow, string>;

  constructor(name = 'isms-workbench') {
    // Live-query results are shared and frozen rather than deep-cloned for every reader: the app
    // never mutates what it reads (it builds new records), and cloning 50,000 risks took ~0.6 s.
    super(name, { cache: 'immutable' });
    this.version(1).stores(schemaV1);
    this.version(2).stores(schemaV2).upgrade(upgradeToV2);
  }

  /** The table of an entity, by its table name. */
  records(table: string): Table<StoredRecord, string> {
    return this.table(table);
  }
}
