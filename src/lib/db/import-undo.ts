/**
 * "Undo last import": deletes the records the import created and puts back the ones it updated,
 * in one transaction. Records changed since, or linked from a record made after the import, are
 * never undone: the undo is refused, or, when the user asks for it, undoes the rest and keeps them.
 */
import { entities } from '../domain/entities/index.ts';
import { canLinkTo, linksOf } from '../domain/model/links.ts';
import type { ChangeLogRow, IsmsDatabase, StoredRecord } from './database.ts';
import { type ImportBatch, ImportUndoError, batchKey, lastImport } from './import-commit.ts';
import { logChange } from './repository.ts';

function list(refs: string[]): string {
  return `${refs.slice(0, 6).join(', ')}${refs.length > 6 ? ` and ${refs.length - 6} more` : ''}`;
}

/** The batch's own entries (the saved mapping is not part of what is undone). */
async function batchEntries(db: IsmsDatabase, b: ImportBatch): Promise<ChangeLogRow[]> {
  const rows = await db.changeLog
    .where('[workspaceId+seq]')
    .between([b.workspaceId, b.seqFrom], [b.workspaceId, b.seqTo], true, true)
    .toArray();
  return rows.filter((e) => e.entityType !== 'importProfiles' && (e.op === 'import' || e.op === 'update'));
}

/** Why a record of the import is kept when the rest is undone. */
export type KeptWhy = 'changed' | 'deleted' | 'linked' | 'needed';

export interface KeptRecord {
  ref: string;
  /** How the user knows it: its ref with its name or title. */
  shown: string;
  table: string;
  why: KeptWhy;
  /** For 'linked': the later record that links to it; for 'needed': the kept record that needs it. */
  by?: string;
}

/** A record as the user knows it: its name (a person's, an asset's) or title, else its ref. */
function shownAs(table: string, r: StoredRecord | undefined, ref: string): string {
  const def = entities.find((d) => d.table === table);
  const raw = def && r ? r[def.titleField] : undefined;
  // An SoA row is known by its control ("A.5.2"), not by its ref.
  const v = Array.isArray(raw) ? raw.map((c: { id?: unknown }) => String(c?.id ?? '')).filter(Boolean).join(', ') : raw;
  return typeof v === 'string' && v.trim() ? `${ref ? `${ref} ` : ''}“${v.trim().slice(0, 60)}”` : ref;
}

/**
 * The records of the import that undoing it would harm, and so keeps: those changed or deleted
 * since, those a later record links to, and, in turn, the records of the import they link to.
 */
async function keptRecords(db: IsmsDatabase, workspaceId: string, entries: ChangeLogRow[]): Promise<Map<string, KeptRecord>> {
  const kept = new Map<string, KeptRecord>();
  const byId = new Map(entries.map((e) => [e.recordId, e]));
  for (const e of entries) {
    const current = await db.records(e.entityType).get(e.recordId);
    const written = JSON.parse(e.after) as { rev?: number };
    if (!current) kept.set(e.recordId, { ref: e.recordRef, shown: e.recordRef, table: e.entityType, why: 'deleted' });
    else if (current.rev !== written.rev) kept.set(e.recordId, { ref: e.recordRef, shown: shownAs(e.entityType, current, e.recordRef), table: e.entityType, why: 'changed' });
  }
  const created = new Set(entries.filter((e) => e.op === 'import').map((e) => e.recordId));
  const tables = new Set(entries.filter((e) => e.op === 'import').map((e) => e.entityType));
  for (const def of entities) {
    if (![...tables].some((t) => canLinkTo(def.fields, t))) continue;
    await db
      .records(def.table)
      .where({ workspaceId })
      .each((r) => {
        if (byId.has(r.id)) return;
        for (const l of linksOf(def.fields, r)) {
          const e = byId.get(l.id);
          if (created.has(l.id) && e && !kept.has(l.id)) kept.set(l.id, { ref: e.recordRef, shown: shownAs(e.entityType, JSON.parse(e.after) as StoredRecord, e.recordRef), table: e.entityType, why: 'linked', by: r.ref });
        }
      });
  }
  // Custom controls the import added are named by their id in controls fields, not linked: a later record that names one keeps it.
  const addedControls = new Map(
    entries.filter((e) => e.op === 'import' && e.entityType === 'customControls').map((e) => [controlKey((JSON.parse(e.after) as StoredRecord)['controlId']), e]),
  );
  const keepControls = (r: StoredRecord, table: string, why: 'linked' | 'needed', by: string): string[] => {
    const out: string[] = [];
    for (const key of customControlsNamed(table, r)) {
      const e = addedControls.get(key);
      if (!e || kept.has(e.recordId)) continue;
      kept.set(e.recordId, { ref: e.recordRef, shown: shownAs(e.entityType, JSON.parse(e.after) as StoredRecord, e.recordRef), table: e.entityType, why, by });
      out.push(e.recordId);
    }
    return out;
  };
  if (addedControls.size) {
    for (const def of entities.filter((d) => controlFields(d.table).length)) {
      await db
        .records(def.table)
        .where({ workspaceId })
        .each((r) => {
          if (!byId.has(r.id)) keepControls(r, def.table, 'linked', r.ref);
        });
    }
  }
  // A kept record keeps what it links to among the records the import added.
  const queue = [...kept.keys()];
  while (queue.length) {
    const id = queue.pop()!;
    const k = kept.get(id)!;
    if (k.why === 'deleted') continue;
    const def = entities.find((d) => d.table === k.table);
    const current = def ? await db.records(k.table).get(id) : undefined;
    for (const l of def && current ? linksOf(def.fields, current) : []) {
      const e = byId.get(l.id);
      if (!created.has(l.id) || !e || kept.has(l.id)) continue;
      kept.set(l.id, { ref: e.recordRef, shown: shownAs(e.entityType, JSON.parse(e.after) as StoredRecord, e.recordRef), table: e.entityType, why: 'needed', by: k.ref });
      queue.push(l.id);
    }
    if (current) queue.push(...keepControls(current, k.table, 'needed', k.ref));
  }
  return kept;
}

