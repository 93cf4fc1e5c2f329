/**
 * A small workspace that meets every readiness rule on TODAY (2026-03-15). Tests break one rule
 * at a time from here. Ids are short readable strings; links use them.
 */
import { annexA2022 } from '../../../../src/lib/domain/catalogs/index.ts';
import { defaultRiskMethod } from '../../../../src/lib/domain/entities/risk-method.ts';
import { defaultSettings } from '../../../../src/lib/domain/entities/settings.ts';
import type { ReadinessInput, ReadinessTables } from '../../../../src/lib/domain/readiness/index.ts';
import { soaControls } from '../../../../src/lib/domain/soa/controls.ts';
import { snapshotOf } from '../../../../src/lib/domain/soa/versions.ts';
import type { SoaEntryDraft } from '../../../../src/lib/domain/entities/soa-entry.ts';
import { table } from './fixtures.ts';

export const TODAY = '2026-03-15';

type Init = Record<string, unknown>;
const a22 = (...ids: string[]) => ids.map((id) => ({ edition: '2022', id }));

/** A controlled document, approved and in its review date. */
function doc(title: string, docType: string, controls: string[], extra: Init = {}): Init {
  return {
    title,
    docType,
    owner: 'per-isms',
    approver: 'per-ceo',
    approvedAt: '2026-01-10',
    version: '1.0',
    status: 'published',
    location: 'https://intranet.example/isms',
    reviewCycleMonths: 12,
    lastReviewedAt: '2026-01-10',
    nextReviewDue: '2027-01-10',
    controlRefs: a22(...controls),
    origin: 'internal',
    ...extra,
  };
}

const soaRow = (id: string): SoaEntryDraft & Init => ({
  control: a22(id) as SoaEntryDraft['control'],
  applicable: 'yes',
  reasons: id === 'A.8.13' ? ['RT'] : ['BP'],
  inclusionJustification: 'Needed for our cloud service.',
  exclusionJustification: '',
  implementationStatus: 'implemented',
  implementationNote: 'In place.',
  owner: 'per-isms',
  documents: [],
  risks: id === 'A.8.13' ? ['rsk-1'] : [],
  requirements: [],
  actions: [],
  evidence: ['Evidence library'],
  targetDate: null,
  lastReviewedAt: '2026-01-20',
  pendingReview: false,
});

function soa(): { entries: ReturnType<typeof table>; versions: ReturnType<typeof table> } {
  const rows = annexA2022.map((c) => soaRow(c.id));
  const names = { person: (x: string) => x, risk: (x: string) => x, requirement: (x: string) => x, document: (x: string) => x };
  const frozen = snapshotOf(soaControls('2022'), rows, names);
  return {
    entries: table('soaEntries', rows.map((r, i) => [`soa-${i + 1}`, r])),
    versions: table('soaVersions', [['soav-1', { version: '1.0', edition: '2022', status: 'approved', approvedBy: 'per-ceo', approvedAt: '2026-01-20', entries: frozen }]]),
  };
}

function measurements(): [string, Init][] {
  const out: [string, Init][] = [];
  for (let m = 0; m < 12; m++) {
    const d = new Date(Date.UTC(2025, 2 + m, 1));
    const start = d.toISOString().slice(0, 10);
    const end = new Date(Date.UTC(2025, 3 + m, 0)).toISOString().slice(0, 10);
    out.push([`mea-${m + 1}`, { metric: 'met-1', periodStart: start, periodEnd: end, value: 90, measuredAt: end, measuredBy: 'per-isms' }]);
  }
  return out;
}

