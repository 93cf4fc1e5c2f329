/** R14 Nonconformities and corrective actions (2022 10.2, 2013 10.1). */
import type { CorrectiveAction } from '../entities/corrective-action.ts';
import type { Nonconformity } from '../entities/nonconformity.ts';
import { addDays } from '../model/dates.ts';
import { check, filled, offender } from './helpers.ts';
import { type ReadinessInput, rows } from './input.ts';
import { decide } from './item.ts';
import { fix, fixTable } from './links.ts';
import type { Thresholds } from './thresholds.ts';
import type { ReadinessItem } from './types.ts';

/** The date by which a nonconformity must be closed: its own due date, else the default for its severity. */
export function ncDueDate(n: Nonconformity, t: Thresholds): string | null {
  if (n.dueDate) return n.dueDate;
  if (!n.detectedAt) return null;
  return addDays(n.detectedAt, n.severity === 'major' ? t.ncCloseDaysMajor : t.ncCloseDaysMinor);
}

/** True when the nonconformity's corrective actions were checked and found effective (10.2 e). */
function provenEffective(n: Nonconformity, cas: readonly CorrectiveAction[]): boolean {
  const mine = cas.filter((c) => c.nonconformity === n.id && c.status !== 'cancelled');
  return mine.length > 0 && mine.some((c) => c.effectiveness?.result === 'effective') && !mine.some((c) => c.effectiveness?.result === 'not_effective');
}

/** R14: every nonconformity corrected, analysed, acted on, closed on time and closed only when effective. */
export function r14Nonconformities(input: ReadinessInput, t: Thresholds): ReadinessItem {
  const ncs = rows(input, 'nonconformities');
  const cas = rows(input, 'correctiveActions');
  const ncFindings = rows(input, 'findings').filter((f) => f.type === 'major_nc' || f.type === 'minor_nc');
  const open = ncs.filter((n) => n.status !== 'closed');
  const planBy = addDays(input.today, -t.ncPlanDays);
  const old = ncs.filter((n) => n.detectedAt && n.detectedAt <= planBy);
  const caFix = fixTable('Open the corrective actions', 'correctiveActions');
  const checks = [
    check('Every nonconformity states what happened, its source, the requirement not met, its severity and its owner.', ncs.filter((n) => !filled(n.description) || !n.source || !filled(n.requirement) || !n.severity || !n.owner).map((n) => offender('nonconformities', n, 'Description, source, requirement, severity or owner missing'))),
    check(`Within ${t.ncPlanDays} days of detection, each nonconformity has a correction, a root cause and a decision on corrective action.`, old.filter((n) => !n.correction || !n.rootCause || (n.caNeeded !== 'yes' && n.caNeeded !== 'no')).map((n) => offender('nonconformities', n, 'Correction, root cause or decision missing'))),
    check(`Within ${t.ncPlanDays} days, each nonconformity that needs corrective action has at least one, with an owner and a due date.`, old.filter((n) => n.caNeeded === 'yes' && !cas.some((c) => c.nonconformity === n.id && c.status !== 'cancelled' && c.owner && c.dueDate)).map((n) => offender('nonconformities', n, 'No corrective action planned'))),
    check('Every closed nonconformity was closed on an effectiveness check that found its actions effective, or needed no action for a stated reason.', ncs.filter((n) => n.status === 'closed' && !(n.caNeeded === 'no' && filled(n.caNotNeededReason)) && !provenEffective(n, cas)).map((n) => offender('nonconformities', n, 'Closed without an effective check'))),
    check(`No nonconformity is open past its due date (without one: ${t.ncCloseDaysMajor} days for major, ${t.ncCloseDaysMinor} for minor).`, open.filter((n) => { const d = ncDueDate(n, t); return d !== null && d < input.today; }).map((n) => offender('nonconformities', n, `Due ${ncDueDate(n, t)}`)), 'fail', fixTable('Overdue nonconformities', 'nonconformities', { due: 'overdue' })),
    check('No major nonconformity is open.', open.filter((n) => n.severity === 'major').map((n) => offender('nonconformities', n, 'Major and still open'))),
    check('No corrective action is past its due date.', cas.filter((c) => (c.status === 'planned' || c.status === 'in_progress') && !!c.dueDate && c.dueDate < input.today).map((c) => offender('correctiveActions', c, `Due ${c.dueDate}`)), 'warn', caFix),
  ];
  return decide({
    id: 'R14',
    title: 'Nonconformities and corrective actions',
    clause: input.edition === '2022' ? '10.2' : '10.1',
    blocker: true,
    presentRule: 'nonconformities recorded, or a closed audit whose findings include no nonconformity.',
    present: ncs.length > 0 || (ncFindings.length === 0 && rows(input, 'audits').some((a) => a.status === 'closed')),
    checks,
    fix: fix('Open the nonconformities', 'nonconformities'),
  });
}
