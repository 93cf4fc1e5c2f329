import { type RatingRules, type RiskLevel, type RiskMethodDraft, riskLevel } from '../entities/risk-method.ts';
import type { Rating } from '../model/fields.ts';

/** The rating stages a heat map can show. */
export type Stage = 'inherent' | 'residual';

/** A risk as the heat map needs it. */
export interface RatedRisk {
  id: string;
  ref: string;
  inherent: Rating | null;
  residual: Rating | null;
}

/** One cell of a heat map: its coordinates, its level, and the risks in it. */
export interface HeatCell {
  likelihood: number;
  impact: number;
  level: RiskLevel | undefined;
  risks: string[];
}

/**
 * 4.8: the cells of a heat map for a stage, rows from the highest likelihood down (the worst
 * cell top-right), each with the ids of the risks rated in it. Ratings outside the scales are
 * counted in `outside` rather than guessed into a cell.
 */
export function heatMap(
  method: RatingRules & Pick<RiskMethodDraft, 'likelihoodScale' | 'impactScale'>,
  risks: readonly RatedRisk[],
  stage: Stage,
): { rows: HeatCell[][]; unrated: number; outside: number } {
  const L = method.likelihoodScale.length;
  const I = method.impactScale.length;
  const rows: HeatCell[][] = [];
  for (let l = L; l >= 1; l--) {
    const row: HeatCell[] = [];
    for (let i = 1; i <= I; i++) row.push({ likelihood: l, impact: i, level: riskLevel(method, { likelihood: l, impact: i }), risks: [] });
    rows.push(row);
  }
  let unrated = 0;
  let outside = 0;
  for (const r of risks) {
    const rating = r[stage];
    if (!rating) unrated++;
    else if (rating.likelihood < 1 || rating.likelihood > L || rating.impact < 1 || rating.impact > I) outside++;
    else rows[L - rating.likelihood]![rating.impact - 1]!.risks.push(r.id);
  }
  return { rows, unrated, outside };
}

/** One move from an inherent cell to a residual cell, with the risks that made it. */
export interface Movement {
  from: Rating;
  to: Rating;
  risks: string[];
}

/** How risks moved from their inherent cell to their residual cell; risks that stayed are included. */
export function movements(risks: readonly RatedRisk[]): Movement[] {
  const byKey = new Map<string, Movement>();
  for (const r of risks) {
    if (!r.inherent || !r.residual) continue;
    const key = `${r.inherent.likelihood}:${r.inherent.impact}>${r.residual.likelihood}:${r.residual.impact}`;
    const m = byKey.get(key) ?? { from: r.inherent, to: r.residual, risks: [] };
    m.risks.push(r.id);
    byKey.set(key, m);
  }
  return [...byKey.values()].sort((a, b) => b.risks.length - a.risks.length);
}
