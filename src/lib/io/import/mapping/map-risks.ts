/**
 * A risk register row as a risk (3.11): owner by name, assets by id or name, controls by id,
 * likelihood and impact on the workspace's scale, the treatment option from its word.
 */
import type { Edition } from '../../../domain/catalogs/index.ts';
import { type RiskDraft, riskEntity } from '../../../domain/entities/risk.ts';
import type { Rating } from '../../../domain/model/fields.ts';
import { cellDate, cellText, clip, fold, namesInCell, notRatedYet, oneLine, splitList } from './cells.ts';
import { workedRating } from './worked-rating.ts';
import { riskControls } from './risk-controls.ts';
import { levelAgrees, levelDisagreement } from '../../../domain/risk/imported-level.ts';
import type { ValidationContext } from '../../../domain/model/entity.ts';
import type { RowReader } from './row.ts';
import type { SheetAnalysis } from '../types.ts';
import { normaliseHeader } from '../headers.ts';
import { ASSET_KEY, ASSET_NAME } from '../asset-columns.ts';
import type { SheetMapping } from './types.ts';
import { treatmentVocab, recognise } from './vocab.ts';

/** Validation fields of a risk → the canonical fields (columns) a problem is shown against. */
export const riskIssueColumns: Record<string, string[]> = {
  title: ['title', 'threat', 'description'],
  description: ['description', 'threat', 'title'],
  owner: ['owner'],
  inherent: ['likelihood', 'impact'],
  residual: ['residualLikelihood', 'residualImpact', 'treatment'],
  treatmentOption: ['treatment'],
  plannedControls: ['controls', 'plannedControls', 'treatment'],
  existingControls: ['controls', 'existingControls'],
  riskSources: ['riskSources', 'threat', 'vulnerability'],
  assets: ['asset'],
  status: ['status'],
  nextReviewDue: ['reviewDate'],
};


/** The title of a row: its title cell, else the threat (and asset) it names, else its description. */
export function titleOf(r: RowReader): string {
  const t = r.line('title');
  if (t) return clip(t, 200);
  const threat = splitList(r.raw('threat'), false)[0] ?? '';
  const asset = r.line('asset');
  if (threat) return clip(asset ? `${threat} (${asset})` : threat, 200);
  return clip(r.line('description'), 200);
}

/** The row gives no value for the field (no column, a blank cell, or a placeholder such as "TBD"). */
function unrated(r: RowReader, field: string): boolean {
  const text = r.line(field);
  return text === '' || notRatedYet(text);
}

/**
 * The rating of a stage from its likelihood and impact cells: undefined when the sheet has neither
 * column or the row leaves both blank (a stored rating stays as it is: a blank cell deletes nothing),
 * null when they are written but not understood.
 */
function rating(r: RowReader, l: string, i: string, label: string, stored: Rating | null): Rating | null | undefined {
  if (!r.has(l) && !r.has(i)) return undefined;
  if (unrated(r, l) && unrated(r, i)) return undefined;
  const lc = unrated(r, l) ? '' : r.code(l);
  const ic = unrated(r, i) ? '' : r.code(i);
  if (!lc && !ic) return null;
  if (!lc || !ic) {
    const [given, missing] = lc ? [l, i] : [i, l];
    // A column not mapped at all is not a blank cell: the user is sent to the mapping.
    if (!unrated(r, missing) || !r.has(missing)) {
      r.problem(given === l ? i : l, `${label}: give both likelihood and impact (only one is understood).`);
      return null;
    }
    // Half a rating (the other cell blank or "TBD"): with the stored other half, or rated later, in the register.
    const value = Number(lc || ic);
    if (stored) return given === l ? { likelihood: value, impact: stored.impact } : { likelihood: stored.likelihood, impact: value };
    const half = `${given === l ? 'likelihood' : 'impact'} “${clip(r.line(given), 40)}”`;
    if (label === 'Rating') {
      r.flags.add('half-rated');
      r.warn(missing, `Only the ${half} is given: the risk comes in as a draft to rate in the register, with that value kept beside the level from the file.`);
    } else r.warn(missing, `Only the residual ${half} is given: the residual rating is left as it was.`);
    return undefined;
  }
  return { likelihood: Number(lc), impact: Number(ic) };
}

