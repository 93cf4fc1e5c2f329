import type { RemapRow } from '../../../lib/db/risk-method-change.ts';
import { type RatingRules, type RiskLevel, riskLevel } from '../../../lib/domain/entities/risk-method.ts';
import type { Rating } from '../../../lib/domain/model/fields.ts';
import type { RatedRisk } from '../../../lib/domain/risk/heatmap.ts';

/** One rating before and after the change, with its level under each method. */
export interface RatingChange {
  before: Rating | null;
  after: Rating | null;
  levelBefore: RiskLevel | undefined;
  levelAfter: RiskLevel | undefined;
  /** True when the level is not the same one (by code) after the change. */
  changes: boolean;
}

/** A risk as the re-mapping preview shows it. */
export interface RemapView {
  id: string;
  ref: string;
  title: string;
  inherent: RatingChange;
  residual: RatingChange;
  changes: boolean;
}

function change(before: Rating | null, after: Rating | null, current: RatingRules, next: RatingRules): RatingChange {
  const levelBefore = before ? riskLevel(current, before) : undefined;
  const levelAfter = after ? riskLevel(next, after) : undefined;
  return { before, after, levelBefore, levelAfter, changes: levelBefore?.code !== levelAfter?.code };
}

/** 4.9: each risk's ratings and levels under the method in force and under the new one. */
export function remapView(rows: readonly RemapRow[], current: RatingRules, next: RatingRules): RemapView[] {
  return rows.map((r) => {
    const inherent = change(r.before.inherent, r.after.inherent, current, next);
    const residual = change(r.before.residual, r.after.residual, current, next);
    return { id: r.id, ref: r.ref, title: r.title, inherent, residual, changes: inherent.changes || residual.changes };
  });
}

/** The risks as a heat map places them, before or after the change. */
export function ratedRisks(rows: readonly RemapView[], side: 'before' | 'after'): RatedRisk[] {
  return rows.map((r) => ({ id: r.id, ref: r.ref, inherent: r.inherent[side], residual: r.residual[side] }));
}
