/**
 * Certification readiness (DOMAIN section 6): the fifteen kinds of mandatory documented
 * information, each present or not and fit or not, with the rule that decided it, the records
 * behind it and where to fix it. Pure: the caller passes a snapshot of the workspace.
 */
import { goodPracticeItems } from './good-practice.ts';
import type { ReadinessInput } from './input.ts';
import { r15SubItems, r15Summary } from './rules-annex.ts';
import { r12Audit } from './rules-audit.ts';
import { r06Competence } from './rules-competence.ts';
import { r14Nonconformities } from './rules-improvement.ts';
import { r08Operation, r11Metrics } from './rules-operation.ts';
import { r02Policy } from './rules-policy.ts';
import { r13Review } from './rules-review.ts';
import { r03Method, r09Results, r10Treatment } from './rules-risk.ts';
import { r01Scope } from './rules-scope.ts';
import { r04aSoa } from './rules-soa.ts';
import { r05Objectives, r07Documents } from './rules-support.ts';
import { r04bPlan, r04Process } from './rules-treatment.ts';
import { thresholdsFrom } from './thresholds.ts';
import type { ReadinessFigure, ReadinessItem, ReadinessReport } from './types.ts';

export type { ReadinessInput, ReadinessTables, TableName } from './input.ts';
export { readinessTables } from './input.ts';
export type * from './types.ts';

/** The items whose failure blocks certification (DOMAIN section 6: items 1–6, 9, 10, 12–14). */
export const BLOCKING_ITEMS: ReadonlySet<string> = new Set(['R01', 'R02', 'R03', 'R04', 'R04a', 'R04b', 'R05', 'R06', 'R09', 'R10', 'R12', 'R13', 'R14']);

/** Passed ÷ applicable over the items that count: all but the R15 summary (its sub-items count instead). */
export function readinessFigure(items: readonly ReadinessItem[]): ReadinessFigure {
  const counted = items.filter((i) => i.id !== 'R15' && i.status !== 'n/a');
  const passed = counted.filter((i) => i.status === 'pass').length;
  return {
    passed,
    warned: counted.filter((i) => i.status === 'warn').length,
    failed: counted.filter((i) => i.status === 'fail').length,
    applicable: counted.length,
    pct: counted.length ? Math.round((passed / counted.length) * 100) : 0,
  };
}

/** Every readiness item of the workspace, its blockers and its readiness figure. */
export function readiness(input: ReadinessInput): ReadinessReport {
  const t = thresholdsFrom(input.settings);
  const soa = r04aSoa(input);
  const plan = r04bPlan(input);
  const annex = r15SubItems(input, t);
  const items: ReadinessItem[] = [
    r01Scope(input, t),
    r02Policy(input, t),
    r03Method(input),
    r04Process(input, t, soa, plan),
    soa,
    plan,
    r05Objectives(input, t),
    r06Competence(input, t.dueSoonDays),
    r07Documents(input, t),
    r08Operation(input, t),
    r09Results(input, t),
    r10Treatment(input, t),
    r11Metrics(input),
    r12Audit(input, t),
    r13Review(input, t),
    r14Nonconformities(input, t),
    r15Summary(annex),
    ...annex,
  ];
  return {
    items,
    goodPractice: goodPracticeItems(input, t.awarenessPct),
    blockers: items.filter((i) => i.status === 'fail' && BLOCKING_ITEMS.has(i.id)),
    figure: readinessFigure(items),
  };
}
