/** R03 the risk assessment process (6.1.2), R09 its results (8.2) and R10 treatment results (8.3). */
import { riskLevel, riskMethodEntity } from '../entities/risk-method.ts';
import { validate } from '../model/entity.ts';
import { addMonths } from '../model/dates.ts';
import { activePeople, check, filled, latest, offender, plural, withinMonths } from './helpers.ts';
import { type ReadinessInput, rows } from './input.ts';
import { decide } from './item.ts';
import { fix, fixTable } from './links.ts';
import { actionsByRisk, atTopLevel, isOpenAction, methodOf, openRisks } from './risk-facts.ts';
import type { Thresholds } from './thresholds.ts';
import type { Offender, ReadinessItem } from './types.ts';

const METHOD_FIX = fix('Open the risk method', 'risks', { view: 'method' });

/** R03: an approved method whose scales, levels, appetite and acceptance rules are complete. */
export function r03Method(input: ReadinessInput): ReadinessItem {
  const m = methodOf(input);
  const record = rows(input, 'riskMethods').find((r) => r.status === 'approved' && r.version === m?.version);
  const bad = (note: string): Offender[] | boolean => (record ? [offender('riskMethods', record, note)] : false);
  const checks = m
    ? [
        check('The scales have 3 to 7 levels, every score or cell falls in exactly one risk level, and a worse cell never has a lower level.', validate(riskMethodEntity, m).length ? bad(validate(riskMethodEntity, m)[0]!.message) : []),
        check('Every likelihood and impact level has a label and a written criterion.', [...m.likelihoodScale, ...m.impactScale].every((s) => filled(s.label) && filled(s.description)) ? [] : bad('A scale level lacks its criterion')),
        check('The risk appetite is one of the levels.', m.levels.some((l) => l.code === m.appetite) ? [] : bad('Appetite is not a level')),
        check('Every level says who may accept it and how often it is reviewed.', m.levels.every((l) => l.acceptedBy && l.reviewMonths) ? [] : bad('A level lacks its acceptance rule or review months')),
        check('The reassessment interval and the events that trigger a reassessment are set.', m.assessmentIntervalMonths && filled(m.triggers) ? [] : bad('Interval or triggers missing')),
        check('The method records who approved it and when.', m.approvedBy && m.approvedAt ? [] : bad('No approver or approval date')),
      ]
    : [];
  return decide({
    id: 'R03',
    title: 'Risk assessment process',
    clause: '6.1.2',
    blocker: true,
    presentRule: 'an approved risk method in force.',
    present: m !== null,
    checks,
    fix: METHOD_FIX,
  });
}

/** R09: the risk register was assessed in the last interval; every open risk is owned, rated, evaluated and reviewed on time. */
export function r09Results(input: ReadinessInput, t: Thresholds): ReadinessItem {
  const m = methodOf(input);
  const open = openRisks(input);
  const interval = m?.assessmentIntervalMonths ?? t.riskReviewMonths;
  const lastAssessed = latest(open.map((r) => r.lastReviewedAt));
  const people = activePeople(rows(input, 'persons'));
  const reviewDue = (r: (typeof open)[number]): string | null => {
    if (r.nextReviewDue) return r.nextReviewDue;
    const months = m ? riskLevel(m, r.residual ?? r.inherent ?? { likelihood: 0, impact: 0 })?.reviewMonths : undefined;
    const from = r.lastReviewedAt;
    return from ? addMonths(from, months ?? t.riskReviewMonths) : null;
  };
  // 8.2: a significant change, once implemented, is followed by a reassessment of the risks it touches.
  const notReassessed = rows(input, 'plannedChanges')
    .filter((c) => c.significant && c.implementedAt && c.implementedAt <= input.today)
    .flatMap((c) =>
      open
        .filter((r) => c.affectedRisks.includes(r.id) && !(r.lastReviewedAt && r.lastReviewedAt >= c.implementedAt!))
        .map((r) => offender('risks', r, `Not reassessed since ${c.ref} was implemented on ${c.implementedAt}`)),
    );
  const checks = [
    check('Every open risk has an owner who is still an active person.', open.filter((r) => !r.owner || !people.has(r.owner)).map((r) => offender('risks', r, 'No active owner')), 'fail', fix('Risks without an active owner', 'risks')),
    check('Every open risk is rated, and its rating falls in a level of the method in force (so it can be compared with the appetite).', open.filter((r) => !m || !r.inherent || !riskLevel(m, r.inherent)).map((r) => offender('risks', r, unratedWhy(r)))),
    // A draft not yet rated has no review to be due: it is listed above, as not rated.
    check('No open risk is past its review date.', open.filter((r) => { if (r.status === 'draft' && !r.inherent) return false; const d = reviewDue(r); return d === null || d < input.today; }).map((r) => offender('risks', r, `Review was due ${reviewDue(r) ?? '(never reviewed)'}`)), 'fail', fix('Risks past their review date', 'risks', { due: 'overdue' })),
    check('Risks touched by an implemented significant change were reassessed after it.', notReassessed),
  ];
  return decide({
    id: 'R09',
    title: 'Results of the risk assessment',
    clause: '8.2',
    blocker: true,
    presentRule: `open risks in the register, assessed (reviewed) within the last ${interval} months.`,
    present: open.length > 0 && withinMonths(lastAssessed, input.today, interval),
    checks,
    fix: fix('Open the risk register', 'risks'),
  });
}

