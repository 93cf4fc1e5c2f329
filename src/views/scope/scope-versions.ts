/** One current ISMS scope per workspace (4.3): new versions start as drafts; approving one supersedes the others. */
import type { StoredRecord } from '../../lib/db/database.ts';
import { scopeEntity } from '../../lib/domain/entities/scope.ts';
import { draftOf } from '../../lib/domain/model/entity.ts';
import { session } from '../../lib/state/session.svelte.ts';

/** The version after `v`: 1.2 → 1.3, 2 → 2.1, none → 1.0. */
export function bumpVersion(v: string): string {
  const m = /^(\d+)(?:\.(\d+))?/.exec(v.trim());
  if (!m) return '1.0';
  return `${m[1]}.${m[2] === undefined ? 1 : Number(m[2]) + 1}`;
}

/** The scope in force: the approved one approved last. */
export function currentScope(scopes: readonly StoredRecord[]): StoredRecord | undefined {
  return scopes.filter((s) => s['status'] === 'approved').toSorted((a, b) => String(b['approvedAt'] ?? '').localeCompare(String(a['approvedAt'] ?? '')))[0];
}

/** A draft copy of `from` with the next version number; returns it. */
export async function startNewVersion(from: StoredRecord): Promise<StoredRecord> {
  const d = draftOf(scopeEntity, from);
  return session.repo.create(scopeEntity, from.workspaceId, {
    ...d, version: bumpVersion(d.version), status: 'draft', approvedBy: null, approvedAt: null, noInterfacesConfirmed: d.interfaces.length === 0 && d.noInterfacesConfirmed,
  });
}

/** Approves a draft and supersedes every other approved scope, in one transaction. */
export async function approveScope(draft: StoredRecord, all: readonly StoredRecord[], approver: string, date: string): Promise<void> {
  const db = session.db;
  await db.transaction('rw', db.tables, async () => {
    for (const s of all)
      if (s.id !== draft.id && s['status'] === 'approved')
        await session.repo.update(scopeEntity, s.id, { ...draftOf(scopeEntity, s), status: 'superseded' }, s.rev);
    await session.repo.update(scopeEntity, draft.id, { ...draftOf(scopeEntity, draft), status: 'approved', approvedBy: approver, approvedAt: date, lastReviewedAt: date }, draft.rev);
  });
}
