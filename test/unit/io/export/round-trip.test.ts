import { describe, expect, it } from 'vitest';
import type { IsmsDatabase, StoredRecord } from '../../../../src/lib/db/database.ts';
import { entityByTable } from '../../../../src/lib/domain/entities/index.ts';
import { draftOf } from '../../../../src/lib/domain/model/entity.ts';
import { appExtraHeaders, appHeaders } from '../../../../src/lib/io/app-layout.ts';
import { exportAuditorWorkbook } from '../../../../src/lib/io/export/index.ts';
import { analyzeWorkbook } from '../../../../src/lib/io/import/index.ts';
import { mappingFromAnalysis, planImport } from '../../../../src/lib/io/import/mapping/index.ts';
import type { ImportPlan } from '../../../../src/lib/io/import/mapping/types.ts';
import type { RecordKind } from '../../../../src/lib/io/import/types.ts';
import { Workspaces, newWorkspaceDraft } from '../../../../src/lib/db/workspaces.ts';
import { exampleWorkspace } from './helpers.ts';
import { HOSTILE, hostileWorkspace } from './hostile.ts';
import { linkedWorkspace } from './round-trip-links.ts';

/** The sheets of the auditor workbook the importer reads, with their kind and table. */
const SHEETS: [name: string, kind: RecordKind, table: string][] = [
  ['Risk register', 'risks', 'risks'],
  ['Treatment plan', 'treatment-plan', 'treatmentActions'],
  ['Statement of Applicability', 'soa', 'soaEntries'],
  ['Assets', 'assets', 'assets'],
];

/** Exports the workspace, reads the workbook back and plans its import into the same workspace. */
async function roundTrip(db: IsmsDatabase, ws: string): Promise<{ plan: ImportPlan; differences: Map<string, Set<string>> }> {
  const analysis = await analyzeWorkbook((await exportAuditorWorkbook(db, ws)).data as Uint8Array);
  const inputs = SHEETS.map(([name, kind]) => {
    const sheet = analysis.sheets.find((s) => s.name === name)!;
    // Recognised with full confidence: the right kind, and every column by its exact header.
    expect(sheet.kind, name).toBe(kind);
    expect(sheet.headerRow, name).toBe(1);
    const exact = sheet.columns.filter((c) => c.field && c.confidence === 1).map((c) => c.field);
    const expected = Object.keys(appHeaders[kind]).filter((f) => kind !== 'risks' || f !== 'notes');
    expect(exact.sort(), name).toEqual(expected.sort());
    // The mapping adds the app's extra columns (an SoA entry's reasons and risks, a risk's sources and control lists) by their header.
    const extras: Record<string, string> = {};
    for (const [field, header] of Object.entries(appExtraHeaders[kind] as Record<string, string>)) {
      const column = sheet.columns.find((c) => c.header === header)?.column;
      expect(column, `${name}: ${header}`).toBeDefined();
      extras[field] = column!;
    }
    expect(mappingFromAnalysis(sheet).fields, name).toEqual({ ...sheet.fields, ...extras });
    // No scale is given: the importer must see that the numbers are on the workspace's own scale.
    return { analysis: sheet, mapping: mappingFromAnalysis(sheet) };
  });
  const plan = await planImport(db, ws, inputs);
  const differences = new Map<string, Set<string>>();
  for (const w of plan.writes) {
    if (w.op !== 'update') continue;
    const before = draftOf(entityByTable(w.table), (await db.records(w.table).get(w.id)) as StoredRecord) as Record<string, unknown>;
    const after = w.draft as Record<string, unknown>;
    const set = differences.get(w.table) ?? new Set<string>();
    for (const k of Object.keys(before)) if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) set.add(k);
    differences.set(w.table, set);
  }
  return { plan, differences };
}

const count = (db: IsmsDatabase, ws: string, table: string) => db.records(table).where({ workspaceId: ws }).count();

const unchanged = async (db: IsmsDatabase, ws: string, table: string) => ({ new: 0, updated: 0, unchanged: await count(db, ws, table), rejected: 0 });

