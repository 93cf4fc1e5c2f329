/**
 * A 2013 SoA imported into a workspace on the 2022 edition: its rows are carried over to the 2022
 * controls that replace them (DOMAIN 5.5), as "Move to 2022" does for the workspace's own SoA.
 * Each 2022 control takes the decisions of the 2013 rows it replaces, every text marked with its
 * source control, and waits for someone to confirm it. The file's rows are read and checked one
 * by one as usual; only the records written are the merged 2022 rows.
 */
import { type SoaEntryDraft, soaEntryEntity } from '../../../domain/entities/soa-entry.ts';
import { anyEntity, draftOf, validate } from '../../../domain/model/entity.ts';
import { planTransition } from '../../../domain/soa/transition.ts';
import type { Batch } from './batch.ts';
import type { ImportWrite } from '../../../db/import-commit.ts';
import type { RowOutcome, RowResult, SheetCounts } from './types.ts';

const def = anyEntity(soaEntryEntity);
const RANK: Record<RowOutcome, number> = { rejected: 0, unchanged: 1, updated: 2, new: 3 };

/** A value the file gave: a stored value is only replaced by one of these. */
function given(v: unknown): boolean {
  if (v === null || v === undefined || v === '' || v === 'undecided') return false;
  return !Array.isArray(v) || v.length > 0;
}

export class CarryOver {
  /** 2013 control id → the file row and its checked draft. */
  private held = new Map<string, { row: number; draft: SoaEntryDraft }>();

  /** The row that already gave this 2013 control, if any. */
  rowOf(controlId: string): number | undefined {
    return this.held.get(controlId)?.row;
  }

  hold(row: number, draft: SoaEntryDraft): void {
    const id = draft.control[0]?.id;
    if (id) this.held.set(id, { row, draft });
  }

  /**
   * Merges the held rows into 2022 rows, matched against the workspace's 2022 SoA, and gives each
   * file row the outcome of the records it feeds. Returns the counts of the 2022 records (and of
   * the rejected rows) and the note the preview shows.
   */
  finish(batch: Batch, sheet: string, rows: RowResult[], writes: ImportWrite[]): { counts: SheetCounts; note: string } {
    const counts: SheetCounts = { new: 0, updated: 0, unchanged: 0, rejected: 0 };
    const outcome = new Map<number, RowOutcome>();
    const raise = (row: number, o: RowOutcome): void => {
      if (RANK[o] > RANK[outcome.get(row) ?? 'rejected']) outcome.set(row, o);
    };
    const drafts = [...this.held.values()].map((h) => h.draft);
    let made = 0;
    for (const t of planTransition(drafts)) {
      if (!t.sources.length || !t.sources.some((s) => this.held.has(s))) continue;
      const sourceRows = t.sources.flatMap((s) => (this.held.has(s) ? [this.held.get(s)!.row] : []));
      const key = `2022:${t.control.id}`;
      const matchId = batch.find('soaEntries', '', key);
      const existing = matchId ? batch.stored(matchId) : undefined;
      const before = existing ? (draftOf(def, existing) as SoaEntryDraft) : undefined;
      // What the file says replaces what is stored; what it leaves blank keeps the stored value.
      const merged = before
        ? (Object.fromEntries(Object.entries(before).map(([k, v]) => [k, k !== 'pendingReview' && given(t.draft[k as keyof SoaEntryDraft]) ? t.draft[k as keyof SoaEntryDraft] : v])) as SoaEntryDraft)
        : t.draft;
      const ctx = batch.snap.ctx;
      const draft = def.complete ? (def.complete(merged, ctx) as SoaEntryDraft) : merged;
      const issues = validate(def, draft, ctx);
      if (issues.length) {
        for (const row of sourceRows) {
          const r = rows.find((x) => x.row === row);
          if (!r) continue;
          r.outcome = 'rejected';
          r.problems.push({ row, column: '', header: '', value: t.control.id, message: `2022 control ${t.control.id}: ${issues[0]!.message}` });
        }
        continue;
      }
      made++;
      const label = `${sheet} row${sourceRows.length > 1 ? 's' : ''} ${sourceRows.join(', ')} → 2022 ${t.control.id}`;
      if (existing && JSON.stringify(before) === JSON.stringify(draft)) {
        for (const row of sourceRows) raise(row, 'unchanged');
        counts.unchanged++;
        batch.register('soaEntries', existing.id, existing.ref, key);
        continue;
      }
      const final = { ...draft, pendingReview: true };
      const id = existing?.id ?? crypto.randomUUID();
      writes.push(
        existing
          ? { table: def.table, op: 'update', id, ref: existing.ref, draft: final, expectedRev: existing.rev, label }
          : { table: def.table, op: 'create', id, ref: '', draft: final, label },
      );
      batch.register('soaEntries', id, existing?.ref ?? '', key);
      for (const row of sourceRows) raise(row, existing ? 'updated' : 'new');
      counts[existing ? 'updated' : 'new']++;
    }
    for (const r of rows) {
      if (r.outcome !== 'rejected' && outcome.has(r.row)) r.outcome = outcome.get(r.row)!;
      if (r.outcome === 'rejected') counts.rejected++;
    }
    const note =
      `This SoA uses the 2013 edition and the workspace the 2022 edition: its ${this.held.size} rows are carried over to the ${made} controls of the 2022 edition that replace them, as “Move to 2022” in the SoA does. ` +
      'Each 2022 control takes the decisions of the 2013 controls it replaces (the least advanced status; each text marked with its 2013 control) and is marked “to be confirmed”. ' +
      'The counts are of those 2022 controls (and of the rejected rows); controls new in 2022 are not in the file and stay undecided.';
    return { counts, note };
  }
}