/** A custom control's id as records name it (case and spaces aside). */
const controlKey = (id: unknown): string => String(id ?? '').trim().toLowerCase();

/** The fields of a table that name controls (Annex A or custom). */
function controlFields(table: string): string[] {
  const def = entities.find((d) => d.table === table);
  return def ? Object.entries(def.fields).filter(([, f]) => f.kind === 'controls').map(([k]) => k) : [];
}

/** The ids of the custom controls a record names in its controls fields. */
function customControlsNamed(table: string, r: StoredRecord): string[] {
  return controlFields(table).flatMap((f) => ((r[f] as { edition: string; id: string }[] | undefined) ?? []).filter((c) => c.edition === 'custom').map((c) => controlKey(c.id)));
}

/** What undoing the workspace's last import would keep (nothing kept: it undoes cleanly). */
export async function undoCheck(db: IsmsDatabase, workspaceId: string): Promise<{ batch: ImportBatch; kept: KeptRecord[] } | null> {
  return db.transaction('r', db.tables, async () => {
    const b = await lastImport(db, workspaceId);
    if (!b) return null;
    const kept = await keptRecords(db, workspaceId, await batchEntries(db, b));
    return { batch: b, kept: [...kept.values()] };
  });
}

/** The kept records in words: "R1 (changed since), CRM (RSK-004 links to it)". */
export function keptText(kept: readonly KeptRecord[]): string {
  const one = (k: KeptRecord): string =>
    `${k.shown || 'a record'} (${k.why === 'changed' ? 'changed since' : k.why === 'deleted' ? 'deleted since' : k.why === 'linked' ? `${k.by} links to it` : `${k.by} needs it`})`;
  return `${kept.slice(0, 6).map(one).join(', ')}${kept.length > 6 ? ` and ${kept.length - 6} more` : ''}`;
}

/**
 * Undoes the workspace's last import. Throws ImportUndoError (changing nothing) when there is
 * none, or when records of it have been edited, deleted or linked to since, unless `keepChanged`:
 * then those records (and the ones of the import they link to) stay as they are and the rest is undone.
 */
export async function undoLastImport(
  db: IsmsDatabase,
  workspaceId: string,
  actor: string,
  opts: { keepChanged?: boolean } = {},
): Promise<{ deleted: number; restored: number; kept: KeptRecord[]; batch: ImportBatch }> {
  return db.transaction('rw', db.tables, async () => {
    const b = await lastImport(db, workspaceId);
    if (!b) throw new ImportUndoError('There is no import to undo.');
    const entries = await batchEntries(db, b);
    const kept = await keptRecords(db, workspaceId, entries);
    if (kept.size && !opts.keepChanged) {
      const later = [...kept.values()].filter((k) => k.why === 'changed' || k.why === 'deleted').map((k) => k.ref);
      const linked = [...new Set([...kept.values()].filter((k) => k.why === 'linked').map((k) => k.by!))];
      throw new ImportUndoError(
        later.length
          ? `The import of “${b.fileName}” cannot be undone as a whole: ${list(later)} ${later.length > 1 ? 'have' : 'has'} been changed or deleted since. Nothing was undone; you can undo the rest and keep ${later.length > 1 ? 'them' : 'it'}.`
          : `The import of “${b.fileName}” cannot be undone as a whole: ${list(linked)} ${linked.length > 1 ? 'link' : 'links'} to records it added. Nothing was undone; remove those links first, or undo the rest and keep the records they link to.`,
      );
    }
    const reason = `Undo of the import of “${b.fileName}” (import ${b.id.slice(0, 8)})`;
    let deleted = 0;
    let restored = 0;
    for (const e of entries.toReversed()) {
      if (kept.has(e.recordId)) continue;
      const table = db.records(e.entityType);
      const current = (await table.get(e.recordId))!;
      if (e.op === 'import') {
        await table.delete(e.recordId);
        await logChange(db, { workspaceId, actor, entityType: e.entityType, recordId: e.recordId, recordRef: current.ref, op: 'delete', before: JSON.stringify(current), after: '', reason });
        deleted++;
      } else {
        const before = JSON.parse(e.before) as StoredRecord;
        const back: StoredRecord = { ...before, updatedAt: new Date().toISOString(), rev: current.rev + 1 };
        await table.put(back);
        await logChange(db, { workspaceId, actor, entityType: e.entityType, recordId: e.recordId, recordRef: current.ref, op: 'restore', before: JSON.stringify(current), after: JSON.stringify(back), reason });
        restored++;
      }
    }
    await db.meta.delete(batchKey(workspaceId));
    return { deleted, restored, kept: [...kept.values()], batch: b };
  });
}
