/** R04 The risk treatment process (6.1.3) and R04b the risk treatment plan (6.1.3 e, f). */
import { acceptanceState } from '../risk/acceptance.ts';
import { hasApprovedVersion, inReviewDate, isLive } from './docs.ts';
import { check, offender, topManagement } from './helpers.ts';
import { type ReadinessInput, rows } from './input.ts';
import { decide } from './item.ts';
import { fix } from './links.ts';
import { aboveAppetite, actionsByRisk, isOpenAction, methodOf, needsActions, openRisks } from './risk-facts.ts';
import type { Thresholds } from './thresholds.ts';
import type { Check, ReadinessItem } from './types.ts';

const RISKS_FIX = fix('Open the risk register', 'risks');

/** R04b: every risk above appetite decided; actions for treated risks; valid acceptances (6.1.3 f). */
export function r04bPlan(input: ReadinessInput): ReadinessItem {
  const m = methodOf(input);
  const open = openRisks(input);
  const byRisk = actionsByRisk(input);
  const top = topManagement(rows(input, 'persons'));
  const state = (r: (typeof open)[number]) => (m ? acceptanceState(m, r, top) : 'none');
  const finished = (r: (typeof open)[number]): boolean => {
    const list = byRisk.get(r.id) ?? [];
    return r.status === 'monitoring' || (list.length > 0 && !list.some(isOpenAction));
  };
  const noAction = open.filter((r) => needsActions(r) && !byRisk.get(r.id)?.length);
  const checks: Check[] = [
    check('Every open risk above the appetite has a treatment decision.', open.filter((r) => aboveAppetite(m, r.inherent) && !r.treatmentOption).map((r) => offender('risks', r, 'Above appetite, no decision')), 'fail', fix('Risks without a decision', 'risks', { treatment: 'none' })),
    check('Every risk above the appetite that is to be mitigated, avoided or transferred has at least one treatment action.', noAction.filter((r) => aboveAppetite(m, r.inherent)).map((r) => offender('risks', r, 'Above appetite, no treatment action'))),
    check('Risks within the appetite that are still to be mitigated, avoided or transferred have a treatment action too.', noAction.filter((r) => r.inherent && !aboveAppetite(m, r.inherent)).map((r) => offender('risks', r, 'No treatment action')), 'warn'),
    check('Every risk with a treatment decision has its target (residual) rating, and every risk to mitigate names its planned controls.', open.filter((r) => r.status !== 'draft' && r.treatmentOption && (!r.residual || (r.treatmentOption === 'modify' && !(r.plannedControls?.length ?? 0)))).map((r) => offender('risks', r, r.residual ? 'To mitigate, no planned controls' : 'Decision without a residual rating')), 'warn', RISKS_FIX),
    check('Every treatment action has an owner and a due date.', rows(input, 'treatmentActions').filter((a) => a.status !== 'cancelled' && (!a.owner || !a.dueDate)).map((a) => offender('treatmentActions', a, 'Owner or due date missing')), 'fail', fix('Open the treatment plan', 'treatment')),
    check('Every retained (accepted) risk has a valid acceptance by the authority its level needs.', open.filter((r) => r.treatmentOption === 'retain' && state(r) !== 'valid').map((r) => offender('risks', r, 'Retained without a valid acceptance'))),
    check('Every risk whose residual level stays above the appetite is accepted by the authority that level needs.', open.filter((r) => aboveAppetite(m, r.residual) && state(r) !== 'valid').map((r) => offender('risks', r, 'Residual above appetite, not validly accepted'))),
    check('No recorded acceptance has lapsed (rating changed since) or was given without the needed authority.', open.filter((r) => state(r) === 'stale' || state(r) === 'unauthorised').map((r) => offender('risks', r, state(r) === 'stale' ? 'Rating changed since it was accepted' : 'Accepted without the needed authority'))),
    check('Risks whose treatment is finished carry their owner’s acceptance of the residual risk.', open.filter((r) => r.treatmentOption && finished(r) && state(r) === 'none').map((r) => offender('risks', r, 'Treatment finished, residual not accepted')), 'warn', fix('Risks not yet accepted', 'risks', { acceptance: 'none' })),
  ];
  const treated = open.some((r) => needsActions(r) || aboveAppetite(m, r.inherent));
  return decide({
    id: 'R04b',
    title: 'Risk treatment plan',
    clause: '6.1.3 e, f',
    blocker: true,
    presentRule: 'treatment actions recorded (or open risks of which none needs treatment).',
    present: rows(input, 'treatmentActions').length > 0 || (open.length > 0 && !treated),
    checks,
    fix: RISKS_FIX,
    parent: 'R04',
  });
}

/** R04: a documented, approved treatment process, with the SoA (R04a) and the plan (R04b). */
export function r04Process(input: ReadinessInput, t: Thresholds, soa: ReadinessItem, plan: ReadinessItem): ReadinessItem {
  const docs = rows(input, 'documents').filter((d) => isLive(d) && d.clauseRefs.some((c) => c.trim().startsWith('6.1.3')));
  const approved = docs.filter(hasApprovedVersion);
  const sub = (item: ReadinessItem, name: string): Check => ({
    rule: `${name} passes${item.status === 'warn' ? ' (it has a warning, see ' + item.id + ')' : item.status === 'fail' ? ` (it fails, see ${item.id})` : ''}.`,
    severity: item.status === 'warn' ? 'warn' : 'fail',
    ok: item.status === 'pass',
    offenders: [],
    fix: item.fix,
  });
  const checks: Check[] = [
    check(
      'The treatment process document is within its review date.',
      approved.filter((d) => !inReviewDate(d, input.today, t.documentReviewMonths)).map((d) => offender('documents', d, `Review was due ${d.nextReviewDue ?? '(no date)'}`)),
      'fail',
      fix('Open the documents', 'documents'),
    ),
    sub(soa, 'The Statement of Applicability (R04a)'),
    sub(plan, 'The risk treatment plan (R04b)'),
  ];
  return decide({
    id: 'R04',
    title: 'Risk treatment process',
    clause: '6.1.3',
    blocker: true,
    presentRule: 'an approved document that describes risk treatment (clause 6.1.3 among its clauses), an approved SoA and a treatment plan.',
    present: approved.length > 0 && soa.present && plan.present,
    checks,
    fix: approved.length ? soa.fix : fix('Open the documents', 'documents'),
  });
}
