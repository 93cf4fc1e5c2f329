import { describe, expect, it } from 'vitest';
import { auditEntity } from '../../../src/lib/domain/entities/audit.ts';
import { auditProgrammeEntity } from '../../../src/lib/domain/entities/audit-programme.ts';
import { awarenessActivityEntity } from '../../../src/lib/domain/entities/awareness-activity.ts';
import { assetEntity } from '../../../src/lib/domain/entities/asset.ts';
import { changeLogEntity } from '../../../src/lib/domain/entities/change-log-entry.ts';
import { communicationEntity } from '../../../src/lib/domain/entities/communication.ts';
import { competenceRecordEntity } from '../../../src/lib/domain/entities/competence-record.ts';
import { competenceRequirementEntity } from '../../../src/lib/domain/entities/competence-requirement.ts';
import { contextIssueEntity } from '../../../src/lib/domain/entities/context-issue.ts';
import { correctiveActionEntity } from '../../../src/lib/domain/entities/corrective-action.ts';
import { customControlEntity } from '../../../src/lib/domain/entities/custom-control.ts';
import { documentEntity } from '../../../src/lib/domain/entities/document.ts';
import { compareVersions, documentVersionEntity } from '../../../src/lib/domain/entities/document-version.ts';
import { findingEntity } from '../../../src/lib/domain/entities/finding.ts';
import { importProfileEntity } from '../../../src/lib/domain/entities/import-profile.ts';
import { improvementEntity } from '../../../src/lib/domain/entities/improvement.ts';
import { entities, entityByTable } from '../../../src/lib/domain/entities/index.ts';
import { interestedPartyEntity } from '../../../src/lib/domain/entities/interested-party.ts';
import { managementReviewEntity } from '../../../src/lib/domain/entities/management-review.ts';
import { measurementEntity } from '../../../src/lib/domain/entities/measurement.ts';
import { metricEntity } from '../../../src/lib/domain/entities/metric.ts';
import { nonconformityEntity } from '../../../src/lib/domain/entities/nonconformity.ts';
import { objectiveEntity } from '../../../src/lib/domain/entities/objective.ts';
import { personEntity } from '../../../src/lib/domain/entities/person.ts';
import { plannedChangeEntity } from '../../../src/lib/domain/entities/planned-change.ts';
import { recurringActivityEntity } from '../../../src/lib/domain/entities/recurring-activity.ts';
import { requirementEntity } from '../../../src/lib/domain/entities/requirement.ts';
import { riskEntity } from '../../../src/lib/domain/entities/risk.ts';
import { riskMethodEntity } from '../../../src/lib/domain/entities/risk-method.ts';
import { roleEntity } from '../../../src/lib/domain/entities/role.ts';
import { scopeEntity } from '../../../src/lib/domain/entities/scope.ts';
import { isEmptyJustification, soaEntryEntity } from '../../../src/lib/domain/entities/soa-entry.ts';
import { soaVersionEntity } from '../../../src/lib/domain/entities/soa-version.ts';
import { threatEntity } from '../../../src/lib/domain/entities/threat.ts';
import { treatmentActionEntity } from '../../../src/lib/domain/entities/treatment-action.ts';
import { emptyDraft, validate, type EntityDef } from '../../../src/lib/domain/model/entity.ts';
import type { Fields, Issue, Values } from '../../../src/lib/domain/model/fields.ts';
import { validDrafts } from '../../fixtures/valid-drafts.ts';

const v = validDrafts;
const draftsByTable: Readonly<Record<string, object | undefined>> = validDrafts;

/** A fresh copy of the table's valid draft, as the untyped draft of any entity. */
function validDraftOf(e: EntityDef): Values<Fields> {
  const d = draftsByTable[e.table];
  if (!d) throw new Error(`No valid draft for ${e.table}`);
  return structuredClone(d) as Values<Fields>;
}

interface Case {
  name: string;
  run: () => Issue[];
  /** The one field path the issue must name; null when the draft must be valid. */
  field: string | null;
}

/** A case that changes some fields of a valid draft, keeping the draft well typed. */
function change<S extends Fields>(
  name: string,
  entity: EntityDef<S>,
  base: NoInfer<Values<S>>,
  patch: NoInfer<Partial<Values<S>>>,
  field: string | null,
): Case {
  return { name, run: () => validate(entity, { ...structuredClone(base), ...patch }), field };
}