describe('an exported workbook re-imports to the same records', { timeout: 60_000 }, () => {
  it('for the example ISMS: every row is recognised and matched, and nothing changes', async () => {
    const { db, ws } = await exampleWorkspace();
    expect(await count(db, ws, 'customControls')).toBeGreaterThan(0);
    const { plan, differences } = await roundTrip(db, ws);
    const counts = Object.fromEntries(plan.sheets.map((s) => [s.table, s.counts]));
    for (const table of ['assets', 'treatmentActions', 'risks', 'soaEntries']) expect(counts[table], table).toEqual(await unchanged(db, ws, table));
    for (const s of plan.sheets) expect(s.rows.flatMap((r) => r.warnings), s.sheet).toEqual([]);
    expect(plan.added).toEqual([]);
    expect(differences).toEqual(new Map());
    expect(plan.writes).toEqual([]);
  });

  it('for records full of awkward text: formulas, quotes, line breaks, emoji and long text come back exactly', async () => {
    const { db, ws } = await hostileWorkspace();
    const { plan, differences } = await roundTrip(db, ws);
    expect(plan.added).toEqual([]);
    const counts = Object.fromEntries(plan.sheets.map((s) => [s.table, s.counts]));
    expect(counts['assets']).toEqual(await unchanged(db, ws, 'assets'));
    // The SoA lists every control; the workspace has decided none, and the rows record nothing: no entry is made.
    expect(counts['soaEntries']).toEqual({ new: 0, updated: 0, unchanged: 93, rejected: 0 });
    expect(await count(db, ws, 'soaEntries')).toBe(0);
    const risks = plan.sheets.find((s) => s.table === 'risks')!;
    expect(risks.counts.new + risks.counts.rejected).toBe(0);
    expect(risks.rows[0]!.title).toBe(HOSTILE.riskTitle);
    // Nothing may change: the rating on the 1–5 scale, the formulas, the quotes, the CR LF line breaks.
    const changed = [...differences].flatMap(([table, fields]) => [...fields].map((f) => `${table}.${f}`));
    expect(changed).toEqual([]);
    expect(plan.writes).toEqual([]);
  });

  it('for names with commas and semicolons, custom controls, a short scale, and reasons and risks of their own', async () => {
    const { db, ws } = await linkedWorkspace();
    const { plan, differences } = await roundTrip(db, ws);
    const counts = Object.fromEntries(plan.sheets.map((s) => [s.table, s.counts]));
    for (const table of ['assets', 'treatmentActions', 'risks', 'soaEntries']) {
      const listed = table === 'soaEntries' ? 93 + 1 : await count(db, ws, table);
      expect(counts[table], table).toEqual({ new: 0, updated: 0, unchanged: listed, rejected: 0 });
    }
    for (const s of plan.sheets) expect(s.rows.flatMap((r) => r.warnings), s.sheet).toEqual([]);
    expect(plan.added).toEqual([]);
    expect(differences).toEqual(new Map());
    expect(plan.writes).toEqual([]);
  });
});

describe('an exported SoA read into another workspace', { timeout: 60_000 }, () => {
  it('brings the custom controls with it, each in its set', async () => {
    const { db, ws } = await exampleWorkspace();
    const custom = await db.records('customControls').where({ workspaceId: ws }).toArray();
    const analysis = await analyzeWorkbook((await exportAuditorWorkbook(db, ws)).data as Uint8Array);
    const soa = analysis.sheets.find((s) => s.name === 'Statement of Applicability')!;
    const other = (await new Workspaces(db, () => 'tester').create(newWorkspaceDraft('Elsewhere'))).id;
    const plan = await planImport(db, other, [{ analysis: soa, mapping: mappingFromAnalysis(soa) }]);
    const made = plan.writes.filter((w) => w.table === 'customControls').map((w) => [w.draft['controlId'], w.draft['source']]);
    expect(made.sort()).toEqual(custom.map((c) => [c['controlId'], c['source']]).sort());
    expect(plan.sheets[0]!.counts.rejected).toBe(0);
  });
});
