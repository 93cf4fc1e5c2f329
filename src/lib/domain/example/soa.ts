/**
 * The Statement of Applicability of the example (6.1.3 d): version 1.0, approved, with one entry
 * for every control of Annex A 2022. Risk links come from the register, requirement links from
 * the requirements, action links from the treatment plan.
 */
import { annexA2022 } from '../catalogs/index.ts';
import { soaEntryEntity, type SoaEntryDraft } from '../entities/soa-entry.ts';
import { soaVersionEntity } from '../entities/soa-version.ts';
import { draftOf } from '../model/entity.ts';
import { soaControls, type CustomControlLike } from '../soa/controls.ts';
import { deriveProposals, type ActionLike, type Proposal, type RequirementLike, type RiskLike } from '../soa/derive.ts';
import { snapshotOf, type Names } from '../soa/versions.ts';
import { rec } from './build.ts';
import { documents } from './documents.ts';
import { persons } from './organisation.ts';
import type { Clock } from './dates.ts';
import type { ExampleRecord } from './types.ts';
import { risks } from './risks.ts';
import { EXCLUDED, INCLUDED } from './soa-text.ts';
import { actionsByControl, customControls, treatmentActions } from './treatment.ts';

export const SOA_APPROVED_MONTHS_AGO = 4;

/**
 * Version 1.0 as approved four months ago: the rows as they stand today, except the two controls
 * whose work has moved on since, so that the draft differs from it in a way worth showing.
 */
export function soaVersions(c: Clock, requirements: ExampleRecord[]): ExampleRecord[] {
  const rows = soaEntries(c, requirements).map((r) => draftOf(soaEntryEntity, r.values));
  const entries = snapshotOf(soaControls('2022', customControls().map((r) => r.values as unknown as CustomControlLike)), rows, exampleNames(c, requirements)).map((e) =>
    e.control[0]?.id === 'A.8.12' ? { ...e, implementationStatus: 'not_implemented' as const }
    : e.control[0]?.id === 'A.5.7' ? { ...e, implementationStatus: 'planned' as const, implementationNote: 'Threat feeds chosen; not yet wired into monitoring.' }
    : e,
  );
  return [
    rec(soaVersionEntity, 'soav-1', {
      version: '1.0',
      edition: '2022',
      status: 'approved',
      approvedBy: 'per-ceo',
      approvedAt: c.ago(SOA_APPROVED_MONTHS_AGO),
      changeSummary: 'First approved version, following the yearly risk assessment. Six controls excluded, all others included.',
      entries,
    }),
  ];
}

/** Names as the loaded example shows them: refs follow the order of each table. */
function exampleNames(c: Clock, requirements: ExampleRecord[]): Names {
  const named = (rows: ExampleRecord[], prefix: string, field: string): Map<string, string> =>
    new Map(rows.map((r, i) => [r.key, `${prefix}-${String(i + 1).padStart(3, '0')} ${String(r.values[field])}`]));
  const people = new Map(persons(c).map((p) => [p.key, String(p.values['name'])]));
  const risk = named(risks(c), 'RSK', 'title');
  const req = named(requirements, 'REQ', 'title');
  const doc = named(documents(c), 'DOC', 'title');
  const get = (m: Map<string, string>) => (k: string) => m.get(k) ?? k;
  return { person: get(people), risk: get(risk), requirement: get(req), document: get(doc) };
}

type Status = NonNullable<SoaEntryDraft['implementationStatus']>;

const STATUS: Record<string, Status> = {
  'A.5.7': 'partially_implemented',
  'A.5.13': 'partially_implemented',
  'A.5.22': 'partially_implemented',
  'A.5.37': 'partially_implemented',
  'A.8.2': 'partially_implemented',
  'A.8.8': 'partially_implemented',
  'A.8.10': 'partially_implemented',
  'A.8.25': 'partially_implemented',
  'A.8.29': 'partially_implemented',
  'A.8.33': 'partially_implemented',
  'A.8.11': 'planned',
  'A.8.12': 'planned',
};

const OWNER_BY_THEME: Record<string, string> = { '5': 'per-isms', '6': 'per-hr', '7': 'per-office', '8': 'per-ops' };
const OWNER: Record<string, string> = {
  'A.5.3': 'per-cfo', 'A.5.8': 'per-cto', 'A.5.14': 'per-cs', 'A.5.16': 'per-ops', 'A.5.17': 'per-ops',
  'A.5.23': 'per-ops', 'A.5.30': 'per-ops', 'A.5.31': 'per-dpo', 'A.5.32': 'per-dpo', 'A.5.33': 'per-dpo',
  'A.5.34': 'per-dpo', 'A.5.37': 'per-ops', 'A.6.3': 'per-isms', 'A.6.7': 'per-isms', 'A.6.8': 'per-isms',
  'A.7.9': 'per-ops', 'A.7.10': 'per-ops', 'A.7.13': 'per-ops', 'A.8.4': 'per-dev', 'A.8.10': 'per-data',
  'A.8.11': 'per-data', 'A.8.25': 'per-dev', 'A.8.26': 'per-dev', 'A.8.27': 'per-cto', 'A.8.28': 'per-dev',
  'A.8.29': 'per-dev', 'A.8.31': 'per-dev', 'A.8.32': 'per-dev', 'A.8.33': 'per-data', 'A.8.34': 'per-isms',
};

