/** Making an approved document version the current one (7.5.3 control of changes). */
import type { StoredRecord } from '../../lib/db/database.ts';
import { documentEntity } from '../../lib/domain/entities/document.ts';
import { documentVersionEntity } from '../../lib/domain/entities/document-version.ts';
import { addMonths } from '../../lib/domain/model/dates.ts';
import { draftOf } from '../../lib/domain/model/entity.ts';
import { session } from '../../lib/state/session.svelte.ts';

/** The next minor version after the highest given: 1.2 → 1.3; none → 1.0. */
export function nextVersion(numbers: readonly string[], highest: string | undefined): string {
  if (!highest) return numbers.length ? `${numbers.length}.0` : '1.0';
  const m = /^(\d+)\.(\d+)/.exec(highest);
  return m ? `${m[1]}.${Number(m[2]) + 1}` : `${highest}.1`;
}

/**
 * Publishes an approved version: the document takes its number, approver and date, and the
 * versions approved before it become superseded. One transaction: all of it or nothing.
 */
export async function makeCurrent(doc: StoredRecord, version: StoredRecord, others: readonly StoredRecord[], today: string): Promise<void> {
  const db = session.db;
  await db.transaction('rw', db.tables, async () => {
    for (const v of others)
      if (v.id !== version.id && v['status'] === 'approved')
        await session.repo.update(documentVersionEntity, v.id, { ...draftOf(documentVersionEntity, v), status: 'superseded' }, v.rev);
    const d = draftOf(documentEntity, doc);
    await session.repo.update(
      documentEntity,
      doc.id,
      {
        ...d,
        version: String(version['version']),
        status: 'published',
        approver: (version['approver'] as string | null) ?? d.approver,
        approvedAt: (version['approvedAt'] as string | null) ?? d.approvedAt,
        lastReviewedAt: today,
        nextReviewDue: addMonths(today, d.reviewCycleMonths ?? 12),
      },
      doc.rev,
    );
  });
}
