/** Checking the ISMS in the example: the audit programme, the internal audit and its findings (9.2), and the management review (9.3). */
import { auditEntity, type AuditDraft } from '../entities/audit.ts';
import { auditProgrammeEntity } from '../entities/audit-programme.ts';
import { findingEntity } from '../entities/finding.ts';
import { managementReviewEntity, type ManagementReviewDraft } from '../entities/management-review.ts';
import { annexA2022 } from '../catalogs/index.ts';
import { a2022, rec } from './build.ts';
import { type Clock, addDays } from './dates.ts';
import { EXCLUDED } from './soa-text.ts';
import type { ExampleRecord } from './types.ts';

/** The audit's fieldwork ended this many days ago; the nonconformities date from then. */
export const AUDIT_END_DAYS_AGO = 146;

/** The Annex A controls the full audit sampled, and those the follow-up audit looks at again. */
const SAMPLED = ['A.5.15', 'A.5.18', 'A.5.19', 'A.5.22', 'A.5.24', 'A.6.3', 'A.8.8', 'A.8.9', 'A.8.13', 'A.8.32'];
const FOLLOW_UP = ['A.5.15', 'A.5.18', 'A.5.19', 'A.5.20', 'A.5.21', 'A.5.22', 'A.8.13'];

/**
 * Before the first certification every applicable control is audited within the year: the
 * applicable controls of the given themes that neither the full audit nor the follow-up covers.
 */
function notYetAudited(...themes: string[]): string[] {
  return annexA2022
    .filter((c) => themes.includes(c.theme) && EXCLUDED[c.id] === undefined && !SAMPLED.includes(c.id) && !FOLLOW_UP.includes(c.id))
    .map((c) => c.id);
}

type Check = AuditDraft['checks'][number];
const check = (requirement: string, question: string, sample: string, result: Check['result'], note = ''): Check => ({
  requirement,
  question,
  sample,
  result,
  note,
});

export function audits(c: Clock): ExampleRecord[] {
  const end = c.daysAgo(AUDIT_END_DAYS_AGO);
  return [
    rec(auditEntity, 'aud-internal', {
      title: `Internal ISMS audit ${end.slice(0, 4)}`,
      type: 'internal',
      programme: 'apr-current',
      scopeDescription: 'The whole ISMS: all clauses, a sample of Annex A controls, Engineering, Cloud Operations, Customer Success and People, at the Leeds office and remotely.',
      clauses: ['4.1', '4.2', '4.3', '4.4', '5.1', '5.2', '5.3', '6.1', '6.2', '6.3', '7.1', '7.2', '7.3', '7.4', '7.5', '8.1', '8.2', '8.3', '9.1', '9.2', '9.3', '10.1', '10.2'],
      controls: a2022(...SAMPLED),
      criteria: 'ISO/IEC 27001:2022 clauses 4 to 10, our information security policy and topic policies, the draft SoA and the security schedule of our customer contracts.',
      leadAuditor: 'per-aud',
      team: ['per-aud'],
      auditees: ['per-isms', 'per-ops', 'per-dev', 'per-hr', 'per-cs'],
      independenceDeclared: true,
      conflicts: 'None. The auditor has no other engagement with Northwind and has not designed any of the controls audited.',
      plannedDate: c.daysAgo(AUDIT_END_DAYS_AGO + 5),
      startDate: c.daysAgo(AUDIT_END_DAYS_AGO + 4),
      endDate: end,
      checks: [
        check('4.3', 'Is the scope documented, with exclusions and interfaces justified?', 'Scope v1.2 and its approval', 'conform'),
        check('4.4', 'Are the ISMS processes defined, with their owners and how they feed each other?', 'ISMS process overview on the intranet; interviews with the ISMS manager and two process owners', 'conform', 'Risk, audit and improvement processes traced from input to output without gaps.'),
        check('5.2', 'Is the policy approved, communicated and available?', 'Policy v1.1, intranet page, five staff asked', 'conform'),
        check('6.1.2', 'Are risks rated against the approved criteria and owned?', '10 risks from the register', 'conform'),
        check('6.1.3', 'Is the treatment plan approved and does the SoA follow from it?', 'SoA draft 0.9 and treatment plan', 'conform', 'SoA approval was pending; approved shortly after.'),
        check('7.2', 'Is competence for ISMS roles evidenced?', 'ISMS manager, incident managers, security champions', 'conform'),
        check('A.5.18', 'Are access rights reviewed as the policy requires?', 'Last two quarterly reviews of four systems', 'nc_minor', 'Code hosting missing from both reviews.'),
        check('A.5.22', 'Are critical suppliers reviewed yearly?', 'Review records of the six critical suppliers', 'nc_minor', 'Two reviews more than 14 months old.'),
        check('A.5.24', 'Is the incident procedure known and used?', 'Two incident records, on-call rota', 'conform'),
        check('A.8.9', 'Are configuration baselines defined and checked?', 'Cloud baseline code; laptop settings', 'observation', 'Laptop baseline exists only in the device management console.'),
        check('A.8.32', 'Are changes reviewed, tested and traceable?', '15 production changes', 'conform', 'Every sampled change was peer reviewed and deployed by the pipeline.'),
        check('9.1', 'Are metrics defined and results analysed?', 'Six metrics and their measurements', 'ofi', 'Results are compiled by hand into slides each quarter.'),
        check('9.3', 'Is the management review planned at set intervals, with every input the standard asks for?', 'Review calendar, the agenda and input template of the first review, minutes of the kick-off meeting', 'conform', 'The first full review is scheduled after this audit so that it can consider the results; its agenda already lists every input.'),
      ],
      reportSummary: 'The ISMS is well designed and largely in operation. Two minor nonconformities (access reviews, supplier reviews), one observation, one opportunity for improvement and one good practice.',
      reportConclusion: 'The ISMS conforms to the standard and our own requirements apart from the two minor nonconformities, which do not put certification readiness in doubt once corrected.',
      reportIssuedAt: c.daysAgo(AUDIT_END_DAYS_AGO - 7),
      reportDistributedTo: ['per-ceo', 'per-cto', 'per-isms'],
      status: 'closed',
    }),
  ];
}

