/** Competence in the example (7.2): what each ISMS role needs, and the evidence each holder has. */
import { competenceRecordEntity } from '../entities/competence-record.ts';
import { competenceRequirementEntity, type CompetenceRequirementDraft } from '../entities/competence-requirement.ts';
import { rec } from './build.ts';
import type { Clock } from './dates.ts';
import type { ExampleRecord } from './types.ts';

type ReqInit = Pick<CompetenceRequirementDraft, 'role' | 'competence' | 'kind' | 'level' | 'mandatory' | 'acceptableEvidence' | 'description'> &
  Partial<CompetenceRequirementDraft>;

export function competenceRequirements(): ExampleRecord[] {
  const req = (key: string, init: ReqInit): ExampleRecord => rec(competenceRequirementEntity, key, init);
  return [
    req('creq-sponsor-governance', {
      role: 'rol-sponsor', competence: 'Information security governance for executives', kind: 'knowledge', level: 'basic', mandatory: true,
      acceptableEvidence: ['training'], validityMonths: 24,
      description: 'Knows what the standard expects of top management: policy, resources, risk acceptance and the management review.',
    }),
    req('creq-isms-implementation', {
      role: 'rol-isms', competence: 'ISMS implementation', kind: 'qualification', level: 'expert', mandatory: true,
      acceptableEvidence: ['certification', 'education'],
      description: 'Can design, run and improve an ISMS that conforms to ISO/IEC 27001.',
    }),
    req('creq-isms-risk', {
      role: 'rol-isms', competence: 'Information security risk management', kind: 'knowledge', level: 'practitioner', mandatory: true,
      acceptableEvidence: ['training', 'experience'],
      description: 'Can run the risk assessment, challenge ratings and keep the treatment plan moving.',
    }),
    req('creq-auditing', {
      role: 'rol-auditor', competence: 'ISMS auditing', kind: 'qualification', level: 'expert', mandatory: true,
      acceptableEvidence: ['certification'],
      description: 'Can plan and lead a management system audit, sample evidence and classify findings.',
    }),
    req('creq-incident', {
      role: 'rol-incident', competence: 'Incident handling', kind: 'skill', level: 'practitioner', mandatory: true,
      acceptableEvidence: ['training', 'experience'],
      description: 'Can triage an event, contain it, keep evidence intact and decide on escalation.',
    }),
    req('creq-cloud', {
      role: 'rol-incident', competence: 'Cloud security architecture', kind: 'knowledge', level: 'practitioner', mandatory: false,
      acceptableEvidence: ['certification', 'training', 'experience'],
      description: 'Understands the cloud accounts, identities and logs well enough to investigate there.',
    }),
    req('creq-dpo', {
      role: 'rol-dpo', competence: 'Data protection practice', kind: 'qualification', level: 'expert', mandatory: true,
      acceptableEvidence: ['certification', 'education'],
      description: 'Knows UK data protection law and the practice of impact assessments and breach decisions.',
    }),
    req('creq-continuity', {
      role: 'rol-continuity', competence: 'Business continuity planning', kind: 'knowledge', level: 'practitioner', mandatory: true,
      acceptableEvidence: ['training', 'experience'],
      description: 'Can keep the continuity plan current and run a realistic exercise.',
    }),
    req('creq-risk-method', {
      role: 'rol-riskowner', competence: 'Using the ISMS risk method', kind: 'knowledge', level: 'basic', mandatory: true,
      acceptableEvidence: ['training'], validityMonths: 24,
      description: 'Can rate a risk on the scales of the method, choose a treatment and knows which levels they may accept.',
    }),
    req('creq-secure-coding', {
      role: 'rol-champion', competence: 'Secure coding for web applications', kind: 'skill', level: 'practitioner', mandatory: true,
      acceptableEvidence: ['training', 'assessment'], validityMonths: 36,
      description: 'Recognises the common web flaws in code review and knows how to fix them.',
    }),
  ];
}

/** The holders of the risk owner role (organisation.ts). */
const RISK_OWNERS = ['per-cto', 'per-cfo', 'per-ops', 'per-dev', 'per-data', 'per-hr', 'per-dpo', 'per-cs', 'per-isms', 'per-office'];

type Kind = 'education' | 'training' | 'certification' | 'experience' | 'assessment';
/** key, person, role, requirement, competence, kind, description, issuer, obtained, valid until, verified by. */
type Spec = [string, string, string, string | null, string, Kind, string, string, string, string | null, string];

