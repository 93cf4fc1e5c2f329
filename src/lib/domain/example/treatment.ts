/** The risk treatment plan of the example (6.1.3 e, 8.3) and the two custom controls. */
import { customControlEntity } from '../entities/custom-control.ts';
import { treatmentActionEntity, type TreatmentActionDraft } from '../entities/treatment-action.ts';
import { a2022, rec } from './build.ts';
import type { Clock } from './dates.ts';
import type { ExampleRecord } from './types.ts';

interface ActionSpec {
  key: string;
  title: string;
  description: string;
  risks: string[];
  controls: string[];
  owner: string;
  cost?: number;
  /** Start, due and (when done) completion, as days from today. */
  start: number;
  due: number;
  done?: number;
  status: NonNullable<TreatmentActionDraft['status']>;
  effect: string;
  verified?: { result: 'effective' | 'partly' | 'not_effective'; note: string };
}

const ACTIONS: ActionSpec[] = [
  { key: 'act-immutable-backups', title: 'Immutable backups in a separate account, restore-tested monthly', description: 'Copy database and storage backups to a locked vault in another account and region; restore one system each month.', risks: ['rsk-ransom-prod', 'rsk-backup-fail'], controls: ['A.8.13'], owner: 'per-ops', cost: 4200, start: -200, due: -100, done: -95, status: 'done', effect: 'Backup failure risk down to low.', verified: { result: 'effective', note: 'Three monthly restore tests succeeded within the target time.' } },
  { key: 'act-patch-sla', title: 'Automatic rebuild of container images with a 14-day deadline for critical flaws', description: 'Rebuild base images nightly, block deployments with critical findings older than 14 days, report the rate monthly.', risks: ['rsk-ransom-prod', 'rsk-api-exploit', 'rsk-malware-laptop'], controls: ['A.8.8'], owner: 'per-dev', start: -120, due: 35, status: 'in_progress', effect: 'Likelihood of exploitation of known flaws from likely to unlikely.' },
  { key: 'act-passkeys', title: 'Phishing-resistant sign-in (passkeys) for all staff', description: 'Enrol every staff account in passkeys or hardware keys and switch off code-based second factors.', risks: ['rsk-phish-cred', 'rsk-root-account'], controls: ['A.8.5', 'A.5.17'], owner: 'per-ops', cost: 6500, start: -60, due: 20, status: 'in_progress', effect: 'Credential phishing risk from very high to medium.' },
  { key: 'act-phish-sim', title: 'Monthly phishing simulations with short coaching', description: 'Send one simulated phishing message a month and give a two-minute lesson to anyone who clicks.', risks: ['rsk-phish-cred', 'rsk-invoice-fraud', 'rsk-malware-laptop'], controls: ['A.6.3'], owner: 'per-isms', cost: 3000, start: -330, due: -240, done: -245, status: 'done', effect: 'Click rate below 5%.', verified: { result: 'effective', note: 'Click rate fell from 14% to under 6% over the year.' } },
  { key: 'act-jit-admin', title: 'Just-in-time admin rights for the cloud console', description: 'Remove standing administrator roles; grant them for up to four hours through an approved request that is logged.', risks: ['rsk-admin-misuse'], controls: ['A.8.2', 'A.5.18'], owner: 'per-ops', start: -110, due: 18, status: 'in_progress', effect: 'Admin misuse risk from high to medium.' },
  { key: 'act-config-scan', title: 'Continuous cloud configuration scanning', description: 'Define the account baseline as code and alert on public storage, open ports and drift.', risks: ['rsk-public-bucket', 'rsk-firewall-change'], controls: ['A.8.9', 'A.8.16'], owner: 'per-ops', cost: 9000, start: -180, due: -120, done: -125, status: 'done', effect: 'Exposure through misconfiguration becomes rare and short-lived.', verified: { result: 'effective', note: 'Two test misconfigurations were flagged within ten minutes.' } },
  { key: 'act-standby-region', title: 'Warm standby in a second region with a failover drill each quarter', description: 'Replicate databases to UK-South, keep a scaled-down copy of the platform there and rehearse failover.', risks: ['rsk-region-outage', 'rsk-demand-spike'], controls: ['A.8.14', 'A.5.30'], owner: 'per-cto', cost: 38000, start: -240, due: -60, done: -70, status: 'done', effect: 'Regional outage no longer breaches the SLA.', verified: { result: 'partly', note: 'Failover met the four-hour target; the overflow use for demand spikes still needs a load test.' } },
  { key: 'act-security-testing', title: 'Security testing in the build pipeline', description: 'Add static analysis, dependency checks and a nightly dynamic scan of staging; failing builds stop.', risks: ['rsk-api-exploit', 'rsk-release-outage'], controls: ['A.8.29', 'A.8.25'], owner: 'per-dev', start: -90, due: 60, status: 'in_progress', effect: 'Flaws found before release rather than after.' },
  { key: 'act-signed-builds', title: 'Signed builds, pinned dependencies and protected release branches', description: 'Sign every artefact, verify signatures at deployment and require two reviewers on release branches.', risks: ['rsk-pipeline-tamper'], controls: ['A.8.25', 'A.8.32'], owner: 'per-dev', start: 10, due: 100, status: 'planned', effect: 'Tampering with a release becomes very unlikely.' },
  { key: 'act-dlp', title: 'Data loss prevention rules for mail, files and CRM exports', description: 'Warn on and log messages and exports holding driver data or large customer lists; block them to personal addresses.', risks: ['rsk-misdirected-export', 'rsk-crm-export', 'rsk-source-leak'], controls: ['A.8.12'], owner: 'per-isms', start: 14, due: 90, status: 'planned', effect: 'Misdirected or bulk exports caught before they leave.' },
  { key: 'act-auto-deletion', title: 'Automatic deletion of driver data after the contract period', description: 'Tag driver data by contract, delete it automatically when the period ends and keep a deletion record.', risks: ['rsk-pii-retention'], controls: ['A.8.10'], owner: 'per-data', start: -50, due: 30, status: 'in_progress', effect: 'Retention risk down to low.' },
  { key: 'act-central-logging', title: 'Cloud and identity logs forwarded to the managed detection service', description: 'Send all control-plane, identity and firewall logs to Sentinel Watch and keep them for a year.', risks: ['rsk-log-gap', 'rsk-mdr-miss'], controls: ['A.8.15', 'A.8.16'], owner: 'per-ops', cost: 24000, start: -260, due: -170, done: -180, status: 'done', effect: 'Attacks detected within hours, day or night.', verified: { result: 'effective', note: 'A red-team exercise was detected and escalated in 40 minutes.' } },
  { key: 'act-retire-reporting', title: 'Retire the legacy finance reporting tool', description: 'Move the board reports to the accounting service, archive the old data and wipe the virtual machine.', risks: ['rsk-finance-legacy'], controls: ['A.8.10'], owner: 'per-cfo', start: -30, due: 45, status: 'in_progress', effect: 'Risk removed when the tool is switched off.' },
  { key: 'act-masked-data', title: 'Masked data sets for testing, support tooling and model training', description: 'Produce masked copies of telemetry and driver data every week; forbid production extracts outside production.', risks: ['rsk-test-data', 'rsk-ai-training'], controls: ['A.8.11', 'A.8.33'], owner: 'per-data', start: 15, due: 120, status: 'planned', effect: 'No real customer data needed outside production.' },
  { key: 'act-runbooks', title: 'Runbooks and rotating drills for on-call tasks', description: 'Write runbooks for the ten riskiest operations and have a different engineer run each drill.', risks: ['rsk-key-person'], controls: ['A.5.37'], owner: 'per-ops', start: -45, due: 10, status: 'in_progress', effect: 'Recovery does not depend on two people.' },
  { key: 'act-supplier-reviews', title: 'Yearly security review of critical suppliers', description: 'Collect certificates or assurance reports, review incidents and contract terms for the six critical suppliers.', risks: ['rsk-payroll-breach', 'rsk-mdr-miss'], controls: ['A.5.22', 'A.5.19'], owner: 'per-isms', start: -40, due: 14, status: 'in_progress', effect: 'Supplier risks kept at medium or below.' },
  { key: 'act-laptop-encryption', title: 'Full-disk encryption and remote wipe on every laptop', description: 'Enforce disk encryption, a screen lock and remote wipe through device management, and cut off company apps on any laptop that falls out of line.', risks: ['rsk-laptop-loss'], controls: ['A.8.1', 'A.8.24'], owner: 'per-ops', cost: 2800, start: -330, due: -240, done: -250, status: 'done', effect: 'A lost laptop is an inconvenience, not a breach.', verified: { result: 'effective', note: 'The device report shows every laptop encrypted; a test wipe of a returned laptop finished within five minutes.' } },
  { key: 'act-certification', title: 'ISO/IEC 27001 certification by an accredited body', description: 'Choose the certification body, prepare the evidence library and go through the stage 1 and stage 2 audits; share the certificate with customers who ask for it.', risks: ['rsk-nis2-contracts'], controls: ['A.5.35'], owner: 'per-isms', cost: 16500, start: -45, due: 150, status: 'in_progress', effect: 'Most customer assessments answered with the certificate; the deal risk down to medium.' },
  { key: 'act-hr-space', title: 'HR records in a restricted space, with access reviewed twice a year', description: 'Move salary, review and absence files from the shared drive into an HR-only space, label them confidential and check who can open them every six months.', risks: ['rsk-hr-access'], controls: ['A.5.12', 'A.8.3', 'A.5.18'], owner: 'per-hr', start: -260, due: -190, done: -200, status: 'done', effect: 'Only the HR team can read employee records.', verified: { result: 'effective', note: 'The HR space has four members; the old shared folders are empty and locked.' } },
  { key: 'act-badge-printing', title: 'Badge-release printing at the Bristol office', description: 'Replace the Bristol printer with a badge-release model like the one in Leeds, and have the leasing company wipe the old one and certify it.', risks: ['rsk-printer-leak'], controls: ['A.7.7', 'A.7.14'], owner: 'per-office', cost: 1200, start: -60, due: -16, status: 'in_progress', effect: 'Printouts wait in the printer until their owner badges in; nothing is left on the returned device.' },
  { key: 'act-breach-triage', title: 'Breach triage step with a fixed decision clock', description: 'Add a breach triage step to the incident procedure: the DPO joins the rota, and whether to notify is decided and recorded within 24 hours of detection.', risks: ['rsk-late-breach-notice'], controls: ['A.5.25', 'A.5.26'], owner: 'per-dpo', start: -150, due: -90, done: -92, status: 'done', effect: 'Notification decisions well inside the 72-hour limit.', verified: { result: 'effective', note: 'Walk-through with the incident rota: on a test scenario the decision was taken and recorded within four hours.' } },
  { key: 'act-isms-reporting', title: 'Quarterly ISMS report and policy compliance checks', description: 'Report metrics, overdue actions and findings to the executive team each quarter, and each quarter compare two topic policies with what teams actually do.', risks: ['rsk-isms-shelfware'], controls: ['A.5.36', 'A.5.4'], owner: 'per-isms', start: -300, due: -200, done: -210, status: 'done', effect: 'Drift between documents and practice is seen early and acted on.', verified: { result: 'effective', note: 'Three quarterly reports presented; the executive team acted on both escalations raised in them.' } },
  { key: 'act-office-wifi', title: 'Certificate-based office Wi-Fi and a separate guest network', description: 'Replace the shared Wi-Fi password with device certificates issued through device management, and move visitors to an internet-only guest network.', risks: ['rsk-office-wifi'], controls: ['A.8.20', 'A.8.22'], owner: 'per-ops', cost: 1500, start: -330, due: -280, done: -290, status: 'done', effect: 'Only managed devices can join the staff network.', verified: { result: 'effective', note: 'A personal phone and a visitor laptop could not join the staff network; the guest network reaches only the internet.' } },
  { key: 'act-load-test', title: 'Load test at three times peak, with overflow to the standby region', description: 'Load the platform with three times the busiest hour of last year, let automatic scaling and the standby region take the overflow, and fix what breaks.', risks: ['rsk-demand-spike'], controls: ['A.8.6', 'A.8.14'], owner: 'per-ops', start: -20, due: 40, status: 'in_progress', effect: 'Route planning stays responsive when bad weather triples the load.' },
  { key: 'act-cyber-insurance', title: 'Renew cyber insurance with a £5m limit', description: 'Renew the policy, raise the limit and confirm the security conditions with the broker.', risks: ['rsk-incident-cost', 'rsk-ddos'], controls: [], owner: 'per-cfo', cost: 31000, start: -170, due: -150, done: -152, status: 'done', effect: 'Most of the financial impact of a major incident transferred.', verified: { result: 'effective', note: 'Policy schedule received; conditions met.' } },
];

