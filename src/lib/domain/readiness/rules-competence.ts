/** R06 Evidence of competence (7.2), read from the competence matrix. */
import { competenceMatrix, type RoleMatrix } from '../competence.ts';
import { check, offender } from './helpers.ts';
import { type ReadinessInput, rows } from './input.ts';
import { decide } from './item.ts';
import { fix } from './links.ts';
import type { Offender, ReadinessItem } from './types.ts';

/** Duties whose holders must be competent without a gap: the ISMS manager's and the auditors'. */
const KEY_DUTIES = new Set(['ensure_conformity', 'report_performance', 'audit']);

/** Holders lacking valid evidence (missing or expired) for a requirement, as offenders. */
function gapOffenders(matrices: readonly RoleMatrix[], keep: (mandatory: boolean, keyRole: boolean) => boolean): Offender[] {
  return matrices.flatMap((m) => {
    const keyRole = m.role.duty.some((d) => KEY_DUTIES.has(d));
    return m.holders.flatMap((h) =>
      h.cells
        .filter((c) => (c.state === 'missing' || c.state === 'expired') && keep(c.requirement.mandatory, keyRole))
        .map((c) => offender('persons', h.person, `${c.state === 'expired' ? `Evidence expired ${c.validUntil}` : 'No evidence'} of "${c.requirement.competence}" for the role ${m.role.name}`)),
    );
  });
}

/** R06: required competences per role, and valid evidence for every holder of those roles. */
export function r06Competence(input: ReadinessInput, soonDays: number): ReadinessItem {
  const reqs = rows(input, 'competenceRequirements');
  const roles = rows(input, 'roles');
  const matrices = competenceMatrix({ roles, persons: rows(input, 'persons'), requirements: reqs, records: rows(input, 'competenceRecords'), today: input.today, soonDays });
  const withReqs = new Set(reqs.map((r) => r.role));
  const held = roles.filter((r) => r.holders.length > 0);
  const key = held.filter((r) => r.duty.some((d) => KEY_DUTIES.has(d)));
  const checks = [
    check('The roles of the ISMS manager and the internal auditors define the competence they need.', key.filter((r) => !withReqs.has(r.id)).map((r) => offender('roles', r, 'No competence requirement'))),
    check('The ISMS manager and the internal auditors have valid evidence for every competence their role needs.', gapOffenders(matrices, (_m, keyRole) => keyRole)),
    check('Every holder of a role has valid (unexpired) evidence for each mandatory competence of the role.', gapOffenders(matrices, (mandatory) => mandatory)),
    check('Every other role with holders defines the competence it needs.', held.filter((r) => !withReqs.has(r.id) && !key.includes(r)).map((r) => offender('roles', r, 'No competence requirement')), 'warn'),
    check('Holders also have evidence for the desirable (not mandatory) competences of their roles.', gapOffenders(matrices, (mandatory) => !mandatory), 'warn'),
  ];
  return decide({
    id: 'R06',
    title: 'Evidence of competence',
    clause: '7.2',
    blocker: true,
    presentRule: 'competence requirements defined for the ISMS roles.',
    present: reqs.length > 0,
    checks,
    fix: fix('Open competence', 'competence'),
  });
}
