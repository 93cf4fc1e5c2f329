/**
 * A risk register row as a risk (3.11): owner by name, assets by id or name, controls by id,
 * likelihood and impact on the workspace's scale, the treatment option from its word.
 */
import type { Edition } from '../../../domain/catalogs/index.ts';
import { type RiskDraft, riskEntity } from '../../../domain/entities/risk.ts';
import type { Rating } from '../../../domain/model/fields.ts';
import { cellDate, splitList } from './cells.ts';
import { controlsInCell } from './controls.ts';
import type { RowReader } from './row.ts';
import { treatmentVocab, recognise } from './vocab.ts';

/** Validation fields of a risk → the canonical fields (columns) a problem is shown against. */
export const riskIssueColumns: Record<string, string[]> = {
  title: ['title', 'threat', 'description'],
  description: ['description', 'threat', 'title'],
  owner: ['owner'],
  inherent: ['likelihood', 'impact'],
  residual: ['residualLikelihood', 'residualImpact', 'treatment'],
  treatmentOption: ['treatment'],
  plannedControls: ['controls', 'treatment'],
  existingControls: ['controls'],
  assets: ['asset'],
  status: ['status'],
  nextReviewDue: ['reviewDate'],
};

const one = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The title of a row: its title cell, else the threat (and asset) it names, else its description. */
export function titleOf(r: RowReader): string {
  const t = r.line('title');
  if (t) return one(t, 200);
  const threat = splitList(r.text('threat'), false)[0] ?? '';
  const asset = r.line('asset');
  if (threat) return one(asset ? `${threat} (${asset})` : threat, 200);
  return one(r.line('description'), 200);
}

function rating(r: RowReader, l: string, i: string, label: string): Rating | null | undefined {
  const lc = r.code(l);
  const ic = r.code(i);
  if (lc === null && ic === null) return undefined;
  if (!lc && !ic) return null;
  if (!lc || !ic) {
    r.problem(lc ? i : l, `${label}: give both likelihood and impact (only one is understood).`);
    return null;
  }
  return { likelihood: Number(lc), impact: Number(ic) };
}

/** Catalogue threats or weaknesses named in the cell; the rest is returned as text. */
function catalogue(r: RowReader, field: string, table: string): { ids: string[]; rest: string[] } {
  const ids: string[] = [];
  const rest: string[] = [];
  for (const item of splitList(r.text(field), false)) {
    const id = r.batch.find(table, '', item);
    if (id && !ids.includes(id)) ids.push(id);
    else if (!id) rest.push(item);
  }
  return { ids, rest };
}

function sources(r: RowReader, d: RiskDraft): void {
  if (!r.has('threat') && !r.has('vulnerability')) return;
  const th = catalogue(r, 'threat', 'threats');
  const vu = catalogue(r, 'vulnerability', 'vulnerabilities');
  if (r.has('threat')) d.threats = th.ids;
  if (r.has('vulnerability')) d.vulnerabilities = vu.ids;
  const lines = [...th.rest.map((t) => `Threat: ${t}`), ...vu.rest.map((v) => `Vulnerability: ${v}`)];
  d.riskSources = lines.join('\n');
}

function text(r: RowReader, d: RiskDraft): void {
  if (r.has('description') || r.has('notes')) {
    const notes = r.text('notes');
    d.description = [r.text('description'), notes ? `Notes: ${notes}` : ''].filter(Boolean).join('\n\n');
  }
}

function links(r: RowReader, d: RiskDraft): void {
  if (!r.has('asset')) return;
  const ids: string[] = [];
  for (const name of splitList(r.text('asset'))) {
    const id = r.id(r.batch.asset(name, d.owner, r.where), 'asset');
    if (id && !ids.includes(id)) ids.push(id);
  }
  d.assets = ids;
}

function controls(r: RowReader, d: RiskDraft, edition: Edition): void {
  if (!r.has('controls')) return;
  const found = controlsInCell(r.cell('controls'), edition);
  if (found.unknown.length) r.warn('controls', `${found.unknown.join(', ')} ${found.unknown.length > 1 ? 'are not controls' : 'is not a control'} of Annex A ${edition}; left out.`);
  const header = r.at('controls').header;
  const existing = /exist|current|in place|stávaj|stavaj|existant|vorhanden|actual|υπαρχ|υπάρχ/i.test(header);
  if (!existing && d.treatmentOption === 'modify') d.plannedControls = found.controls;
  else d.existingControls = found.controls;
}

/** Outcomes written in the status column ("Accepted", "Transferred") also say the treatment (4.7). */
function optionFromStatus(r: RowReader, d: RiskDraft): void {
  if (d.treatmentOption || (r.has('treatment') && r.line('treatment'))) return;
  const o = recognise(treatmentVocab, r.line('status').replace(/\b(risk|risque|riziko)\b/gi, '').trim());
  if (o === 'retain' || o === 'share' || o === 'avoid' || (o === 'modify' && d.plannedControls.length)) d.treatmentOption = o;
}

/** The risk a row describes, over `base` (the stored risk it updates, or a new one). */
export function mapRisk(r: RowReader, base: RiskDraft, edition: Edition, isNew: boolean): RiskDraft {
  const d: RiskDraft = { ...base };
  if (r.has('title') || isNew) d.title = titleOf(r);
  text(r, d);
  sources(r, d);
  d.owner = r.person('owner', true) ?? base.owner;
  links(r, d);
  if (r.has('asset')) d.approach = d.assets.length ? 'asset_based' : 'scenario_based';
  d.approach ??= d.assets.length ? 'asset_based' : 'scenario_based';
  const inherent = rating(r, 'likelihood', 'impact', 'Rating');
  if (inherent !== undefined) d.inherent = inherent;
  const residual = rating(r, 'residualLikelihood', 'residualImpact', 'Residual rating');
  if (residual !== undefined) d.residual = residual;
  const option = r.code('treatment');
  if (option !== null) d.treatmentOption = (option || null) as RiskDraft['treatmentOption'];
  controls(r, d, edition);
  const status = r.code('status');
  if (status) d.status = status as RiskDraft['status'];
  optionFromStatus(r, d);
  // 4.6: a retained risk stays as it is, so its residual rating is its current one.
  if (d.treatmentOption === 'retain' && !d.residual && d.inherent) d.residual = { ...d.inherent };
  if (d.approach === 'scenario_based' && !d.description.trim() && !d.consequence.trim()) d.description = d.riskSources || d.title;
  if (r.has('reviewDate') && r.line('reviewDate')) {
    const due = cellDate(r.cell('reviewDate'));
    if (due) d.nextReviewDue = due;
    else r.warn('reviewDate', 'Not a date; the next review date is left as it was.');
  }
  return d;
}

export { riskEntity };