/** The yearly programme: the full audit already done, a follow-up audit still to come. */
export function auditProgrammes(c: Clock): ExampleRecord[] {
  const from = c.ago(7);
  return [
    rec(auditProgrammeEntity, 'apr-current', {
      title: `Internal audit programme ${from.slice(0, 4)}–${c.ahead(5).slice(0, 4)}`,
      periodFrom: from,
      periodTo: addDays(c.ahead(5), -1),
      objectives: 'Show that the ISMS conforms to ISO/IEC 27001:2022 and to our own policies before the certification audit, and find what to improve.',
      scopeCoverage:
        'The whole scope each year: every clause from 4 to 10, all units in scope, the Leeds and Bristol offices and home working. ' +
        'Before the first certification every applicable Annex A control is audited within the year: a sample in the full audit, the rest in two control audits. ' +
        'After that, each theme is covered every year and every applicable control within three years.',
      riskBasis:
        'Access control, suppliers and backup carry the highest risks and were the subject of findings, so they are audited twice a year; ' +
        'other areas once. A significant change (such as the scope extension) adds an audit of the changed area.',
      methods: 'Interviews, document review, sampling of records (at least ten per control sampled), observation and technical checks of configurations.',
      responsibilities:
        'The ISMS manager owns the programme and its resources. Audits are done by Keystone Assurance, who have no other work for Northwind, ' +
        'so nobody audits their own work.',
      planningRules: 'The audit plan goes to auditees two weeks ahead, with the scope, criteria, schedule and records to prepare.',
      reportingRules: 'The report goes to the executive team and the auditees within ten working days; findings enter the register the same week.',
      plannedAudits: [
        {
          title: 'Full ISMS audit: clauses 4 to 10 and a sample of Annex A', plannedDate: c.daysAgo(AUDIT_END_DAYS_AGO + 5),
          scope: 'All units and sites in scope.', clauses: ['4', '5', '6', '7', '8', '9', '10'], controls: a2022(...SAMPLED),
          auditor: 'per-aud', audit: 'aud-internal',
        },
        {
          title: 'Follow-up: access control, suppliers and backup', plannedDate: c.ahead(2),
          scope: 'Cloud Operations and Security and Compliance; the corrective actions of the last audit.', clauses: ['8.1', '10.2'],
          controls: a2022(...FOLLOW_UP), auditor: 'per-aud', audit: null,
        },
        {
          title: 'Annex A, organisational controls not yet audited', plannedDate: c.ahead(1),
          scope: 'Every applicable organisational control the full audit did not sample: policies, roles, threat intelligence, information handling, legal and privacy.',
          clauses: ['8.1'], controls: a2022(...notYetAudited('5')), auditor: 'per-aud', audit: null,
        },
        {
          title: 'Annex A, people, physical and technological controls not yet audited', plannedDate: c.ahead(3),
          scope: 'Every applicable people, physical and technological control the full audit did not sample, at both offices and in the cloud accounts.',
          clauses: ['8.1'], controls: a2022(...notYetAudited('6', '7', '8')), auditor: 'per-aud', audit: null,
        },
      ],
      approvedBy: 'per-ceo',
      approvedAt: c.ago(7),
      status: 'in_progress',
    }),
  ];
}

