import { describe, expect, it } from 'vitest';
import { IsmsDatabase, SCHEMA_VERSION } from '../../../src/lib/db/database.ts';
import { schemaV1 } from '../../../src/lib/db/schema/v1.ts';
import { entities } from '../../../src/lib/domain/entities/index.ts';

describe('schema', () => {
  it('has a table for every entity, each scoped by workspace with a unique ref', () => {
    for (const e of entities) {
      const spec = schemaV1[e.table];
      expect(spec, `table ${e.table}`).toBeDefined();
      if (e.table === 'changeLog') continue;
      expect(spec).toContain('&[workspaceId+ref]');
      expect(spec).toContain('workspaceId');
    }
  });

  it('opens at the current version with every table', async () => {
    const db = new IsmsDatabase('schema-test');
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(schemaV1).sort());
    db.close();
  });
});
