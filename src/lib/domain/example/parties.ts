/** Clause 4.2 of the example: interested parties and what each of them requires. */
import { interestedPartyEntity, type InterestedPartyDraft } from '../entities/interested-party.ts';
import { requirementEntity, type RequirementDraft } from '../entities/requirement.ts';
import { a2022, rec } from './build.ts';
import type { Clock } from './dates.ts';
import type { ExampleRecord } from './types.ts';

type PartyInit = Pick<InterestedPartyDraft, 'name' | 'type' | 'internalExternal' | 'influence' | 'description'> &
  Partial<InterestedPartyDraft>;

export function interestedParties(c: Clock): ExampleRecord[] {
  const party = (key: string, init: PartyInit): ExampleRecord =>
    rec(interestedPartyEntity, key, { lastReviewedAt: c.ago(3), nextReviewDue: c.ahead(9), ...init });
  return [
    party('ip-customers', {
      name: 'Enterprise logistics customers',
      type: 'customer', internalExternal: 'external', influence: 'high',
      description: 'About 60 freight, parcel and warehousing firms that send vehicle telemetry and rely on our reports every day.',
    }),
    party('ip-ico', {
      name: 'Information Commissioner’s Office',
      type: 'regulator', internalExternal: 'external', influence: 'high',
      description: 'The UK data protection regulator; we process driver personal data on behalf of customers.',
      website: 'https://ico.org.uk',
    }),
    party('ip-staff', {
      name: 'Employees and contractors',
      type: 'employee', internalExternal: 'internal', influence: 'medium',
      description: 'About 140 people in Leeds, Bristol and at home, plus a handful of contractors.',
    }),
    party('ip-investors', {
      name: 'Investors and board',
      type: 'owner_shareholder', internalExternal: 'external', influence: 'high',
      description: 'Two venture investors hold board seats and expect growth in the enterprise market.',
    }),
    party('ip-nimbus', {
      name: 'Nimbus Cloud',
      type: 'supplier', internalExternal: 'external', influence: 'high',
      description: 'Our infrastructure-as-a-service provider; everything in production runs on it.',
    }),
    party('ip-insurer', {
      name: 'Cyber insurer (via Lumen Brokers)',
      type: 'insurer', internalExternal: 'external', influence: 'medium',
      description: 'Covers incident response costs, business interruption and liability; sets minimum controls at each renewal.',
      lastReviewedAt: c.ago(11), nextReviewDue: c.ahead(1),
    }),
    party('ip-cb', {
      name: 'Certification body',
      type: 'certification_body', internalExternal: 'external', influence: 'medium',
      description: 'The accredited body booked for the stage 1 and stage 2 certification audits.',
    }),
    party('ip-partners', {
      name: 'Telematics hardware partners',
      type: 'partner', internalExternal: 'external', influence: 'low',
      description: 'Makers of in-cab devices whose platforms push telemetry to our API on behalf of shared customers.',
      lastReviewedAt: c.ago(13), nextReviewDue: c.daysAgo(20),
    }),
  ];
}

type ReqInit = Pick<RequirementDraft, 'title' | 'party' | 'description' | 'kind' | 'source' | 'addressedThroughIsms'> &
  Partial<RequirementDraft>;