/** Catalogue threats or weaknesses named in the cell (names may hold commas); the rest is returned as text. */
function catalogue(r: RowReader, field: string, table: string): { ids: string[]; rest: string[] } {
  const ids: string[] = [];
  const rest: string[] = [];
  for (const item of namesInCell(r.raw(field), (n) => r.batch.find(table, '', n) !== undefined, false)) {
    const id = r.batch.find(table, '', item);
    if (id && !ids.includes(id)) ids.push(id);
    else if (!id) rest.push(item);
  }
  return { ids, rest };
}

/** Lines an import wrote into a risk's sources for names that were not in the catalogue. */
const UNMATCHED = /^(Threat|Vulnerability): /;

/**
 * The risk's sources (3.11) with the names the catalogue does not know as lines of their own. With
 * `replace`, the lines an earlier import wrote are replaced; otherwise (the text comes from the
 * sheet's own column) only the lines it lacks are added. The rest of the text is kept as it is.
 */
export function withUnmatched(sources: string, lines: readonly string[], replace: boolean): string {
  const all = sources.split('\n');
  const kept = replace ? all.filter((l) => !UNMATCHED.test(l)) : all;
  const added = lines.filter((l) => !all.includes(l));
  if (kept.length === all.length && !added.length) return sources;
  return [kept.join('\n').trimEnd(), ...(replace ? lines : added)].filter(Boolean).join('\n');
}

function sources(r: RowReader, d: RiskDraft): void {
  if (r.has('riskSources')) d.riskSources = r.text('riskSources');
  if (!r.has('threat') && !r.has('vulnerability')) return;
  const th = catalogue(r, 'threat', 'threats');
  const vu = catalogue(r, 'vulnerability', 'vulnerabilities');
  if (r.has('threat')) d.threats = th.ids;
  if (r.has('vulnerability')) d.vulnerabilities = vu.ids;
  const lines = [...th.rest.map((t) => `Threat: ${t}`), ...vu.rest.map((v) => `Vulnerability: ${v}`)];
  d.riskSources = withUnmatched(d.riskSources, lines, !r.has('riskSources'));
}

/**
 * A description without the "Notes" section an earlier import wrote at its end: the last paragraph
 * that starts "Notes:" and, when columns are kept in the notes, holds only their lines. Text the
 * user wrote stays, a paragraph of theirs that starts "Notes:" included.
 */
function withoutImportedNotes(description: string, r: RowReader): string {
  const at = description.startsWith('Notes:') ? Math.max(0, description.lastIndexOf('\n\nNotes:')) : description.lastIndexOf('\n\nNotes:');
  if (at < 0) return description;
  const section = description.slice(at).replace(/^\n\n/, '');
  const headers = r.noteHeaders();
  // "Controls in the file: …", which the import writes after the notes, comes back with them.
  const lines = section.replace(/^Notes:\s*/, '').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('Controls in the file: '));
  const ours = r.mapping.fields['notes'] ? true : headers.length > 0 && lines.every((l) => headers.some((h) => l.startsWith(h)));
  return ours ? description.slice(0, at).trimEnd() : description;
}

function text(r: RowReader, d: RiskDraft): void {
  if (r.has('description') || r.has('notes')) {
    const notes = r.text('notes');
    // Without a description column, the description written in the app stays; only the notes the file gives are renewed.
    const own = r.has('description') ? r.text('description') : withoutImportedNotes(d.description, r);
    const section = !notes ? '' : notes.includes('\n') || r.mapping.noteColumns?.length ? `Notes:\n${notes}` : `Notes: ${notes}`;
    d.description = [own, section].filter(Boolean).join('\n\n');
  }
}

/**
 * An asset's number and its name in two columns ("Asset ID": A-01 beside "Asset": Customer database),
 * one read as the asset and the other left unread: the columns of each.
 */
