/**
 * The import plan: every record of every mapped sheet matched against the workspace (by id, or
 * by control for the SoA), mapped, validated, and counted as new, updated, unchanged or rejected.
 * `buildPlan` is pure (a snapshot in, a plan out) and runs in Node, a worker or the page.
 */
import type { IsmsDatabase } from '../../../db/database.ts';
import type { ImportWrite } from '../../../db/import-commit.ts';
import { type EntityDef, draftOf, validate } from '../../../domain/model/entity.ts';
import type { Field } from '../../../domain/model/fields.ts';
import { displayValue, type Lookup } from '../../../domain/model/display.ts';
import type { Issue } from '../../../domain/model/fields.ts';
import type { RecordKind } from '../types.ts';
import { Batch } from './batch.ts';
import { CarryOver } from './carry-over.ts';
import type { SoaEntryDraft } from '../../../domain/entities/soa-entry.ts';
import { RowReader } from './row.ts';
import { type KindHandler, handlers, type SoaPrep, soaEdition } from './handlers.ts';
import { setControlsOf } from './map-soa.ts';
import type { ControlRef } from '../../../domain/model/fields.ts';
import { loadSnapshot, type WorkspaceSnapshot } from './snapshot.ts';
import { proposeTranslations, translationLookup } from './translate.ts';
import type { ImportPlan, RowResult, SheetInput, SheetPlan } from './types.ts';

const ORDER: readonly RecordKind[] = ['assets', 'risks', 'treatment-plan', 'soa'];

/** Shows a validation issue against the column its field is read from. */
function issueToCell(r: RowReader, issue: Issue, columns: Record<string, string[]>): void {
  const top = issue.field.split('.')[0] ?? '';
  const candidates = (columns[top] ?? []).filter((f) => r.has(f));
  const impact = /impact/i.test(issue.message) ? candidates.find((f) => /impact/i.test(f)) : undefined;
  r.problem(impact ?? candidates[0] ?? null, issue.message);
}

interface SheetState {
  batch: Batch;
  /** Ids of the records rows of this import write → the row. */
  seen: Map<string, number>;
  writes: ImportWrite[];
}

function planRow(r: RowReader, h: KindHandler, st: SheetState, extra: unknown, carry: CarryOver | null): RowResult {
  const found = h.row(r, extra);
  const result: RowResult = { row: r.record.row, outcome: 'rejected', ref: found?.ref ?? '', title: found?.title ?? '', problems: r.problems, warnings: r.warnings };
  if (!found) return result;
  if (found.nothing) {
    // The row decides nothing, but a control of another set it names is still added: the SoA lists it, undecided.
    st.batch.accept(r.uses);
    result.outcome = 'unchanged';
    return result;
  }
  const existing = found.matchId ? st.batch.stored(found.matchId) : undefined;
  if (found.matchId && !existing) r.problem(h.keyField(r), `The same ${h.keyName} as row ${st.seen.get(found.matchId) ?? '?'}: each record once, please.`);
  const def = h.def;
  const draft = def.complete ? def.complete(found.draft, st.batch.snap.ctx) : found.draft;
  for (const issue of validate(def, draft, st.batch.snap.ctx)) {
    issueToCell(r, issue, h.issueColumns);
    // A treatment chosen without what it needs: the sheet's notes say how to bring such rows in.
    if (def.table === 'risks' && (issue.field === 'residual' || issue.field === 'plannedControls')) r.flags.add('treatment-incomplete');
    if (issue.field === 'owner' && !r.mapping.defaultOwner.trim()) r.flags.add('no-owner');
  }
  if (r.problems.length) return result;
  const control = carry ? (draft as SoaEntryDraft).control[0] : undefined;
  if (carry && control?.edition === '2013') {
    // Carried over to 2022 once every row is read (carry-over.ts).
    const first = carry.rowOf(control.id);
    if (first !== undefined) {
      r.problem(h.keyField(r), `The same ${h.keyName} as row ${first}: each record once, please.`);
      return result;
    }
    carry.hold(r.record.row, draft as SoaEntryDraft);
    st.batch.accept(r.uses);
    result.outcome = 'unchanged';
    return result;
  }
  const id = existing?.id ?? crypto.randomUUID();
  st.seen.set(id, r.record.row);
  result.ref = existing?.ref ?? found.ref;
  if (existing && JSON.stringify(draftOf(def, existing)) === JSON.stringify(draftOf(def, draft))) result.outcome = 'unchanged';
  else {
    result.outcome = existing ? 'updated' : 'new';
    if (existing) result.changes = changesOf(def, draftOf(def, existing), draftOf(def, draft), (table, id) => st.batch.nameOf(table, id));
    const label = `${r.sheet.name} row ${r.record.row}`;
    st.writes.push(
      existing
        ? { table: def.table, op: 'update', id, ref: existing.ref, draft, expectedRev: existing.rev, label }
        : { table: def.table, op: 'create', id, ref: found.ref, draft, label },
    );
  }
  st.batch.accept(r.uses);
  st.batch.register(def.table, id, result.ref, found.name);
  return result;
}

