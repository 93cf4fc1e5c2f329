import { type RiskMethodDraft, riskMethodEntity } from '../domain/entities/risk-method.ts';
import { riskEntity } from '../domain/entities/risk.ts';
import { anyEntity, draftOf, validate } from '../domain/model/entity.ts';
import { naturalCompare } from '../domain/model/compare.ts';
import type { Rating } from '../domain/model/fields.ts';
import { type ScaleMapping, mappingIssues, remapRating } from '../domain/risk/remap.ts';
import type { IsmsDatabase, StoredRecord } from './database.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { Repository, activeRiskMethod, logChange, validationContext } from './repository.ts';

/** One risk's ratings before and after a method change, for the preview and the change log. */
export interface RemapRow {
  id: string;
  ref: string;
  title: string;
  before: { inherent: Rating | null; residual: Rating | null };
  after: { inherent: Rating | null; residual: Rating | null };
}

const sizes = (m: Pick<RiskMethodDraft, 'likelihoodScale' | 'impactScale'>) => ({ likelihood: m.likelihoodScale.length, impact: m.impactScale.length });
const map = (r: Rating | null, m: ScaleMapping, next: { likelihood: number; impact: number }): Rating | null => (r ? remapRating(r, m, next) : null);

/** 4.9: every risk of the workspace with its ratings on the current scales and on the new ones. */
export async function previewRemap(db: IsmsDatabase, workspaceId: string, next: RiskMethodDraft, mapping: ScaleMapping): Promise<RemapRow[]> {
  const risks = await db.records('risks').where({ workspaceId }).toArray();
  const n = sizes(next);
  return risks
    .map((r) => {
      const inherent = (r['inherent'] as Rating | null) ?? null;
      const residual = (r['residual'] as Rating | null) ?? null;
      return { id: r.id, ref: r.ref, title: String(r['title']), before: { inherent, residual }, after: { inherent: map(inherent, mapping, n), residual: map(residual, mapping, n) } };
    })
    .sort((a, b) => naturalCompare(a.ref, b.ref));
}

/**
 * Puts a new method in force and re-maps every risk's ratings onto it, in one transaction. The old
 * method is retired, not changed; each re-mapped risk gets a `remap` change-log entry holding its
 * ratings before and after, so no original value is ever lost. Returns the number of risks changed.
 */
export async function changeRiskMethod(
  db: IsmsDatabase,
  workspaceId: string,
  next: RiskMethodDraft,
  mapping: ScaleMapping,
  actor: string,
): Promise<number> {
  const issues = validate(riskMethodEntity, { ...next, status: 'approved' });
  if (issues.length) throw new ValidationError(riskMethodEntity.label, issues);
  return db.transaction('rw', db.tables, async () => {
    const current = await activeRiskMethod(db, workspaceId);
    if (!current) throw new NotFoundError('The risk method in force');
    const problems = mappingIssues(mapping, sizes(current), sizes(next));
    if (problems.length) throw new ValidationError('Re-mapping', problems.map((message) => ({ field: 'mapping', message })));
    const t = new Date().toISOString();
    const retired: StoredRecord = { ...current, status: 'retired', updatedAt: t, rev: current.rev + 1 };
    await db.records('riskMethods').put(retired);
    await logChange(db, { workspaceId, actor, entityType: 'riskMethods', recordId: current.id, recordRef: current.ref, op: 'update', before: JSON.stringify(current), after: JSON.stringify(retired), reason: `Replaced by method version ${next.version}` });
    // Validated, links checked and numbered like every other new record.
    const method = await new Repository(db, () => actor).build(riskMethodEntity, workspaceId, { ...next, status: 'approved' });
    await db.records('riskMethods').add(method);
    await logChange(db, { workspaceId, actor, entityType: 'riskMethods', recordId: method.id, recordRef: method.ref, op: 'create', before: '', after: JSON.stringify(method), reason: `Method ${String(current['version'])} → ${next.version}` });
    const ctx = await validationContext(db, workspaceId);
    const n = sizes(next);
    const reason = `Method ${String(current['version'])} → ${next.version}: likelihood ${describe(mapping.likelihood)}; impact ${describe(mapping.impact)}`;
    let changed = 0;
    for (const r of await db.records('risks').where({ workspaceId }).toArray()) {
      const acceptance = r['acceptance'] as { ratingAccepted: Rating | null } | null;
      const after: StoredRecord = {
        ...r,
        inherent: map(r['inherent'] as Rating | null, mapping, n),
        residual: map(r['residual'] as Rating | null, mapping, n),
        acceptance: acceptance ? { ...acceptance, ratingAccepted: map(acceptance.ratingAccepted, mapping, n) } : null,
      };
      if (JSON.stringify(after) === JSON.stringify(r)) continue;
      // Only the ratings move; an authority problem the new levels reveal is flagged, not blocked.
      const bad = validate(anyEntity(riskEntity), draftOf(anyEntity(riskEntity), after), { scaleSizes: ctx.scaleSizes }).filter((i) => !i.field.startsWith('acceptance.acceptedBy'));
      if (bad.length) throw new ValidationError(`${riskEntity.label} ${r.ref}`, bad);
      after.updatedAt = t;
      after.rev = r.rev + 1;
      await db.records('risks').put(after);
      await logChange(db, { workspaceId, actor, entityType: 'risks', recordId: r.id, recordRef: r.ref, op: 'remap', before: JSON.stringify(r), after: JSON.stringify(after), reason });
      changed++;
    }
    return changed;
  });
}

function describe(m: Record<number, number>): string {
  return Object.entries(m)
    .map(([a, b]) => `${a}→${b}`)
    .join(', ');
}