/** R10: treatment is on schedule, done actions are verified, and treated risks were re-rated. */
export function r10Treatment(input: ReadinessInput, t: Thresholds): ReadinessItem {
  const m = methodOf(input);
  const open = openRisks(input);
  const byId = new Map(rows(input, 'risks').map((r) => [r.id, r]));
  const actions = rows(input, 'treatmentActions');
  const openActions = actions.filter(isOpenAction);
  const late = openActions.filter((a) => a.dueDate !== null && a.dueDate < input.today);
  const latePct = openActions.length ? Math.round((late.length / openActions.length) * 100) : 0;
  const onTop = late.filter((a) => a.risks.some((id) => atTopLevel(m, byId.get(id)?.inherent ?? null)));
  const byRisk = actionsByRisk(input);
  const notReRated = open.flatMap((r) => {
    const list = byRisk.get(r.id) ?? [];
    const lastDone = latest(list.map((a) => a.completedAt));
    if (list.length === 0 || list.some(isOpenAction) || !lastDone) return [];
    return r.lastReviewedAt && r.lastReviewedAt >= lastDone ? [] : [offender('risks', r, `All actions done by ${lastDone}; not re-rated since`)];
  });
  const lateFix = fixTable('Overdue treatment actions', 'treatmentActions', { due: 'overdue' });
  const checks = [
    check(
      `At most ${t.overdueActionsMaxPct}% of open treatment actions are overdue (now ${plural(late.length, 'action')} of ${openActions.length}, ${latePct}%).`,
      latePct > t.overdueActionsMaxPct ? late.map((a) => offender('treatmentActions', a, `Due ${a.dueDate}`)) : [],
      'fail',
      lateFix,
    ),
    check('No overdue action treats a risk at the highest level of the method.', onTop.map((a) => offender('treatmentActions', a, `Overdue since ${a.dueDate} on a top-level risk`)), 'fail', lateFix),
    check('Every done action has a recorded verification of its result.', actions.filter((a) => a.status === 'done' && !a.verification?.result).map((a) => offender('treatmentActions', a, 'Done, not verified'))),
    check('Every risk whose actions are all done was re-rated after the last one was completed.', notReRated, 'fail', fix('Open the risk register', 'risks')),
  ];
  const needTreatment = open.some((r) => r.treatmentOption === 'modify' || r.treatmentOption === 'avoid' || r.treatmentOption === 'share');
  return decide({
    id: 'R10',
    title: 'Results of risk treatment',
    clause: '8.3',
    blocker: true,
    presentRule: 'at least one treatment action recorded (or open risks of which none needs treatment).',
    present: actions.length > 0 || (open.length > 0 && !needTreatment),
    checks,
    fix: fix('Open the treatment plan', 'treatment'),
  });
}

/** Why an open risk counts as not rated: a draft still to rate (with what its file said), or a rating off the method. */
function unratedWhy(r: { status?: string | null; inherent?: unknown; importedLevel?: string | null }): string {
  if (r.inherent) return 'Not rated on the method in force';
  const file = r.importedLevel?.trim();
  return r.status === 'draft' ? `Draft, still to rate${file ? ` (the file said “${file}”)` : ''}` : 'Not rated';
}
