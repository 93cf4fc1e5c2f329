import { type RatingRules, riskLevel } from '../entities/risk-method.ts';
import { dueFlags } from '../due.ts';
import type { ControlRef, Rating } from '../model/fields.ts';
import { type AcceptanceState, acceptanceState } from './acceptance.ts';
import type { Stage } from './heatmap.ts';

/** The risk register's filter, as it is written in the URL (`#/risks?stage=residual&level=high`). */
export interface RiskFilter {
  q: string;
  stage: Stage;
  level: string;
  /** A heat-map cell: likelihood and impact at `stage`. */
  l: number | null;
  i: number | null;
  owner: string;
  status: string;
  /** A treatment option, or `none` for risks without a decision. */
  treatment: string;
  asset: string;
  /** A control id, such as `A.8.7` or a custom id. */
  control: string;
  due: '' | 'overdue';
  acceptance: '' | AcceptanceState;
}

const KEYS = ['q', 'stage', 'level', 'l', 'i', 'owner', 'status', 'treatment', 'asset', 'control', 'due', 'acceptance'] as const;

/** Reads the filter from a route query; unknown or malformed values are ignored. */
export function parseRiskFilter(query: Record<string, string>): RiskFilter {
  const int = (v: string | undefined): number | null => (v && /^[1-7]$/.test(v) ? Number(v) : null);
  const acceptance = query['acceptance'] ?? '';
  return {
    q: query['q'] ?? '',
    stage: query['stage'] === 'residual' ? 'residual' : 'inherent',
    level: query['level'] ?? '',
    l: int(query['l']),
    i: int(query['i']),
    owner: query['owner'] ?? '',
    status: query['status'] ?? '',
    treatment: query['treatment'] ?? '',
    asset: query['asset'] ?? '',
    control: query['control'] ?? '',
    due: query['due'] === 'overdue' ? 'overdue' : '',
    acceptance: (['none', 'valid', 'stale', 'unauthorised'] as const).find((a) => a === acceptance) ?? '',
  };
}

/** The filter as route query entries (empty values left out). */
export function riskFilterQuery(f: RiskFilter): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of KEYS) {
    const v = f[k];
    if (k === 'stage' && v === 'inherent') continue;
    if (v !== '' && v !== null) out[k] = String(v);
  }
  return out;
}

/** True when any filter narrows the register (the rating stage alone narrows nothing). */
export function isFiltered(f: RiskFilter): boolean {
  return Object.keys(riskFilterQuery(f)).some((k) => k !== 'stage');
}

/** A risk as the register filters it. */
export interface FilterableRisk {
  ref: string;
  title: string;
  description: string;
  owner: string | null;
  status: string | null;
  treatmentOption: string | null;
  assets: string[];
  existingControls: ControlRef[];
  plannedControls: ControlRef[];
  inherent: Rating | null;
  residual: Rating | null;
  acceptance: { acceptedBy: string | null; ratingAccepted: Rating | null } | null;
  nextReviewDue: string | null;
}

export interface FilterContext {
  method: RatingRules;
  today: string;
  topManagement: ReadonlySet<string>;
  /** Extra text a risk is found by: its owner's name, its assets' names. */
  searchText?: (r: FilterableRisk) => string;
}

/** True when the risk passes every part of the filter. */
export function matchesRiskFilter(r: FilterableRisk, f: RiskFilter, ctx: FilterContext): boolean {
  const rating = r[f.stage];
  if (f.l !== null && rating?.likelihood !== f.l) return false;
  if (f.i !== null && rating?.impact !== f.i) return false;
  if (f.level && (!rating || riskLevel(ctx.method, rating)?.code !== f.level)) return false;
  if (f.owner && r.owner !== f.owner) return false;
  if (f.status && r.status !== f.status) return false;
  if (f.treatment && (f.treatment === 'none' ? r.treatmentOption !== null : r.treatmentOption !== f.treatment)) return false;
  if (f.asset && !r.assets.includes(f.asset)) return false;
  if (f.control && ![...r.existingControls, ...r.plannedControls].some((c) => c.id === f.control)) return false;
  if (f.due === 'overdue' && !dueFlags(r as unknown as Record<string, unknown>, ctx.today).some((d) => d.kind === 'review_overdue')) return false;
  if (f.acceptance && acceptanceState(ctx.method, r, ctx.topManagement) !== f.acceptance) return false;
  const needle = f.q.trim().toLowerCase();
  if (needle) {
    const text = `${r.ref} ${r.title} ${r.description} ${ctx.searchText?.(r) ?? ''}`.toLowerCase();
    if (!text.includes(needle)) return false;
  }
  return true;
}
