/**
 * Schema version 1. Released versions are never edited: a change is a new file (v2.ts) with
 * `db.version(2).stores(...)` and an upgrade function, plus a test that opens a v1 database.
 *
 * Every workspace table is keyed by a UUID `id`, scoped by `workspaceId`, and has a unique
 * human key per workspace (`[workspaceId+ref]`).
 */
const common = 'id, workspaceId, &[workspaceId+ref], [workspaceId+updatedAt]';

export const schemaV1: Record<string, string> = {
  workspaces: 'id, name, updatedAt',
  meta: 'key',
  sequences: '[workspaceId+name], workspaceId',
  changeLog: 'id, workspaceId, [workspaceId+seq], [workspaceId+entityType+recordId], [workspaceId+ts]',
  settings: `${common}`,
  importProfiles: `${common}, [workspaceId+signature]`,
  scopes: `${common}, [workspaceId+status]`,
  contextIssues: `${common}, [workspaceId+origin], [workspaceId+status]`,
  interestedParties: `${common}`,
  requirements: `${common}, party`,
  roles: `${common}, *holders`,
  persons: `${common}, [workspaceId+active]`,
  documents: `${common}, [workspaceId+docType], [workspaceId+status], [workspaceId+nextReviewDue], owner`,
  assets: `${common}, [workspaceId+type], owner`,
  threats: `${common}`,
  vulnerabilities: `${common}`,
  riskMethods: `${common}, [workspaceId+status]`,
  risks: `${common}, [workspaceId+status], [workspaceId+treatmentOption], [workspaceId+nextReviewDue], owner, *assets`,
  treatmentActions: `${common}, [workspaceId+status], [workspaceId+dueDate], owner, *risks`,
  customControls: `${common}`,
  soaVersions: `${common}, [workspaceId+status]`,
  soaEntries: `${common}, [workspaceId+applicable], [workspaceId+implementationStatus], owner`,
  objectives: `${common}, [workspaceId+status], metric`,
  plannedChanges: `${common}, [workspaceId+status]`,
  competenceRecords: `${common}, person, [workspaceId+validUntil]`,
  metrics: `${common}, [workspaceId+status]`,
  measurements: `${common}, metric, [metric+periodEnd]`,
  audits: `${common}, [workspaceId+status], [workspaceId+plannedDate]`,
  findings: `${common}, audit, [workspaceId+type]`,
  managementReviews: `${common}, [workspaceId+date]`,
  nonconformities: `${common}, [workspaceId+status], finding`,
  correctiveActions: `${common}, nonconformity, [workspaceId+status]`,
  improvements: `${common}, [workspaceId+status]`,
};
