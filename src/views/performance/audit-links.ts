/** Creating the records an audit leads to, linked both ways in one transaction (9.2, 10.2). */
import type { StoredRecord } from '../../lib/db/database.ts';
import { auditEntity } from '../../lib/domain/entities/audit.ts';
import { auditProgrammeEntity } from '../../lib/domain/entities/audit-programme.ts';
import { findingEntity } from '../../lib/domain/entities/finding.ts';
import { nonconformityEntity } from '../../lib/domain/entities/nonconformity.ts';
import { draftOf, emptyDraft } from '../../lib/domain/model/entity.ts';
import { session } from '../../lib/state/session.svelte.ts';

/** Creates the audit record of a planned audit of the programme and links it; returns the audit. */
export async function createPlannedAudit(programme: StoredRecord, index: number): Promise<StoredRecord> {
  const db = session.db;
  return db.transaction('rw', db.tables, async () => {
    const p = draftOf(auditProgrammeEntity, programme);
    const plan = p.plannedAudits[index];
    if (!plan) throw new Error('This planned audit no longer exists.');
    const audit = await session.repo.create(auditEntity, programme.workspaceId, emptyDraft(auditEntity, {
      title: plan.title, type: 'internal', programme: programme.id, scopeDescription: plan.scope, clauses: plan.clauses, controls: plan.controls,
      leadAuditor: plan.auditor, team: plan.auditor ? [plan.auditor] : [], plannedDate: plan.plannedDate, status: 'planned',
    }));
    const plannedAudits = p.plannedAudits.map((x, i) => (i === index ? { ...x, audit: audit.id } : x));
    await session.repo.update(auditProgrammeEntity, programme.id, { ...p, plannedAudits }, programme.rev);
    return audit;
  });
}

/** Raises a nonconformity from a nonconformity-type finding and links the finding to it; returns the nonconformity. */
export async function raiseNonconformity(finding: StoredRecord, audit: StoredRecord | undefined): Promise<StoredRecord> {
  const db = session.db;
  return db.transaction('rw', db.tables, async () => {
    const f = draftOf(findingEntity, finding);
    const nc = await session.repo.create(nonconformityEntity, finding.workspaceId, emptyDraft(nonconformityEntity, {
      title: f.statement.length > 120 ? `${f.statement.slice(0, 117)}…` : f.statement,
      source: f.source ?? 'internal_audit', finding: finding.id, requirement: f.requirement || '?', description: `${f.statement}${f.evidence ? `\n\nEvidence: ${f.evidence}` : ''}`,
      severity: f.type === 'major_nc' ? 'major' : 'minor', detectedAt: (audit?.['endDate'] as string | null) ?? null,
      detectedBy: (audit?.['leadAuditor'] as string | null) ?? null, caNeeded: 'undecided', status: 'open',
    }));
    await session.repo.update(findingEntity, finding.id, { ...f, nonconformity: nc.id }, finding.rev);
    return nc;
  });
}