export function findings(): ExampleRecord[] {
  const f = (key: string, requirement: string, type: 'major_nc' | 'minor_nc' | 'observation' | 'ofi' | 'good_practice', statement: string, evidence: string, area: string, links: { nonconformity?: string; improvement?: string } = {}): ExampleRecord =>
    rec(findingEntity, key, {
      audit: 'aud-internal', source: 'internal_audit', requirement, type, statement, evidence, area,
      nonconformity: links.nonconformity ?? null, improvement: links.improvement ?? null,
    });
  return [
    f('fnd-access-review', 'A.5.18', 'minor_nc', 'The quarterly access reviews did not cover the code hosting service in the last two quarters.', 'Review records for Q1 and Q2 list four systems; code hosting is absent. Two leaver accounts were still active there.', 'Cloud Operations', { nonconformity: 'nc-access-review' }),
    f('fnd-supplier-review', 'A.5.22', 'minor_nc', 'Two of the six critical suppliers had not been reviewed for more than a year, although the supplier policy asks for yearly reviews.', 'Latest reviews of PayWell and Sentinel Watch dated 14 and 16 months before the audit.', 'Security and Compliance', { nonconformity: 'nc-supplier-review' }),
    f('fnd-laptop-baseline', 'A.8.9', 'observation', 'The laptop configuration baseline is kept only as settings in the device management console, not as a reviewed document or code.', 'Console settings shown; no change history outside the console.', 'Operations'),
    f('fnd-metrics-manual', '9.1', 'ofi', 'Metric results are compiled by hand into slides each quarter; recording them in the ISMS app would save time and keep the trend visible.', 'Quarterly slide decks for the last three quarters.', 'Security and Compliance', { improvement: 'imp-metrics-dashboard' }),
    f('fnd-change-pipeline', 'A.8.32', 'good_practice', 'Every production change is peer reviewed and deployed only through the pipeline, with full traceability from ticket to release.', 'Fifteen changes sampled, all traceable.', 'Engineering'),
  ];
}

type ReviewInput = ManagementReviewDraft['inputs'][number];
const input = (code: NonNullable<ReviewInput['code']>, summary: string): ReviewInput => ({ code, summary, addressed: true });

export function managementReviews(c: Clock): ExampleRecord[] {
  const held = c.ago(2);
  return [
    rec(managementReviewEntity, 'mr-annual', {
      title: `Management review ${held.slice(0, 4)}`,
      date: held,
      periodFrom: c.ago(14),
      periodTo: held,
      chair: 'per-ceo',
      attendees: ['per-ceo', 'per-cfo', 'per-cto', 'per-isms', 'per-dpo'],
      inputs: [
        input('prev_actions', 'First full review; the three actions of the kick-off meeting (scope, policy, risk method) are done.'),
        input('issues_changes', 'NIS2 pressure from customers has grown; the climate issue was added; the legacy finance tool is being retired.'),
        input('ip_changes', 'Two enterprise contracts added a yearly penetration test duty; the insurer now requires immutable backups.'),
        input('perf_nc', 'Three nonconformities this year: one closed and effective, one verifying, one with actions under way. No repeats.'),
        input('perf_metrics', 'Phishing clicks and awareness are on target; patching is improving but below target; availability met the SLA in 11 of 12 months.'),
        input('perf_audits', 'Internal audit: two minor nonconformities, one observation, one opportunity for improvement, one good practice.'),
        input('perf_objectives', 'Four of five objectives on track or achieved; the patching objective is at risk.'),
        input('ip_feedback', 'Customer questionnaires answered on time; one customer complaint about the misdirected export, handled.'),
        input('risk_status', 'Three very high inherent risks are now medium or high residual; the CEO accepted the high residual of the ransomware risk; open treatment actions are on schedule.'),
        input('improvement_opps', 'Metrics dashboard in the ISMS app; passkeys for all staff; quarterly tabletop exercises.'),
      ],
      decisions: [
        { kind: 'resources', text: 'Budget approved for a second security engineer from next year.' },
        { kind: 'isms_change', text: 'Extend the ISMS scope to the data science team and its feature store.' },
        { kind: 'improvement', text: 'Adopt passkeys for all staff and run tabletop exercises every quarter.' },
        { kind: 'objectives', text: 'Keep the five objectives; review the patching target again at the next quarterly report.' },
        { kind: 'risk', text: 'Risk appetite stays at medium; the ransomware risk is to be reported monthly until its actions are done.' },
      ],
      actions: [
        { text: 'Open the recruitment for a second security engineer.', owner: 'per-ceo', dueDate: c.ahead(4), status: 'open' },
        { text: 'Prepare the scope extension for the data science team.', owner: 'per-isms', dueDate: c.ahead(2), status: 'open' },
        { text: 'Run a ransomware tabletop exercise with the executive team.', owner: 'per-ops', dueDate: c.daysAgo(20), status: 'done' },
        { text: 'Present the supplier review calendar to the executive team.', owner: 'per-isms', dueDate: c.daysAgo(10), status: 'open' },
        { text: 'Finish the passkey roll-out.', owner: 'per-ops', dueDate: c.daysAhead(20), status: 'open' },
      ],
      conclusion: 'The ISMS is suitable, adequate and effective for our size and risks. Resources for security need to grow with the company, hence the new post.',
      status: 'minutes_approved',
    }),
  ];
}
