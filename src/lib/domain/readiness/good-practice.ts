/**
 * What auditors often ask for beyond the fifteen items (DOMAIN section 6 and 8.4). These never
 * fail: a broken rule shows as a warning.
 */
import { awarenessCoverage } from '../awareness.ts';
import { exercised } from './annex-docs.ts';
import { documentsForControls, hasApprovedVersion } from './docs.ts';
import { activePeople, check, dayOf, offender, withinMonths } from './helpers.ts';
import { type ReadinessInput, rows } from './input.ts';
import { decide } from './item.ts';
import { fix, fixTable } from './links.ts';
import { applicableControls } from './soa-rows.ts';
import type { Check, FixLink, ReadinessItem } from './types.ts';

interface Spec {
  key: string;
  title: string;
  controls: { '2013': string[]; '2022': string[] };
  presentRule: string;
  present: (input: ReadinessInput, controls: readonly string[]) => boolean;
  checks: (input: ReadinessInput, controls: readonly string[]) => Check[];
  fix: FixLink;
}

const hasDoc = (input: ReadinessInput, controls: readonly string[]): boolean => documentsForControls(input, controls).some(hasApprovedVersion);

const SPECS: readonly Spec[] = [
  {
    key: 'assets',
    title: 'Asset inventory',
    controls: { '2013': ['A.8.1.1'], '2022': ['A.5.9'] },
    presentRule: 'at least one asset in the inventory.',
    present: (input) => rows(input, 'assets').length > 0,
    checks: (input) => [
      check('Every asset in use has an owner, a classification and C, I and A values.', rows(input, 'assets').filter((a) => a.lifecycle !== 'retired' && a.lifecycle !== 'disposed' && (!a.owner || !a.classification || a.valueC === null || a.valueI === null || a.valueA === null)).map((a) => offender('assets', a, 'Owner, classification or values missing')), 'warn'),
    ],
    fix: fixTable('Open the assets', 'assets'),
  },
  {
    key: 'classification',
    title: 'Classification scheme',
    controls: { '2013': ['A.8.2.1'], '2022': ['A.5.12'] },
    presentRule: 'an approved document that names the classification control.',
    present: hasDoc,
    checks: () => [],
    fix: fix('Open the documents', 'documents'),
  },
  {
    key: 'roles',
    title: 'Definition of security roles',
    controls: { '2013': ['A.6.1.1'], '2022': ['A.5.2'] },
    presentRule: 'at least one role in the roles register.',
    present: (input) => rows(input, 'roles').length > 0,
    checks: (input) => {
      const people = activePeople(rows(input, 'persons'));
      const roles = rows(input, 'roles');
      const held = (duty: string): boolean => roles.some((r) => r.duty.some((d) => d === duty) && r.holders.some((p) => people.has(p)));
      return [
        check('Someone active holds the duty of keeping the ISMS conforming, and someone reports its performance to top management (5.3).', held('ensure_conformity') && held('report_performance'), 'warn'),
        check('Every role has at least one active holder and was communicated.', roles.filter((r) => !r.holders.some((p) => people.has(p)) || !r.communicatedAt).map((r) => offender('roles', r, 'No active holder, or not communicated')), 'warn'),
      ];
    },
    fix: fix('Open the roles', 'roles'),
  },
  {
    key: 'logs',
    title: 'Event logs and their review',
    controls: { '2013': ['A.12.4.1'], '2022': ['A.8.15'] },
    presentRule: 'an approved document that names the logging control.',
    present: hasDoc,
    checks: (input, controls) => [check('Log review was done or verified in the last 12 months (a recurring activity or a verified action on the control).', exercised(input, controls, 12), 'warn')],
    fix: fix('Open the documents', 'documents'),
  },
  {
    key: 'changes',
    title: 'Change records',
    controls: { '2013': ['A.12.1.2'], '2022': ['A.8.32'] },
    presentRule: 'an approved document that names the change management control.',
    present: hasDoc,
    checks: (input) => [check('Planned changes are recorded with their approval.', rows(input, 'plannedChanges').filter((c) => c.status !== 'proposed' && c.status !== 'rejected' && !c.approvedAt).map((c) => offender('plannedChanges', c, 'No approval recorded')), 'warn')],
    fix: fixTable('Open the planned changes', 'plannedChanges'),
  },
];

/** 8.4: an improvement register that was used in the last 12 months. */
function improvementRegister(input: ReadinessInput): ReadinessItem {
  const recent = rows(input, 'improvements').some((i) => [dayOf(i.createdAt), i.dueDate, i.benefitReview?.at].some((d) => withinMonths(d, input.today, 12)));
  return decide({
    id: 'GP.improvement',
    title: 'Continual improvement register',
    clause: input.edition === '2022' ? '10.1' : '10.2',
    blocker: false,
    presentRule: 'at least one improvement recorded.',
    present: rows(input, 'improvements').length > 0,
    checks: [check('An improvement was recorded, due or reviewed in the last 12 months.', recent, 'warn')],
    fix: fixTable('Open the improvements', 'improvements'),
  });
}

/** 7.3: the three core topics reached the target share of active people in the last 12 months. */
function awareness(input: ReadinessInput, targetPct: number): ReadinessItem {
  const cov = awarenessCoverage(rows(input, 'persons'), rows(input, 'awarenessActivities'), input.today);
  const short = cov.people.filter((p) => p.missing.length > 0);
  return decide({
    id: 'GP.awareness',
    title: 'Awareness of the policy and of each person’s part',
    clause: '7.3',
    blocker: false,
    presentRule: 'at least one awareness activity with attendance recorded.',
    present: rows(input, 'awarenessActivities').some((a) => a.attendance.length > 0),
    checks: [
      check(
        `At least ${targetPct}% of active people covered the policy, their own contribution and what happens when rules are not followed, within the last 12 months (now ${cov.pct ?? 0}%).`,
        (cov.pct ?? 0) >= targetPct ? [] : short.map((p) => offender('persons', p.person, `Not covered in 12 months: ${p.missing.join(', ')}`)),
        'warn',
      ),
    ],
    fix: fixTable('Open awareness', 'awarenessActivities'),
  });
}

/** The good-practice items: `pass`, `warn` or `n/a`. A missing item warns rather than fails. */
export function goodPracticeItems(input: ReadinessInput, awarenessPct: number): ReadinessItem[] {
  const decided = applicableControls(input);
  const items = SPECS.map((s) => {
    const controls = s.controls[input.edition];
    const item = decide({
      id: `GP.${s.key}`,
      title: s.title,
      clause: controls.join(', '),
      blocker: false,
      presentRule: s.presentRule,
      present: s.present(input, controls),
      checks: s.checks(input, controls),
      fix: s.fix,
      applicable: controls.some((id) => decided.get(id) !== 'no'),
      naRule: `Not needed: the SoA excludes ${controls.join(', ')}.`,
    });
    return item;
  });
  return [...items, awareness(input, awarenessPct), improvementRegister(input)].map((i) => (i.status === 'fail' ? { ...i, status: 'warn' as const } : i));
}
