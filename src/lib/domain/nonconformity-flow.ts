/**
 * Where a nonconformity stands in its lifecycle (10.2; DOMAIN.md 8.3): record, contain, analyse,
 * plan corrective action, implement, check effectiveness, close. Pure: today is given.
 */
import type { CorrectiveAction } from './entities/corrective-action.ts';
import type { Nonconformity, NonconformityDraft } from './entities/nonconformity.ts';
import { parse } from './model/dates.ts';

export type NcStatus = NonNullable<NonconformityDraft['status']>;
export type NcStepKey = 'record' | 'contain' | 'analyse' | 'plan' | 'implement' | 'verify' | 'close';

export interface NcStep {
  key: NcStepKey;
  label: string;
  state: 'done' | 'current' | 'todo' | 'skipped';
  /** The status the nonconformity takes when this step is done. */
  status: NcStatus;
}

export interface NcFlow {
  steps: NcStep[];
  /** The first step not done yet, or null when closed. */
  current: NcStepKey | null;
  canClose: boolean;
  /** Why it cannot be closed yet, in words; null when it can (or is closed). */
  closeBlocker: string | null;
  ageDays: number;
  overdue: boolean;
  /** The status the steps done so far imply. */
  impliedStatus: NcStatus;
}

const LABELS: Record<NcStepKey, [string, NcStatus]> = {
  record: ['Recorded', 'open'],
  contain: ['Correction', 'contained'],
  analyse: ['Root cause', 'analysed'],
  plan: ['Corrective action planned', 'action_planned'],
  implement: ['Actions implemented', 'action_done'],
  verify: ['Effectiveness checked', 'verifying'],
  close: ['Closed', 'closed'],
};

/** The lifecycle of one nonconformity with its corrective actions, as of `today`. */
export function ncFlow(nc: Nonconformity, allActions: readonly CorrectiveAction[], today: string): NcFlow {
  const actions = allActions.filter((a) => a.nonconformity === nc.id && a.status !== 'cancelled');
  const noAction = nc.caNeeded === 'no' && nc.caNotNeededReason.trim() !== '';
  const done: Record<NcStepKey, boolean> = {
    record: Boolean(nc.description.trim() && nc.requirement.trim() && nc.severity && nc.owner),
    contain: Boolean(nc.correction?.action.trim()),
    analyse: Boolean(nc.rootCause?.cause.trim() && nc.similarElsewhereChecked && (nc.caNeeded === 'yes' || nc.caNeeded === 'no')),
    plan: noAction || actions.some((a) => a.owner && a.dueDate),
    implement: noAction || (actions.length > 0 && actions.every((a) => a.status === 'implemented')),
    verify: noAction || (actions.length > 0 && actions.every((a) => a.effectiveness?.result === 'effective')),
    close: nc.status === 'closed',
  };
  const keys = Object.keys(LABELS) as NcStepKey[];
  const current = keys.find((k) => !done[k]) ?? null;
  const steps = keys.map((key) => ({
    key,
    label: LABELS[key][0],
    status: LABELS[key][1],
    state: noAction && (key === 'plan' || key === 'implement' || key === 'verify') ? ('skipped' as const) : done[key] ? ('done' as const) : key === current ? ('current' as const) : ('todo' as const),
  }));
  const blocker = closeBlocker(done, actions, noAction);
  const failed = actions.some((a) => a.effectiveness?.result === 'not_effective');
  const detected = nc.detectedAt ?? nc.createdAt.slice(0, 10);
  const end = nc.status === 'closed' && nc.closedAt ? nc.closedAt : today;
  return {
    steps,
    current,
    canClose: !done.close && blocker === null,
    closeBlocker: done.close ? null : blocker,
    ageDays: Math.max(0, Math.round((parse(end).getTime() - parse(detected).getTime()) / 86_400_000)),
    overdue: nc.status !== 'closed' && nc.dueDate !== null && nc.dueDate < today,
    impliedStatus: done.close ? 'closed' : failed ? 'reopened' : IMPLIED[current ?? 'close'](noAction),
  };
}

/** The status a nonconformity is in while a step is the next to do. */
const IMPLIED: Record<NcStepKey, (noAction: boolean) => NcStatus> = {
  record: () => 'open',
  contain: () => 'open',
  analyse: () => 'contained',
  plan: () => 'analysed',
  implement: () => 'action_planned',
  verify: () => 'verifying',
  close: (noAction) => (noAction ? 'analysed' : 'verifying'),
};

const ORDER: readonly NcStatus[] = ['open', 'contained', 'analysed', 'action_planned', 'action_done', 'verifying', 'closed'];
const rank = (s: NcStatus | null): number => (s === 'reopened' ? ORDER.indexOf('analysed') : s ? ORDER.indexOf(s) : -1);

/** True when the stored status lags behind what the steps done imply (a reopened one moves on again). */
export function statusBehind(stored: NcStatus | null, implied: NcStatus): boolean {
  if (implied === 'reopened') return stored !== 'reopened';
  return rank(implied) > rank(stored) || (stored === 'reopened' && rank(implied) > rank('analysed'));
}

function closeBlocker(done: Record<NcStepKey, boolean>, actions: readonly CorrectiveAction[], noAction: boolean): string | null {
  if (!done.record) return 'Record the severity and the owner first.';
  if (!done.contain) return 'Record the correction first.';
  if (!done.analyse) return 'Record the root cause, check for similar cases and decide whether corrective action is needed.';
  if (noAction) return null;
  if (actions.length === 0) return 'Plan at least one corrective action.';
  if (!done.implement) return 'Every corrective action must be implemented.';
  if (actions.some((a) => a.effectiveness?.result === 'not_effective')) return 'An action was not effective: reopen the analysis and plan another action.';
  if (!done.verify) return 'Every corrective action needs an effectiveness check with the result "effective".';
  return null;
}
