/** Clause 4 of the example: the ISMS scope and the context issues (4.1, 4.3). */
import { contextIssueEntity, type ContextIssueDraft } from '../entities/context-issue.ts';
import { scopeEntity } from '../entities/scope.ts';
import { rec } from './build.ts';
import type { Clock } from './dates.ts';
import type { ExampleRecord } from './types.ts';

export function scopes(c: Clock): ExampleRecord[] {
  return [
    rec(scopeEntity, 'scp-main', {
      title: 'Northwind Analytics ISMS',
      statement:
        'The information security management system covering the design, development, operation and support of the ' +
        'Northwind Route Insight platform and its telemetry ingestion API, provided as software as a service to ' +
        'logistics companies, run from the Leeds and Bristol offices and by staff working from home in the United ' +
        'Kingdom, in line with the Statement of Applicability version 1.0.',
      orgUnits: ['Executive', 'Engineering', 'Cloud Operations', 'Security and Compliance', 'Customer Success', 'People', 'Finance', 'Legal'],
      locations: ['Leeds head office, 3rd floor, Wellington Place', 'Bristol office, Temple Quay', 'Home working within the United Kingdom'],
      processes: [
        'Software development and release',
        'Cloud operations and on-call',
        'Customer onboarding and support',
        'Joiners, movers and leavers',
        'Supplier selection and review',
        'Incident management',
      ],
      services: ['Northwind Route Insight (web application)', 'Fleet telemetry ingestion API', 'Onboarding and integration services'],
      technology: [
        'Production and staging accounts at Nimbus Cloud (EU-West and UK-South regions)',
        'Identity provider and office productivity suite',
        'Code hosting and build pipeline',
        'Staff laptops and company phones',
      ],
      exclusions: [
        {
          item: 'Northwind Labs research sandbox',
          justification:
            'A separate cloud account used by two researchers with public and synthetic data only. It holds no ' +
            'customer or personal data and has no network path or shared credentials to production; its outputs ' +
            'enter the product only through the normal development process, which is in scope.',
        },
        {
          item: 'Building services of the Leeds and Bristol offices (reception, lifts, perimeter doors, power and cabling)',
          justification:
            'Run by the landlords for all tenants under the leases. Our boundary starts at our own office doors; no ' +
            'production processing or customer data is held in the offices. The landlords appear as interfaces below.',
        },
      ],
      interfaces: [
        { party: 'Nimbus Cloud', description: 'Hosts all production, staging and backup systems (infrastructure as a service).', direction: 'inbound' },
        { party: 'PayWell Payroll Services', description: 'Runs payroll; we send starter, leaver and salary data each month.', direction: 'outbound' },
        { party: 'Sentinel Watch (managed detection and response)', description: 'Watches our cloud and identity logs around the clock and raises alerts.', direction: 'inbound' },
        { party: 'Harbour Property Management and Temple Quay Estates', description: 'Landlords running building access, reception and utilities.', direction: 'inbound' },
        { party: 'Customer IT teams', description: 'Send telemetry to our API and receive reports and exports from the platform.', direction: 'both' },
      ],
      issuesConsidered: ['ctx-nis2', 'ctx-ransomware', 'ctx-cloud', 'ctx-climate', 'ctx-growth', 'ctx-legacy', 'ctx-contracts'],
      requirementsConsidered: ['req-gdpr-security', 'req-breach-notice', 'req-dpa', 'req-sla', 'req-nis2', 'req-board-cert', 'req-insurer'],
      version: '1.2',
      status: 'approved',
      approvedBy: 'per-ceo',
      approvedAt: c.ago(10),
      lastReviewedAt: c.ago(3),
      nextReviewDue: c.ahead(9),
    }),
  ];
}

type IssueInit = Partial<ContextIssueDraft> & Pick<ContextIssueDraft, 'title' | 'description' | 'origin' | 'category'>;

