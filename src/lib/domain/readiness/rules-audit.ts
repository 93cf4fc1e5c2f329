/** R12 The internal audit programme and its results (9.2). */
import type { Audit } from '../entities/audit.ts';
import { auditDate, auditedItems, closedInternalAudits, covers, currentProgramme, editionClauses, recentInternalAudits } from './audit-facts.ts';
import { check, filled, offender, topManagement } from './helpers.ts';
import { type ReadinessInput, rows } from './input.ts';
import { decide } from './item.ts';
import { fix, fixTable } from './links.ts';
import { applicableControls } from './soa-rows.ts';
import type { Thresholds } from './thresholds.ts';
import type { Check, Offender, ReadinessItem } from './types.ts';

const AUDITS_FIX = fix('Open the internal audits', 'audits');
const list = (ids: readonly string[]): string => `${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ` and ${ids.length - 8} more` : ''}`;

/** Coverage: every main clause in the last audit interval (fail); sub-clauses and applicable controls (warn). */
function coverageChecks(input: ReadinessInput, recent: readonly Audit[], t: Thresholds): Check[] {
  const items = auditedItems(recent);
  const { main, sub } = editionClauses(input);
  const latest = recent[0];
  const on = (note: string): Offender[] => (latest ? [offender('audits', latest, note)] : []);
  const mainGaps = main.filter((c) => !covers(items, c));
  const subGaps = sub.filter((c) => !covers(items, c));
  const planned = currentProgramme(input)?.plannedAudits.flatMap((p) => [...p.controls.map((c) => c.id), ...p.clauses]) ?? [];
  const controlGaps = [...applicableControls(input)].filter(([id, a]) => a === 'yes' && !items.includes(id) && !planned.includes(id)).map(([id]) => id);
  return [
    check(`The internal audits of the last ${t.auditMonths} months together cover every main clause, 4 to 10.`, mainGaps.length ? (latest ? on(`Clauses not covered: ${list(mainGaps)}`) : false) : []),
    check(`They also cover every sub-clause (such as 4.4 or 9.3).`, subGaps.length ? on(`Sub-clauses not covered: ${list(subGaps)}`) : [], 'warn'),
    check('Every applicable Annex A control was audited in the last interval or is planned in the current programme.', controlGaps.length ? on(`${controlGaps.length} applicable controls not audited or planned: ${list(controlGaps)}`) : [], 'warn'),
  ];
}

/** The conduct of each recent audit: scope, criteria, checklist, independence, report, findings. */
function conductChecks(input: ReadinessInput, recent: readonly Audit[]): Check[] {
  const top = topManagement(rows(input, 'persons'));
  const ncs = rows(input, 'nonconformities');
  const orphan = rows(input, 'findings').filter((f) => (f.type === 'major_nc' || f.type === 'minor_nc') && !f.nonconformity && !ncs.some((n) => n.finding === f.id));
  const auditors = (a: Audit): string[] => [a.leadAuditor, ...a.team].filter((p): p is string => !!p);
  return [
    check('Each recent audit states its scope and criteria and has a filled checklist.', recent.filter((a) => !filled(a.scopeDescription) || !filled(a.criteria) || a.checks.length === 0).map((a) => offender('audits', a, 'Scope, criteria or checklist missing'))),
    check('Each recent audit has a lead auditor who declared independence, and no auditor audits their own area.', recent.filter((a) => !a.leadAuditor || !a.independenceDeclared || auditors(a).some((p) => a.auditees.includes(p))).map((a) => offender('audits', a, 'Auditor independence not shown'))),
    check('Each recent audit issued its report and sent it to at least one member of top management.', recent.filter((a) => !a.reportIssuedAt || !a.reportDistributedTo.some((p) => top.has(p))).map((a) => offender('audits', a, 'Report not issued to top management'))),
    check('Every nonconformity found (major or minor) has its own nonconformity record.', orphan.map((f) => offender('findings', f, 'No nonconformity record')), 'fail', fixTable('Open the findings', 'findings')),
  ];
}

/** R12: an internal audit closed in the last interval, covering clauses 4–10, done independently and reported. */
export function r12Audit(input: ReadinessInput, t: Thresholds): ReadinessItem {
  const recent = recentInternalAudits(input, t.auditMonths);
  const closed = closedInternalAudits(input).toSorted((a, b) => (auditDate(b) ?? '').localeCompare(auditDate(a) ?? ''));
  const programmes = input.tables.auditProgrammes;
  const hasProgramme = programmes === undefined || currentProgramme(input) !== undefined;
  const last = closed[0];
  const checks = [
    check(
      `An internal audit was closed within the last ${t.auditMonths} months (counted from the end of its fieldwork).`,
      recent.length ? [] : last ? [offender('audits', last, `Last internal audit ended ${auditDate(last) ?? 'on an unknown date'}`)] : false,
    ),
    ...coverageChecks(input, recent, t),
    ...conductChecks(input, recent),
  ];
  return decide({
    id: 'R12',
    title: 'Internal audit programme and results',
    clause: '9.2',
    blocker: true,
    presentRule: programmes === undefined ? 'at least one closed internal audit.' : 'an approved audit programme whose period covers today, and at least one closed internal audit.',
    present: closed.length > 0 && hasProgramme,
    checks,
    fix: AUDITS_FIX,
  });
}
