/**
 * The example organisation: Northwind Analytics Ltd, a 140-person UK software-as-a-service company
 * that sells route and fleet analytics to logistics firms. Its people and ISMS roles.
 */
import { personEntity } from '../entities/person.ts';
import { roleEntity } from '../entities/role.ts';
import { defaultSettings, settingsEntity } from '../entities/settings.ts';
import { type WorkspaceDraft, workspaceEntity } from '../entities/workspace.ts';
import { emptyDraft } from '../model/entity.ts';
import { mail, rec } from './build.ts';
import type { Clock } from './dates.ts';
import type { ExampleRecord } from './types.ts';

export function workspace(c: Clock): WorkspaceDraft {
  return emptyDraft(workspaceEntity, {
    name: 'Northwind Analytics',
    legalName: 'Northwind Analytics Ltd',
    sector: 'Software as a service: route and fleet analytics for logistics companies',
    headcount: 140,
    countries: ['United Kingdom'],
    edition: '2022',
    climateChangeRelevant: 'yes',
    climateRationale:
      'Our customers run road freight, and heat waves, floods and storms already disrupt their operations; ' +
      'peak demand on our platform follows those disruptions. Storms have also closed the Leeds office twice. ' +
      'Investors ask for the carbon footprint of our cloud use. We therefore treat climate change as a relevant ' +
      'issue: it is in the context register and feeds the continuity and capacity risks.',
    climateAssessedAt: c.ago(10),
  });
}

export function settings(): ExampleRecord[] {
  return [rec(settingsEntity, 'set-main', { ...defaultSettings(), actorName: 'Tomasz Nowak' })];
}

interface RoleSpec {
  key: string;
  name: string;
  description: string;
  responsibilities: string;
  authorities: string;
  duty: ('ensure_conformity' | 'report_performance' | 'approve_policy' | 'accept_risk' | 'approve_soa' | 'audit')[];
  holders: string[];
}

const ROLES: RoleSpec[] = [
  {
    key: 'rol-sponsor',
    name: 'Top management sponsor',
    description: 'The executive team, which owns the ISMS and answers for it to the board.',
    responsibilities:
      'Sets the direction of the ISMS, provides budget and people, chairs the yearly management review and ' +
      'makes sure security goals match the business plan.',
    authorities: 'Approves the information security policy and the SoA; accepts high and very high residual risks.',
    duty: ['approve_policy', 'accept_risk', 'approve_soa'],
    holders: ['per-ceo', 'per-cfo', 'per-cto'],
  },
  {
    key: 'rol-isms',
    name: 'ISMS manager',
    description: 'Runs the ISMS day to day and is the first contact for security questions.',
    responsibilities:
      'Keeps the risk register, SoA, objectives and documents current; plans audits and reviews; follows up ' +
      'nonconformities; reports ISMS performance to the executive team every quarter.',
    authorities: 'May stop a release or supplier onboarding that skips the security review, until an executive decides.',
    duty: ['ensure_conformity', 'report_performance'],
    holders: ['per-isms'],
  },
  {
    key: 'rol-auditor',
    name: 'Internal auditor',
    description: 'An independent consultant who audits the ISMS once a year.',
    responsibilities: 'Plans and carries out internal audits, classifies findings and reports to the executive team.',
    authorities: 'May see any record and interview any person within the audit scope.',
    duty: ['audit'],
    holders: ['per-aud'],
  },
  {
    key: 'rol-dpo',
    name: 'Data protection officer',
    description: 'Advises on personal data and is the contact for the regulator and data subjects.',
    responsibilities:
      'Keeps the record of processing, reviews data protection impact assessments, handles subject requests and ' +
      'decides, with the incident manager, whether a breach must be notified.',
    authorities: 'May require an impact assessment before a new use of personal data goes live.',
    duty: [],
    holders: ['per-dpo'],
  },
  {
    key: 'rol-riskowner',
    name: 'Risk owner',
    description: 'The manager accountable for a risk in the register.',
    responsibilities: 'Agrees the rating and the treatment of their risks, follows up actions and reviews them on time.',
    authorities: 'Accepts low and medium residual risks in their area.',
    duty: ['accept_risk'],
    holders: ['per-cto', 'per-cfo', 'per-ops', 'per-dev', 'per-data', 'per-hr', 'per-dpo', 'per-cs', 'per-isms', 'per-office'],
  },
  {
    key: 'rol-incident',
    name: 'Incident manager',
    description: 'Leads the response to security incidents, in turn on a weekly rota.',
    responsibilities: 'Triages reported events, runs the response, keeps the incident log and leads the lessons learned.',
    authorities: 'May isolate systems, revoke access and call in the managed detection provider at any hour.',
    duty: [],
    holders: ['per-ops', 'per-isms'],
  },
  {
    key: 'rol-continuity',
    name: 'Business continuity coordinator',
    description: 'Keeps the continuity plan and its exercises going.',
    responsibilities: 'Maintains the continuity plan, organises the yearly exercise and the restore tests.',
    authorities: 'May invoke the continuity plan when the incident manager is unavailable.',
    duty: [],
    holders: ['per-ops'],
  },
  {
    key: 'rol-champion',
    name: 'Security champion',
    description: 'An engineer in each product team who looks after secure development.',
    responsibilities: 'Reviews threat models and risky pull requests, and passes on secure-coding guidance.',
    authorities: 'May block a merge that fails the security checks.',
    duty: [],
    holders: ['per-dev', 'per-data'],
  },
];

