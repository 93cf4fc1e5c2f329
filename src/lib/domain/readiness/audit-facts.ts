/** Facts about audits shared by the audit, review and improvement rules (9.2). */
import type { AuditProgramme } from '../entities/audit-programme.ts';
import { clauses } from '../catalogs/index.ts';
import type { Audit } from '../entities/audit.ts';
import { withinMonths } from './helpers.ts';
import { type ReadinessInput, rows } from './input.ts';

/** The day an audit counts from: the end of its fieldwork, else its report, else its start. */
export function auditDate(a: Pick<Audit, 'endDate' | 'reportIssuedAt' | 'startDate'>): string | null {
  return a.endDate ?? a.reportIssuedAt ?? a.startDate ?? null;
}

/** Internal audits that are closed. */
export function closedInternalAudits(input: ReadinessInput): Audit[] {
  return rows(input, 'audits').filter((a) => a.type === 'internal' && a.status === 'closed');
}

/** Closed internal audits that ended in the last `months` months, latest first. */
export function recentInternalAudits(input: ReadinessInput, months: number): Audit[] {
  return closedInternalAudits(input)
    .filter((a) => withinMonths(auditDate(a), input.today, months))
    .toSorted((a, b) => (auditDate(b) ?? '').localeCompare(auditDate(a) ?? ''));
}

/** The approved programme whose period covers today. */
export function currentProgramme(input: ReadinessInput): AuditProgramme | undefined {
  return rows(input, 'auditProgrammes').find(
    (p) => p.status !== 'draft' && !!p.approvedAt && !!p.periodFrom && !!p.periodTo && p.periodFrom <= input.today && input.today <= p.periodTo,
  );
}

/** What a set of audits looked at: the clauses and controls they list, and the requirements they checked. */
export function auditedItems(audits: readonly Audit[]): string[] {
  return audits.flatMap((a) => [
    ...a.clauses,
    ...a.controls.map((c) => c.id),
    ...a.checks.filter((c) => c.result !== 'not_checked').map((c) => c.requirement),
  ]).map((s) => s.trim());
}

/** True when the audited items cover a clause: the clause itself, a sub-clause, or its whole main clause. */
export function covers(items: readonly string[], clause: string): boolean {
  const main = clause.split('.')[0]!;
  return items.some((i) => i === clause || i.startsWith(`${clause}.`) || i === main);
}

/** The main clauses (4–10) and their direct sub-clauses (4.1, 9.3…) of the edition. */
export function editionClauses(input: ReadinessInput): { main: string[]; sub: string[] } {
  const list = clauses.editions[input.edition];
  return { main: list.filter((c) => c.level === 1).map((c) => c.id), sub: list.filter((c) => c.level === 2).map((c) => c.id) };
}
