/** R15 The documents that applicable Annex A controls call for (DOMAIN section 6, R15 table). */
import { ANNEX_DOCS, type AnnexDocSpec } from './annex-docs.ts';
import { documentsForControls, hasApprovedVersion, inReviewDate, reviewDueDate } from './docs.ts';
import { check, offender, withinMonths } from './helpers.ts';
import { type ReadinessInput, rows } from './input.ts';
import { decide, worstOf } from './item.ts';
import { fix, fixTable } from './links.ts';
import { applicableControls } from './soa-rows.ts';
import type { Thresholds } from './thresholds.ts';
import type { ReadinessItem } from './types.ts';

/** Applies unless the SoA excludes every one of the controls (undecided counts as needed). */
function applies(input: ReadinessInput, controls: readonly string[]): boolean {
  const decided = applicableControls(input);
  return controls.some((id) => decided.get(id) !== 'no');
}

function docItem(input: ReadinessInput, t: Thresholds, spec: AnnexDocSpec): ReadinessItem {
  const controls = spec.controls[input.edition];
  const docs = documentsForControls(input, controls).filter((d) => !spec.types || spec.types.includes(d.docType));
  const approved = docs.filter(hasApprovedVersion);
  const checks = [
    check('The document is approved.', approved.length ? [] : docs.map((d) => offender('documents', d, `Not approved (${d.status})`))),
    check('It is within its review date.', approved.filter((d) => !inReviewDate(d, input.today, t.documentReviewMonths)).map((d) => offender('documents', d, `Review was due ${reviewDueDate(d, t.documentReviewMonths) ?? '(no date)'}`))),
    ...(spec.extra?.(input, approved, t, controls) ?? []),
  ];
  const typeWords = spec.types ? ` of type ${spec.types.map((x) => (x ?? '').replace('_', ' ')).join(' or ')}` : '';
  return decide({
    id: `R15.${spec.key}`,
    title: spec.title,
    clause: controls.join(', '),
    blocker: false,
    presentRule: `a document${typeWords} that names ${controls.join(' or ')} among its controls (or that the SoA cites for it). Fit: ${spec.fitRule}.`,
    present: docs.length > 0,
    checks,
    fix: fix('Open the documents', 'documents'),
    applicable: applies(input, controls),
    naRule: `Not required: the SoA excludes ${controls.join(' and ')}.`,
    parent: 'R15',
  });
}

/** The legal, regulatory and contractual requirement register, with how each is met (2022 A.5.31, 2013 A.18.1.1). */
function legalRegister(input: ReadinessInput, t: Thresholds): ReadinessItem {
  const controls = input.edition === '2022' ? ['A.5.31'] : ['A.18.1.1'];
  const reqs = rows(input, 'requirements');
  const legal = reqs.filter((r) => r.kind === 'legal' || r.kind === 'regulatory');
  const contractual = reqs.filter((r) => r.kind === 'contractual');
  const binding = [...legal, ...contractual];
  const checks = [
    check('Every legal, regulatory or contractual requirement the ISMS addresses is linked to the controls or documents that meet it.', binding.filter((r) => r.addressedThroughIsms !== 'no' && r.controls.length === 0 && r.documents.length === 0).map((r) => offender('requirements', r, 'No control or document linked'))),
    check('Every one of them has a decision on whether the ISMS addresses it.', binding.filter((r) => !r.addressedThroughIsms).map((r) => offender('requirements', r, 'No decision'))),
    check(`Every one of them was reviewed within the last ${t.legalRegisterReviewMonths} months.`, binding.filter((r) => !withinMonths(r.lastReviewedAt, input.today, t.legalRegisterReviewMonths)).map((r) => offender('requirements', r, `Last reviewed ${r.lastReviewedAt ?? 'never'}`))),
  ];
  return decide({
    id: 'R15.legal-register',
    title: 'Legal, statutory, regulatory and contractual requirements and how they are met',
    clause: controls.join(', '),
    blocker: false,
    presentRule: 'a requirement register with at least one legal or regulatory and at least one contractual requirement.',
    present: legal.length > 0 && contractual.length > 0,
    checks,
    fix: fixTable('Open the requirements', 'requirements'),
    applicable: applies(input, controls),
    naRule: `Not required: the SoA excludes ${controls.join(', ')}.`,
    parent: 'R15',
  });
}

/** R15's sub-items, one per document of the table, in its order. */
export function r15SubItems(input: ReadinessInput, t: Thresholds): ReadinessItem[] {
  const docs = ANNEX_DOCS.map((spec) => docItem(input, t, spec));
  const legalAt = ANNEX_DOCS.findIndex((s) => s.key === 'continuity');
  return [...docs.slice(0, legalAt), legalRegister(input, t), ...docs.slice(legalAt)];
}

/** R15 as a whole: the worst of its applicable sub-items. */
export function r15Summary(subs: readonly ReadinessItem[]): ReadinessItem {
  const status = worstOf(subs);
  const applicable = subs.filter((s) => s.status !== 'n/a');
  const failing = applicable.filter((s) => s.status !== 'pass');
  return {
    id: 'R15',
    title: 'Documents that Annex A controls call for',
    clause: 'Annex A',
    status,
    present: applicable.every((s) => s.present),
    fit: applicable.every((s) => s.fit),
    rule: status === 'n/a' ? 'No document applies: the SoA excludes every control concerned.' : failing.length ? `${failing.length} of ${applicable.length} required documents are missing or not fit: ${failing.map((s) => s.title).join('; ')}.` : `All ${applicable.length} required documents are present and fit.`,
    presentRule: 'each document below that an applicable control calls for.',
    checks: [],
    offenders: [],
    fix: fix('Open the documents', 'documents'),
    blocker: false,
  };
}