export function roles(c: Clock): ExampleRecord[] {
  return ROLES.map((r, i) =>
    rec(roleEntity, r.key, {
      name: r.name,
      description: r.description,
      responsibilities: r.responsibilities,
      authorities: r.authorities,
      duty: r.duty,
      holders: r.holders,
      communicatedAt: c.ago(i < 3 ? 10 : 8),
      communicationChannel: i < 3 ? 'All-hands briefing and the ISMS intranet page' : 'ISMS intranet page and team meetings',
    }),
  );
}

type Kind = 'employee' | 'contractor' | 'external' | 'auditor';
/** key, name, mail local part, job title, unit, kind, top management, years since start. */
const PEOPLE: [string, string, string, string, string, Kind, boolean, number][] = [
  ['per-ceo', 'Helen Marsh', 'helen.marsh', 'Chief Executive Officer', 'Executive', 'employee', true, 9],
  ['per-cfo', 'David Okafor', 'david.okafor', 'Chief Financial Officer', 'Executive', 'employee', true, 6],
  ['per-cto', 'Priya Raman', 'priya.raman', 'Chief Technology Officer', 'Executive', 'employee', true, 8],
  ['per-isms', 'Tomasz Nowak', 'tomasz.nowak', 'Information Security Manager', 'Security and Compliance', 'employee', false, 3],
  ['per-dpo', 'Aisha Bello', 'aisha.bello', 'Legal Counsel and Data Protection Officer', 'Legal', 'employee', false, 4],
  ['per-hr', 'Sophie Turner', 'sophie.turner', 'Head of People', 'People', 'employee', false, 5],
  ['per-ops', 'Marcus Lee', 'marcus.lee', 'Head of Cloud Operations', 'Engineering', 'employee', false, 7],
  ['per-dev', 'Elena García', 'elena.garcia', 'Engineering Manager, Platform', 'Engineering', 'employee', false, 5],
  ['per-data', 'Mei Chen', 'mei.chen', 'Data Platform Lead', 'Engineering', 'employee', false, 2],
  ['per-cs', 'Omar Haddad', 'omar.haddad', 'Head of Customer Success', 'Customer Success', 'employee', false, 4],
  ['per-office', 'Grace Whitfield', 'grace.whitfield', 'Office and Facilities Manager', 'Operations', 'employee', false, 6],
  ['per-it', 'Jonas Berg', 'jonas.berg', 'IT Support Engineer', 'Operations', 'contractor', false, 1],
  ['per-aud', 'Robert Hale', 'robert.hale', 'Internal Auditor (Keystone Assurance)', 'External', 'external', false, 2],
];

export function persons(c: Clock): ExampleRecord[] {
  const out = PEOPLE.map(([key, name, local, jobTitle, orgUnit, kind, top, years]) =>
    rec(personEntity, key, {
      name,
      email: kind === 'external' ? `${local}@keystone-assurance.example` : mail(local),
      jobTitle,
      orgUnit,
      kind,
      isTopManagement: top,
      roles: ROLES.filter((r) => r.holders.includes(key)).map((r) => r.key),
      startDate: c.ago(12 * years + 2),
      active: true,
    }),
  );
  // A leaver stays for history: they owned records before they left.
  out.push(
    rec(personEntity, 'per-leaver', {
      name: 'Liam Foster',
      email: mail('liam.foster'),
      jobTitle: 'Site Reliability Engineer',
      orgUnit: 'Engineering',
      kind: 'employee',
      startDate: c.ago(40),
      endDate: c.ago(5),
      active: false,
    }),
  );
  return out;
}
