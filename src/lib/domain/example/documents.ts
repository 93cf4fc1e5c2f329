/** The document register of the example (5.2, 7.5): policy, topic policies, procedures and ISMS documents, with their versions. */
import { documentEntity, type DocumentDraft } from '../entities/document.ts';
import { documentVersionEntity } from '../entities/document-version.ts';
import { a2022, rec } from './build.ts';
import { type Clock, addMonths } from './dates.ts';
import type { ExampleRecord } from './types.ts';

interface DocSpec {
  key: string;
  title: string;
  docType: NonNullable<DocumentDraft['docType']>;
  owner: string;
  approver: string;
  status?: NonNullable<DocumentDraft['status']>;
  classification?: NonNullable<DocumentDraft['classification']>;
  location: string;
  /** Months since the last review (the current version was approved then unless `approved` says otherwise). */
  reviewed: number;
  approved?: number;
  cycle?: number;
  controls?: string[];
  clauses?: string[];
  /** Version number, months ago it took effect, what changed; the last one is current. */
  versions: [string, number, string][];
}

const WIKI = 'https://wiki.northwind-analytics.example/isms/';

const DOCS: DocSpec[] = [
  {
    key: 'doc-policy', title: 'Information security policy', docType: 'is_policy', owner: 'per-isms', approver: 'per-ceo',
    classification: 'public', location: `${WIKI}policy`, reviewed: 2, controls: ['A.5.1'], clauses: ['5.2'],
    versions: [
      ['1.0', 26, 'First issue, written when the ISMS project started.'],
      ['1.1', 14, 'Added the classification scheme and the principles for remote working.'],
      ['2.0', 2, 'Rewritten for the 2022 edition: objectives framework, climate decision, link to the topic policies.'],
    ],
  },
  {
    key: 'doc-access', title: 'Access control policy', docType: 'topic_policy', owner: 'per-ops', approver: 'per-cto',
    location: `${WIKI}access-control`, reviewed: 7, controls: ['A.5.15', 'A.5.16', 'A.5.17', 'A.5.18', 'A.8.2', 'A.8.3', 'A.8.5'],
    versions: [['1.0', 24, 'First issue.'], ['1.1', 15, 'Quarterly access reviews made mandatory.'], ['1.2', 7, 'Just-in-time admin access and passkeys added.']],
  },
  {
    key: 'doc-aup', title: 'Acceptable use policy', docType: 'topic_policy', owner: 'per-hr', approver: 'per-ceo',
    location: `${WIKI}acceptable-use`, reviewed: 11, controls: ['A.5.10', 'A.5.14', 'A.6.7', 'A.7.7', 'A.8.1'],
    versions: [['2.0', 23, 'Merged the IT rules and the remote working guide.'], ['3.0', 11, 'Rules for AI assistants and personal devices.']],
  },
  {
    key: 'doc-supplier', title: 'Supplier security policy', docType: 'topic_policy', owner: 'per-isms', approver: 'per-cfo',
    location: `${WIKI}suppliers`, reviewed: 9, controls: ['A.5.19', 'A.5.20', 'A.5.21', 'A.5.22', 'A.5.23'],
    versions: [['1.0', 9, 'First issue: supplier tiers, due diligence and yearly reviews.']],
  },
  {
    key: 'doc-crypto', title: 'Cryptography and key management policy', docType: 'topic_policy', owner: 'per-ops', approver: 'per-cto',
    status: 'in_review', location: `${WIKI}cryptography`, reviewed: 11, controls: ['A.8.24'],
    versions: [['1.0', 25, 'First issue.'], ['1.1', 13, 'Key rotation periods and approved algorithms updated.']],
  },
  {
    key: 'doc-backup', title: 'Backup policy', docType: 'topic_policy', owner: 'per-ops', approver: 'per-cto',
    location: `${WIKI}backup`, reviewed: 4, controls: ['A.8.13'],
    versions: [['1.0', 18, 'First issue.'], ['2.0', 4, 'Immutable copies in a separate account; monthly restore tests.']],
  },
  {
    key: 'doc-incident', title: 'Incident response procedure', docType: 'procedure', owner: 'per-isms', approver: 'per-cto',
    location: `${WIKI}incident-response`, reviewed: 3, controls: ['A.5.24', 'A.5.25', 'A.5.26', 'A.5.27', 'A.5.28', 'A.6.8'],
    versions: [['2.0', 15, 'Severity scale and on-call rota.'], ['2.1', 3, 'Breach triage clock and DPO on the rota, after the tabletop exercise.']],
  },
  {
    key: 'doc-change', title: 'Change management procedure', docType: 'procedure', owner: 'per-dev', approver: 'per-cto',
    location: `${WIKI}change-management`, reviewed: 6, controls: ['A.8.32', 'A.8.9', 'A.8.19'],
    versions: [['1.2', 16, 'Standard changes defined.'], ['1.3', 6, 'Network rules as code; emergency change review within a day.']],
  },
  {
    key: 'doc-bcp', title: 'Business continuity plan', docType: 'plan', owner: 'per-ops', approver: 'per-ceo',
    location: `${WIKI}continuity`, reviewed: 2, controls: ['A.5.29', 'A.5.30', 'A.8.14'],
    versions: [['1.0', 14, 'First issue.'], ['1.1', 2, 'Failover to the standby region; recovery targets per service.']],
  },
  {
    key: 'doc-runbooks', title: 'Operations runbooks', docType: 'procedure', owner: 'per-ops', approver: 'per-cto',
    location: `${WIKI}runbooks`, reviewed: 5, controls: ['A.5.37', 'A.8.13', 'A.8.14', 'A.8.15', 'A.8.16'],
    versions: [['1.0', 17, 'Runbooks for deployment, restore and failover.'], ['1.1', 5, 'Ten riskiest on-call operations written up, each with its drill; daily check of log forwarding and the alerts escalated by the detection provider.']],
  },
  {
    key: 'doc-nda', title: 'Confidentiality agreement template', docType: 'form_template', owner: 'per-dpo', approver: 'per-cfo',
    location: `${WIKI}confidentiality-agreement`, reviewed: 8, controls: ['A.6.6'],
    versions: [['2.0', 8, 'One template for staff, contractors and suppliers; survives the end of the contract.']],
  },
  {
    key: 'doc-secure-engineering', title: 'Secure engineering principles', docType: 'standard', owner: 'per-dev', approver: 'per-cto',
    location: `${WIKI}secure-engineering`, reviewed: 6, controls: ['A.8.25', 'A.8.27', 'A.8.28'],
    versions: [['1.0', 18, 'Principles for design reviews and threat models.'], ['1.1', 6, 'Secure defaults for new services; dependency rules.']],
  },
  {
    key: 'doc-risk-method', title: 'Risk assessment and treatment methodology', docType: 'process', owner: 'per-isms', approver: 'per-ceo',
    location: 'In app: Risk method', reviewed: 11, clauses: ['6.1.2', '6.1.3', '8.2', '8.3'],
    versions: [['1.0', 11, 'Five-by-five method, appetite at medium, acceptance by level.']],
  },
  {
    key: 'doc-scope', title: 'ISMS scope', docType: 'standard', owner: 'per-isms', approver: 'per-ceo',
    location: 'In app: ISMS scope', reviewed: 3, approved: 10, clauses: ['4.3'],
    versions: [['1.0', 24, 'First scope.'], ['1.1', 16, 'Bristol office added.'], ['1.2', 10, 'Research sandbox excluded; interfaces listed.']],
  },
  {
    key: 'doc-soa', title: 'Statement of Applicability', docType: 'record', owner: 'per-isms', approver: 'per-ceo',
    classification: 'confidential', location: 'In app: Statement of Applicability', reviewed: 4, clauses: ['6.1.3'],
    versions: [['1.0', 4, 'First approved version for the 2022 edition.']],
  },
];

