/** The example risk register (6.1.2, 6.1.3): 40 risks built from their short specs. */
import { defaultRiskMethod, riskLevel, riskMethodEntity } from '../entities/risk-method.ts';
import { riskEntity } from '../entities/risk.ts';
import type { ControlRef } from '../model/fields.ts';
import { lxi, rec } from './build.ts';
import { type Clock, addMonths } from './dates.ts';
import type { RiskSpec } from './risk-spec.ts';
import { OPERATIONAL_RISKS } from './risks-operational.ts';
import { TECHNICAL_RISKS } from './risks-technical.ts';
import type { ExampleRecord } from './types.ts';

export const RISKS: readonly RiskSpec[] = [...TECHNICAL_RISKS, ...OPERATIONAL_RISKS];

/** `A.8.7` is an Annex A 2022 control; anything else (`CUST.1`) a custom control. */
function controlRefs(ids: string[] = []): ControlRef[] {
  return ids.map((id) => (id.startsWith('A.') ? { edition: '2022', id } : { edition: 'custom', id }));
}

export function riskMethods(c: Clock): ExampleRecord[] {
  return [rec(riskMethodEntity, 'rm-main', { ...defaultRiskMethod(), approvedBy: 'per-ceo', approvedAt: c.ago(11) })];
}

/** Months until the next review: the review cadence of the residual level in the default method. */
function reviewMonths(r: RiskSpec): number {
  const [likelihood, impact] = r.residual;
  return riskLevel(defaultRiskMethod(), { likelihood, impact })?.reviewMonths ?? 12;
}

export function risks(c: Clock): ExampleRecord[] {
  return RISKS.map((r) => {
    const reviewedAt = r.reviewedDays === undefined ? c.ago(r.reviewed) : c.daysAgo(r.reviewedDays);
    return rec(riskEntity, r.key, {
      title: r.title,
      description: r.description,
      kind: r.kind ?? 'infosec_risk',
      approach: r.assets?.length ? 'asset_based' : 'scenario_based',
      assets: r.assets ?? [],
      threats: r.threats ?? [],
      vulnerabilities: r.vulns ?? [],
      riskSources: r.sources ?? '',
      consequence: r.consequence ?? '',
      cia: r.cia,
      category: r.category,
      owner: r.owner,
      existingControls: controlRefs(r.existing),
      inherent: lxi(...r.inherent),
      treatmentOption: r.option,
      treatmentRationale: r.rationale,
      plannedControls: controlRefs(r.planned),
      residual: lxi(...r.residual),
      acceptance: r.accepted ? { acceptedBy: r.accepted.by, acceptedAt: reviewedAt, rationale: r.accepted.why, ratingAccepted: lxi(...r.residual) } : null,
      status: r.status,
      lastReviewedAt: reviewedAt,
      nextReviewDue: addMonths(reviewedAt, reviewMonths(r)),
    });
  });
}

/** For each Annex A 2022 control, the risks that name it as an existing or planned control. */
export function risksByControl(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of RISKS)
    for (const id of new Set([...(r.existing ?? []), ...(r.planned ?? [])])) {
      if (!id.startsWith('A.')) continue;
      out.set(id, [...(out.get(id) ?? []), r.key]);
    }
  return out;
}
