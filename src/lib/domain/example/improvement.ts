/**
 * Improving the ISMS in the example: nonconformities and corrective actions (10.2), improvements
 * (10.1) and planned changes (6.3, 8.1).
 */
import { correctiveActionEntity } from '../entities/corrective-action.ts';
import { improvementEntity } from '../entities/improvement.ts';
import { nonconformityEntity } from '../entities/nonconformity.ts';
import { plannedChangeEntity } from '../entities/planned-change.ts';
import { a2022, rec } from './build.ts';
import { AUDIT_END_DAYS_AGO } from './assurance.ts';
import type { Clock } from './dates.ts';
import type { ExampleRecord } from './types.ts';

/** The misdirected export was found this many days ago. */
const INCIDENT_DAYS_AGO = 75;

export function nonconformities(c: Clock): ExampleRecord[] {
  const audited = AUDIT_END_DAYS_AGO;
  return [
    rec(nonconformityEntity, 'nc-access-review', {
      title: 'Access reviews skipped the code hosting service',
      source: 'internal_audit', finding: 'fnd-access-review', requirement: 'A.5.18',
      description: 'The last two quarterly access reviews left out the code hosting service; two leavers still had active accounts there.',
      severity: 'minor', detectedAt: c.daysAgo(audited), detectedBy: 'per-aud', owner: 'per-ops', dueDate: c.daysAgo(audited - 180),
      correction: { action: 'Reviewed every code hosting account and removed seven stale ones, including the two leavers.', doneAt: c.daysAgo(audited - 5), by: 'per-ops' },
      rootCause: { method: 'five_whys', cause: 'The review list was generated from the single sign-on catalogue, and code hosting was not connected to single sign-on.', category: 'technology' },
      similarElsewhereChecked: true,
      similarElsewhereFindings: 'Two more services (the CRM sandbox and the status page) were outside single sign-on; both added to the review.',
      caNeeded: 'yes', status: 'closed', closedAt: c.daysAgo(audited - 130),
    }),
    rec(nonconformityEntity, 'nc-supplier-review', {
      title: 'Critical supplier reviews overdue',
      source: 'internal_audit', finding: 'fnd-supplier-review', requirement: 'A.5.22',
      description: 'PayWell and Sentinel Watch had not been reviewed for more than a year, against the yearly review in the supplier policy.',
      severity: 'minor', detectedAt: c.daysAgo(audited), detectedBy: 'per-aud', owner: 'per-isms', dueDate: c.daysAgo(audited - 180),
      correction: { action: 'Booked the two overdue reviews and asked both suppliers for their latest assurance reports.', doneAt: c.daysAgo(audited - 10), by: 'per-isms' },
      rootCause: { method: 'fishbone', cause: 'The policy set a yearly review but no owner or month, so the reviews were nobody’s task.', category: 'process' },
      similarElsewhereChecked: true,
      similarElsewhereFindings: 'Other yearly tasks (key rotation, continuity exercise) have owners in the ISMS calendar; only supplier reviews lacked one.',
      caNeeded: 'yes', status: 'action_planned',
    }),
    rec(nonconformityEntity, 'nc-misdirected-export', {
      title: 'Customer data export sent to the wrong customer',
      source: 'incident', requirement: 'A.5.14',
      description:
        'A support agent attached a driver data export for one customer to an e-mail addressed to a contact at another customer with a similar name. ' +
        'The recipient deleted it and confirmed in writing. The DPO judged the breach unlikely to harm drivers and not notifiable; the customer was told within a day.',
      severity: 'minor', detectedAt: c.daysAgo(INCIDENT_DAYS_AGO), detectedBy: 'per-cs', owner: 'per-cs', dueDate: c.daysAhead(90 - INCIDENT_DAYS_AGO),
      correction: { action: 'Deletion confirmed by the recipient; affected customer informed; breach assessment recorded by the DPO.', doneAt: c.daysAgo(INCIDENT_DAYS_AGO - 1), by: 'per-cs' },
      rootCause: { method: 'five_whys', cause: 'Exports were produced as files and attached by hand, with address autocomplete and no check of the recipient.', category: 'process' },
      similarElsewhereChecked: true,
      similarElsewhereFindings: 'Finance e-mailed payroll reports the same way; they now go through the payroll provider’s portal.',
      caNeeded: 'yes', status: 'verifying',
    }),
  ];
}