export function assetPair(sheet: SheetAnalysis, m: SheetMapping): AssetPair | undefined {
  if (!pairs.has(m)) pairs.set(m, findAssetPair(sheet, m));
  return pairs.get(m);
}
type AssetPair = { ref: string; name: string };
/** Worked out once per sheet mapping (a mapping is not changed while it is planned). */
const pairs = new WeakMap<SheetMapping, AssetPair | undefined>();

function findAssetPair(sheet: SheetAnalysis, m: SheetMapping): AssetPair | undefined {
  const col = m.fields['asset'];
  const header = normaliseHeader(sheet.columns.find((c) => c.column === col)?.header ?? '');
  const used = new Set(Object.values(m.fields));
  const other = (re: RegExp) => sheet.columns.find((c) => !used.has(c.column) && !m.noteColumns?.includes(c.column) && re.test(normaliseHeader(c.header)))?.column;
  if (!col) return undefined;
  if (ASSET_KEY.test(header)) {
    const name = other(ASSET_NAME);
    return name ? { ref: col, name } : undefined;
  }
  const ref = ASSET_NAME.test(header) ? other(ASSET_KEY) : undefined;
  return ref ? { ref, name: col } : undefined;
}

function links(r: RowReader, d: RiskDraft): void {
  if (!r.has('asset')) return;
  const ids: string[] = [];
  // An asset's number beside its name: found by the number, and added (if new) under the name, keeping the number.
  const pair = assetPair(r.sheet, r.mapping);
  // A placeholder ("N/A", "TBD", "-", "Unknown"; "x" as a number) names no asset and gives no number, unless an asset goes
  // by that name ("X" may name one: the social network).
  const placeholder = (text: string, number = false) => notRatedYet(text) && (number || !/^x$/i.test(text.trim())) && r.batch.find('assets', '', text) === undefined;
  const line = (col: string | undefined, number = false) => {
    const text = col ? oneLine(cellText(r.record.cells[col])) : '';
    return placeholder(text, number) ? '' : text;
  };
  const refs = splitList(line(pair?.ref, true)).filter((ref) => !placeholder(ref, true));
  // One name per number ("A-01, A-02" beside "CRM, ERP"; a name may hold a comma where there is one number).
  const names = refs.length === 1 ? [line(pair?.name)] : splitList(line(pair?.name));
  if (pair && refs.length > 0 && names.length === refs.length && names.every(Boolean)) {
    refs.forEach((ref, i) => {
      const named = names[i]!;
      const id = r.id(r.batch.asset(named, d.owner, r.where, ref), 'asset');
      if (!id || ids.includes(id)) return;
      ids.push(id);
      // The number decides: say so where the file names that asset otherwise.
      const known = r.batch.nameOf('assets', id);
      if (known && fold(known) !== fold(named)) r.warn('asset', `${ref} is the asset “${known}”; this row calls it “${named}”. The row is linked to “${known}”.`);
    });
    d.assets = ids;
    r.flags.add('asset-pair');
    return;
  }
  if (pair && line(pair.name)) r.flags.add('asset-unpaired');
  // A number whose name is left blank still names its asset: found by that number, or added under it.
  if (pair && refs.length > 0 && !line(pair.name)) {
    for (const ref of refs) {
      const id = r.id(r.batch.asset(ref, d.owner, r.where, ref), 'asset');
      if (id && !ids.includes(id)) ids.push(id);
    }
    d.assets = ids;
    return;
  }
  // Names the workspace or the workbook knows are kept whole: an asset's name may hold a comma. (A name beside a
  // placeholder for the number is the asset, whichever column the mapping reads.)
  const named = pair && refs.length === 0 && line(pair.name) ? line(pair.name) : r.raw('asset');
  const found = namesInCell(named, (n) => r.batch.find('assets', n, n) !== undefined);
  for (const name of found) {
    if (placeholder(name)) continue;
    const id = r.id(r.batch.asset(name, d.owner, r.where), 'asset');
    if (id && !ids.includes(id)) ids.push(id);
  }
  d.assets = ids;
}

