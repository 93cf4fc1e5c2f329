/**
 * A 2013 SoA imported into a workspace on the 2022 edition: its rows are carried over to the 2022
 * controls that replace them (DOMAIN 5.5), as "Move to 2022" does for the workspace's own SoA.
 * Each 2022 control takes the decisions of the 2013 rows it replaces, every text marked with its
 * source control, and waits for someone to confirm it. The file's rows are read and checked one
 * by one as usual; only the records written are the merged 2022 rows.
 */
import { type SoaEntryDraft, soaEntryEntity } from '../../../domain/entities/soa-entry.ts';
import { anyEntity, draftOf, validate } from '../../../domain/model/entity.ts';
import { leastAdvanced, planTransition, union } from '../../../domain/soa/transition.ts';
import type { Batch } from './batch.ts';
import type { ImportWrite } from '../../../db/import-commit.ts';
import type { RowOutcome, RowResult, SheetCounts } from './types.ts';
import { plural } from '../../../domain/model/words.ts';

const def = anyEntity(soaEntryEntity);
const RANK: Record<RowOutcome, number> = { rejected: 0, unchanged: 1, updated: 2, new: 3 };

/** A value the file gave: a stored value is only replaced by one of these. */
function givenValue(v: unknown): boolean {
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
   * file row the outcome of the records it feeds. `seen` holds the records rows of this import
   * already write (another sheet's 2022 rows): those controls are not carried over to. Returns the
   * counts of the 2022 records (and of the rejected rows) and the note the preview shows.
   */
  finish(batch: Batch, sheet: string, rows: RowResult[], writes: ImportWrite[], seen: Map<string, number>): { counts: SheetCounts; note: string } {
    const counts: SheetCounts = { new: 0, updated: 0, unchanged: 0, rejected: 0 };
    const outcome = new Map<number, RowOutcome>();
    const failed = new Map<number, string[]>();
    const raise = (row: number, o: RowOutcome): void => {
      if (RANK[o] > RANK[outcome.get(row) ?? 'rejected']) outcome.set(row, o);
    };
    const fail = (rowsOf: number[], message: string): void => {
      for (const row of rowsOf) failed.set(row, [...(failed.get(row) ?? []), message]);
    };
    // Rows that change nothing, for a reason the user should know: imported as unchanged, with a remark.
    const remarks = new Map<number, string[]>();
    const remark = (rowsOf: number[], message: string): void => {
      for (const row of rowsOf) {
        remarks.set(row, [...(remarks.get(row) ?? []), message]);
        raise(row, 'unchanged');
      }
    };
    let kept = 0;
    const drafts = [...this.held.values()].map((h) => h.draft);
    let made = 0;
    for (const t of planTransition(drafts)) {
      const given = t.sources.filter((s) => this.held.has(s));
      if (!given.length) continue;
      const sourceRows = given.map((s) => this.held.get(s)!.row);
      const key = `2022:${t.control.id}`;
      const matchId = batch.find('soaEntries', '', key);
      const existing = matchId ? batch.stored(matchId) : undefined;
      if (matchId && (!existing || seen.has(matchId))) {
        remark(sourceRows, `${t.control.id} of the 2022 edition is given by another SoA sheet of this file (its row ${seen.get(matchId) ?? '?'}), which takes precedence: this row is not carried over to it.`);
        continue;
      }
      const before = existing ? (draftOf(def, existing) as SoaEntryDraft) : undefined;
      // A 2022 row someone confirmed (or decided as a 2022 row) is the workspace's own: a 2013 file cannot speak for it.
      if (existing && before && !before.pendingReview && decided(before)) {
        remark(sourceRows, `${t.control.id} of the 2022 edition is already decided in the workspace (not “to be confirmed”): the 2013 row does not change it.`);
        counts.unchanged++;
        kept++;
        batch.register('soaEntries', existing.id, existing.ref, key);
        seen.set(existing.id, sourceRows[0]!);
        continue;
      }
      const partial = given.length < t.sources.length;
      const merged = before ? (partial ? mergePart(before, t.draft, given) : overlay(before, t.draft)) : t.draft;
      // An excluded control has no reasons for inclusion (the file's exclusion clears the stored ones).
      if (merged.applicable === 'no') merged.reasons = [];
      const ctx = batch.snap.ctx;
      const draft = def.complete ? (def.complete(merged, ctx) as SoaEntryDraft) : merged;
      const issues = validate(def, draft, ctx);
      if (issues.length) {
        fail(sourceRows, `2022 control ${t.control.id}: ${issues[0]!.message}`);
        continue;
      }
      made++;
      // The controls it replaces were decided differently: applicable, with the exclusion's text kept to check.
      const excluded = given.filter((g) => this.held.get(g)!.draft.applicable === 'no');
      if (excluded.length && draft.applicable === 'yes')
        remarks.set(sourceRows[0]!, [...(remarks.get(sourceRows[0]!) ?? []), `${t.control.id} of the 2022 edition merges 2013 controls decided differently (${excluded.join(', ')} excluded): it is applicable, and the exclusion's text is kept in it to check.`]);
      // Excluded here, but the 2022 control also replaces 2013 controls the file does not decide: it is not excluded on half the evidence.
      const missing = t.sources.filter((x) => !this.held.has(x));
      if (excluded.length && draft.applicable === 'undecided' && missing.length)
        remarks.set(sourceRows[0]!, [
          ...(remarks.get(sourceRows[0]!) ?? []),
          `${t.control.id} of the 2022 edition also replaces ${missing.join(', ')}, which the file does not decide: it is left undecided, with the exclusion's reason kept in it, for someone to confirm.`,
        ]);
      const label = `${sheet} row${sourceRows.length > 1 ? 's' : ''} ${sourceRows.join(', ')} → 2022 ${t.control.id}`;
      if (existing && JSON.stringify(before) === JSON.stringify(draft)) {
        for (const row of sourceRows) raise(row, 'unchanged');
        counts.unchanged++;
        batch.register('soaEntries', existing.id, existing.ref, key);
        seen.set(existing.id, sourceRows[0]!);
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
      seen.set(id, sourceRows[0]!);
      for (const row of sourceRows) raise(row, existing ? 'updated' : 'new');
      counts[existing ? 'updated' : 'new']++;
    }
    let carried = 0;
    for (const r of rows) {
      const problems = failed.get(r.row) ?? [];
      for (const message of remarks.get(r.row) ?? []) r.warnings.push({ row: r.row, column: '', header: '', value: '', message });
      if (r.outcome !== 'rejected' && outcome.has(r.row)) {
        r.outcome = outcome.get(r.row)!;
        carried++;
        // Carried over to one control and not to another (A.18.2.3 feeds two): imported, with a remark.
        for (const message of problems) r.warnings.push({ row: r.row, column: '', header: '', value: '', message });
      } else if (problems.length) {
        r.outcome = 'rejected';
        for (const message of problems) r.problems.push({ row: r.row, column: '', header: '', value: '', message });
      }
      if (r.outcome === 'rejected') counts.rejected++;
    }
    const note =
      `This SoA uses the 2013 edition and the workspace the 2022 edition: ${carried === 1 ? 'its one row is' : `its ${carried} rows are`} carried over to ${plural(made, 'control')} of the 2022 edition that replace them, as “Move to 2022” in the SoA does. ` +
      'Each 2022 control takes the decisions of the 2013 controls it replaces (the least advanced status; each text marked with its 2013 control) and is marked “to be confirmed”; ' +
      'where the file gives only some of those controls, what the workspace holds from the others is kept. ' +
      (kept ? `${plural(kept, 'control is', 'controls are')} already decided in the workspace and left as ${kept === 1 ? 'it is' : 'they are'} (see the remarks). ` : '') +
      'The counts are of those 2022 controls (and of the rejected rows); controls new in 2022 are not in the file and stay undecided.';
    return { counts, note };
  }
}

/** What the file says replaces what is stored; what it leaves blank keeps the stored value. */
function overlay(before: SoaEntryDraft, file: SoaEntryDraft): SoaEntryDraft {
  const out = { ...before } as Record<string, unknown>;
  for (const [k, v] of Object.entries(file)) if (k !== 'pendingReview' && givenValue(v)) out[k] = v;
  return out as SoaEntryDraft;
}

/** A row that records a decision or some work: not an empty "to decide" row. */
function decided(e: SoaEntryDraft): boolean {
  return e.applicable === 'yes' || e.applicable === 'no' || (e.implementationStatus !== null && e.implementationStatus !== 'not_assessed') || e.inclusionJustification.trim() !== '' || e.exclusionJustification.trim() !== '' || e.evidence.length > 0;
}

/** Lines (or list items) marked with one of these 2013 controls: "[A.5.1.1] …". */
const fromSources = (text: string, sources: readonly string[]): boolean => sources.some((s) => text.startsWith(`[${s}]`));

/** The stored text with the lines of the file's sources replaced by the file's. */
function mergeText(stored: string, file: string, sources: readonly string[]): string {
  const kept = stored.split('\n').filter((l) => l.trim() !== '' && !fromSources(l, sources));
  return [...kept, ...file.split('\n').filter((l) => l.trim() !== '')].join('\n');
}

/**
 * A 2022 row the file gives only some sources of (A.5.1.1 but not A.5.1.2): the file's part
 * replaces what came from those sources, and what the row holds from the others stays. It stays
 * applicable if it was; its status is the least advanced of the stored one and the file's.
 */
function mergePart(before: SoaEntryDraft, file: SoaEntryDraft, sources: readonly string[]): SoaEntryDraft {
  const out = overlay(before, file);
  out.applicable = before.applicable === 'yes' || file.applicable === 'yes' ? 'yes' : givenValue(file.applicable) ? file.applicable : before.applicable;
  for (const k of ['inclusionJustification', 'exclusionJustification', 'implementationNote'] as const) out[k] = mergeText(before[k], file[k], sources);
  out.evidence = [...before.evidence.filter((e) => !fromSources(e, sources)), ...file.evidence];
  for (const k of ['reasons', 'risks', 'requirements', 'documents', 'actions'] as const) (out[k] as string[]) = union<string>([before[k], file[k]]);
  if (before.implementationStatus && file.implementationStatus) out.implementationStatus = leastAdvanced([before.implementationStatus, file.implementationStatus]);
  return out;
}
