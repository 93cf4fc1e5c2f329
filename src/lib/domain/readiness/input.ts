/**
 * What the readiness rules read: a plain snapshot of one workspace's tables, its settings, the
 * risk method in force, today's date and the edition. Nothing here touches storage.
 */
import type { Edition } from '../catalogs/index.ts';
import type { Asset } from '../entities/asset.ts';
import type { AuditProgramme } from '../entities/audit-programme.ts';
import type { AwarenessActivity } from '../entities/awareness-activity.ts';
import type { Communication } from '../entities/communication.ts';
import type { CompetenceRequirement } from '../entities/competence-requirement.ts';
import type { DocumentVersion } from '../entities/document-version.ts';
import type { RecurringActivity } from '../entities/recurring-activity.ts';
import type { Audit } from '../entities/audit.ts';
import type { CompetenceRecord } from '../entities/competence-record.ts';
import type { ContextIssue } from '../entities/context-issue.ts';
import type { CorrectiveAction } from '../entities/corrective-action.ts';
import type { CustomControl } from '../entities/custom-control.ts';
import type { Document } from '../entities/document.ts';
import type { Finding } from '../entities/finding.ts';
import type { Improvement } from '../entities/improvement.ts';
import type { InterestedParty } from '../entities/interested-party.ts';
import type { ManagementReview } from '../entities/management-review.ts';
import type { Measurement } from '../entities/measurement.ts';
import type { Metric } from '../entities/metric.ts';
import type { Nonconformity } from '../entities/nonconformity.ts';
import type { Objective } from '../entities/objective.ts';
import type { Person } from '../entities/person.ts';
import type { PlannedChange } from '../entities/planned-change.ts';
import type { Requirement } from '../entities/requirement.ts';
import type { Risk } from '../entities/risk.ts';
import type { RiskMethod, RiskMethodDraft } from '../entities/risk-method.ts';
import type { Role } from '../entities/role.ts';
import type { Scope } from '../entities/scope.ts';
import type { SettingsDraft } from '../entities/settings.ts';
import type { SoaEntry } from '../entities/soa-entry.ts';
import type { SoaVersion } from '../entities/soa-version.ts';
import type { TreatmentAction } from '../entities/treatment-action.ts';
import type { Workspace } from '../entities/workspace.ts';

/** The stored records per table that the rules read. A table left out counts as empty. */
export interface ReadinessTables {
  scopes: readonly Scope[];
  contextIssues: readonly ContextIssue[];
  interestedParties: readonly InterestedParty[];
  requirements: readonly Requirement[];
  roles: readonly Role[];
  persons: readonly Person[];
  documents: readonly Document[];
  assets: readonly Asset[];
  riskMethods: readonly RiskMethod[];
  risks: readonly Risk[];
  treatmentActions: readonly TreatmentAction[];
  customControls: readonly CustomControl[];
  soaVersions: readonly SoaVersion[];
  soaEntries: readonly SoaEntry[];
  objectives: readonly Objective[];
  plannedChanges: readonly PlannedChange[];
  competenceRecords: readonly CompetenceRecord[];
  metrics: readonly Metric[];
  measurements: readonly Measurement[];
  audits: readonly Audit[];
  findings: readonly Finding[];
  managementReviews: readonly ManagementReview[];
  nonconformities: readonly Nonconformity[];
  correctiveActions: readonly CorrectiveAction[];
  improvements: readonly Improvement[];
  // Schema 2. A rule may tell "none recorded" ([]) from "not in this snapshot" (undefined).
  competenceRequirements: readonly CompetenceRequirement[];
  awarenessActivities: readonly AwarenessActivity[];
  communications: readonly Communication[];
  auditProgrammes: readonly AuditProgramme[];
  documentVersions: readonly DocumentVersion[];
  recurringActivities: readonly RecurringActivity[];
}

export type TableName = keyof ReadinessTables;

/** Every table the rules read, for the code that takes the snapshot. */
export const readinessTables: readonly TableName[] = [
  'scopes',
  'contextIssues',
  'interestedParties',
  'requirements',
  'roles',
  'persons',
  'documents',
  'assets',
  'riskMethods',
  'risks',
  'treatmentActions',
  'customControls',
  'soaVersions',
  'soaEntries',
  'objectives',
  'plannedChanges',
  'competenceRecords',
  'metrics',
  'measurements',
  'audits',
  'findings',
  'managementReviews',
  'nonconformities',
  'correctiveActions',
  'improvements',
  'competenceRequirements',
  'awarenessActivities',
  'communications',
  'auditProgrammes',
  'documentVersions',
  'recurringActivities',
];

export interface ReadinessInput {
  /** The day the rules are evaluated for, `YYYY-MM-DD`. */
  today: string;
  edition: Edition;
  workspace: Pick<Workspace, 'climateChangeRelevant'> | null;
  /** The workspace's settings; missing values fall back to the defaults. */
  settings: Partial<SettingsDraft> | null;
  /** The approved risk method in force, or null when there is none. */
  method: RiskMethodDraft | null;
  tables: Partial<ReadinessTables>;
}

/** The records of a table (empty when the snapshot left it out). */
export function rows<T extends TableName>(input: ReadinessInput, table: T): ReadinessTables[T] {
  return input.tables[table] ?? ([] as unknown as ReadinessTables[T]);
}