export function correctiveActions(c: Clock): ExampleRecord[] {
  const audited = AUDIT_END_DAYS_AGO;
  return [
    rec(correctiveActionEntity, 'ca-sso-code-hosting', {
      nonconformity: 'nc-access-review', owner: 'per-ops', dueDate: c.daysAgo(audited - 60), status: 'implemented',
      description: 'Connect the code hosting service to single sign-on, so that joiners, leavers and reviews follow the identity provider.',
      implementedAt: c.daysAgo(audited - 40), evidence: 'Change ticket OPS-2231; single sign-on catalogue export.',
      effectiveness: {
        plannedAt: c.daysAgo(audited - 100), criteria: 'The next quarterly review covers code hosting and finds no leaver accounts.',
        checkedAt: c.daysAgo(audited - 130), by: 'per-isms', result: 'effective', note: 'Review completed on time; no stale accounts.',
      },
    }),
    rec(correctiveActionEntity, 'ca-review-scope', {
      nonconformity: 'nc-access-review', owner: 'per-isms', dueDate: c.daysAgo(audited - 45), status: 'implemented',
      description: 'Build the quarterly review list from the asset inventory rather than from the single sign-on catalogue.',
      implementedAt: c.daysAgo(audited - 30), evidence: 'Review procedure v1.3 and the generated list for the last quarter.',
      effectiveness: {
        plannedAt: c.daysAgo(audited - 100), criteria: 'Every in-scope application with user accounts appears in the review list.',
        checkedAt: c.daysAgo(audited - 130), by: 'per-isms', result: 'effective', note: 'All 36 applications listed.',
      },
    }),
    rec(correctiveActionEntity, 'ca-supplier-calendar', {
      nonconformity: 'nc-supplier-review', owner: 'per-isms', dueDate: c.daysAhead(14), status: 'in_progress',
      description: 'Give each critical supplier an owner and a review month in the ISMS calendar, with reminders.',
      effectiveness: { plannedAt: c.daysAhead(120), criteria: 'All six critical suppliers reviewed in their month over the next two quarters.', checkedAt: null, by: null, result: null, note: '' },
    }),
    rec(correctiveActionEntity, 'ca-supplier-backlog', {
      nonconformity: 'nc-supplier-review', owner: 'per-hr', dueDate: c.daysAhead(30), status: 'planned',
      description: 'Complete the overdue reviews of PayWell (HR) and Sentinel Watch (ISMS manager), including breach notice terms.',
    }),
    rec(correctiveActionEntity, 'ca-export-links', {
      nonconformity: 'nc-misdirected-export', owner: 'per-dev', dueDate: c.daysAgo(20), status: 'implemented',
      description: 'Replace e-mailed export files with expiring download links that only open in the customer’s own workspace.',
      implementedAt: c.daysAgo(25), evidence: 'Release notes of the export feature; support macro updated.',
      effectiveness: { plannedAt: c.daysAhead(35), criteria: 'No misdirected export in the 60 days after go-live, and no export files attached to support e-mails.', checkedAt: null, by: null, result: null, note: '' },
    }),
    rec(correctiveActionEntity, 'ca-export-briefing', {
      nonconformity: 'nc-misdirected-export', owner: 'per-cs', dueDate: c.daysAgo(40), status: 'implemented',
      description: 'Brief the support team on the new export flow and on checking recipients before sending.',
      implementedAt: c.daysAgo(45), evidence: 'Briefing attendance list, 14 of 14 support staff.',
    }),
  ];
}

