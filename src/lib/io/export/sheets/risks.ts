import type { StoredRecord } from '../../../db/database.ts';
import { riskEntity } from '../../../domain/entities/risk.ts';
import { riskLevel, riskScore, withinAppetite } from '../../../domain/entities/risk-method.ts';
import { anyEntity } from '../../../domain/model/entity.ts';
import type { Rating } from '../../../domain/model/fields.ts';
import { optionLabel } from '../../../domain/model/fields.ts';
import { appHeaders } from '../../app-layout.ts';
import { type ExportContext, personName } from '../context.ts';
import type { Coloured, Column, Out } from '../format.ts';
import { type RowColumn, type TableSheet, remainingColumns, tableOf } from './table-sheet.ts';

const H = appHeaders.risks;
const def = anyEntity(riskEntity);
const field = riskEntity.fields;

const names = (ctx: ExportContext, table: string, ids: unknown): Out =>
  (Array.isArray(ids) ? ids : []).map((id: string) => ctx.lookup(table, id) ?? '(missing)').join('; ') || null;
const rating = (r: StoredRecord, stage: 'inherent' | 'residual'): Rating | null => (r[stage] as Rating | null) ?? null;

/** The level of a rating as a cell in its colour, with its label. */
function levelCell(ctx: ExportContext, rt: Rating | null): Out | Coloured {
  const lv = rt && ctx.method ? riskLevel(ctx.method, rt) : undefined;
  return lv ? { value: lv.label, colour: lv.colour } : null;
}

/** The level labels of the method in force, lowest first (the choices of a level column). */
export function levelChoices(ctx: ExportContext): string[] {
  return ctx.method?.levels.map((l) => l.label) ?? [];
}

/** The columns of one rating stage: likelihood, impact, score and level. */
function stageColumns(ctx: ExportContext, stage: 'inherent' | 'residual'): RowColumn[] {
  const p = stage === 'inherent' ? '' : 'residual';
  const key = (s: string): keyof typeof H => (p ? `${p}${s[0]!.toUpperCase()}${s.slice(1)}` : s) as keyof typeof H;
  const scale = (n: number | undefined): string[] => Array.from({ length: n ?? 0 }, (_, i) => String(i + 1));
  return [
    { field: key('likelihood'), column: { header: H[key('likelihood')], choices: scale(ctx.method?.likelihoodScale.length) }, value: (r) => rating(r, stage)?.likelihood ?? null },
    { field: key('impact'), column: { header: H[key('impact')], choices: scale(ctx.method?.impactScale.length) }, value: (r) => rating(r, stage)?.impact ?? null },
    { field: key('score'), column: { header: H[key('score')] }, value: (r) => { const rt = rating(r, stage); return rt ? riskScore(rt) : null; } },
    { field: key('level'), column: { header: H[key('level')], choices: levelChoices(ctx) }, value: (r) => levelCell(ctx, rating(r, stage)) },
  ];
}

/**
 * 4.7: the treatment option in the standard's one word (Modify, Retain, Avoid, Share), which every
 * reader of a register knows and the importer recognises without doubt; the app's longer label
 * ("Mitigate (modify)") is not a word a spreadsheet vocabulary holds.
 */
function optionWord(code: string): string {
  return code.charAt(0).toUpperCase() + code.slice(1);
}

/**
 * The controls a risk is treated with: the planned ones of a risk being mitigated, the existing
 * ones of any other, which is how the importer reads a "Controls" column back. The other list is
 * in its own column further right.
 */
function controlsCell(r: StoredRecord): Out {
  const list = (r[r['treatmentOption'] === 'modify' ? 'plannedControls' : 'existingControls'] as { id: string }[] | undefined) ?? [];
  return list.map((c) => c.id).join(', ') || null;
}

/**
 * The register columns the importer knows by their exact header (app-layout.ts), in the app's
 * own words: names for people and assets, labels for codes, numbers for ratings.
 */
export function riskCanonicalColumns(ctx: ExportContext): RowColumn[] {
  const treatment: Column = { header: H.treatment, choices: field.treatmentOption.options.map(optionWord) };
  return [
    { field: 'id', column: { header: H.id, width: 12 }, value: (r) => r.ref },
    { field: 'title', column: { header: H.title, width: 40, wrap: true }, value: (r) => String(r['title'] ?? '') },
    { field: 'description', column: { header: H.description, wrap: true }, value: (r) => String(r['description'] ?? '') || null },
    { field: 'asset', column: { header: H.asset, wrap: true, width: 30 }, value: (r) => names(ctx, 'assets', r['assets']) },
    { field: 'threat', column: { header: H.threat, wrap: true, width: 30 }, value: (r) => names(ctx, 'threats', r['threats']) },
    { field: 'vulnerability', column: { header: H.vulnerability, wrap: true, width: 30 }, value: (r) => names(ctx, 'vulnerabilities', r['vulnerabilities']) },
    { field: 'owner', column: { header: H.owner }, value: (r) => personName(ctx, r['owner']) || null },
    ...stageColumns(ctx, 'inherent'),
    { field: 'treatment', column: treatment, value: (r) => (r['treatmentOption'] ? optionWord(String(r['treatmentOption'])) : null) },
    { field: 'controls', column: { header: H.controls, width: 24 }, value: (r) => controlsCell(r) },
    ...stageColumns(ctx, 'residual'),
    { field: 'status', column: { header: H.status, choices: field.status.options.map((o) => optionLabel(field.status, o)) }, value: (r) => (r['status'] ? optionLabel(field.status, String(r['status'])) : null) },
    { field: 'reviewDate', column: { header: H.reviewDate, date: true }, value: (r) => (r['nextReviewDue'] as string | null) ?? null },
  ];
}

/** Fields the canonical columns already show. */
export const RISK_CONSUMED = ['title', 'description', 'assets', 'threats', 'vulnerabilities', 'owner', 'inherent', 'treatmentOption', 'residual', 'status', 'nextReviewDue'];

/** What an auditor reads beside the ratings: appetite, and the actions that treat each risk. */
function evaluationColumns(ctx: ExportContext): RowColumn[] {
  const m = ctx.method;
  const within = (rt: Rating | null): Out => (rt && m ? (withinAppetite(m, rt) ? 'Yes' : 'No') : null);
  const actions = new Map<string, string[]>();
  for (const a of ctx.snap.tables['treatmentActions'] ?? [])
    for (const id of (a['risks'] as string[] | undefined) ?? []) actions.set(id, [...(actions.get(id) ?? []), a.ref]);
  return [
    { column: { header: 'Inherent within appetite', choices: ['Yes', 'No'] }, value: (r) => within(rating(r, 'inherent')) },
    { column: { header: 'Residual within appetite', choices: ['Yes', 'No'] }, value: (r) => within(rating(r, 'residual')) },
    { column: { header: 'Treatment actions', width: 24 }, value: (r) => actions.get(r.id)?.join('; ') ?? null },
  ];
}

/** The risk register: ratings before and after treatment, treatment, controls, owner and acceptance. */
export function riskSheet(ctx: ExportContext): TableSheet {
  const specs = [...riskCanonicalColumns(ctx), ...evaluationColumns(ctx), ...remainingColumns(def, ctx, RISK_CONSUMED)];
  const version = ctx.method ? `Levels by risk method version ${String(ctx.method['version'])}.` : 'No approved risk method: levels are not shown.';
  return tableOf('Risk register', `Every risk with its inherent and residual rating, treatment, controls, owner and acceptance. ${version}`, specs, ctx.snap.tables['risks'] ?? [], { freezeColumns: 2 });
}
