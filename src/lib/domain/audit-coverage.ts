/** Which of clauses 4 to 10 an audit programme covers, through its planned audits and their records. */
import type { Audit } from './entities/audit.ts';
import type { AuditProgramme } from './entities/audit-programme.ts';

export interface ClauseCoverage {
  clause: string;
  covered: boolean;
  /** The audits (refs or planned titles) that cover it. */
  by: string[];
}

/** Clauses 4–10: covered when a planned audit, or an audit of the programme, lists the clause or one of its sub-clauses. */
export function clauseCoverage(p: AuditProgramme, audits: readonly Audit[]): ClauseCoverage[] {
  const sources = [
    ...p.plannedAudits.map((x) => ({ name: x.title, clauses: x.clauses })),
    ...audits.filter((a) => a.programme === p.id && a.status !== 'cancelled').map((a) => ({ name: a.ref, clauses: a.clauses })),
  ];
  return ['4', '5', '6', '7', '8', '9', '10'].map((clause) => {
    const by = sources.filter((s) => s.clauses.some((c) => c.trim() === clause || c.trim().startsWith(`${clause}.`))).map((s) => s.name);
    return { clause, covered: by.length > 0, by: [...new Set(by)] };
  });
}