function tables(): Record<string, unknown[]> {
  const s = soa();
  const everyone = ['per-ceo', 'per-isms', 'per-aud', 'per-ops'];
  return {
    persons: table('persons', [
      ['per-ceo', { name: 'Cara CEO', kind: 'employee', isTopManagement: true, active: true }],
      ['per-isms', { name: 'Ian ISMS', kind: 'employee', active: true }],
      ['per-aud', { name: 'Ada Auditor', kind: 'external', active: true }],
      ['per-ops', { name: 'Otto Ops', kind: 'employee', active: true }],
    ]),
    roles: table('roles', [
      ['rol-isms', { name: 'ISMS manager', duty: ['ensure_conformity', 'report_performance'], holders: ['per-isms'], communicatedAt: '2026-01-05', communicationChannel: 'Intranet' }],
      ['rol-aud', { name: 'Internal auditor', duty: ['audit'], holders: ['per-aud'], communicatedAt: '2026-01-05', communicationChannel: 'Intranet' }],
      ['rol-top', { name: 'Sponsor', duty: ['approve_policy', 'accept_risk'], holders: ['per-ceo'], communicatedAt: '2026-01-05', communicationChannel: 'Intranet' }],
    ]),
    competenceRequirements: table('competenceRequirements', [
      ['creq-isms', { role: 'rol-isms', competence: 'ISMS implementation', mandatory: true }],
      ['creq-aud', { role: 'rol-aud', competence: 'ISMS auditing', mandatory: true }],
      ['creq-top', { role: 'rol-top', competence: 'Security leadership', mandatory: false }],
    ]),
    competenceRecords: table('competenceRecords', [
      ['comp-1', { person: 'per-isms', role: 'rol-isms', requirement: 'creq-isms', competence: 'ISMS implementation', obtainedAt: '2024-01-01', validUntil: '2027-01-01' }],
      ['comp-2', { person: 'per-aud', role: 'rol-aud', requirement: 'creq-aud', competence: 'ISMS auditing', obtainedAt: '2024-01-01', validUntil: null }],
      ['comp-3', { person: 'per-ceo', role: 'rol-top', requirement: 'creq-top', competence: 'Security leadership', obtainedAt: '2025-01-01', validUntil: null }],
    ]),
    scopes: table('scopes', [
      ['scp-1', { title: 'Scope', statement: 'The whole company.', orgUnits: ['All'], exclusions: [{ item: 'Lab', justification: 'No data.' }], interfaces: [{ party: 'Cloud', description: 'Hosting', direction: 'inbound' }], issuesConsidered: ['ctx-in'], requirementsConsidered: ['req-legal'], version: '1.0', status: 'approved', approvedBy: 'per-ceo', approvedAt: '2026-01-10', lastReviewedAt: '2026-01-10', nextReviewDue: '2027-01-10' }],
    ]),
    contextIssues: table('contextIssues', [
      ['ctx-in', { title: 'Growth', description: 'Fast growth.', origin: 'internal', status: 'active' }],
      ['ctx-ex', { title: 'Ransomware', description: 'Sector attacks.', origin: 'external', status: 'active' }],
    ]),
    interestedParties: table('interestedParties', [
      ['ip-reg', { name: 'Regulator', type: 'regulator' }],
      ['ip-sup', { name: 'Cloud provider', type: 'supplier' }],
    ]),
    requirements: table('requirements', [
      ['req-legal', { title: 'Data protection', party: 'ip-reg', description: 'Protect personal data.', kind: 'legal', addressedThroughIsms: 'yes', controls: a22('A.5.34'), lastReviewedAt: '2026-01-10' }],
      ['req-contract', { title: 'Shared responsibility', party: 'ip-sup', description: 'Secure our accounts.', kind: 'contractual', addressedThroughIsms: 'yes', controls: a22('A.5.23'), lastReviewedAt: '2026-01-10' }],
    ]),
    documents: table('documents', [
      ['doc-policy', doc('Information security policy', 'is_policy', ['A.5.1'], { approver: 'per-ceo', policyChecklist: { fitsPurpose: true, objectivesFramework: true, commitsToRequirements: true, commitsToImprovement: true, communicatedInternally: true, availabilityDecided: true } })],
      ['doc-method', doc('Risk method', 'process', [], { clauseRefs: ['6.1.2', '6.1.3'] })],
      ['doc-aup', doc('Acceptable use', 'topic_policy', ['A.5.10'])],
      ['doc-access', doc('Access control policy', 'topic_policy', ['A.5.15'])],
      ['doc-ops', doc('Operating procedures', 'procedure', ['A.5.37'])],
      ['doc-nda', doc('NDA template', 'form_template', ['A.6.6'])],
      ['doc-eng', doc('Engineering principles', 'standard', ['A.8.27'])],
      ['doc-supplier', doc('Supplier policy', 'topic_policy', ['A.5.19'])],
      ['doc-incident', doc('Incident procedure', 'procedure', ['A.5.24', 'A.5.26'])],
      ['doc-bcp', doc('Continuity plan', 'plan', ['A.5.29', 'A.5.30'])],
      ['doc-other', doc('Classification, logging and change rules', 'standard', ['A.5.12', 'A.8.15', 'A.8.32'])],
    ]),
    documentVersions: table('documentVersions', [['dver-1', { document: 'doc-policy', version: '1.0', status: 'approved', approver: 'per-ceo', approvedAt: '2026-01-10', effectiveFrom: '2026-01-12' }]]),
    communications: table('communications', [['com-1', { subject: 'Policy to staff', frequency: 'on_event', trigger: 'New version', audience: 'All staff', document: 'doc-policy', log: [{ at: '2026-01-15', by: 'per-isms', note: 'Published', evidence: 'Intranet' }], status: 'active' }]]),
    awarenessActivities: table('awarenessActivities', [
      ['awr-1', { title: 'Yearly course', topics: ['policy', 'contribution', 'nonconformance'], date: '2026-02-01', allStaff: true, document: 'doc-aup', attendance: everyone.map((p) => ({ person: p, completedAt: '2026-02-02', score: null, policyVersion: '1.0' })), status: 'completed' }],
    ]),
    riskMethods: table('riskMethods', [['rm-1', { ...defaultRiskMethod(), approvedBy: 'per-ceo', approvedAt: '2025-12-01' }]]),
    assets: table('assets', [['ast-1', { name: 'Database', type: 'information', owner: 'per-ops', classification: 'confidential', valueC: 4, valueI: 4, valueA: 4, inScope: true, scope: 'scp-1', lifecycle: 'in_use' }]]),
    risks: table('risks', [
      ['rsk-1', { title: 'Ransomware', kind: 'infosec_risk', approach: 'asset_based', assets: ['ast-1'], owner: 'per-ops', inherent: { likelihood: 4, impact: 5 }, treatmentOption: 'modify', plannedControls: a22('A.8.13'), residual: { likelihood: 2, impact: 2 }, acceptance: { acceptedBy: 'per-ops', acceptedAt: '2026-02-10', rationale: 'Low now.', ratingAccepted: { likelihood: 2, impact: 2 } }, status: 'monitoring', lastReviewedAt: '2026-02-10', nextReviewDue: '2026-08-10' }],
      ['rsk-2', { title: 'Printer jam', kind: 'infosec_risk', approach: 'scenario_based', description: 'A page is lost.', owner: 'per-ops', inherent: { likelihood: 2, impact: 2 }, treatmentOption: 'retain', residual: { likelihood: 2, impact: 2 }, acceptance: { acceptedBy: 'per-ops', acceptedAt: '2026-02-10', rationale: 'Trivial.', ratingAccepted: { likelihood: 2, impact: 2 } }, status: 'monitoring', lastReviewedAt: '2026-02-10', nextReviewDue: '2027-02-10' }],
    ]),
    treatmentActions: table('treatmentActions', [
      ['act-1', { title: 'Offline backups', risks: ['rsk-1'], controls: a22('A.8.13'), owner: 'per-ops', startDate: '2025-12-01', dueDate: '2026-01-31', completedAt: '2026-01-20', status: 'done', verification: { at: '2026-02-01', by: 'per-isms', result: 'effective', note: '' } }],
    ]),
    soaEntries: s.entries,
    soaVersions: s.versions,
    objectives: table('objectives', [
      ['obj-1', { title: 'Patch fast', policy: 'doc-policy', metric: 'met-1', baseline: 50, target: 90, unit: '%', direction: 'up', targetDate: '2026-12-31', planWhat: 'Automate', planResources: 'Tool', planWho: 'per-ops', planWhen: '2026-12-31', planHowEvaluated: 'Monthly rate', status: 'on_track', progress: [{ at: '2026-02-28', value: 80, status: 'on_track', note: '' }], communicatedAt: '2026-01-15' }],
    ]),
    metrics: table('metrics', [
      ['met-1', { name: 'Patched in time', subject: 'A.8.8', kind: 'manual', method: 'Patched ÷ due', unit: '%', direction: 'up', target: 90, frequency: 'monthly', measuredBy: 'per-ops', analysisFrequency: 'quarterly', analysedBy: 'per-isms', status: 'active' }],
    ]),
    measurements: table('measurements', measurements()),
    recurringActivities: table('recurringActivities', [
      ['ract-1', { title: 'Quarterly drill', criteria: 'Restore within four hours; logs reviewed.', frequency: 'quarterly', owner: 'per-ops', controls: a22('A.5.24', 'A.5.29', 'A.8.15'), nextDue: '2026-03-31', occurrences: ['2025-06-30', '2025-09-30', '2025-12-31'].map((due) => ({ due, doneAt: due, by: 'per-ops', result: 'ok', evidence: 'Drill log', note: '' })), externallyProvided: null, status: 'active' }],
    ]),
    auditProgrammes: table('auditProgrammes', [
      ['apr-1', { title: 'Programme 2026', periodFrom: '2026-01-01', periodTo: '2026-12-31', plannedAudits: [{ title: 'All controls', plannedDate: '2026-10-01', scope: 'All', clauses: [], controls: a22(...annexA2022.map((c) => c.id)), auditor: 'per-aud', audit: null }], approvedBy: 'per-ceo', approvedAt: '2026-01-05', status: 'approved' }],
    ]),
    audits: table('audits', [
      ['aud-1', { title: 'Internal audit', type: 'internal', scopeDescription: 'Whole ISMS', clauses: ['4', '5', '6', '7', '8', '9', '10'], criteria: 'The standard', leadAuditor: 'per-aud', auditees: ['per-isms'], independenceDeclared: true, plannedDate: '2025-11-01', startDate: '2025-11-03', endDate: '2025-11-10', checks: [{ requirement: '6.1.2', question: 'Owners?', sample: '5 risks', result: 'conform', note: '' }], reportIssuedAt: '2025-11-20', reportDistributedTo: ['per-ceo'], status: 'closed' }],
    ]),
    findings: table('findings', [['fnd-1', { audit: 'aud-1', source: 'internal_audit', requirement: 'A.5.18', type: 'minor_nc', statement: 'Review missed.', nonconformity: 'nc-1' }]]),
    nonconformities: table('nonconformities', [
      ['nc-1', { title: 'Review missed', source: 'internal_audit', finding: 'fnd-1', requirement: 'A.5.18', description: 'Q3 review missed.', severity: 'minor', detectedAt: '2025-11-08', owner: 'per-ops', dueDate: '2026-05-08', correction: { action: 'Done late.', doneAt: '2025-11-15', by: 'per-ops' }, rootCause: { method: 'five_whys', cause: 'No reminder.', category: 'process' }, similarElsewhereChecked: true, caNeeded: 'yes', status: 'closed', closedAt: '2026-02-20' }],
    ]),
    correctiveActions: table('correctiveActions', [
      ['ca-1', { nonconformity: 'nc-1', description: 'Add a reminder.', owner: 'per-ops', dueDate: '2025-12-15', status: 'implemented', implementedAt: '2025-12-10', evidence: 'Calendar', effectiveness: { plannedAt: '2026-02-15', criteria: 'Next review on time', checkedAt: '2026-02-15', by: 'per-isms', result: 'effective', note: '' } }],
    ]),
    managementReviews: table('managementReviews', [
      ['mr-1', { title: 'Review 2025', date: '2025-12-10', chair: 'per-ceo', attendees: ['per-ceo', 'per-isms'], inputs: ['prev_actions', 'issues_changes', 'ip_changes', 'perf_nc', 'perf_metrics', 'perf_audits', 'perf_objectives', 'ip_feedback', 'risk_status', 'improvement_opps'].map((code) => ({ code, summary: 'Considered.', addressed: true })), decisions: [{ kind: 'improvement', text: 'Automate patching.' }, { kind: 'isms_change', text: 'No change to the ISMS.' }], actions: [{ text: 'Buy a tool', owner: 'per-ops', dueDate: '2026-06-01', status: 'open' }], conclusion: 'Suitable, adequate and effective.', status: 'minutes_approved' }],
    ]),
    improvements: table('improvements', [['imp-1', { title: 'Automate patching', owner: 'per-ops', dueDate: '2026-06-01', status: 'accepted' }]]),
    plannedChanges: [],
    customControls: [],
  };
}

/** The workspace that meets every rule, as a readiness snapshot. */
export function goodInput(today = TODAY): ReadinessInput {
  const t = tables();
  const method = (t['riskMethods'] as Init[])[0] as unknown as ReadinessInput['method'];
  return { today, edition: '2022', workspace: { climateChangeRelevant: 'no' }, settings: defaultSettings(), method, tables: t as unknown as Partial<ReadinessTables> };
}