/** The documents that describe how a control is done. */
const DOCS: Record<string, string[]> = {
  'A.5.1': ['doc-policy'], 'A.5.2': ['doc-policy'], 'A.5.4': ['doc-policy'], 'A.5.12': ['doc-policy'],
  'A.5.10': ['doc-aup'], 'A.5.11': ['doc-aup'], 'A.5.14': ['doc-aup'], 'A.6.7': ['doc-aup'], 'A.7.7': ['doc-aup'], 'A.8.1': ['doc-aup'],
  'A.5.15': ['doc-access'], 'A.5.16': ['doc-access'], 'A.5.17': ['doc-access'], 'A.5.18': ['doc-access'],
  'A.8.2': ['doc-access'], 'A.8.3': ['doc-access'], 'A.8.5': ['doc-access'],
  'A.5.19': ['doc-supplier'], 'A.5.20': ['doc-supplier'], 'A.5.21': ['doc-supplier'], 'A.5.22': ['doc-supplier'], 'A.5.23': ['doc-supplier'],
  'A.5.24': ['doc-incident'], 'A.5.25': ['doc-incident'], 'A.5.26': ['doc-incident'], 'A.5.27': ['doc-incident'],
  'A.5.28': ['doc-incident'], 'A.5.5': ['doc-incident'], 'A.6.8': ['doc-incident'],
  'A.5.29': ['doc-bcp'], 'A.5.30': ['doc-bcp'], 'A.8.14': ['doc-bcp'],
  'A.8.24': ['doc-crypto'], 'A.8.13': ['doc-backup'],
  'A.8.32': ['doc-change'], 'A.8.9': ['doc-change'], 'A.8.19': ['doc-change'],
  'A.5.37': ['doc-runbooks'], 'A.8.15': ['doc-runbooks'], 'A.8.16': ['doc-runbooks'],
};

/** What risk treatment and the requirements propose for each control, as the app derives it. */
function proposals(c: Clock, requirements: ExampleRecord[]): Map<string, Proposal> {
  const asIs = <T>(rows: ExampleRecord[]): T[] => rows.map((r) => ({ id: r.key, ...r.values }) as T);
  return deriveProposals({
    edition: '2022',
    risks: asIs<RiskLike>(risks(c)),
    actions: asIs<ActionLike>(treatmentActions(c)),
    requirements: asIs<RequirementLike>(requirements),
    customControls: customControls().map((r) => r.values as unknown as CustomControlLike),
  });
}

/** The reasons a proposal gives, or good practice when nothing calls for the control. */
function reasonsOf(p: Proposal | undefined): NonNullable<SoaEntryDraft['reasons']> {
  const out: NonNullable<SoaEntryDraft['reasons']> = [];
  if (p?.risks.length) out.push('RT');
  if (p?.requirements.some((r) => r.reason === 'LR')) out.push('LR');
  if (p?.requirements.some((r) => r.reason === 'CO')) out.push('CO');
  if (out.length === 0) out.push('BP');
  return out;
}

export function soaEntries(c: Clock, requirements: ExampleRecord[]): ExampleRecord[] {
  const byAction = actionsByControl();
  const derived = proposals(c, requirements);
  const reviewed = c.ago(SOA_APPROVED_MONTHS_AGO);
  const annex = annexA2022.map((ctl) => {
    const key = `soa-${ctl.id.slice(2).replace('.', '-')}`;
    const control = [{ edition: '2022' as const, id: ctl.id }];
    const excluded = EXCLUDED[ctl.id];
    if (excluded !== undefined)
      return rec(soaEntryEntity, key, {
        control,
        applicable: 'no',
        exclusionJustification: excluded,
        owner: 'per-isms',
        lastReviewedAt: reviewed,
      });
    const [why, how] = INCLUDED[ctl.id] ?? [
      `Part of our ${ctl.themeTitle.toLowerCase()} baseline for a cloud software company.`,
      'Covered by the information security policy and checked in the internal audit.',
    ];
    const p = derived.get(`2022:${ctl.id}`);
    const status = STATUS[ctl.id] ?? 'implemented';
    const actions = byAction.get(ctl.id) ?? [];
    const openDue = actions.filter((a) => a.status !== 'done' && a.status !== 'cancelled').map((a) => a.due);
    return rec(soaEntryEntity, key, {
      control,
      applicable: 'yes',
      reasons: reasonsOf(p),
      inclusionJustification: why,
      implementationStatus: status,
      implementationNote: how,
      owner: OWNER[ctl.id] ?? OWNER_BY_THEME[ctl.theme] ?? 'per-isms',
      documents: DOCS[ctl.id] ?? [],
      risks: p?.risks ?? [],
      requirements: [...new Set(p?.requirements.map((r) => r.id) ?? [])],
      actions: actions.map((a) => a.key),
      evidence: status === 'implemented' ? [`ISMS evidence library › ${ctl.id}`] : [],
      targetDate: status === 'implemented' ? null : openDue.length ? c.daysAhead(Math.max(...openDue)) : c.ahead(6),
      lastReviewedAt: reviewed,
    });
  });
  // The customer-contract controls: included because the contracts require them.
  const own = customControls().map((cc) => {
    const id = String(cc.values['controlId']);
    const p = derived.get(`custom:${id}`);
    return rec(soaEntryEntity, `soa-${cc.key}`, {
      control: [{ edition: 'custom', id }],
      applicable: 'yes',
      reasons: [...new Set([...reasonsOf(p).filter((r) => r !== 'BP'), 'CO' as const])],
      inclusionJustification: 'Promised in the security schedule of our enterprise customer contracts.',
      implementationStatus: 'implemented',
      implementationNote: String(cc.values['description']),
      owner: 'per-isms',
      risks: p?.risks ?? [],
      requirements: p?.requirements.length ? [...new Set(p.requirements.map((r) => r.id))] : requirements.filter((r) => r.values['kind'] === 'contractual').map((r) => r.key).slice(0, 1),
      evidence: [`ISMS evidence library › ${id}`],
      lastReviewedAt: reviewed,
    });
  });
  return [...annex, ...own];
}
