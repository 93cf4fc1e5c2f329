import { describe, expect, it } from 'vitest';
import { IsmsDatabase } from '../../../../src/lib/db/database.ts';
import { loadDataset } from '../../../../src/lib/db/example.ts';
import { currentSnapshot, soaState } from '../../../../src/lib/db/soa.ts';
import type { SoaEntryDraft } from '../../../../src/lib/domain/entities/soa-entry.ts';
import { exampleIsms } from '../../../../src/lib/domain/example/index.ts';
import { soaLines } from '../../../../src/lib/domain/soa/filter.ts';
import { diffSnapshots, type SnapshotEntry } from '../../../../src/lib/domain/soa/versions.ts';

describe('the example SoA', () => {
  it('covers every control, follows its risk treatment, and differs from version 1.0 only where work moved on', async () => {
    const db = new IsmsDatabase('example-soa');
    const ws = await loadDataset(db, exampleIsms('2026-11-28'), 'tester');
    const { controls, rows, proposals } = await soaState(db, ws);
    expect(controls).toHaveLength(95);
    expect(rows).toHaveLength(95);
    const byKey = new Map<string, SoaEntryDraft>(rows.map((r) => [`${r.control[0]!.edition}:${r.control[0]!.id}`, r]));
    const flagged = soaLines(controls, byKey, proposals).filter((l) => l.flags.length > 0);
    expect(flagged.map((l) => `${l.control.id}: ${l.flags.join(', ')}`)).toEqual([]);
    const [v1] = await db.records('soaVersions').where({ workspaceId: ws }).toArray();
    expect(v1).toMatchObject({ version: '1.0', status: 'approved' });
    const diff = diffSnapshots(v1!['entries'] as SnapshotEntry[], await currentSnapshot(db, ws));
    expect(diff.map((d) => `${d.id} ${d.fields.map((f) => f.field).join(',')}`)).toEqual(['A.5.7 implementationStatus,implementationNote', 'A.8.12 implementationStatus']);
  });
});
