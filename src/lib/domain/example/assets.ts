/** The asset inventory of the example (2022 A.5.9): 25 assets of every type, with owners and C/I/A values. */
import { assetEntity, type AssetDraft } from '../entities/asset.ts';
import { rec } from './build.ts';
import { type Clock, addMonths } from './dates.ts';
import type { ExampleRecord } from './types.ts';

interface AssetSpec {
  key: string;
  name: string;
  description: string;
  type: NonNullable<AssetDraft['type']>;
  owner: string;
  custodian?: string;
  classification: NonNullable<AssetDraft['classification']>;
  cia: [number, number, number];
  location: string;
  processes?: string[];
  dependsOn?: string[];
  lifecycle?: AssetDraft['lifecycle'];
  /** Months since the last review; 12 or more makes the review overdue. */
  reviewed?: number;
}

const CLOUD = 'Nimbus Cloud, EU-West (primary) and UK-South (standby)';
const DEV = 'Software development and release';
const OPS = 'Cloud operations and on-call';
const SUPPORT = 'Customer onboarding and support';
const JML = 'Joiners, movers and leavers';

const ASSETS: AssetSpec[] = [
  // Information
  { key: 'ast-customer-data', name: 'Customer shipment and telemetry data', description: 'Vehicle positions, routes, delivery events and customer reports held in the platform database and data lake.', type: 'information', owner: 'per-cto', custodian: 'per-ops', classification: 'restricted', cia: [5, 5, 4], location: CLOUD, processes: [OPS, SUPPORT], dependsOn: ['ast-nimbus', 'ast-backup'] },
  { key: 'ast-driver-pii', name: 'Driver and customer contact personal data', description: 'Driver identifiers, names, phone numbers and customer contact details processed for customers.', type: 'information', owner: 'per-dpo', custodian: 'per-data', classification: 'restricted', cia: [5, 4, 3], location: CLOUD, processes: [SUPPORT], dependsOn: ['ast-nimbus'] },
  { key: 'ast-source-code', name: 'Platform source code', description: 'Application, infrastructure-as-code and data pipeline repositories.', type: 'information', owner: 'per-dev', classification: 'confidential', cia: [4, 5, 3], location: 'Code hosting service', processes: [DEV], dependsOn: ['ast-code-hosting'] },
  { key: 'ast-hr-records', name: 'Employee records', description: 'Contracts, salaries, reviews, right-to-work checks and sickness records.', type: 'information', owner: 'per-hr', classification: 'confidential', cia: [5, 4, 2], location: 'HR system and payroll outsourcer', processes: [JML], dependsOn: ['ast-payroll'] },
  { key: 'ast-finance', name: 'Financial records', description: 'Ledgers, invoices, supplier bank details and board reporting packs.', type: 'information', owner: 'per-cfo', classification: 'confidential', cia: [4, 5, 3], location: 'Accounting service and legacy reporting tool', processes: ['Finance and billing'] },
  // Software
  { key: 'ast-platform', name: 'Route Insight web application', description: 'The customer-facing analytics application and its back-end services.', type: 'software', owner: 'per-cto', custodian: 'per-dev', classification: 'confidential', cia: [3, 5, 5], location: CLOUD, processes: [DEV, OPS], dependsOn: ['ast-nimbus', 'ast-prod-network', 'ast-customer-data'] },
  { key: 'ast-ingest-api', name: 'Telemetry ingestion API', description: 'Receives several million telemetry events an hour from customers and partners.', type: 'software', owner: 'per-cto', custodian: 'per-dev', classification: 'confidential', cia: [3, 5, 5], location: CLOUD, processes: [DEV, OPS], dependsOn: ['ast-nimbus', 'ast-prod-network'] },
  // Cloud services
  { key: 'ast-nimbus', name: 'Nimbus Cloud production account', description: 'Compute, databases, storage and networking for production and staging.', type: 'cloud_service', owner: 'per-cto', custodian: 'per-ops', classification: 'restricted', cia: [5, 5, 5], location: CLOUD, processes: [OPS] },
  { key: 'ast-identity', name: 'Identity provider (single sign-on)', description: 'Staff accounts, groups, multi-factor sign-in and access to all business applications.', type: 'cloud_service', owner: 'per-ops', custodian: 'per-it', classification: 'restricted', cia: [5, 5, 5], location: 'SaaS (EU data centres)', processes: [JML] },
  { key: 'ast-office-suite', name: 'E-mail and office productivity suite', description: 'Mail, calendars, documents and chat for all staff.', type: 'cloud_service', owner: 'per-ops', custodian: 'per-it', classification: 'confidential', cia: [4, 4, 4], location: 'SaaS (EU data centres)', dependsOn: ['ast-identity'] },
  { key: 'ast-code-hosting', name: 'Code hosting and build pipeline', description: 'Repositories, pull requests, build runners and deployment jobs.', type: 'cloud_service', owner: 'per-dev', custodian: 'per-ops', classification: 'confidential', cia: [4, 5, 4], location: 'SaaS (EU data centres)', processes: [DEV], dependsOn: ['ast-identity'] },
  { key: 'ast-backup', name: 'Backup vault', description: 'Immutable database and object-storage backups in a separate account and region.', type: 'cloud_service', owner: 'per-ops', classification: 'restricted', cia: [4, 5, 4], location: 'Nimbus Cloud, UK-South, separate backup account', processes: [OPS] },
  { key: 'ast-crm', name: 'Customer relationship management service', description: 'Customer contacts, contracts, opportunities and support tickets.', type: 'cloud_service', owner: 'per-cs', classification: 'confidential', cia: [3, 3, 3], location: 'SaaS (EU data centres)', processes: [SUPPORT], dependsOn: ['ast-identity'] },
  // Hardware
  { key: 'ast-laptops', name: 'Staff laptops', description: 'About 150 managed laptops with disk encryption, endpoint protection and remote wipe.', type: 'hardware', owner: 'per-ops', custodian: 'per-it', classification: 'confidential', cia: [4, 3, 3], location: 'Offices and staff homes', dependsOn: ['ast-identity'] },
  { key: 'ast-phones', name: 'Company mobile phones', description: 'Phones for on-call engineers and managers, enrolled in device management.', type: 'hardware', owner: 'per-ops', custodian: 'per-it', classification: 'internal', cia: [3, 2, 2], location: 'Carried by staff' },
  { key: 'ast-printers', name: 'Office printers and scanners', description: 'Leased multifunction devices with internal storage, two per office.', type: 'hardware', owner: 'per-office', classification: 'internal', cia: [3, 2, 2], location: 'Leeds and Bristol offices' },
  // Networks
  { key: 'ast-prod-network', name: 'Production virtual network', description: 'Private subnets, firewalls, load balancers and the managed DDoS protection in front of the API.', type: 'network', owner: 'per-ops', classification: 'restricted', cia: [4, 5, 5], location: CLOUD, processes: [OPS], dependsOn: ['ast-nimbus'] },
  { key: 'ast-office-network', name: 'Office Wi-Fi and internet links', description: 'Staff and guest Wi-Fi and the internet lines of both offices; no servers are reachable from them.', type: 'network', owner: 'per-ops', custodian: 'per-it', classification: 'internal', cia: [2, 3, 3], location: 'Leeds and Bristol offices', reviewed: 13 },
  // Sites
  { key: 'ast-leeds', name: 'Leeds head office', description: 'Third floor of a multi-tenant building; about 90 desks.', type: 'site', owner: 'per-office', classification: 'internal', cia: [2, 2, 3], location: 'Wellington Place, Leeds' },
  { key: 'ast-bristol', name: 'Bristol office', description: 'Serviced office suite for about 35 people.', type: 'site', owner: 'per-office', classification: 'internal', cia: [2, 2, 2], location: 'Temple Quay, Bristol' },
  // People, processes and suppliers
  { key: 'ast-ops-team', name: 'Cloud operations team', description: 'Six engineers who run production and share the on-call rota.', type: 'people', owner: 'per-cto', classification: 'internal', cia: [4, 4, 5], location: 'Leeds office and home', processes: [OPS] },
  { key: 'ast-support-process', name: 'Customer support process', description: 'Ticket handling, data exports and troubleshooting with customer data.', type: 'process', owner: 'per-cs', classification: 'confidential', cia: [4, 3, 4], location: 'Bristol office and home', processes: [SUPPORT], dependsOn: ['ast-crm', 'ast-platform'] },
  { key: 'ast-release-process', name: 'Software release process', description: 'Review, build, test and deployment of changes to production, several times a day.', type: 'process', owner: 'per-dev', classification: 'internal', cia: [3, 5, 4], location: 'Code hosting and build pipeline', processes: [DEV], dependsOn: ['ast-code-hosting'] },
  { key: 'ast-payroll', name: 'PayWell Payroll Services', description: 'Outsourced payroll provider holding salary and bank data for all staff.', type: 'supplier', owner: 'per-hr', classification: 'confidential', cia: [5, 4, 3], location: 'Supplier premises (UK)', processes: [JML] },
  { key: 'ast-mdr', name: 'Managed detection and response service', description: 'Sentinel Watch monitors our cloud and identity logs around the clock and escalates alerts.', type: 'service', owner: 'per-isms', classification: 'confidential', cia: [4, 4, 4], location: 'Supplier security operations centre', processes: [OPS], dependsOn: ['ast-nimbus', 'ast-identity'] },
];

export function assets(c: Clock): ExampleRecord[] {
  return ASSETS.map((a, i) => {
    const reviewed = a.reviewed ?? 2 + (i % 5);
    return rec(assetEntity, a.key, {
      name: a.name,
      description: a.description,
      type: a.type,
      owner: a.owner,
      custodian: a.custodian ?? null,
      classification: a.classification,
      valueC: a.cia[0],
      valueI: a.cia[1],
      valueA: a.cia[2],
      inScope: true,
      scope: 'scp-main',
      location: a.location,
      processes: a.processes ?? [],
      dependsOn: a.dependsOn ?? [],
      lifecycle: a.lifecycle ?? 'in_use',
      lastReviewedAt: c.ago(reviewed),
      nextReviewDue: addMonths(c.ago(reviewed), 12),
    });
  });
}
