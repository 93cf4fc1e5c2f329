import { bulkUpdate } from '../../../lib/db/soa.ts';
import { soaEntryEntity, type SoaEntryDraft } from '../../../lib/domain/entities/soa-entry.ts';
import { localToday } from '../../../lib/domain/due.ts';
import { emptyDraft } from '../../../lib/domain/model/entity.ts';
import { optionLabel } from '../../../lib/domain/model/fields.ts';
import type { SoaControl } from '../../../lib/domain/soa/controls.ts';
import { session } from '../../../lib/state/session.svelte.ts';
import type { SoaRow } from '../../../lib/state/soa-data.svelte.ts';
import { errorText, toasts } from '../../../lib/state/toasts.svelte.ts';

export type Applicable = NonNullable<SoaEntryDraft['applicable']>;
export type Status = NonNullable<SoaEntryDraft['implementationStatus']>;

const f = soaEntryEntity.fields;
export const applicableOptions = f.applicable.options.map((v) => ({ value: v, label: optionLabel(f.applicable, v) }));
export const statusOptions = f.implementationStatus.options.map((v) => ({ value: v, label: optionLabel(f.implementationStatus, v) }));
export const reasonShort = { RT: 'Risk', LR: 'Law', CO: 'Contract', BP: 'Practice' } as const;

/** A change to one or more rows, as a function of each row's draft. */
export type Change = (d: SoaEntryDraft) => SoaEntryDraft;

/** Excluding a control drops its reasons for inclusion; deciding confirms the row. */
export const setApplicable =
  (a: Applicable): Change =>
  (d) => ({ ...d, applicable: a, reasons: a === 'no' ? [] : d.reasons, pendingReview: false });
export const setStatus =
  (s: Status): Change =>
  (d) => ({ ...d, implementationStatus: s });
export const setOwner =
  (owner: string | null): Change =>
  (d) => ({ ...d, owner });
export const markReviewed: Change = (d) => ({ ...d, pendingReview: false, lastReviewedAt: localToday() });

/**
 * Saves a change to the given lines: existing rows are updated, controls without a row get one.
 * All or nothing; the message of a refusal is shown.
 */
export async function applyChange(lines: readonly { control: SoaControl; row: SoaRow | undefined }[], change: Change): Promise<boolean> {
  const ws = session.workspaceId;
  if (!ws) return false;
  try {
    await session.db.transaction('rw', session.db.tables, async () => {
      const existing = lines.flatMap((l) => (l.row ? [l.row.id] : []));
      await bulkUpdate(session.db, session.repo, existing, change);
      for (const l of lines)
        if (!l.row) await session.repo.create(soaEntryEntity, ws, change(emptyDraft(soaEntryEntity, { control: [l.control.ref], applicable: 'undecided' })));
    });
    return true;
  } catch (e) {
    toasts.show(`Not saved: ${errorText(e)}`, 'error');
    return false;
  }
}