export function contextIssues(c: Clock): ExampleRecord[] {
  const issue = (key: string, reviewedMonthsAgo: number, init: IssueInit): ExampleRecord =>
    rec(contextIssueEntity, key, {
      status: 'active',
      lastReviewedAt: c.ago(reviewedMonthsAgo),
      nextReviewDue: c.ahead(12 - reviewedMonthsAgo),
      ...init,
    });
  return [
    issue('ctx-nis2', 3, {
      title: 'Customers tighten supplier security under NIS2 and similar rules',
      description:
        'Several large customers are now regulated as essential entities and pass security questionnaires, audit ' +
        'rights and incident notice duties down to their software suppliers.',
      origin: 'external', category: 'legal', effect: 'both', relevance: 'high',
      risks: ['rsk-nis2-contracts'], objectives: [],
    }),
    issue('ctx-ransomware', 3, {
      title: 'Ransomware gangs target the logistics sector',
      description: 'Sector reports show freight and warehousing firms, and their software suppliers, among the most attacked in Europe.',
      origin: 'external', category: 'technological', effect: 'negative', relevance: 'high',
      risks: ['rsk-ransom-prod', 'rsk-phish-cred', 'rsk-backup-fail'], objectives: ['obj-phishing', 'obj-restore'],
    }),
    issue('ctx-cloud', 3, {
      title: 'Dependence on one cloud provider',
      description: 'All production runs at Nimbus Cloud. A long regional outage or a sudden change of terms would hit every customer at once.',
      origin: 'external', category: 'economic', effect: 'negative', relevance: 'medium',
      risks: ['rsk-region-outage', 'rsk-cloud-terms'],
    }),
    issue('ctx-climate', 3, {
      title: 'Extreme weather disrupts customers and offices',
      description:
        'Heat waves, floods and storms disrupt our customers’ road freight, which causes demand spikes on the platform, ' +
        'and have closed the Leeds office twice in two years.',
      origin: 'external', category: 'environmental', effect: 'negative', relevance: 'medium', isClimateRelated: true,
      risks: ['rsk-demand-spike', 'rsk-office-closure'],
    }),
    issue('ctx-transfers', 5, {
      title: 'Rules on personal data flows between the UK and the EU',
      description: 'EU customers rely on the UK adequacy decision; a change would force new transfer terms for driver data.',
      origin: 'external', category: 'political', effect: 'negative', relevance: 'medium', status: 'monitoring',
    }),
    issue('ctx-talent', 5, {
      title: 'Scarce security and cloud skills in the job market',
      description: 'Experienced cloud security engineers are hard to hire in Leeds and Bristol and often leave for larger firms.',
      origin: 'external', category: 'social', effect: 'negative', relevance: 'medium',
      risks: ['rsk-skills-shortage', 'rsk-key-person'],
    }),
    issue('ctx-ai', 4, {
      title: 'Customers want machine-learning features built on their data',
      description: 'Sales expects demand for arrival-time prediction trained on pooled telemetry, which raises contract and privacy questions.',
      origin: 'external', category: 'technological', effect: 'both', relevance: 'medium',
      risks: ['rsk-ai-training'],
    }),
    issue('ctx-growth', 3, {
      title: 'Fast headcount growth',
      description: 'Headcount grew from 95 to 140 in two years; onboarding, access rights and awareness must keep pace.',
      origin: 'internal', category: 'structure', effect: 'negative', relevance: 'high',
      risks: ['rsk-admin-misuse', 'rsk-crm-export'], objectives: ['obj-awareness'],
    }),
    issue('ctx-culture', 6, {
      title: 'Engineering culture of automation and peer review',
      description: 'Teams already automate deployments and review every change, which makes many technical controls cheap to run.',
      origin: 'internal', category: 'culture', effect: 'positive', relevance: 'medium',
    }),
    issue('ctx-legacy', 4, {
      title: 'Unsupported finance reporting tool',
      description: 'Finance still relies on a self-hosted reporting tool whose database version is out of support.',
      origin: 'internal', category: 'information_systems', effect: 'negative', relevance: 'medium',
      risks: ['rsk-finance-legacy'],
    }),
    issue('ctx-contracts', 3, {
      title: 'Enterprise contracts carry security schedules',
      description: 'New enterprise contracts include availability credits, audit rights and a yearly penetration test report.',
      origin: 'internal', category: 'contracts', effect: 'both', relevance: 'high',
      risks: ['rsk-region-outage', 'rsk-nis2-contracts'], objectives: ['obj-availability'],
    }),
  ];
}
