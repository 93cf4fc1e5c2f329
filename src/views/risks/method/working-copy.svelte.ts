import { type RiskMethodDraft, riskMethodEntity } from '../../../lib/domain/entities/risk-method.ts';
import { draftOf, validate } from '../../../lib/domain/model/entity.ts';
import type { Issue } from '../../../lib/domain/model/fields.ts';
import { type ScaleName, fillMatrix, nextMajor, resizeScale, spreadBands, today } from './defaults.ts';

/** The draft of the next version: a copy of the method in force, with a new version and today's date. */
function startDraft(current: RiskMethodDraft): RiskMethodDraft {
  const d = draftOf(riskMethodEntity, current);
  return { ...d, status: 'draft', version: nextMajor(current.version), approvedBy: null, approvedAt: today() };
}

/** 6.1.2 a: the method's own rules, plus what approving a new version needs. */
export function methodIssues(d: RiskMethodDraft, currentVersion: string): Issue[] {
  const out = validate(riskMethodEntity, { ...d, status: 'approved' });
  if (d.version.trim() !== '' && d.version.trim() === currentVersion.trim())
    out.push({ field: 'version', message: `Give a new version number: ${currentVersion} is the version in force.` });
  if (!d.approvedAt) out.push({ field: 'approvedAt', message: 'Give the date the new method is approved.' });
  return out;
}

/**
 * The user's working copy of the risk method: edited in place by the method editor's parts, checked
 * on every change, and put in force only through the re-mapping preview.
 */
export class MethodWorkingCopy {
  readonly current: RiskMethodDraft;
  draft: RiskMethodDraft;
  readonly issues: Issue[];
  readonly dirty: boolean;
  private readonly initial: string;

  constructor(current: RiskMethodDraft) {
    this.current = current;
    const start = startDraft(current);
    this.initial = JSON.stringify(start);
    this.draft = $state(start);
    this.issues = $derived(methodIssues(this.draft, this.current.version));
    this.dirty = $derived(JSON.stringify(this.draft) !== this.initial);
  }

  /** The messages of the issues on exactly this field path. */
  at(path: string): string[] {
    return this.issues.filter((i) => i.field === path).map((i) => i.message);
  }

  /** Throws the edits away: back to a copy of the method in force. */
  reset(): void {
    this.draft = startDraft(this.current);
  }

  /** A plain copy of the draft, safe to store. */
  snapshot(): RiskMethodDraft {
    return $state.snapshot(this.draft) as RiskMethodDraft;
  }

  /** Changes the number of levels of a scale; bands or matrix follow the new size. */
  setScaleSize(name: ScaleName, size: number): void {
    const d = this.draft;
    const oldTop = d.likelihoodScale.length * d.impactScale.length;
    d[name] = resizeScale(name, d[name], size);
    const top = d.levels.at(-1);
    // The highest band ended at the highest score: keep it reaching the new highest score.
    if (top && top.maxScore === oldTop) top.maxScore = d.likelihoodScale.length * d.impactScale.length;
    if (d.scoreFunction === 'matrix') d.matrix = fillMatrix(d);
  }

  /** Product (score bands) or matrix; the matrix starts from what the bands give each cell. */
  setScoreFunction(fn: 'product' | 'matrix'): void {
    const d = this.draft;
    if (fn === 'matrix') d.matrix = fillMatrix(d);
    else d.matrix = [];
    d.scoreFunction = fn;
  }

  setCell(likelihood: number, impact: number, level: string): void {
    const cell = this.draft.matrix.find((c) => c.likelihood === likelihood && c.impact === impact);
    if (cell) cell.level = level;
    else this.draft.matrix.push({ likelihood, impact, level });
  }

  /** Renames a level's code, and the matrix cells and appetite that use it. */
  renameLevel(index: number, code: string): void {
    const d = this.draft;
    const lv = d.levels[index];
    if (!lv) return;
    const old = lv.code;
    lv.code = code;
    if (old === code || d.levels.some((l) => l.code === old)) return;
    for (const c of d.matrix) if (c.level === old) c.level = code;
    if (d.appetite === old) d.appetite = code;
  }

  /** Adds a level above the highest; its band is left for the user to give. */
  addLevel(): void {
    const d = this.draft;
    let k = d.levels.length + 1;
    while (d.levels.some((l) => l.code === `level_${k}`)) k++;
    d.levels.push({ code: `level_${k}`, label: `Level ${k}`, colour: '#6a1b9a', minScore: null, maxScore: null, reviewMonths: 3, acceptedBy: 'top_management' });
  }

  /** Removes a level; cells and appetite on it move to the level below (or above, for the lowest). */
  removeLevel(index: number): void {
    const d = this.draft;
    const gone = d.levels[index];
    if (!gone || d.levels.length <= 2) return;
    const heir = (d.levels[index - 1] ?? d.levels[index + 1])!.code;
    d.levels.splice(index, 1);
    if (d.levels.some((l) => l.code === gone.code)) return;
    for (const c of d.matrix) if (c.level === gone.code) c.level = heir;
    if (d.appetite === gone.code) d.appetite = heir;
  }

  /** Spreads the score bands evenly over the scores the scales can reach. */
  spreadBands(): void {
    const bands = spreadBands(this.draft);
    this.draft.levels.forEach((lv, j) => Object.assign(lv, bands[j]));
  }
}