export function documents(c: Clock): ExampleRecord[] {
  return DOCS.map((d) => {
    const current = d.versions[d.versions.length - 1];
    const approvedAt = c.ago(d.approved ?? current?.[1] ?? d.reviewed);
    const cycle = d.cycle ?? 12;
    const isPolicy = d.docType === 'is_policy';
    return rec(documentEntity, d.key, {
      title: d.title,
      docType: d.docType,
      author: d.owner,
      owner: d.owner,
      approver: d.approver,
      approvedAt,
      version: current?.[0] ?? '',
      status: d.status ?? 'published',
      classification: d.classification ?? 'internal',
      location: d.location,
      reviewCycleMonths: cycle,
      lastReviewedAt: c.ago(d.reviewed),
      nextReviewDue: addMonths(c.ago(d.reviewed), cycle),
      retentionMonths: isPolicy ? 120 : 72,
      controlRefs: a2022(...(d.controls ?? [])),
      clauseRefs: d.clauses ?? [],
      origin: 'internal',
      policyChecklist: isPolicy
        ? {
            fitsPurpose: true,
            objectivesFramework: true,
            commitsToRequirements: true,
            commitsToImprovement: true,
            communicatedInternally: true,
            availabilityDecided: true,
          }
        : null,
    });
  });
}

/** The reviewers of a new version: the ISMS manager, or the CTO for the ISMS manager's own documents. */
const reviewerOf = (owner: string): string => (owner === 'per-isms' ? 'per-cto' : 'per-isms');

/**
 * The version history of every document: earlier versions superseded, the current one approved
 * (the scope's current version was approved before its last review). The cryptography policy has
 * a new version in review.
 */
export function documentVersions(c: Clock): ExampleRecord[] {
  const out: ExampleRecord[] = [];
  for (const d of DOCS) {
    d.versions.forEach(([version, monthsAgo, changeSummary], i) => {
      const current = i === d.versions.length - 1;
      const approvedAt = c.ago(current && d.approved ? d.approved : monthsAgo);
      out.push(
        rec(documentVersionEntity, `dv-${d.key.slice(4)}-${version}`, {
          document: d.key, version, status: current ? 'approved' : 'superseded', author: d.owner, reviewers: [reviewerOf(d.owner)],
          approver: d.approver, approvedAt, effectiveFrom: approvedAt, changeSummary, location: current ? d.location : '',
        }),
      );
    });
  }
  out.push(
    rec(documentVersionEntity, 'dv-crypto-1.2', {
      document: 'doc-crypto', version: '1.2', status: 'in_review', author: 'per-ops', reviewers: ['per-isms', 'per-cto'],
      changeSummary: 'Yearly review: retire older cipher suites, add rules for keys held by the cloud provider.',
      location: `${WIKI}cryptography/draft`,
    }),
  );
  return out;
}
