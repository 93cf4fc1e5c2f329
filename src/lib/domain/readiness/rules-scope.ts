/** R01 The ISMS scope (4.3). */
import type { Scope } from '../entities/scope.ts';
import { check, filled, latest, offender, withinMonths } from './helpers.ts';
import { type ReadinessInput, rows } from './input.ts';
import { decide } from './item.ts';
import { fix } from './links.ts';
import type { Thresholds } from './thresholds.ts';
import type { Check, ReadinessItem } from './types.ts';

/** The approved scope in force: the most recently approved one. */
export function activeScope(input: ReadinessInput): Scope | undefined {
  return rows(input, 'scopes')
    .filter((s) => s.status === 'approved')
    .toSorted((a, b) => (b.approvedAt ?? '').localeCompare(a.approvedAt ?? ''))[0];
}

function scopeChecks(input: ReadinessInput, s: Scope, t: Thresholds): Check[] {
  const bad = (note: string) => [offender('scopes', s, note)];
  const approved = rows(input, 'scopes').filter((x) => x.status === 'approved');
  const inScope = [s.orgUnits, s.locations, s.processes, s.services, s.technology].flat().filter(filled);
  const unjustified = s.exclusions.filter((e) => !filled(e.justification));
  const reviewed = latest([s.lastReviewedAt, s.approvedAt]);
  // Assets that carry open risks must lie inside the boundary the certificate will name.
  const openRiskAssets = new Set(rows(input, 'risks').filter((r) => r.status !== 'closed').flatMap((r) => r.assets));
  const outside = rows(input, 'assets').filter((a) => openRiskAssets.has(a.id) && (!a.inScope || (a.scope !== null && a.scope !== s.id)));
  return [
    check('Only one scope is approved at a time; older ones are marked superseded.', approved.length > 1 ? approved.map((x) => offender('scopes', x, 'Also approved')) : []),
    check('The scope statement is written.', filled(s.statement) ? [] : bad('No statement')),
    check('At least one unit, location, process, service or technology is named as in scope.', inScope.length ? [] : bad('Nothing named in scope')),
    check('Every exclusion has a justification.', unjustified.length ? bad(`${unjustified.length} exclusion(s) without a reason`) : []),
    check('Interfaces and dependencies are listed, or "no interfaces" is confirmed.', s.interfaces.length || s.noInterfacesConfirmed ? [] : bad('No interfaces listed')),
    check('At least one context issue and one interested-party requirement were considered.', s.issuesConsidered.length && s.requirementsConsidered.length ? [] : bad('Issues or requirements considered are missing')),
    check(
      `The scope was reviewed or approved within the last ${t.scopeReviewMonths} months, and its next review date has not passed.`,
      withinMonths(reviewed, input.today, t.scopeReviewMonths) && !(s.nextReviewDue && s.nextReviewDue < input.today) ? [] : bad(`Last reviewed ${reviewed ?? 'never'}`),
    ),
    check(
      'Every asset that carries an open risk is marked in scope.',
      outside.map((a) => offender('assets', a, 'Carries an open risk but is not in the approved scope')),
      'fail',
      fix('Mark the assets in scope', 'assets'),
    ),
  ];
}

/** R01: an approved scope that says what is in and out, with reasons, reviewed in the last year. */
export function r01Scope(input: ReadinessInput, t: Thresholds): ReadinessItem {
  const s = activeScope(input);
  return decide({
    id: 'R01',
    title: 'ISMS scope',
    clause: '4.3',
    blocker: true,
    presentRule: 'an approved ISMS scope.',
    present: s !== undefined,
    checks: s ? scopeChecks(input, s, t) : [],
    fix: fix('Open the ISMS scope', 'scope'),
  });
}