export function requirements(c: Clock): ExampleRecord[] {
  const req = (key: string, init: ReqInit): ExampleRecord =>
    rec(requirementEntity, key, {
      complianceStatus: 'compliant',
      lastReviewedAt: c.ago(3),
      nextReviewDue: c.ahead(9),
      ...init,
    });
  return [
    req('req-gdpr-security', {
      title: 'Appropriate security for personal data', party: 'ip-ico', kind: 'legal',
      description: 'Protect driver and staff personal data with measures that fit the risk, and be able to show them.',
      source: 'UK GDPR Article 32', addressedThroughIsms: 'yes',
      controls: a2022('A.5.34', 'A.5.15', 'A.8.24', 'A.8.13'), documents: ['doc-policy', 'doc-crypto'],
    }),
    req('req-breach-notice', {
      title: 'Report personal data breaches within 72 hours', party: 'ip-ico', kind: 'legal',
      description: 'Tell the regulator about a notifiable breach within 72 hours of becoming aware, and customers without delay.',
      source: 'UK GDPR Articles 33 and 34', addressedThroughIsms: 'yes',
      controls: a2022('A.5.24', 'A.5.25', 'A.5.26', 'A.6.8'), documents: ['doc-incident'],
    }),
    req('req-dpa', {
      title: 'Processor duties in customer data processing agreements', party: 'ip-customers', kind: 'contractual',
      description: 'Process telemetry only on instructions, use approved sub-processors, help with subject requests and delete data at contract end.',
      source: 'Customer DPA template v4, clauses 5 to 9', addressedThroughIsms: 'yes', complianceStatus: 'partially',
      controls: a2022('A.5.34', 'A.5.14', 'A.5.19', 'A.5.33', 'A.8.10'), documents: ['doc-supplier'],
    }),
    req('req-sla', {
      title: '99.9% monthly availability with service credits', party: 'ip-customers', kind: 'contractual',
      description: 'Keep the platform and API available 99.9% of each month, excluding announced maintenance, or pay service credits.',
      source: 'Master subscription agreement, schedule 2', addressedThroughIsms: 'yes',
      controls: a2022('A.8.6', 'A.8.14', 'A.5.30', 'A.8.16'), documents: ['doc-bcp'], objectives: ['obj-availability'],
    }),
    req('req-pentest', {
      title: 'Yearly independent penetration test', party: 'ip-customers', kind: 'contractual',
      description: 'Have the platform tested by an independent firm each year and share the summary and fix status with customers who ask.',
      source: 'Security schedule, clause 4.2 (enterprise contracts)', addressedThroughIsms: 'yes',
      controls: [...a2022('A.8.8', 'A.8.29'), { edition: 'custom', id: 'CUST.1' }],
    }),
    req('req-nis2', {
      title: 'Supplier security assessments for regulated customers', party: 'ip-customers', kind: 'regulatory',
      description: 'Regulated customers must assess the security of their ICT suppliers and ask for questionnaires, evidence and notice of incidents.',
      source: 'NIS2 Directive Article 21, as passed down in customer questionnaires', addressedThroughIsms: 'partly',
      addressedRationale:
        'We answer questionnaires, share our certificate scope and SoA summary and give incident notice through the ISMS. ' +
        'Unlimited on-site audit rights are a commercial matter negotiated by Legal, not something the ISMS can promise.',
      complianceStatus: 'partially',
      controls: a2022('A.5.21', 'A.5.31', 'A.5.36'), documents: ['doc-soa'],
    }),
    req('req-staff-privacy', {
      title: 'Lawful and proportionate handling of staff data', party: 'ip-staff', kind: 'legal',
      description: 'Staff data is used only for employment purposes and any monitoring of devices and logs is proportionate and explained.',
      source: 'UK GDPR Articles 5 and 13; staff privacy notice', addressedThroughIsms: 'yes',
      controls: a2022('A.5.34', 'A.8.15', 'A.6.2'), documents: ['doc-aup'],
    }),
    req('req-board-cert', {
      title: 'ISO/IEC 27001 certification within 18 months', party: 'ip-investors', kind: 'expectation',
      description: 'The board wants a certificate covering the platform to support enterprise sales.',
      source: 'Board minutes, strategy session', addressedThroughIsms: 'yes', documents: ['doc-policy', 'doc-scope'],
    }),
    req('req-climate-reporting', {
      title: 'Carbon footprint of cloud hosting', party: 'ip-investors', kind: 'expectation',
      description: 'Investors ask for a yearly estimate of the emissions of our cloud use.',
      source: 'Investor ESG questionnaire', addressedThroughIsms: 'no', isClimateRelated: true, complianceStatus: 'not_assessed',
      addressedRationale: 'An environmental reporting matter handled by Finance in the yearly ESG report; it has no bearing on information security.',
    }),
    req('req-cloud-terms', {
      title: 'Customer duties under the shared responsibility model', party: 'ip-nimbus', kind: 'contractual',
      description: 'We secure our own accounts, identities, configurations and data; the provider secures its facilities and hypervisors.',
      source: 'Nimbus Cloud customer agreement and acceptable use policy', addressedThroughIsms: 'yes',
      controls: a2022('A.5.23', 'A.8.9'),
    }),
    req('req-insurer', {
      title: 'Minimum controls for cyber cover', party: 'ip-insurer', kind: 'contractual',
      description: 'Multi-factor sign-in for all remote and admin access, immutable backups and endpoint protection on every laptop.',
      source: 'Policy schedule, security conditions (renewal)', addressedThroughIsms: 'yes',
      controls: a2022('A.8.5', 'A.8.13', 'A.8.7'),
      lastReviewedAt: c.ago(11), nextReviewDue: c.ahead(1),
    }),
    req('req-cb-access', {
      title: 'Access for certification audits', party: 'ip-cb', kind: 'contractual',
      description: 'Give auditors access to records, people and sites, and tell the body about significant changes to the ISMS.',
      source: 'Certification agreement, section 6', addressedThroughIsms: 'yes', documents: ['doc-scope'],
      controls: a2022('A.5.35'),
    }),
    req('req-partner-keys', {
      title: 'Key rotation and shared incident view for integrations', party: 'ip-partners', kind: 'expectation',
      description: 'Partners want API keys rotated yearly and a live shared dashboard of integration incidents.',
      source: 'Partner integration meeting notes', addressedThroughIsms: 'partly', complianceStatus: 'partially',
      addressedRationale: 'Keys are rotated through the ISMS. A shared live incident dashboard is a product request left to the roadmap.',
      controls: a2022('A.5.17'),
      lastReviewedAt: c.ago(13), nextReviewDue: c.daysAgo(20),
    }),
  ];
}
