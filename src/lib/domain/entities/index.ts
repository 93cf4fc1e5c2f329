/**
 * Every entity of the ISMS, in the order of the standard. The generic register, the database
 * schema checks and the example loader all read this list.
 */
import { anyEntity, type EntityDef } from '../model/entity.ts';
import { assetEntity } from './asset.ts';
import { auditEntity } from './audit.ts';
import { auditProgrammeEntity } from './audit-programme.ts';
import { awarenessActivityEntity } from './awareness-activity.ts';
import { changeLogEntity } from './change-log-entry.ts';
import { communicationEntity } from './communication.ts';
import { competenceRecordEntity } from './competence-record.ts';
import { competenceRequirementEntity } from './competence-requirement.ts';
import { contextIssueEntity } from './context-issue.ts';
import { correctiveActionEntity } from './corrective-action.ts';
import { customControlEntity } from './custom-control.ts';
import { documentEntity } from './document.ts';
import { documentVersionEntity } from './document-version.ts';
import { findingEntity } from './finding.ts';
import { importProfileEntity } from './import-profile.ts';
import { improvementEntity } from './improvement.ts';
import { interestedPartyEntity } from './interested-party.ts';
import { managementReviewEntity } from './management-review.ts';
import { measurementEntity } from './measurement.ts';
import { metricEntity } from './metric.ts';
import { nonconformityEntity } from './nonconformity.ts';
import { objectiveEntity } from './objective.ts';
import { personEntity } from './person.ts';
import { plannedChangeEntity } from './planned-change.ts';
import { recurringActivityEntity } from './recurring-activity.ts';
import { requirementEntity } from './requirement.ts';
import { riskEntity } from './risk.ts';
import { riskMethodEntity } from './risk-method.ts';
import { roleEntity } from './role.ts';
import { scopeEntity } from './scope.ts';
import { settingsEntity } from './settings.ts';
import { soaEntryEntity } from './soa-entry.ts';
import { soaVersionEntity } from './soa-version.ts';
import { threatEntity } from './threat.ts';
import { treatmentActionEntity } from './treatment-action.ts';
import { vulnerabilityEntity } from './vulnerability.ts';
import { workspaceEntity } from './workspace.ts';

export const entities: readonly EntityDef[] = [
  // 4 Context
  anyEntity(scopeEntity),
  anyEntity(contextIssueEntity),
  anyEntity(interestedPartyEntity),
  anyEntity(requirementEntity),
  // 5 Leadership (policies are documents)
  anyEntity(roleEntity),
  anyEntity(personEntity),
  anyEntity(documentEntity),
  anyEntity(documentVersionEntity),
  // 6 Planning
  anyEntity(assetEntity),
  anyEntity(threatEntity),
  anyEntity(vulnerabilityEntity),
  anyEntity(riskMethodEntity),
  anyEntity(riskEntity),
  anyEntity(treatmentActionEntity),
  anyEntity(customControlEntity),
  anyEntity(soaVersionEntity),
  anyEntity(soaEntryEntity),
  anyEntity(objectiveEntity),
  anyEntity(plannedChangeEntity),
  // 7 Support
  anyEntity(competenceRequirementEntity),
  anyEntity(competenceRecordEntity),
  anyEntity(awarenessActivityEntity),
  anyEntity(communicationEntity),
  // 8 Operation
  anyEntity(recurringActivityEntity),
  // 9 Performance evaluation
  anyEntity(metricEntity),
  anyEntity(measurementEntity),
  anyEntity(auditProgrammeEntity),
  anyEntity(auditEntity),
  anyEntity(findingEntity),
  anyEntity(managementReviewEntity),
  // 10 Improvement
  anyEntity(nonconformityEntity),
  anyEntity(correctiveActionEntity),
  anyEntity(improvementEntity),
  // The app itself
  anyEntity(settingsEntity),
  anyEntity(importProfileEntity),
  anyEntity(changeLogEntity),
];

/** Every entity kept per workspace (all but the workspace itself). */
export const workspaceEntities = entities;
export { workspaceEntity };

const byTable = new Map<string, EntityDef>([...entities, anyEntity(workspaceEntity)].map((e) => [e.table, e]));

/** The entity stored in `table`; throws for an unknown table (a programming error). */
export function entityByTable(table: string): EntityDef {
  const e = byTable.get(table);
  if (!e) throw new Error(`Unknown entity table "${table}".`);
  return e;
}
