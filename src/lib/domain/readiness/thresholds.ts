import { defaultSettings, type SettingsDraft } from '../entities/settings.ts';

/**
 * The numbers the readiness rules use. The first group comes from the workspace settings; the
 * second has no settings field yet, so the defaults of DOMAIN sections 2, 6 and 8 apply.
 */
export interface Thresholds {
  auditMonths: number;
  reviewMonths: number;
  documentReviewMonths: number;
  objectiveUpdateMonths: number;
  awarenessPct: number;
  dueSoonDays: number;
  riskReviewMonths: number;
  /** Scope and information security policy: reviewed at least this often. */
  scopeReviewMonths: number;
  policyReviewMonths: number;
  /** The legal and contractual requirement register (R15, 2022 A.5.31). */
  legalRegisterReviewMonths: number;
  /** Share of recurring-activity occurrences of the last 12 months done with evidence (R08). */
  recurringDonePct: number;
  /** Largest share of open treatment actions that may be overdue (R10). */
  overdueActionsMaxPct: number;
  /** Days to correct a nonconformity and plan its corrective action (8.3). */
  ncPlanDays: number;
  /** Days to close a nonconformity when it has no due date of its own (8.3). */
  ncCloseDaysMajor: number;
  ncCloseDaysMinor: number;
  /** Continuity and incident procedures are exercised or used at least this often (R15). */
  exerciseMonths: number;
}

/** Defaults for the thresholds that have no settings field. */
export const READINESS_DEFAULTS = {
  scopeReviewMonths: 12,
  policyReviewMonths: 12,
  legalRegisterReviewMonths: 12,
  recurringDonePct: 90,
  overdueActionsMaxPct: 10,
  ncPlanDays: 30,
  ncCloseDaysMajor: 90,
  ncCloseDaysMinor: 180,
  exerciseMonths: 12,
} as const;

const num = (v: number | null | undefined, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

/** The thresholds of a workspace: its settings where it has them, the defaults elsewhere. */
export function thresholdsFrom(settings: Partial<SettingsDraft> | null): Thresholds {
  const d = defaultSettings();
  const s = settings ?? {};
  return {
    auditMonths: num(s.auditIntervalMonths, d.auditIntervalMonths ?? 12),
    reviewMonths: num(s.reviewIntervalMonths, d.reviewIntervalMonths ?? 12),
    documentReviewMonths: num(s.documentReviewMonths, d.documentReviewMonths ?? 12),
    objectiveUpdateMonths: num(s.objectiveUpdateMonths, d.objectiveUpdateMonths ?? 3),
    awarenessPct: num(s.awarenessTargetPct, d.awarenessTargetPct ?? 95),
    dueSoonDays: num(s.dueSoonDays, d.dueSoonDays ?? 30),
    riskReviewMonths: num(s.riskReviewMonthsDefault, d.riskReviewMonthsDefault ?? 12),
    ...READINESS_DEFAULTS,
  };
}
