/**
 * The documents that applicable Annex A controls call for (R15), for both editions. Each entry
 * names its controls per edition, the document types that can serve it and its extra rules.
 */
import type { Document } from '../entities/document.ts';
import { addMonths } from '../model/dates.ts';
import { currentVersionDate } from './docs.ts';
import { activePeople, check, offender, pct, withinMonths } from './helpers.ts';
import { type ReadinessInput, rows } from './input.ts';
import { fix, fixTable } from './links.ts';
import type { Thresholds } from './thresholds.ts';
import type { Check } from './types.ts';

type DocType = Document['docType'];

export interface AnnexDocSpec {
  key: string;
  title: string;
  controls: { '2013': string[]; '2022': string[] };
  /** Document types that can serve; any type when left out. */
  types?: readonly DocType[];
  /** What "fit" adds to "approved and within its review date", in plain words. */
  fitRule: string;
  extra?: (input: ReadinessInput, docs: readonly Document[], t: Thresholds, controls: readonly string[]) => Check[];
}

/** True when the controls were exercised or used since `from`: a recurring activity done, or a treatment action verified. */
export function exercised(input: ReadinessInput, controls: readonly string[], months: number): boolean {
  const names = (list: readonly { id: string }[]): boolean => list.some((c) => controls.includes(c.id));
  const inWindow = (d: string | null | undefined): boolean => withinMonths(d, input.today, months);
  return (
    rows(input, 'recurringActivities').some((a) => names(a.controls) && a.occurrences.some((o) => inWindow(o.doneAt))) ||
    rows(input, 'treatmentActions').some((a) => names(a.controls) && inWindow(a.verification?.at))
  );
}

/** Share of active people who acknowledged one of the documents since its current version took effect. */
function acknowledgedPct(input: ReadinessInput, docs: readonly Document[]): number {
  const active = activePeople(rows(input, 'persons'));
  const since = new Map(docs.map((d) => [d.id, currentVersionDate(input, d) ?? '0000-00-00']));
  const done = new Set(
    rows(input, 'awarenessActivities')
      .filter((a) => a.document && since.has(a.document))
      .flatMap((a) => a.attendance.filter((x) => x.person && active.has(x.person) && x.completedAt && x.completedAt >= since.get(a.document!)!).map((x) => x.person)),
  );
  return pct(done.size, active.size);
}

const soaRowsOf = (input: ReadinessInput, controls: readonly string[]) =>
  rows(input, 'soaEntries').filter((e) => e.control.some((c) => c.edition === input.edition && controls.includes(c.id)));

export const ANNEX_DOCS: readonly AnnexDocSpec[] = [
  {
    key: 'acceptable-use',
    title: 'Rules for the acceptable use of information and assets',
    controls: { '2013': ['A.8.1.3'], '2022': ['A.5.10'] },
    fitRule: 'approved, in its review date, and acknowledged by the target share of staff',
    extra: (input, docs, t) =>
      input.tables.awarenessActivities === undefined
        ? []
        : [check(`At least ${t.awarenessPct}% of active people acknowledged the current version.`, acknowledgedPct(input, docs) >= t.awarenessPct, 'fail', fixTable('Open awareness', 'awarenessActivities'))],
  },
  {
    key: 'access-control',
    title: 'Access control policy',
    controls: { '2013': ['A.9.1.1'], '2022': ['A.5.15'] },
    types: ['topic_policy', 'is_policy'],
    fitRule: 'an approved topic-specific policy within its review date',
  },
  {
    key: 'operating-procedures',
    title: 'Documented operating procedures',
    controls: { '2013': ['A.12.1.1'], '2022': ['A.5.37'] },
    types: ['procedure', 'process'],
    fitRule: 'approved procedures within their review date, each saying where its users find it',
    extra: (_input, docs) => [check('Each procedure says where its users find it.', docs.filter((d) => !d.location.trim()).map((d) => offender('documents', d, 'No location')))],
  },
  {
    key: 'confidentiality',
    title: 'Confidentiality or non-disclosure agreements',
    controls: { '2013': ['A.13.2.4'], '2022': ['A.6.6'] },
    fitRule: 'an approved agreement template, and evidence of signed agreements in the SoA',
    extra: (input, _docs, _t, controls) => [
      check('The SoA row of the control cites evidence of signed agreements.', soaRowsOf(input, controls).filter((e) => e.applicable === 'yes' && e.evidence.length === 0).map((e) => offender('soaEntries', e, 'No evidence of signed agreements')), 'warn'),
    ],
  },
  {
    key: 'secure-engineering',
    title: 'Secure system engineering principles',
    controls: { '2013': ['A.14.2.5'], '2022': ['A.8.27'] },
    fitRule: 'an approved document within its review date',
  },
  {
    key: 'supplier-policy',
    title: 'Information security policy for supplier relationships',
    controls: { '2013': ['A.15.1.1'], '2022': ['A.5.19'] },
    types: ['topic_policy', 'is_policy'],
    fitRule: 'an approved topic-specific policy, with the suppliers recorded',
    extra: (input) => [check('The suppliers are recorded as interested parties.', rows(input, 'interestedParties').some((p) => p.type === 'supplier'), 'fail', fixTable('Open the interested parties', 'interestedParties'))],
  },
  {
    key: 'incident',
    title: 'Incident management responsibilities and response procedures',
    controls: { '2013': ['A.16.1.1', 'A.16.1.5'], '2022': ['A.5.24', 'A.5.26'] },
    types: ['procedure', 'process', 'plan'],
    fitRule: 'an approved procedure, owners assigned, and tested or used in the last 12 months',
    extra: (input, _docs, t, controls) => [
      check('The SoA rows of the incident controls name an owner.', soaRowsOf(input, controls).filter((e) => e.applicable === 'yes' && !e.owner).map((e) => offender('soaEntries', e, 'No owner'))),
      check(`The procedure was tested or used within the last ${t.exerciseMonths} months (an incident recorded, an exercise done, or an action on these controls verified).`, incidentHandled(input, controls, t.exerciseMonths), 'fail', fix('Open the nonconformities', 'nonconformities')),
    ],
  },
  {
    key: 'continuity',
    title: 'Information security continuity procedures',
    controls: { '2013': ['A.17.1.2'], '2022': ['A.5.29', 'A.5.30'] },
    types: ['plan', 'procedure', 'process'],
    fitRule: 'an approved plan, and an exercise recorded in the last 12 months',
    extra: (input, _docs, t, controls) => [
      check(`An exercise or test of continuity was recorded within the last ${t.exerciseMonths} months (a recurring activity done, or an action on these controls verified).`, exercised(input, controls, t.exerciseMonths), 'fail', fixTable('Record an exercise', 'recurringActivities')),
    ],
  },
];

/** Incident handling shows in recorded incidents as well as in exercises. */
function incidentHandled(input: ReadinessInput, controls: readonly string[], months: number): boolean {
  const from = addMonths(input.today, -months);
  const incident = rows(input, 'nonconformities').some((n) => n.source === 'incident' && !!n.detectedAt && n.detectedAt >= from && n.detectedAt <= input.today);
  return incident || exercised(input, controls, months);
}