/** A case with values a form could never produce (wrong codes, malformed dates, unsafe links). */
function corrupt<S extends Fields>(
  name: string,
  entity: EntityDef<S>,
  base: NoInfer<Values<S>>,
  patch: Record<string, unknown>,
  field: string | null,
): Case {
  return { name, run: () => validate(entity, { ...structuredClone(base), ...patch } as Values<S>), field };
}

function expectOnly(issues: Issue[], field: string | null): void {
  if (field === null) expect(issues).toEqual([]);
  else {
    expect(issues.map((i) => i.field)).toEqual([field]);
    expect(issues[0]?.message.length).toBeGreaterThan(5);
  }
}

describe('entity list', () => {
  it('lists every table once, in the order of the standard', () => {
    expect(entities.map((e) => e.table)).toEqual([
      'scopes',
      'contextIssues',
      'interestedParties',
      'requirements',
      'roles',
      'persons',
      'documents',
      'documentVersions',
      'assets',
      'threats',
      'vulnerabilities',
      'riskMethods',
      'risks',
      'treatmentActions',
      'customControls',
      'soaVersions',
      'soaEntries',
      'objectives',
      'plannedChanges',
      'competenceRequirements',
      'competenceRecords',
      'awarenessActivities',
      'communications',
      'recurringActivities',
      'metrics',
      'measurements',
      'auditProgrammes',
      'audits',
      'findings',
      'managementReviews',
      'nonconformities',
      'correctiveActions',
      'improvements',
      'settings',
      'importProfiles',
      'changeLog',
    ]);
  });

  it('gives every entity its own ref prefix', () => {
    const prefixes = entities.map((e) => e.refPrefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it('finds entities by table', () => {
    expect(entityByTable('soaEntries')).toBe(soaEntryEntity);
    expect(entityByTable('workspaces').refPrefix).toBe('WS');
    expect(() => entityByTable('nope')).toThrow();
  });

  it('keeps the change log read-only and nothing else', () => {
    expect(entities.filter((e) => e.readOnly).map((e) => e.table)).toEqual(['changeLog']);
  });
});

describe.each(entities.map((e) => [e.table, e] as const))('%s', (_table, entity) => {
  const required = Object.entries(entity.fields)
    .filter(([, f]) => f.required)
    .map(([k]) => k);

  it('names a title field and shows at least three columns', () => {
    expect(Object.keys(entity.fields)).toContain(entity.titleField);
    expect(Object.values(entity.fields).filter((f) => f.column).length).toBeGreaterThanOrEqual(3);
  });

  it('reports each missing required field of an empty draft', () => {
    expect(required.length).toBeGreaterThan(0);
    const issues = validate(entity, emptyDraft(entity));
    expect(issues.map((i) => i.field).sort()).toEqual([...required].sort());
    for (const i of issues) expect(i.message).toMatch(/is required\.$/);
  });

  it('accepts its valid draft', () => {
    const draft = validDraftOf(entity);
    expect(Object.keys(draft).sort()).toEqual(Object.keys(entity.fields).sort());
    expect(validate(entity, draft)).toEqual([]);
  });
});

const ruleCases: Case[] = [
  // Entities from earlier work: one case each at least.
  change('scope: nothing in scope', scopeEntity, v.scopes, { orgUnits: [], locations: [], processes: [], services: [] }, 'orgUnits'),
  change('scope: approved without approver', scopeEntity, v.scopes, { approvedBy: null }, 'approvedBy'),
  change('scope: no interfaces confirmed but some listed', scopeEntity, v.scopes, { noInterfacesConfirmed: true }, 'noInterfacesConfirmed'),
  change('person: end before start', personEntity, v.persons, { endDate: '2019-01-01', active: false }, 'endDate'),
  change('person: active after leaving', personEntity, v.persons, { endDate: '2024-01-01' }, 'active'),
  change('risk method: appetite is not a level', riskMethodEntity, v.riskMethods, { appetite: 'extreme' }, 'appetite'),
  change('risk: asset-based without asset', riskEntity, v.risks, { assets: [] }, 'assets'),
  change('risk: treated without residual rating', riskEntity, v.risks, { residual: null }, 'residual'),
  change('risk: analysed without inherent rating', riskEntity, v.risks, { inherent: null }, 'inherent'),
  change('risk: assessed, the option decided before its plan', riskEntity, v.risks, { status: 'assessed', residual: null, acceptance: null, plannedControls: [] }, null),
  change('risk: in treatment to mitigate without planned controls', riskEntity, v.risks, { status: 'in_treatment', plannedControls: [] }, 'plannedControls'),
  change('risk: a draft not yet rated', riskEntity, v.risks, { inherent: null, residual: null, acceptance: null, status: 'draft' }, null),
  change('risk: closed before it was ever rated', riskEntity, v.risks, { inherent: null, residual: null, acceptance: null, status: 'closed' }, null),

  change('context issue: internal category on an external issue', contextIssueEntity, v.contextIssues, { category: 'governance' }, 'category'),
  change('context issue: external category on an internal issue', contextIssueEntity, v.contextIssues, { origin: 'internal' }, 'category'),
  change('context issue: next review before last', contextIssueEntity, v.contextIssues, { nextReviewDue: '2024-12-31' }, 'nextReviewDue'),
  change('interested party: next review before last', interestedPartyEntity, v.interestedParties, { nextReviewDue: '2024-12-31' }, 'nextReviewDue'),
  change('requirement: partly addressed without rationale', requirementEntity, v.requirements, { addressedRationale: '  ' }, 'addressedRationale'),
  change('requirement: not addressed without rationale', requirementEntity, v.requirements, { addressedThroughIsms: 'no', addressedRationale: '' }, 'addressedRationale'),
  change('requirement: fully addressed needs no rationale', requirementEntity, v.requirements, { addressedThroughIsms: 'yes', addressedRationale: '' }, null),
  change('requirement: next review before last', requirementEntity, v.requirements, { nextReviewDue: '2024-12-31' }, 'nextReviewDue'),
  change('role: communicated without channel', roleEntity, v.roles, { communicationChannel: '' }, 'communicationChannel'),
  change('document: published without approver', documentEntity, v.documents, { approver: null }, 'approver'),
  change('document: approved without date', documentEntity, v.documents, { status: 'approved', approvedAt: null }, 'approvedAt'),
  change('document: draft needs no approval', documentEntity, v.documents, { status: 'draft', approver: null, approvedAt: null }, null),
  change('document: external type with internal origin', documentEntity, v.documents, { docType: 'external' }, 'origin'),
  change('document: next review before last', documentEntity, v.documents, { nextReviewDue: '2024-12-31' }, 'nextReviewDue'),
  change('document version: approved without approver', documentVersionEntity, v.documentVersions, { approver: null }, 'approver'),
  change('document version: superseded without approval date', documentVersionEntity, v.documentVersions, { status: 'superseded', approvedAt: null }, 'approvedAt'),
  change('document version: draft needs no approval', documentVersionEntity, v.documentVersions, { status: 'draft', approver: null, approvedAt: null, effectiveFrom: null }, null),
  change('document version: effective before approval', documentVersionEntity, v.documentVersions, { effectiveFrom: '2025-01-01' }, 'effectiveFrom'),
  change('competence requirement: qualification shown by experience', competenceRequirementEntity, v.competenceRequirements, { acceptableEvidence: ['experience'] }, 'acceptableEvidence'),
  change('competence requirement: skill shown by experience', competenceRequirementEntity, v.competenceRequirements, { kind: 'skill', acceptableEvidence: ['experience'] }, null),
  change('awareness: all staff and roles', awarenessActivityEntity, v.awarenessActivities, { audience: ['rol-1'] }, 'audience'),
  change('awareness: completed without date', awarenessActivityEntity, v.awarenessActivities, { date: null, dueDate: null }, 'date'),
  change('awareness: planned without date', awarenessActivityEntity, v.awarenessActivities, { status: 'planned', date: null, dueDate: null, attendance: [] }, null),
  change('awareness: due before held', awarenessActivityEntity, v.awarenessActivities, { dueDate: '2025-02-01' }, 'dueDate'),
  change(
    'awareness: attendee twice',
    awarenessActivityEntity,
    v.awarenessActivities,
    { attendance: [...v.awarenessActivities.attendance, { person: 'per-1', completedAt: '2025-03-20', score: null, policyVersion: '' }] },
    'attendance.2.person',
  ),
  change(
    'awareness: completed before held',
    awarenessActivityEntity,
    v.awarenessActivities,
    { attendance: [{ person: 'per-1', completedAt: '2025-02-20', score: null, policyVersion: '' }] },
    'attendance.0.completedAt',
  ),
  change('communication: on an occasion without saying which', communicationEntity, v.communications, { trigger: ' ' }, 'trigger'),
  change('communication: yearly needs no occasion', communicationEntity, v.communications, { frequency: 'yearly', trigger: '' }, null),
  change(
    'recurring activity: done without date',
    recurringActivityEntity,
    v.recurringActivities,
    { occurrences: [{ due: '2025-03-31', doneAt: null, by: null, result: 'ok', evidence: '', note: '' }] },
    'occurrences.0.doneAt',
  ),
  change(
    'recurring activity: missed but dated',
    recurringActivityEntity,
    v.recurringActivities,
    { occurrences: [{ due: '2025-03-31', doneAt: '2025-04-01', by: null, result: 'missed', evidence: '', note: '' }] },
    'occurrences.0.result',
  ),
  change(
    'recurring activity: done without result',
    recurringActivityEntity,
    v.recurringActivities,
    { occurrences: [{ due: '2025-03-31', doneAt: '2025-04-01', by: null, result: null, evidence: '', note: '' }] },
    'occurrences.0.result',
  ),
  change('audit programme: ends before it starts', auditProgrammeEntity, v.auditProgrammes, { periodTo: '2024-12-31' }, 'periodTo'),
  change('audit programme: approved without approver', auditProgrammeEntity, v.auditProgrammes, { approvedBy: null }, 'approvedBy'),
  change('audit programme: draft needs no approval', auditProgrammeEntity, v.auditProgrammes, { status: 'draft', approvedBy: null, approvedAt: null }, null),
  change(
    'audit programme: one audit for two planned audits',
    auditProgrammeEntity,
    v.auditProgrammes,
    { plannedAudits: [...v.auditProgrammes.plannedAudits, { title: 'Annex A sample', plannedDate: null, scope: '', clauses: [], controls: [], auditor: null, audit: 'aud-1' }] },
    'plannedAudits.1.audit',
  ),
  change('nonconformity: closed without closing date', nonconformityEntity, v.nonconformities, { status: 'closed', closedAt: null }, 'closedAt'),
  change('nonconformity: closing date while open', nonconformityEntity, v.nonconformities, { closedAt: '2025-09-01' }, 'closedAt'),
  change('nonconformity: closed before detected', nonconformityEntity, v.nonconformities, { status: 'closed', closedAt: '2025-05-01' }, 'closedAt'),
  change('asset: linked to a scope but not in scope', assetEntity, v.assets, { inScope: false }, 'inScope'),
  change('asset: next review before last', assetEntity, v.assets, { nextReviewDue: '2024-12-31' }, 'nextReviewDue'),
  change('threat: deliberate category, accidental source', threatEntity, v.threats, { sourceType: 'accidental' }, 'sourceType'),
  change('threat: natural category, deliberate source', threatEntity, v.threats, { category: 'natural' }, 'sourceType'),
  change('treatment action: done without completion date', treatmentActionEntity, v.treatmentActions, { completedAt: null }, 'completedAt'),
  change('treatment action: due before start', treatmentActionEntity, v.treatmentActions, { dueDate: '2025-01-15' }, 'dueDate'),
  change('treatment action: completed before start', treatmentActionEntity, v.treatmentActions, { completedAt: '2025-01-20' }, 'completedAt'),
  change(
    'treatment action: verified before completion',
    treatmentActionEntity,
    v.treatmentActions,
    { verification: { at: '2025-03-01', by: null, result: 'effective', note: '' } },
    'verification.at',
  ),
  change('custom control: Annex A id', customControlEntity, v.customControls, { controlId: 'A.5.1' }, 'controlId'),
  change('custom control: maps to a custom control', customControlEntity, v.customControls, { mapsTo: [{ edition: 'custom', id: 'X.2' }] }, 'mapsTo'),
  change('SoA version: approved without approver', soaVersionEntity, v.soaVersions, { approvedBy: null }, 'approvedBy'),
  change('SoA version: approved without date', soaVersionEntity, v.soaVersions, { approvedAt: null }, 'approvedAt'),
  change(
    'SoA entry: two controls',
    soaEntryEntity,
    v.soaEntries,
    { control: [{ edition: '2022', id: 'A.8.13' }, { edition: '2022', id: 'A.8.7' }] },
    'control',
  ),
  change('SoA entry: applicable without reason: saved as a draft, flagged by the SoA screen', soaEntryEntity, v.soaEntries, { reasons: [] }, null),
  change('SoA entry: excluded with "N/A": saved as a draft, flagged by the SoA screen', soaEntryEntity, v.soaEntries, { applicable: 'no', reasons: [], exclusionJustification: 'N/A' }, null),
  change('SoA entry: excluded with "-": saved as a draft, flagged by the SoA screen', soaEntryEntity, v.soaEntries, { applicable: 'no', reasons: [], exclusionJustification: ' - ' }, null),
  change('SoA entry: excluded with no justification: saved as a draft, flagged by the SoA screen', soaEntryEntity, v.soaEntries, { applicable: 'no', reasons: [], exclusionJustification: '' }, null),
  change(
    'SoA entry: excluded with the control title: saved as a draft, flagged by the SoA screen',
    soaEntryEntity,
    v.soaEntries,
    { applicable: 'no', reasons: [], exclusionJustification: 'Information backup' },
    null,
  ),
  change(
    'SoA entry: excluded but with a reason',
    soaEntryEntity,
    v.soaEntries,
    { applicable: 'no', reasons: ['BP'], exclusionJustification: 'No system in scope stores data of its own.' },
    'reasons',
  ),
  change(
    'SoA entry: excluded with a real justification',
    soaEntryEntity,
    v.soaEntries,
    { applicable: 'no', reasons: [], exclusionJustification: 'No system in scope stores data of its own.' },
    null,
  ),
  change('SoA entry: risk treatment without risk: saved as a draft, flagged by the SoA screen', soaEntryEntity, v.soaEntries, { risks: [] }, null),
  change('SoA entry: contractual without requirement: saved as a draft, flagged by the SoA screen', soaEntryEntity, v.soaEntries, { reasons: ['CO'] }, null),
  change('objective: target without direction', objectiveEntity, v.objectives, { direction: null }, 'direction'),
  change('objective: target worse than baseline', objectiveEntity, v.objectives, { target: 50 }, 'target'),
  change('planned change: approved without approver', plannedChangeEntity, v.plannedChanges, { approvedBy: null }, 'approvedBy'),
  change('planned change: implemented without date', plannedChangeEntity, v.plannedChanges, { implementedAt: null }, 'implementedAt'),
  change('planned change: implemented before approval', plannedChangeEntity, v.plannedChanges, { implementedAt: '2025-02-10' }, 'implementedAt'),
  change('planned change: reviewed without review', plannedChangeEntity, v.plannedChanges, { postReview: null }, 'postReview'),
  change(
    'planned change: reviewed before implemented',
    plannedChangeEntity,
    v.plannedChanges,
    { postReview: { at: '2025-03-01', by: null, outcome: 'Fine.', note: '' } },
    'postReview.at',
  ),
  change('competence: valid until before obtained', competenceRecordEntity, v.competenceRecords, { validUntil: '2020-01-01' }, 'validUntil'),
  change('metric: built in without key', metricEntity, v.metrics, { builtInKey: '' }, 'builtInKey'),
  change('metric: manual with key', metricEntity, v.metrics, { kind: 'manual' }, 'builtInKey'),
  change('metric: thresholds without direction', metricEntity, v.metrics, { direction: null }, 'direction'),
  change('metric: amber above green when higher is better', metricEntity, v.metrics, { thresholdAmber: 95 }, 'thresholdAmber'),
  change('measurement: period ends before it starts', measurementEntity, v.measurements, { periodEnd: '2025-02-01' }, 'periodEnd'),
  change('measurement: measured before the period', measurementEntity, v.measurements, { measuredAt: '2025-02-15' }, 'measuredAt'),
  change('audit: ends before it starts', auditEntity, v.audits, { endDate: '2025-05-01' }, 'endDate'),
  change('audit: closed without report date', auditEntity, v.audits, { reportIssuedAt: null }, 'reportIssuedAt'),
  change('audit: closed without independence declaration', auditEntity, v.audits, { independenceDeclared: false }, 'independenceDeclared'),
  change('audit: planned needs neither', auditEntity, v.audits, { status: 'planned', reportIssuedAt: null, independenceDeclared: false }, null),
  change('audit: report before the audit', auditEntity, v.audits, { reportIssuedAt: '2025-05-01' }, 'reportIssuedAt'),
  change('audit: lead auditor audits themself', auditEntity, v.audits, { leadAuditor: 'per-1' }, 'leadAuditor'),
  change('audit: team member audited', auditEntity, v.audits, { team: ['per-3'] }, 'team'),
  change('finding: neither audit nor source', findingEntity, v.findings, { audit: null, source: null }, 'source'),
  change('finding: audit with a non-audit source', findingEntity, v.findings, { source: 'incident' }, 'source'),
  change('finding: OFI linked to a nonconformity', findingEntity, v.findings, { type: 'ofi' }, 'nonconformity'),
  change(
    'finding: good practice linked to an improvement',
    findingEntity,
    v.findings,
    { type: 'good_practice', nonconformity: null, improvement: 'imp-1' },
    'improvement',
  ),
  change(
    'nonconformity: no action needed without reason',
    nonconformityEntity,
    v.nonconformities,
    { status: 'analysed', caNeeded: 'no', caNotNeededReason: '' },
    'caNotNeededReason',
  ),
  change(
    'nonconformity: closed without action, with reason',
    nonconformityEntity,
    v.nonconformities,
    { status: 'closed', caNeeded: 'no', caNotNeededReason: 'A one-off; its cause no longer exists.', closedAt: '2025-09-01' },
    null,
  ),
  change(
    'nonconformity: action planned although none is needed',
    nonconformityEntity,
    v.nonconformities,
    { caNeeded: 'no', caNotNeededReason: 'A one-off; its cause no longer exists.' },
    'status',
  ),
  change('nonconformity: analysed without root cause', nonconformityEntity, v.nonconformities, { status: 'analysed', rootCause: null }, 'rootCause'),
  change('nonconformity: reopened without root cause', nonconformityEntity, v.nonconformities, { status: 'reopened', rootCause: null }, 'rootCause'),
  change('nonconformity: contained without correction', nonconformityEntity, v.nonconformities, { status: 'contained', correction: null }, 'correction'),
  change('nonconformity: beyond open without severity', nonconformityEntity, v.nonconformities, { severity: null }, 'severity'),
  change('nonconformity: beyond open without owner', nonconformityEntity, v.nonconformities, { owner: null }, 'owner'),
  change('nonconformity: action planned, need undecided', nonconformityEntity, v.nonconformities, { caNeeded: 'undecided' }, 'caNeeded'),
  change(
    'nonconformity: action planned, not checked elsewhere',
    nonconformityEntity,
    v.nonconformities,
    { similarElsewhereChecked: false },
    'similarElsewhereChecked',
  ),
  change(
    'nonconformity: open needs nothing more',
    nonconformityEntity,
    v.nonconformities,
    { status: 'open', severity: null, owner: null, correction: null, rootCause: null, caNeeded: null, similarElsewhereChecked: false },
    null,
  ),
  change('nonconformity: due before detected', nonconformityEntity, v.nonconformities, { dueDate: '2025-05-01' }, 'dueDate'),
  change(
    'nonconformity: corrected before detected',
    nonconformityEntity,
    v.nonconformities,
    { correction: { action: 'Done.', doneAt: '2025-05-01', by: null } },
    'correction.doneAt',
  ),
  change('corrective action: implemented without date', correctiveActionEntity, v.correctiveActions, { implementedAt: null }, 'implementedAt'),
  change(
    'corrective action: result without check date',
    correctiveActionEntity,
    v.correctiveActions,
    { effectiveness: { plannedAt: null, criteria: '', checkedAt: null, by: null, result: 'effective', note: '' } },
    'effectiveness.checkedAt',
  ),
  change(
    'corrective action: check date without result',
    correctiveActionEntity,
    v.correctiveActions,
    { effectiveness: { plannedAt: null, criteria: '', checkedAt: '2025-08-01', by: null, result: null, note: '' } },
    'effectiveness.result',
  ),
  change('corrective action: checked before implemented', correctiveActionEntity, v.correctiveActions, { implementedAt: '2025-08-15' }, 'effectiveness.checkedAt'),
  change('corrective action: checked while in progress', correctiveActionEntity, v.correctiveActions, { status: 'in_progress' }, 'effectiveness.result'),
  change('management review: period ends before it starts', managementReviewEntity, v.managementReviews, { periodTo: '2024-01-01' }, 'periodTo'),
  change(
    'management review: input twice',
    managementReviewEntity,
    v.managementReviews,
    { inputs: [...v.managementReviews.inputs, { code: 'prev_actions', summary: 'Again.', addressed: true }] },
    'inputs.2.code',
  ),
  change(
    'management review: addressed input without summary',
    managementReviewEntity,
    v.managementReviews,
    { inputs: [{ code: 'risk_status', summary: '', addressed: true }] },
    'inputs.0.summary',
  ),
  change(
    'management review: approved minutes, action without owner',
    managementReviewEntity,
    v.managementReviews,
    { actions: [{ text: 'Renew licence.', owner: null, dueDate: '2025-07-31', status: 'open' }] },
    'actions.0.owner',
  ),
  change(
    'management review: approved minutes, action without due date',
    managementReviewEntity,
    v.managementReviews,
    { actions: [{ text: 'Renew licence.', owner: 'per-1', dueDate: null, status: 'open' }] },
    'actions.0.dueDate',
  ),
  change(
    'management review: held, action still being assigned',
    managementReviewEntity,
    v.managementReviews,
    { status: 'held', actions: [{ text: 'Renew licence.', owner: null, dueDate: null, status: 'open' }] },
    null,
  ),
  change(
    'improvement: rejected without reason',
    improvementEntity,
    v.improvements,
    { status: 'rejected', benefitReview: null, rejectionReason: '' },
    'rejectionReason',
  ),
  change('improvement: benefit review before implementation', improvementEntity, v.improvements, { status: 'accepted' }, 'benefitReview'),
  change(
    'import profile: column is not a letter',
    importProfileEntity,
    v.importProfiles,
    { columns: [{ column: '3', header: '', field: 'id' }] },
    'columns.0.column',
  ),
  change(
    'import profile: column mapped twice',
    importProfileEntity,
    v.importProfiles,
    { columns: [{ column: 'A', header: '', field: 'id' }, { column: 'a', header: '', field: 'title' }] },
    'columns.1.column',
  ),
  change(
    'import profile: field read from two columns',
    importProfileEntity,
    v.importProfiles,
    { columns: [{ column: 'A', header: '', field: 'id' }, { column: 'B', header: '', field: 'id' }] },
    'columns.1.field',
  ),
  change(
    'import profile: value translated twice',
    importProfileEntity,
    v.importProfiles,
    { valueMaps: [...v.importProfiles.valueMaps, { field: 'treatment', from: 'mitigate', to: 'retain' }] },
    'valueMaps.1.from',
  ),
  change('change log: time is not a UTC timestamp', changeLogEntity, v.changeLog, { ts: '2025-03-31 09:30' }, 'ts'),
  change('change log: before is not JSON', changeLogEntity, v.changeLog, { before: '{status:' }, 'before'),
  change('change log: delete without reason', changeLogEntity, v.changeLog, { op: 'delete' }, 'reason'),
];

describe('rules across fields', () => {
  it.each(ruleCases)('$name', ({ run, field }) => {
    expectOnly(run(), field);
  });
});

const fieldCases: Case[] = [
  corrupt('date: 30 February', measurementEntity, v.measurements, { measuredAt: '2025-02-30' }, 'measuredAt'),
  corrupt('date: not ISO', measurementEntity, v.measurements, { periodStart: '31/03/2025' }, 'periodStart'),
  corrupt(
    'date in a list item',
    objectiveEntity,
    v.objectives,
    { progress: [{ at: '2025-02-30', value: null, status: 'on_track', note: '' }] },
    'progress.0.at',
  ),
  corrupt('int: not a whole number', assetEntity, v.assets, { valueC: 2.5 }, 'valueC'),
  corrupt('int: above its maximum', assetEntity, v.assets, { valueA: 6 }, 'valueA'),
  corrupt('number: not finite', measurementEntity, v.measurements, { value: Number.NaN }, 'value'),
  corrupt('enum: unknown code', documentEntity, v.documents, { status: 'archived' }, 'status'),
  corrupt('enum: label instead of code', threatEntity, v.threats, { category: 'Deliberate (human)' }, 'category'),
  corrupt('multi-enum: unknown code', threatEntity, v.threats, { affects: ['C', 'X'] }, 'affects'),
  corrupt('control: unknown Annex A 2022 id', soaEntryEntity, v.soaEntries, { control: [{ edition: '2022', id: 'A.9.9' }] }, 'control'),
  corrupt('control: 2013 id under 2022', riskEntity, v.risks, { existingControls: [{ edition: '2022', id: 'A.12.3.1' }] }, 'existingControls'),
  corrupt('control: known 2013 id', riskEntity, v.risks, { existingControls: [{ edition: '2013', id: 'A.12.3.1' }] }, null),
  corrupt('url: http link', interestedPartyEntity, v.interestedParties, { website: 'http://example.org/' }, null),
  corrupt('url: javascript link', interestedPartyEntity, v.interestedParties, { website: 'javascript:alert(1)' }, 'website'),
  corrupt('text: longer than its maximum', contextIssueEntity, v.contextIssues, { title: 'x'.repeat(201) }, 'title'),
  corrupt('text: longer than the single-line default', requirementEntity, v.requirements, { source: 'x'.repeat(501) }, 'source'),
  corrupt('text: a line break in a single line', roleEntity, v.roles, { name: 'ISMS\nmanager' }, 'name'),
  corrupt('text: required but only spaces', findingEntity, v.findings, { statement: '   ' }, 'statement'),
  corrupt('refs: required but empty', treatmentActionEntity, v.treatmentActions, { risks: [] }, 'risks'),
  corrupt(
    'list item: required sub-field empty',
    auditEntity,
    v.audits,
    { checks: [{ requirement: '', question: '', sample: '', result: 'conform', note: '' }] },
    'checks.0.requirement',
  ),
  corrupt(
    'group: required sub-field empty',
    nonconformityEntity,
    v.nonconformities,
    { rootCause: { method: 'five_whys', cause: '', category: null } },
    'rootCause.cause',
  ),
  corrupt('value missing altogether', metricEntity, v.metrics, { status: undefined }, 'status'),
];

describe('checks of single fields', () => {
  it.each(fieldCases)('$name', ({ run, field }) => {
    expectOnly(run(), field);
  });

  it('says what is wrong with a date, a whole number and a link', () => {
    const [date] = validate(measurementEntity, { ...v.measurements, measuredAt: '2025-02-30' });
    expect(date?.message).toBe('Measured on must be a date (YYYY-MM-DD).');
    const [whole] = validate(assetEntity, { ...v.assets, valueC: 2.5 });
    expect(whole?.message).toBe('Confidentiality value must be a whole number.');
    const [link] = validate(interestedPartyEntity, { ...v.interestedParties, website: 'javascript:alert(1)' });
    expect(link?.message).toMatch(/https:, http: or mailto:/);
    const [control] = validate(soaEntryEntity, { ...v.soaEntries, control: [{ edition: '2022', id: 'A.9.9' }] });
    expect(control?.message).toMatch(/A\.9\.9 is not a control of Annex A 2022/);
  });
});

describe('isEmptyJustification (an SoA exclusion that says nothing is flagged, not refused)', () => {
  it.each([
    ['N/A', true],
    [' - ', true],
    ['', true],
    ['Information backup', true],
    ['No system in scope stores data of its own.', false],
  ])('%j → %s', (text, empty) => {
    expect(isEmptyJustification(text, { edition: '2022', id: 'A.8.13' })).toBe(empty);
  });
});

describe('compareVersions', () => {
  it.each([
    ['1.9', '1.10', -1],
    ['2.0', '1.10', 1],
    ['1.0', '1', 0],
    ['1.1', '1.1.1', -1],
  ])('%s against %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });
});
