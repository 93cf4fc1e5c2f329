/** Awareness (7.3) and communication (7.4) in the example: courses with attendance, and the communication plan. */
import { awarenessActivityEntity, type AwarenessActivityDraft } from '../entities/awareness-activity.ts';
import { communicationEntity, type CommunicationDraft } from '../entities/communication.ts';
import { rec } from './build.ts';
import type { Clock } from './dates.ts';
import type { ExampleRecord } from './types.ts';

/** Every Northwind employee and contractor in post today (not the external auditor, not the leaver). */
const STAFF = ['per-ceo', 'per-cfo', 'per-cto', 'per-isms', 'per-dpo', 'per-hr', 'per-ops', 'per-dev', 'per-data', 'per-cs', 'per-office', 'per-it'];

type Attendance = AwarenessActivityDraft['attendance'];
/** Completions spread over the days after launch: `firstDaysAgo` down to 20 days later. */
const attended = (people: string[], c: Clock, firstDaysAgo: number, policyVersion: string): Attendance =>
  people.map((person, i) => ({
    person,
    completedAt: c.daysAgo(firstDaysAgo - ((i * 3) % 21)),
    score: 80 + ((i * 7) % 21),
    policyVersion,
  }));

export function awarenessActivities(c: Clock): ExampleRecord[] {
  const courseDay = c.daysAgo(125);
  const briefingDay = c.daysAgo(55);
  return [
    rec(awarenessActivityEntity, 'awr-yearly', {
      title: 'Yearly security awareness course',
      topics: ['policy', 'contribution', 'nonconformance', 'phishing', 'incident_reporting', 'data_protection'],
      method: 'e_learning', date: courseDay, dueDate: c.daysAgo(95), allStaff: true,
      materials: 'https://learn.northwind-analytics.example/courses/security-awareness',
      // The course ends with reading and acknowledging the acceptable use policy.
      document: 'doc-aup',
      attendance: attended(STAFF, c, 124, '3.0'),
      status: 'completed',
    }),
    rec(awarenessActivityEntity, 'awr-policy-2', {
      title: 'All-hands briefing on policy version 2.0',
      topics: ['policy', 'contribution', 'nonconformance'],
      method: 'briefing', date: briefingDay, allStaff: true,
      materials: 'https://wiki.northwind-analytics.example/isms/all-hands-policy-2-0',
      document: 'doc-policy',
      // The IT contractor was away; he read the slides and acknowledged the policy a week later.
      attendance: [
        ...STAFF.filter((p) => p !== 'per-it').map((person) => ({ person, completedAt: briefingDay, score: null, policyVersion: '2.0' })),
        { person: 'per-it', completedAt: c.daysAgo(48), score: null, policyVersion: '2.0' },
      ],
      status: 'completed',
    }),
    rec(awarenessActivityEntity, 'awr-external', {
      title: 'Security briefing for contractors and external auditors',
      topics: ['policy', 'contribution', 'nonconformance', 'incident_reporting'],
      method: 'briefing', date: c.ago(6), audience: ['rol-auditor'],
      materials: 'Contractor welcome pack, section 3 (security rules)',
      document: 'doc-aup',
      attendance: [
        { person: 'per-aud', completedAt: c.ago(6), score: null, policyVersion: '3.0' },
        { person: 'per-it', completedAt: c.ago(6), score: null, policyVersion: '3.0' },
      ],
      status: 'completed',
    }),
    rec(awarenessActivityEntity, 'awr-phishing', {
      title: 'Monthly phishing simulation with instant coaching',
      topics: ['phishing', 'incident_reporting'],
      method: 'simulation', date: c.ago(12), allStaff: true,
      materials: 'Phishing simulation platform; results in the phishing click rate metric',
      status: 'running',
    }),
    rec(awarenessActivityEntity, 'awr-joiners', {
      title: 'Security induction for the next joiners',
      topics: ['policy', 'contribution', 'nonconformance', 'incident_reporting'],
      method: 'classroom', date: c.daysAhead(12), dueDate: c.daysAhead(30), allStaff: false, audience: [],
      materials: 'https://wiki.northwind-analytics.example/isms/induction',
      document: 'doc-policy',
      status: 'planned',
    }),
  ];
}

type CommInit = Pick<CommunicationDraft, 'subject' | 'frequency' | 'direction' | 'audience' | 'communicator' | 'channel'> & Partial<CommunicationDraft>;
type Log = CommunicationDraft['log'];

/** The four quarterly occurrences of the last year, oldest first. */
const quarterly = (c: Clock, by: string, note: string): Log =>
  [12, 9, 6, 3].map((m) => ({ at: c.ago(m), by, note, evidence: '' }));

export function communications(c: Clock): ExampleRecord[] {
  const comm = (key: string, init: CommInit): ExampleRecord => rec(communicationEntity, key, { status: 'active', ...init });
  return [
    comm('com-policy', {
      subject: 'Information security policy and its changes', frequency: 'on_event', trigger: 'A new version of the policy is approved.',
      direction: 'internal', audience: 'All staff and contractors', communicator: 'rol-isms', channel: 'intranet', document: 'doc-policy',
      log: [{ at: c.ago(2), by: 'per-isms', note: 'Version 2.0 published on the intranet and presented at the all-hands.', evidence: 'Intranet news post; all-hands slides' }],
    }),
    comm('com-roles', {
      subject: 'ISMS roles and who holds them', frequency: 'yearly', direction: 'internal', audience: 'All staff',
      communicator: 'rol-isms', channel: 'intranet', nextDue: c.ahead(4),
      log: [{ at: c.ago(8), by: 'per-isms', note: 'Roles page updated and announced in the staff newsletter.', evidence: 'ISMS intranet page history' }],
    }),
    comm('com-objectives', {
      subject: 'Progress on the security objectives', frequency: 'quarterly', direction: 'internal', audience: 'Objective owners',
      communicator: 'rol-isms', channel: 'meeting', nextDue: c.daysAhead(20),
      log: quarterly(c, 'per-isms', 'Quarterly objectives check-in with each owner.'),
    }),
    comm('com-performance', {
      subject: 'ISMS performance report', frequency: 'quarterly', direction: 'internal', audience: 'Executive team',
      communicator: 'rol-isms', channel: 'report', nextDue: c.daysAhead(20),
      log: quarterly(c, 'per-isms', 'Metrics, risks above appetite, open nonconformities and audit status.'),
    }),
    comm('com-breach', {
      subject: 'Personal data breach notification', frequency: 'on_event', trigger: 'A personal data breach that must be reported.',
      direction: 'external', audience: 'Information Commissioner’s Office and affected customers', communicator: 'rol-dpo', channel: 'portal',
      document: 'doc-incident',
      log: [{ at: c.daysAgo(74), by: 'per-dpo', note: 'Affected customer told about the misdirected export; the regulator was not notified (assessed as unlikely to harm drivers).', evidence: 'Breach assessment record' }],
    }),
    comm('com-certificate', {
      subject: 'Certification status and ISMS scope', frequency: 'on_event', trigger: 'The certificate is issued or the scope changes.',
      direction: 'external', audience: 'Customers and prospects', communicator: 'rol-isms', channel: 'website', document: 'doc-scope',
      notes: 'Until certification, customers get the scope statement and SoA summary on request.',
    }),
  ];
}
