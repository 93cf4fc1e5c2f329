/**
 * The embedded example ISMS: Northwind Analytics Ltd, a fictional 140-person SaaS company for
 * logistics analytics. Every date is computed from `today`, so the example always looks current:
 * reviews within the last year, some items due in the coming weeks and a few overdue.
 */
import { assets } from './assets.ts';
import { auditProgrammes, audits, findings, managementReviews } from './assurance.ts';
import { awarenessActivities, communications } from './awareness.ts';
import { threats, vulnerabilities } from './catalogue.ts';
import { contextIssues, scopes } from './context.ts';
import { competenceRecords, competenceRequirements } from './competence.ts';
import { clock } from './dates.ts';
import { documents, documentVersions } from './documents.ts';
import { correctiveActions, improvements, nonconformities, plannedChanges } from './improvement.ts';
import { measurements, metrics, objectives } from './metrics.ts';
import { recurringActivities } from './operation.ts';
import { persons, roles, settings, workspace } from './organisation.ts';
import { interestedParties, requirements } from './parties.ts';
import { riskMethods, risks } from './risks.ts';
import { soaEntries, soaVersions } from './soa.ts';
import { customControls, treatmentActions } from './treatment.ts';
import type { ExampleDataset } from './types.ts';

export type { ExampleDataset, ExampleRecord } from './types.ts';

/** The example ISMS as of `today` (`YYYY-MM-DD`). */
export function exampleIsms(today: string): ExampleDataset {
  const c = clock(today);
  const reqs = requirements(c);
  return {
    workspace: workspace(c),
    tables: {
      settings: settings(),
      // 5 Leadership: people first, so every later record can name its owner.
      persons: persons(c),
      roles: roles(c),
      // 4 Context
      contextIssues: contextIssues(c),
      interestedParties: interestedParties(c),
      requirements: reqs,
      scopes: scopes(c),
      documents: documents(c),
      documentVersions: documentVersions(c),
      // 6 Planning: method, inventory, catalogues, register, treatment, SoA, objectives
      riskMethods: riskMethods(c),
      assets: assets(c),
      threats: threats(),
      vulnerabilities: vulnerabilities(),
      risks: risks(c),
      treatmentActions: treatmentActions(c),
      customControls: customControls(),
      soaVersions: soaVersions(c, reqs),
      soaEntries: soaEntries(c, reqs),
      metrics: metrics(),
      objectives: objectives(c),
      plannedChanges: plannedChanges(c),
      // 7 Support
      competenceRequirements: competenceRequirements(),
      competenceRecords: competenceRecords(c),
      awarenessActivities: awarenessActivities(c),
      communications: communications(c),
      // 8 Operation
      recurringActivities: recurringActivities(c),
      // 9 Performance evaluation
      measurements: measurements(c),
      auditProgrammes: auditProgrammes(c),
      audits: audits(c),
      findings: findings(),
      // 10 Improvement, then the review that looks back on all of it
      nonconformities: nonconformities(c),
      correctiveActions: correctiveActions(c),
      improvements: improvements(c),
      managementReviews: managementReviews(c),
      importProfiles: [],
      changeLog: [],
    },
  };
}
