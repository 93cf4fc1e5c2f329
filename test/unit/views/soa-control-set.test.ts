import { beforeEach, describe, expect, it } from 'vitest';
import { IsmsDatabase } from '../../../src/lib/db/database.ts';
import { Repository } from '../../../src/lib/db/repository.ts';
import { Workspaces, newWorkspaceDraft } from '../../../src/lib/db/workspaces.ts';
import { customControlEntity } from '../../../src/lib/domain/entities/custom-control.ts';
import { emptyDraft } from '../../../src/lib/domain/model/entity.ts';
import { ControlSetRefused, parseControlLines, saveControlSet } from '../../../src/views/soa/custom/control-set.ts';

describe('parseControlLines', () => {
  const existing = [{ controlId: 'CUST.1', ref: 'CC-001' }];

  it('reads id and title separated by a tab, a semicolon or a bar, skipping blank lines', () => {
    const lines = parseControlLines('CLD.1\tCloud account inventory\n\nCLD.2 ; Shared responsibility matrix\r\nCLD.3|Tenant isolation; tested yearly', existing, 'Cloud');
    expect(lines.map((l) => [l.line, l.id, l.title, l.problem])).toEqual([
      [1, 'CLD.1', 'Cloud account inventory', ''],
      [3, 'CLD.2', 'Shared responsibility matrix', ''],
      [4, 'CLD.3', 'Tenant isolation; tested yearly', ''],
    ]);
  });

  it.each([
    ['5.1 ; Policies', '5.1'],
    ['A.5.1 ; Policies', 'A.5.1'],
    ['A.9.1.1 ; Access policy', 'A.9.1.1'],
    ['cust.1 ; Clash with an existing custom control', 'cust.1'],
  ])('refuses %j, naming %s', (text, id) => {
    const [line] = parseControlLines(text, existing, 'Cloud');
    expect(line?.problem).toMatch(id);
  });

  it('refuses an id given twice, whatever its case, and a line without a separator or a title', () => {
    const lines = parseControlLines('X.1;One\nx.1;Again\nX.2 no separator\nX.3;', existing, 'Own');
    expect(lines[0]?.problem).toBe('');
    expect(lines[1]?.problem).toMatch(/x\.1 appears twice \(also on line 1\)/);
    expect(lines[2]?.problem).toMatch(/No separator/);
    expect(lines[3]?.problem).toMatch(/Title/);
  });
});

describe('saveControlSet', () => {
  let n = 0;
  let db: IsmsDatabase;
  let repo: Repository;
  let ws: string;

  beforeEach(async () => {
    db = new IsmsDatabase(`test-control-set-${++n}`);
    repo = new Repository(db, () => 'tester');
    ws = (await new Workspaces(db, () => 'tester').create(newWorkspaceDraft('Acme'))).id;
    await repo.create(customControlEntity, ws, emptyDraft(customControlEntity, { controlId: 'CLD.9', title: 'Existing', source: 'Cloud' }));
  });
  const ids = async () => (await db.records('customControls').where({ workspaceId: ws }).toArray()).map((r) => r['controlId']).sort();

  it('creates every control of the set with the set name as its source', async () => {
    expect(await saveControlSet(db, repo, ws, ' Cloud security ', [{ id: 'CLD.1', title: 'One' }, { id: 'CLD.2', title: 'Two' }])).toBe(2);
    const rows = await db.records('customControls').where({ workspaceId: ws }).toArray();
    expect(rows.filter((r) => r['source'] === 'Cloud security').map((r) => r['controlId']).sort()).toEqual(['CLD.1', 'CLD.2']);
  });

  it.each([
    ['an existing custom control, in another case', 'cld.9', /already used by CC-001/],
    ['an Annex A control', 'A.5.1', /Annex A id/],
    ['an Annex A control without its prefix', '8.13', /Annex A id/],
  ])('saves nothing when one id clashes with %s, and names it', async (_what, clash, why) => {
    const attempt = saveControlSet(db, repo, ws, 'Cloud', [{ id: 'CLD.1', title: 'One' }, { id: clash, title: 'Clash' }, { id: 'CLD.3', title: 'Three' }]);
    await expect(attempt).rejects.toBeInstanceOf(ControlSetRefused);
    await expect(attempt).rejects.toThrow(clash);
    await expect(attempt).rejects.toThrow(why);
    expect(await ids()).toEqual(['CLD.9']);
  });
});
