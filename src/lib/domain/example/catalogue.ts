/** The starter catalogues of threats and vulnerabilities (6.1.2 c), written in our own words. */
import { threatEntity, type ThreatDraft } from '../entities/threat.ts';
import { vulnerabilityEntity, type VulnerabilityDraft } from '../entities/vulnerability.ts';
import { rec } from './build.ts';
import type { ExampleRecord } from './types.ts';

type T = [key: string, name: string, description: string, category: ThreatDraft['category'], source: ThreatDraft['sourceType'], affects: ThreatDraft['affects']];

const THREATS: T[] = [
  ['thr-ransomware', 'Ransomware', 'Criminals encrypt or steal data and demand payment to restore it or keep it private.', 'deliberate_human', 'deliberate', ['C', 'I', 'A']],
  ['thr-phishing', 'Phishing and credential theft', 'Deceptive messages trick people into giving away passwords, codes or payments.', 'deliberate_human', 'deliberate', ['C', 'I']],
  ['thr-insider', 'Insider misuse', 'A staff member or contractor abuses legitimate access, for gain or out of grievance.', 'deliberate_human', 'deliberate', ['C', 'I']],
  ['thr-exploit', 'Exploitation of a software flaw', 'An attacker uses a known or unknown weakness in our code or a component to get in.', 'deliberate_human', 'deliberate', ['C', 'I', 'A']],
  ['thr-ddos', 'Denial of service attack', 'A flood of traffic makes a public service slow or unreachable.', 'deliberate_human', 'deliberate', ['A']],
  ['thr-error', 'Operator error or misconfiguration', 'Someone changes a setting, permission or script wrongly while doing their job.', 'accidental_human', 'accidental', ['C', 'I', 'A']],
  ['thr-misdirected', 'Accidental disclosure', 'Information is sent, shared or published to the wrong people by mistake.', 'accidental_human', 'accidental', ['C']],
  ['thr-outage', 'Cloud region or utility outage', 'A provider region, network link or power supply fails for hours or days.', 'infrastructure_failure', 'accidental', ['A']],
  ['thr-defect', 'Faulty release or software defect', 'A change or a bug corrupts data or stops a service from working.', 'technical_failure', 'accidental', ['I', 'A']],
  ['thr-weather', 'Storm, flood or heat wave', 'Extreme weather damages premises, cuts transport or power, or drives unusual demand.', 'natural', 'environmental', ['A']],
  ['thr-theft', 'Theft or loss of equipment', 'A laptop, phone or other device is stolen, left behind or lost in transit.', 'physical', 'deliberate', ['C', 'A']],
  ['thr-supplier', 'Supplier compromise or failure', 'A supplier we depend on is breached, goes out of business or stops meeting its commitments.', 'organisational', 'deliberate', ['C', 'I', 'A']],
  ['thr-keyloss', 'Sudden loss of key staff', 'People with rare knowledge leave, fall ill or become unreachable at a critical moment.', 'organisational', 'accidental', ['A']],
];

export function threats(): ExampleRecord[] {
  return THREATS.map(([key, name, description, category, sourceType, affects]) =>
    rec(threatEntity, key, { name, description, category, sourceType, affects, builtIn: true }),
  );
}

type V = [
  key: string,
  name: string,
  description: string,
  category: VulnerabilityDraft['category'],
  assetTypes: VulnerabilityDraft['assetTypes'],
  exploitedBy: string[],
];

const VULNERABILITIES: V[] = [
  ['vul-weak-mfa', 'Sign-in without phishing-resistant factors', 'Passwords alone, or codes that can be relayed, protect important accounts.', 'software', ['cloud_service', 'software'], ['thr-phishing', 'thr-ransomware']],
  ['vul-unpatched', 'Unpatched software', 'Known flaws stay open because updates are slow, manual or forgotten.', 'software', ['software', 'hardware', 'cloud_service'], ['thr-exploit', 'thr-ransomware']],
  ['vul-excess-access', 'Excessive or unreviewed access rights', 'People keep rights they no longer need, or admin rights are standing rather than granted when needed.', 'organisation', ['information', 'cloud_service', 'software'], ['thr-insider', 'thr-error', 'thr-phishing']],
  ['vul-awareness', 'Staff not alert to deception', 'People do not recognise phishing, pretexting or unusual payment requests.', 'personnel', ['people', 'process'], ['thr-phishing', 'thr-misdirected']],
  ['vul-single-region', 'Single region without tested failover', 'A service runs in one place only, or its failover has never been exercised.', 'network', ['cloud_service', 'service', 'network'], ['thr-outage', 'thr-ddos']],
  ['vul-untested-backup', 'Backups not isolated or not restore-tested', 'Backups can be deleted with the same credentials, or nobody knows whether they restore.', 'software', ['information', 'cloud_service'], ['thr-ransomware', 'thr-error']],
  ['vul-no-baseline', 'No configuration baseline or drift detection', 'Settings are not defined as code or checked, so unsafe changes go unnoticed.', 'software', ['cloud_service', 'network', 'hardware'], ['thr-error', 'thr-exploit']],
  ['vul-unencrypted', 'Unencrypted or unmanaged devices', 'Devices without full-disk encryption or remote wipe expose their contents when lost.', 'hardware', ['hardware'], ['thr-theft']],
  ['vul-supplier-dd', 'Weak supplier due diligence', 'Suppliers are taken on or renewed without checking their security or contract terms.', 'organisation', ['supplier', 'service', 'cloud_service'], ['thr-supplier']],
  ['vul-key-person', 'Knowledge held by a few people', 'Procedures live in people’s heads rather than runbooks, and nobody else has practised them.', 'personnel', ['people', 'process'], ['thr-keyloss']],
  ['vul-shared-building', 'Shared building with loose visitor control', 'Other tenants and visitors pass reception easily and doors are sometimes propped open.', 'site', ['site'], ['thr-theft']],
  ['vul-weak-logging', 'Insufficient logging and alerting', 'Important events are not logged, kept or watched, so attacks are found late.', 'software', ['cloud_service', 'network', 'software'], ['thr-insider', 'thr-exploit']],
  ['vul-weak-testing', 'Insufficient testing before release', 'Changes reach production without enough functional and security testing.', 'software', ['software', 'process'], ['thr-defect', 'thr-exploit']],
];

export function vulnerabilities(): ExampleRecord[] {
  return VULNERABILITIES.map(([key, name, description, category, assetTypes, exploitedBy]) =>
    rec(vulnerabilityEntity, key, { name, description, category, assetTypes, exploitedBy, builtIn: true }),
  );
}