/**
 * A risk to mitigate that the file puts under treatment, whose measures link no control of the workspace ("Offline backups and
 * EDR", another scheme's "[op.acc.4] Gestión de derechos"): 4.7 asks a risk under treatment for its planned controls, so it comes in
 * assessed, its measures kept as written in its description, until someone links them. It is not rejected (nothing of it is lost).
 */
function waitsForControls(r: RowReader, d: RiskDraft): void {
  if (d.treatmentOption !== 'modify' || d.plannedControls.length > 0 || !UNDER_TREATMENT.has(d.status ?? '') || !d.inherent) return;
  d.status = 'assessed';
  r.warn(r.has('status') ? 'status' : r.has('controls') ? 'controls' : null, 'No control of the workspace is linked to this risk to mitigate, so it is imported as assessed, not under treatment; its measures are kept in its description until you link its controls.');
}
const UNDER_TREATMENT = new Set(['treatment_planned', 'in_treatment', 'monitoring']);

/** Outcomes written in the status column ("Accepted", "Transferred") also say the treatment (4.7). */
function optionFromStatus(r: RowReader, d: RiskDraft): void {
  if (d.treatmentOption || (r.has('treatment') && r.line('treatment'))) return;
  const o = recognise(treatmentVocab, r.line('status').replace(/\b(risk|risque|riziko)\b/gi, '').trim());
  if (o === 'retain' || o === 'share' || o === 'avoid' || (o === 'modify' && d.plannedControls.length)) d.treatmentOption = o;
}

/**
 * 4.4: what the file says of a stage's level and score, as written ("High (12)", "High", "12"),
 * kept when it tells something the rating does not: the risk is not rated, or the method gives
 * another level. The app's own column of it ("Level in the imported file") is read back as it is.
 * Undefined when the sheet has no such column.
 */
function fileLevel(r: RowReader, d: RiskDraft, stage: 'inherent' | 'residual'): string | undefined {
  const [own, level, score] = stage === 'inherent' ? ['importedLevel', 'level', 'score'] : ['importedResidualLevel', 'residualLevel', 'residualScore'];
  if (r.has(own)) return clip(r.line(own), 80);
  if (!r.has(level) && !r.has(score)) return undefined;
  // "TBD" under the level is no level: nothing to keep.
  const lv = notRatedYet(r.line(level)) ? '' : r.line(level);
  const sc = notRatedYet(r.line(score)) ? '' : r.line(score);
  const text = clip(lv && sc && !lv.includes(sc) ? `${lv} (${sc})` : lv || sc, 80);
  return levelAgrees(r.batch.snap.ctx.levelOf, d[stage], lv) ? '' : text;
}

/** The labels of the method's levels, found by rating every cell of its matrix (once per workspace). */
const levelLabels = new WeakMap<object, string[]>();
function methodLevels(ctx: ValidationContext): string[] {
  let out = levelLabels.get(ctx);
  if (!out) {
    const found = new Set<string>();
    const { likelihood = 5, impact = 5 } = ctx.scaleSizes ?? {};
    for (let l = 1; l <= likelihood; l++) for (let i = 1; i <= impact; i++) { const lv = ctx.levelOf?.({ likelihood: l, impact: i }); if (lv) found.add(lv.label); }
    levelLabels.set(ctx, (out = [...found]));
  }
  return out;
}

/** The file names another of the method's levels than the rating gives ("Critical" for 2 × 2): a remark, the row's to check. */
function flagDisagreement(r: RowReader, rating: Rating): void {
  const ctx = r.batch.snap.ctx;
  const written = r.line('level');
  const method = written ? levelDisagreement(methodLevels(ctx), ctx.levelOf, rating, written) : undefined;
  if (!method) return;
  r.flags.add('level-differs');
  r.warn('level', `The file says “${clip(written, 40)}”; the workspace's method gives ${method} for ${rating.likelihood} × ${rating.impact}. Both are kept: check the rating with the risk owner.`);
}

/**
 * A row that gives no likelihood and impact (a register of levels only, or a risk not yet
 * analysed) is a draft: identified, kept with the file's level, rated later in the register. A
 * closed risk stays closed. So is a row that gives only one of the two (the other blank or "TBD").
 * A row whose rating is written but not understood is not made a draft:
 * the rule that asks for the rating shows the user the cell to translate.
 */
