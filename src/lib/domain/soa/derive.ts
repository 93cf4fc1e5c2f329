/**
 * 6.1.3 b–d: the SoA follows from risk treatment. A control chosen for any treated risk is proposed
 * as applicable for risk treatment, with those risks linked; a control named by a requirement
 * addressed through the ISMS is proposed for a legal, regulatory or contractual reason.
 */
import type { Edition } from '../catalogs/index.ts';
import type { SoaEntryDraft } from '../entities/soa-entry.ts';
import type { ControlRef } from '../model/fields.ts';
import { controlKey, type CustomControlLike } from './controls.ts';

export interface RiskLike {
  id: string;
  treatmentOption: string | null;
  plannedControls: readonly ControlRef[];
  existingControls: readonly ControlRef[];
  status: string | null;
}
export interface ActionLike {
  id: string;
  risks: readonly string[];
  controls: readonly ControlRef[];
  status: string | null;
}
export interface RequirementLike {
  id: string;
  kind: string | null;
  addressedThroughIsms: string | null;
  controls: readonly ControlRef[];
}

/** What the risk work and the requirements say about one control. */
export interface Proposal {
  risks: string[];
  requirements: { id: string; reason: 'LR' | 'CO' }[];
}

export interface DeriveInput {
  edition: Edition;
  risks: readonly RiskLike[];
  actions: readonly ActionLike[];
  requirements: readonly RequirementLike[];
  customControls: readonly CustomControlLike[];
}

// 6.1.3 b: retaining a risk chooses no control; modifying, sharing and avoiding do.
const TREATING = new Set(['modify', 'share', 'avoid']);

/** The proposals for every control some risk or requirement calls for, by control key. */
export function deriveProposals(input: DeriveInput): Map<string, Proposal> {
  const out = new Map<string, Proposal>();
  const mapsTo = new Map(input.customControls.map((c) => [c.controlId.trim(), c.mapsTo]));
  const relevant = (c: ControlRef): ControlRef[] => {
    if (c.edition === 'custom') return [c, ...(mapsTo.get(c.id) ?? []).filter((m) => m.edition === input.edition)];
    return c.edition === input.edition ? [c] : [];
  };
  const at = (c: ControlRef): Proposal => {
    const key = controlKey(c);
    let p = out.get(key);
    if (!p) out.set(key, (p = { risks: [], requirements: [] }));
    return p;
  };
  const treated = new Map(input.risks.filter((r) => r.status !== 'closed' && TREATING.has(r.treatmentOption ?? '')).map((r) => [r.id, r]));
  const chosen = new Map<string, Set<string>>();
  const choose = (riskId: string, c: ControlRef): void => {
    for (const x of relevant(c)) {
      const set = chosen.get(controlKey(x)) ?? new Set<string>();
      set.add(riskId);
      chosen.set(controlKey(x), set);
      at(x);
    }
  };
  for (const r of treated.values()) for (const c of [...r.plannedControls, ...r.existingControls]) choose(r.id, c);
  for (const a of input.actions) {
    if (a.status === 'cancelled') continue;
    for (const riskId of a.risks) if (treated.has(riskId)) for (const c of a.controls) choose(riskId, c);
  }
  for (const [key, set] of chosen) at(parseKey(key)).risks = [...set];
  for (const q of input.requirements) {
    if (q.addressedThroughIsms === 'no') continue;
    const reason = q.kind === 'contractual' ? 'CO' : q.kind === 'legal' || q.kind === 'regulatory' ? 'LR' : null;
    if (!reason) continue;
    for (const c of q.controls) for (const x of relevant(c)) at(x).requirements.push({ id: q.id, reason });
  }
  return out;
}

function parseKey(key: string): ControlRef {
  const i = key.indexOf(':');
  return { edition: key.slice(0, i) as ControlRef['edition'], id: key.slice(i + 1) };
}

/** True when the entry already says everything the proposal says. */
export function proposalMet(entry: SoaEntryDraft, p: Proposal): boolean {
  if (entry.applicable !== 'yes') return false;
  if (p.risks.length && (!entry.reasons.includes('RT') || p.risks.some((id) => !entry.risks.includes(id)))) return false;
  return p.requirements.every((q) => entry.reasons.includes(q.reason) && entry.requirements.includes(q.id));
}

/** The entry with the proposal confirmed: applicable, with its reasons and links added. */
export function applyProposal(entry: SoaEntryDraft, p: Proposal): SoaEntryDraft {
  const reasons = new Set(entry.reasons);
  if (p.risks.length) reasons.add('RT');
  for (const q of p.requirements) reasons.add(q.reason);
  return {
    ...entry,
    applicable: 'yes',
    reasons: (['RT', 'LR', 'CO', 'BP'] as const).filter((r) => reasons.has(r)),
    risks: [...new Set([...entry.risks, ...p.risks])],
    requirements: [...new Set([...entry.requirements, ...p.requirements.map((q) => q.id)])],
    pendingReview: false,
  };
}