export function competenceRecords(c: Clock): ExampleRecord[] {
  const specs: Spec[] = [
    ['comp-isms-implementer', 'per-isms', 'rol-isms', 'creq-isms-implementation', 'ISMS implementation', 'certification', 'Five-day lead implementer course with exam.', 'Brightpath Training', c.ago(30), c.ahead(6), 'per-hr'],
    ['comp-isms-risk', 'per-isms', 'rol-isms', 'creq-isms-risk', 'Information security risk management', 'training', 'Two-day course on risk assessment methods.', 'Brightpath Training', c.ago(18), null, 'per-hr'],
    ['comp-isms-incident', 'per-isms', 'rol-incident', 'creq-incident', 'Incident handling', 'experience', 'Led the response to four incidents in the last two years, including the misdirected export.', 'Northwind Analytics', c.ago(3), null, 'per-cto'],
    ['comp-auditor-cert', 'per-aud', 'rol-auditor', 'creq-auditing', 'ISMS auditing', 'certification', 'Lead auditor certificate, kept current by yearly audit logs.', 'Auditor registration scheme', c.ago(60), c.ahead(12), 'per-isms'],
    ['comp-auditor-experience', 'per-aud', 'rol-auditor', null, 'Auditing software and logistics companies', 'experience', 'Twelve years of management system audits, including eight SaaS firms.', 'Keystone Assurance', c.ago(24), null, 'per-isms'],
    ['comp-ops-cloud', 'per-ops', 'rol-incident', 'creq-cloud', 'Cloud security architecture', 'certification', 'Provider security specialty certification.', 'Nimbus Cloud', c.ago(35), c.daysAhead(18), 'per-cto'],
    ['comp-ops-incident', 'per-ops', 'rol-incident', 'creq-incident', 'Incident handling', 'training', 'Three-day incident handling and forensics course.', 'Sentinel Watch Academy', c.ago(14), null, 'per-isms'],
    ['comp-ops-continuity', 'per-ops', 'rol-continuity', 'creq-continuity', 'Business continuity planning', 'training', 'One-day continuity planning workshop, then ran two yearly exercises.', 'Brightpath Training', c.ago(26), null, 'per-isms'],
    ['comp-dpo', 'per-dpo', 'rol-dpo', 'creq-dpo', 'Data protection practice', 'certification', 'Data protection practitioner certificate (UK law).', 'Law society training arm', c.ago(40), null, 'per-ceo'],
    ['comp-dev-secure-coding', 'per-dev', 'rol-champion', 'creq-secure-coding', 'Secure coding for web applications', 'training', 'Hands-on course on common web flaws and how to avoid them.', 'Brightpath Training', c.ago(8), c.ahead(28), 'per-isms'],
    ['comp-data-secure-coding', 'per-data', 'rol-champion', 'creq-secure-coding', 'Secure coding for web applications', 'assessment', 'Passed the secure code review assessment of the platform team.', 'Northwind Analytics', c.ago(5), c.ahead(31), 'per-dev'],
    ['comp-ceo-governance', 'per-ceo', 'rol-sponsor', 'creq-sponsor-governance', 'Information security governance for executives', 'training', 'Half-day executive briefing on the ISMS and its duties.', 'Brightpath Training', c.ago(11), c.ahead(13), 'per-isms'],
    ['comp-cfo-governance', 'per-cfo', 'rol-sponsor', 'creq-sponsor-governance', 'Information security governance for executives', 'training', 'Half-day executive briefing on the ISMS and its duties.', 'Brightpath Training', c.ago(11), c.ahead(13), 'per-isms'],
    ['comp-cto-governance', 'per-cto', 'rol-sponsor', 'creq-sponsor-governance', 'Information security governance for executives', 'training', 'Half-day executive briefing on the ISMS and its duties.', 'Brightpath Training', c.ago(11), c.ahead(13), 'per-isms'],
  ];
  // Every risk owner attended the same briefing on the method when it was approved.
  for (const person of RISK_OWNERS)
    specs.push([`comp-risk-method-${person.slice(4)}`, person, 'rol-riskowner', 'creq-risk-method', 'Using the ISMS risk method', 'training', 'One-hour briefing on the risk method, with a rating exercise.', 'Northwind Analytics (ISMS manager)', c.ago(10), null, 'per-isms']);
  return specs.map(([key, person, role, requirement, competence, kind, description, issuer, obtainedAt, validUntil, verifiedBy]) =>
    rec(competenceRecordEntity, key, {
      person, role, requirement, competence, kind, description, issuer, obtainedAt, validUntil, verifiedBy,
      evidence: `HR file of the person: ${competence}`,
    }),
  );
}