function draftWhenUnrated(r: RowReader, d: RiskDraft, base: RiskDraft): void {
  // A draft the file now rates is assessed, unless the file says its status.
  if (base.status === 'draft' && !base.inherent && d.inherent && d.status === 'draft' && unrated(r, 'status')) d.status = 'assessed';
  // A stored risk that was rated keeps its rating (blank cells delete nothing) and its status.
  if (d.inherent || base.inherent || d.status === 'closed' || d.status === 'draft') return;
  if (!r.flags.has('half-rated') && (!unrated(r, 'likelihood') || !unrated(r, 'impact'))) return;
  d.status = 'draft';
  r.flags.add('unrated');
}

/** The risk a row describes, over `base` (the stored risk it updates, or a new one). */
export function mapRisk(r: RowReader, base: RiskDraft, edition: Edition, isNew: boolean): RiskDraft {
  const d: RiskDraft = { ...base };
  if (r.has('title') || isNew) d.title = titleOf(r);
  text(r, d);
  // A title too long for one line of 200 characters is kept whole in the description (nothing of the cell is lost).
  const whole = r.has('title') ? r.text('title').trim() : '';
  const cut = whole.length > 200 || /\n/.test(whole);
  if (cut && !r.has('description') && !d.description.includes(whole)) d.description = [whole, d.description.trim()].filter(Boolean).join('\n\n');
  sources(r, d);
  d.owner = r.person('owner', true) ?? base.owner;
  links(r, d);
  if (r.has('asset')) d.approach = d.assets.length ? 'asset_based' : 'scenario_based';
  d.approach ??= d.assets.length ? 'asset_based' : 'scenario_based';
  const inherent = rating(r, 'likelihood', 'impact', 'Rating', base.inherent) ?? workedRating(r, 'score', 'likelihood', 'impact', base.inherent);
  if (inherent !== undefined) d.inherent = inherent;
  const residual = rating(r, 'residualLikelihood', 'residualImpact', 'Residual rating', base.residual) ?? workedRating(r, 'residualScore', 'residualLikelihood', 'residualImpact', base.residual);
  if (residual !== undefined) d.residual = residual;
  const option = r.code('treatment');
  if (option !== null) d.treatmentOption = (option || null) as RiskDraft['treatmentOption'];
  const written = riskControls(r, d, edition);
  const status = r.code('status');
  if (status) d.status = status as RiskDraft['status'];
  optionFromStatus(r, d);
  waitsForControls(r, d);
  // 4.6: a retained risk stays as it is, so its residual rating is its current one.
  if (d.treatmentOption === 'retain' && !d.residual && d.inherent) d.residual = { ...d.inherent };
  draftWhenUnrated(r, d, base);
  if (d.approach === 'scenario_based' && !d.description.trim() && !d.consequence.trim()) d.description = d.riskSources || d.title;
  // Controls described in words are kept as written, after the description.
  if (written && !d.description.includes(written)) d.description = [d.description.trimEnd(), written].filter(Boolean).join('\n\n');
  if (r.has('reviewDate') && r.line('reviewDate')) {
    const due = cellDate(r.cell('reviewDate'));
    if (due) d.nextReviewDue = due;
    else r.warn('reviewDate', 'Not a date; the next review date is left as it was.');
  }
  const level = fileLevel(r, d, 'inherent');
  if (level !== undefined) d.importedLevel = level;
  if (level && d.inherent && !r.has('importedLevel')) flagDisagreement(r, d.inherent);
  // Half a rating is kept with the file's level, to finish the rating from in the register.
  if (r.flags.has('half-rated') && !d.inherent) {
    const half = unrated(r, 'likelihood') ? `impact ${r.line('impact')}` : `likelihood ${r.line('likelihood')}`;
    d.importedLevel = clip([level ?? '', half].filter(Boolean).join(' · '), 80);
  }
  const residualLevel = fileLevel(r, d, 'residual');
  if (residualLevel !== undefined) d.importedResidualLevel = residualLevel;
  return d;
}

export { riskEntity };