export function treatmentActions(c: Clock): ExampleRecord[] {
  return ACTIONS.map((a) =>
    rec(treatmentActionEntity, a.key, {
      title: a.title,
      description: a.description,
      risks: a.risks,
      controls: a2022(...a.controls),
      owner: a.owner,
      resources: a.cost ? 'Budget approved in the ISMS plan; staff time from the owner’s team.' : 'Staff time from the owner’s team.',
      cost: a.cost ?? null,
      startDate: c.daysAhead(a.start),
      dueDate: c.daysAhead(a.due),
      completedAt: a.done === undefined ? null : c.daysAhead(a.done),
      status: a.status,
      expectedEffect: a.effect,
      verification:
        a.verified && a.done !== undefined
          ? { at: c.daysAhead(a.done + 14), by: 'per-isms', result: a.verified.result, note: a.verified.note }
          : null,
    }),
  );
}

/** For each Annex A 2022 control, the treatment actions that put it in place. */
export function actionsByControl(): Map<string, { key: string; due: number; status: ActionSpec['status'] }[]> {
  const out = new Map<string, { key: string; due: number; status: ActionSpec['status'] }[]>();
  for (const a of ACTIONS) for (const id of a.controls) out.set(id, [...(out.get(id) ?? []), { key: a.key, due: a.due, status: a.status }]);
  return out;
}

export function customControls(): ExampleRecord[] {
  return [
    rec(customControlEntity, 'cc-pentest', {
      controlId: 'CUST.1',
      source: 'Customer contracts (security schedule)',
      title: 'Yearly penetration test report shared with key customers',
      description: 'An independent firm tests the platform and API each year; the summary and the fix status go to customers who ask for them.',
      mapsTo: a2022('A.8.8', 'A.8.29', 'A.5.35'),
    }),
    rec(customControlEntity, 'cc-incident-notice', {
      controlId: 'CUST.2',
      source: 'Customer contracts (security schedule)',
      title: 'Security incident notice to affected customers within 24 hours',
      description: 'Customers whose data or service is affected hear from their account manager and the incident manager within a day of confirmation.',
      mapsTo: a2022('A.5.24', 'A.5.26'),
    }),
  ];
}
