/** Facts about risks and their treatment that several readiness rules share (6.1.2, 6.1.3, 8.2, 8.3). */
import type { Risk } from '../entities/risk.ts';
import { levelRank, riskLevel, type RiskMethodDraft } from '../entities/risk-method.ts';
import type { TreatmentAction } from '../entities/treatment-action.ts';
import type { Rating } from '../model/fields.ts';
import { type ReadinessInput, rows } from './input.ts';

/** The method to judge risks by: the one in force, else the latest approved one in the snapshot. */
export function methodOf(input: ReadinessInput): RiskMethodDraft | null {
  if (input.method) return input.method;
  return rows(input, 'riskMethods')
    .filter((m) => m.status === 'approved')
    .toSorted((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null;
}

/** Risks still being managed (not closed). */
export function openRisks(input: ReadinessInput): Risk[] {
  return rows(input, 'risks').filter((r) => r.status !== 'closed');
}

/** True when the rating's level is above the appetite (false when the method cannot place it). */
export function aboveAppetite(method: RiskMethodDraft | null, r: Rating | null): boolean {
  if (!method || !r) return false;
  const lv = riskLevel(method, r);
  return lv !== undefined && levelRank(method, lv.code) > levelRank(method, method.appetite);
}

/** True when the rating falls in the method's highest level. */
export function atTopLevel(method: RiskMethodDraft | null, r: Rating | null): boolean {
  if (!method || !r || method.levels.length === 0) return false;
  return riskLevel(method, r)?.code === method.levels[method.levels.length - 1]?.code;
}

/** Treatment actions still to do. */
export function isOpenAction(a: Pick<TreatmentAction, 'status'>): boolean {
  return a.status === 'planned' || a.status === 'in_progress';
}

/** The actions of each risk, cancelled ones left out. */
export function actionsByRisk(input: ReadinessInput): Map<string, TreatmentAction[]> {
  const out = new Map<string, TreatmentAction[]>();
  for (const a of rows(input, 'treatmentActions')) {
    if (a.status === 'cancelled') continue;
    for (const r of a.risks) out.set(r, [...(out.get(r) ?? []), a]);
  }
  return out;
}

/** Options that need actions: modify, avoid and share (retain needs an acceptance instead). */
export function needsActions(r: Pick<Risk, 'treatmentOption'>): boolean {
  return r.treatmentOption === 'modify' || r.treatmentOption === 'avoid' || r.treatmentOption === 'share';
}
