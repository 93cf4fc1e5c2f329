import type { Check, FixLink, ItemStatus, Offender, ReadinessItem } from './types.ts';

/** The identity of an item and how its status is decided. */
export interface ItemSpec {
  id: string;
  title: string;
  clause: string;
  blocker: boolean;
  /** What makes the item present, in plain words. */
  presentRule: string;
  present: boolean;
  checks: Check[];
  fix: FixLink;
  /** False when the item does not apply (a control excluded in the SoA); `naRule` says why. */
  applicable?: boolean;
  naRule?: string;
  parent?: string;
}

function dedupe(offenders: Offender[]): Offender[] {
  const seen = new Set<string>();
  return offenders.filter((o) => {
    const k = `${o.table}:${o.id}:${o.note}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * The item's status: `n/a` when it does not apply; `fail` when it is missing or breaks a `fail`
 * rule; `warn` when only `warn` rules are broken; else `pass`. The deciding rule is the first
 * broken rule of the deciding kind (or, for a pass, a summary).
 */
export function decide(spec: ItemSpec): ReadinessItem {
  const base = {
    id: spec.id,
    title: spec.title,
    clause: spec.clause,
    presentRule: spec.presentRule,
    checks: spec.checks,
    blocker: spec.blocker,
    ...(spec.parent ? { parent: spec.parent } : {}),
  };
  const fails = spec.checks.filter((c) => !c.ok && c.severity === 'fail');
  const warns = spec.checks.filter((c) => !c.ok && c.severity === 'warn');
  const fit = spec.present && fails.length === 0;
  const result = (status: ItemStatus, rule: string, deciding: Check[], fix: FixLink): ReadinessItem => ({
    ...base,
    status,
    present: spec.present,
    fit,
    rule,
    offenders: dedupe(deciding.flatMap((c) => c.offenders)),
    fix,
  });
  if (spec.applicable === false) return { ...result('n/a', spec.naRule ?? 'Does not apply.', [], spec.fix), fit: false };
  if (!spec.present) return result('fail', `Missing: ${spec.presentRule}`, [], spec.fix);
  if (fails[0]) return result('fail', fails[0].rule, fails, fails[0].fix ?? spec.fix);
  if (warns[0]) return result('warn', warns[0].rule, warns, warns[0].fix ?? spec.fix);
  const n = spec.checks.length;
  return result('pass', n ? `Present, and all ${n} rule${n === 1 ? '' : 's'} met.` : 'Present.', [], spec.fix);
}

/** The status of a parent from its sub-items: the worst applicable one, `n/a` when none applies. */
export function worstOf(items: readonly ReadinessItem[]): ItemStatus {
  const applicable = items.filter((i) => i.status !== 'n/a');
  if (applicable.length === 0) return 'n/a';
  if (applicable.some((i) => i.status === 'fail')) return 'fail';
  if (applicable.some((i) => i.status === 'warn')) return 'warn';
  return 'pass';
}