/** A value as the preview shows it: as the registers show it, cut short, text in quotes. */
function shown(f: Field, v: unknown, lookup: Lookup): string {
  const t = displayValue(f, v, lookup).replace(/\s+/g, ' ');
  if (!t) return '(empty)';
  const cut = t.length > 40 ? `${t.slice(0, 39)}…` : t;
  return f.kind === 'text' ? `“${cut}”` : cut;
}

/** What an update changes, field by field, in the words of the form. */
function changesOf(def: EntityDef, before: Record<string, unknown>, after: Record<string, unknown>, lookup: Lookup): string[] {
  const out: string[] = [];
  for (const [k, f] of Object.entries(def.fields)) {
    if (JSON.stringify(before[k] ?? null) === JSON.stringify(after[k] ?? null)) continue;
    out.push(`${f.label}: ${shown(f, before[k], lookup)} → ${shown(f, after[k], lookup)}`);
  }
  return out;
}

function planSheet(input: SheetInput, h: KindHandler, st: SheetState): SheetPlan {
  const { analysis: sheet, mapping } = input;
  const tr = translationLookup(proposeTranslations(sheet, mapping, st.batch.snap.labels));
  const extra = h.prepare(sheet, mapping, st.batch.snap);
  // A 2013 SoA in a workspace on the 2022 edition is carried over to the 2022 controls.
  const carry = h.def.table === 'soaEntries' && soaEdition(extra) === '2013' && st.batch.snap.edition === '2022' ? new CarryOver() : null;
  const rows: RowResult[] = [];
  const flags = new Set<string>();
  for (const record of sheet.records) {
    const r = new RowReader(sheet, mapping, record, tr, st.batch);
    rows.push(planRow(r, h, st, extra, carry));
    for (const f of r.flags) flags.add(f);
  }
  const notes = h.notes(sheet, mapping, st.batch.snap, flags, extra);
  let counts = { new: 0, updated: 0, unchanged: 0, rejected: 0 };
  if (carry) {
    const carried = carry.finish(st.batch, sheet.name, rows, st.writes, st.seen);
    notes.unshift(carried.note);
    counts = carried.counts;
  } else for (const r of rows) counts[r.outcome]++;
  return { sheet: sheet.name, kind: mapping.kind as RecordKind, table: h.def.table, counts, rows, notes };
}

/** The plan of an import: the preview of every sheet and the writes Commit will make. Pure. */
export function buildPlan(snap: WorkspaceSnapshot, inputs: readonly SheetInput[]): ImportPlan {
  const batch = new Batch(snap);
  const st: SheetState = { batch, seen: new Map(), writes: [] };
  const sheets: SheetPlan[] = [];
  // A 2013 SoA carried over to 2022 comes after the file's own 2022 SoA, whose rows it does not override.
  const rank = (i: SheetInput): number => ORDER.indexOf(i.mapping.kind as RecordKind) + (i.mapping.kind === 'soa' && i.analysis.edition === '2013' && snap.edition === '2022' ? 0.5 : 0);
  const sorted = inputs.filter((i) => i.mapping.kind !== 'other').toSorted((a, b) => rank(a) - rank(b));
  // The controls of other sets the workbook's SoA sheets add are known to the registers planned before them.
  for (const input of sorted.filter((i) => i.mapping.kind === 'soa')) {
    const { controlSet } = handlers.soa.prepare(input.analysis, input.mapping, snap) as SoaPrep;
    if (!controlSet) continue;
    const tr = translationLookup(proposeTranslations(input.analysis, input.mapping, snap.labels));
    const rows = input.analysis.records.map((record) => new RowReader(input.analysis, input.mapping, record, tr, batch));
    for (const { control, where } of setControlsOf(rows, controlSet)) batch.expectControl(control, where);
  }
  for (const input of sorted) {
    sheets.push(planSheet(input, handlers[input.mapping.kind as RecordKind], st));
  }
  // …and a control a kept risk names is added even where its SoA row is left out, so that the risk's reference stands.
  for (const w of st.writes.filter((x) => x.table === 'risks'))
    for (const f of ['existingControls', 'plannedControls']) for (const c of (w.draft[f] as ControlRef[] | undefined) ?? []) if (c.edition === 'custom') batch.keepExpected(c.id);
  const order = inputs.map((i) => i.analysis.name);
  sheets.sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet));
  return { sheets, added: batch.added(), roleOwners: batch.roleOwners(), chosenOwners: batch.chosenOwners(), writes: [...batch.auxWrites(), ...st.writes] };
}

/** Reads the workspace and plans the import of the sheets against it. */
export async function planImport(db: IsmsDatabase, workspaceId: string, inputs: readonly SheetInput[]): Promise<ImportPlan> {
  return buildPlan(await loadSnapshot(db, workspaceId), inputs);
}