export function improvements(c: Clock): ExampleRecord[] {
  return [
    rec(improvementEntity, 'imp-metrics-dashboard', {
      title: 'Record metric results in the ISMS app instead of slides',
      description: 'Enter each month’s measurements in the app and use its trends for the quarterly report.',
      expectedBenefit: 'A day of work saved each quarter and trends visible to everyone at any time.',
      source: 'audit_ofi', sourceRef: 'FND-004', owner: 'per-isms', priority: 'medium', dueDate: c.ahead(2), status: 'in_progress',
    }),
    rec(improvementEntity, 'imp-passkeys', {
      title: 'Passwordless sign-in for all staff',
      description: 'Replace passwords and one-time codes with passkeys on every staff account.',
      expectedBenefit: 'Phishing for credentials stops working, and fewer password resets for IT support.',
      source: 'suggestion', sourceRef: '', owner: 'per-ops', priority: 'high', dueDate: c.daysAhead(20), status: 'accepted',
    }),
    rec(improvementEntity, 'imp-tabletop', {
      title: 'Quarterly incident tabletop exercises',
      description: 'A one-hour scenario each quarter for the incident rota, with the DPO and an executive.',
      expectedBenefit: 'Faster, calmer responses and earlier breach notification decisions.',
      source: 'incident_lesson', sourceRef: 'NC-003', owner: 'per-ops', priority: 'medium', dueDate: c.daysAgo(40), status: 'implemented',
      benefitReview: { at: c.daysAgo(15), result: 'achieved', note: 'The last exercise reached the notification decision in 50 minutes, against three hours before.' },
    }),
  ];
}

export function plannedChanges(c: Clock): ExampleRecord[] {
  return [
    rec(plannedChangeEntity, 'chg-scope-data-science', {
      title: 'Extend the ISMS scope to the data science team',
      description: 'Bring the four-person data science team and its feature store into the ISMS.',
      level: 'isms', origin: 'management_review', originRef: 'MR-001',
      purpose: 'The team now works with customer telemetry for prediction features, so its work must be covered by the ISMS.',
      consequences: 'New assets and risks to assess; the SoA and scope documents need a new version; a gap in coverage until the change is done.',
      affectedRisks: ['rsk-ai-training', 'rsk-test-data'], affectedDocuments: ['doc-scope', 'doc-soa'],
      affectedControls: a2022('A.5.34', 'A.8.11'), affects: ['ISMS scope', 'Asset inventory', 'Roles of the data science team'],
      significant: true, owner: 'per-isms', resources: 'About ten days of the ISMS manager and the data platform lead.',
      plannedDate: c.ahead(3), status: 'approved', approvedBy: 'per-ceo', approvedAt: c.ago(2),
    }),
    rec(plannedChangeEntity, 'chg-standby-region', {
      title: 'Warm standby region for production',
      description: 'Replicate production to a second region and make failover a rehearsed operation.',
      level: 'operational', origin: 'risk', originRef: 'RSK-005',
      purpose: 'Keep the availability promise when a whole cloud region fails.',
      consequences: 'Higher running costs; replication must not weaken access control or logging in the new region.',
      affectedRisks: ['rsk-region-outage', 'rsk-demand-spike'], affectedDocuments: ['doc-bcp'],
      affectedControls: a2022('A.8.14', 'A.5.30'), affects: ['Production network', 'Backup vault'],
      significant: true, owner: 'per-cto', resources: 'Operations team for three months; extra hosting budget.',
      plannedDate: c.daysAgo(75), implementedAt: c.daysAgo(70), status: 'reviewed', approvedBy: 'per-cto', approvedAt: c.ago(8),
      postReview: {
        at: c.daysAgo(56), by: 'per-isms',
        outcome: 'The failover drill met the four-hour target and the two affected risks were re-rated.',
        note: 'Load testing the standby region as overflow capacity is still open.',
      },
    }),
  ];
}
