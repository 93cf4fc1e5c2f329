import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { date, int, list, longText, oneOf, ref, text } from '../model/fields.ts';

/** 3.12 The risk method (6.1.2 a, b): scales, levels, appetite and who may accept what. */
const fields = {
    version: text('Version', { required: true, column: true }),
    status: oneOf('Status', ['draft', 'approved', 'retired'], { required: true, column: true }),
    scoreFunction: oneOf('How the level is found', ['product', 'matrix'], {
      required: true,
      labels: { product: 'Score = likelihood × impact, banded by score', matrix: 'A level chosen for each cell of the matrix' },
    }),
    likelihoodScale: list('Likelihood scale', 'Likelihood level', {
      value: int('Value', { required: true, min: 1, max: 7 }),
      label: text('Label', { required: true }),
      description: longText('Criterion', { required: true }),
    }),
    impactScale: list('Impact scale', 'Impact level', {
      value: int('Value', { required: true, min: 1, max: 7 }),
      label: text('Label', { required: true }),
      description: longText('Criterion', { required: true }),
    }),
    levels: list('Risk levels (lowest first)', 'Risk level', {
      code: text('Code', { required: true }),
      label: text('Label', { required: true }),
      colour: text('Colour', { required: true, help: 'A hex colour such as #ef6c00.' }),
      minScore: int('Lowest score', { min: 1, help: 'For the score method.' }),
      maxScore: int('Highest score', { min: 1, help: 'For the score method.' }),
      reviewMonths: int('Review every (months)', { required: true, min: 1, max: 36 }),
      acceptedBy: oneOf('Who may accept', ['risk_owner', 'top_management'], { required: true }),
    }),
    matrix: list('Matrix (level of each cell)', 'Cell', {
      likelihood: int('Likelihood', { required: true, min: 1, max: 7 }),
      impact: int('Impact', { required: true, min: 1, max: 7 }),
      level: text('Level code', { required: true }),
    }),
    appetite: text('Risk appetite (highest level retained without treatment)', { required: true }),
    assessmentIntervalMonths: int('Reassess the register every (months)', { min: 1, max: 36 }),
    triggers: longText('Events that trigger a reassessment'),
    approvedBy: ref('Approved by', 'persons'),
    approvedAt: date('Approved on', { column: true }),
};
export type RiskMethodDraft = Values<typeof fields>;

export const riskMethodEntity = defineEntity({
  table: 'riskMethods',
  label: 'Risk method',
  plural: 'Risk method',
  refPrefix: 'RM',
  clause: '6.1.2',
  area: 'planning',
  titleField: 'version',
  fields,
  rules: (d) => checkMethod(d),
});
export type RiskMethod = RecordOf<typeof riskMethodEntity>;
export type RiskLevel = RiskMethodDraft['levels'][number];

function checkScale(name: 'likelihoodScale' | 'impactScale', scale: { value: number | null }[], out: Issue[]): void {
  const label = name === 'likelihoodScale' ? 'Likelihood scale' : 'Impact scale';
  if (scale.length < 3 || scale.length > 7) out.push({ field: name, message: `${label} needs 3 to 7 levels.` });
  scale.forEach((s, i) => {
    if (s.value !== i + 1) out.push({ field: `${name}.${i}.value`, message: `${label}: level ${i + 1} must have the value ${i + 1}.` });
  });
}

/** 6.1.2 a: scales of 3 to 7 levels; levels cover every reachable score exactly once. */
function checkMethod(d: RiskMethodDraft): Issue[] {
  const out: Issue[] = [];
  checkScale('likelihoodScale', d.likelihoodScale, out);
  checkScale('impactScale', d.impactScale, out);
  if (d.levels.length < 2 || d.levels.length > 6) out.push({ field: 'levels', message: 'Use 2 to 6 risk levels.' });
  d.levels.forEach((lv, i) => {
    if (!/^#[0-9a-f]{6}$/i.test(lv.colour)) out.push({ field: `levels.${i}.colour`, message: 'Colour must be written like #ef6c00.' });
  });
  if (d.scoreFunction === 'matrix') checkMatrix(d, out);
  else checkBands(d, out);
  // Acceptance criteria climb with the level: once top management must accept, it must for every higher level.
  const firstTop = d.levels.findIndex((l) => l.acceptedBy === 'top_management');
  d.levels.forEach((lv, i) => {
    if (firstTop >= 0 && i > firstTop && lv.acceptedBy === 'risk_owner')
      out.push({ field: `levels.${i}.acceptedBy`, message: `${lv.label} is above a level that needs top management, so it needs top management too.` });
  });
  const codes = d.levels.map((l) => l.code);
  if (new Set(codes).size !== codes.length) out.push({ field: 'levels', message: 'Two levels share a code.' });
  if (!codes.includes(d.appetite)) out.push({ field: 'appetite', message: `Appetite must be one of the level codes: ${codes.join(', ')}.` });
  return out;
}

/** Score bands: each in order, and every reachable score (likelihood × impact) in exactly one level. */
function checkBands(d: RiskMethodDraft, out: Issue[]): void {
  d.levels.forEach((lv, i) => {
    if (lv.minScore === null) out.push({ field: `levels.${i}.minScore`, message: `${lv.label}: give the lowest score of this level.` });
    if (lv.maxScore === null) out.push({ field: `levels.${i}.maxScore`, message: `${lv.label}: give the highest score of this level.` });
    if ((lv.minScore ?? 0) > (lv.maxScore ?? 0))
      out.push({ field: `levels.${i}.maxScore`, message: `${lv.label}: the highest score is below the lowest.` });
  });
  const gaps: number[] = [];
  const overlaps: number[] = [];
  for (const s of reachableScores(d)) {
    const n = d.levels.filter((lv) => (lv.minScore ?? 0) <= s && s <= (lv.maxScore ?? 0)).length;
    if (n === 0) gaps.push(s);
    if (n > 1) overlaps.push(s);
  }
  if (gaps.length) out.push({ field: 'levels', message: `No level covers the score${gaps.length > 1 ? 's' : ''} ${gaps.join(', ')}.` });
  if (overlaps.length)
    out.push({ field: 'levels', message: `Levels overlap at the score${overlaps.length > 1 ? 's' : ''} ${overlaps.join(', ')}.` });
  for (let i = 1; i < d.levels.length; i++)
    if ((d.levels[i]!.minScore ?? 0) < (d.levels[i - 1]!.minScore ?? 0))
      out.push({ field: `levels.${i}.minScore`, message: 'List the levels from the lowest to the highest score.' });
}

/** A level for every cell, each cell once, and never a lower level for a worse cell. */
function checkMatrix(d: RiskMethodDraft, out: Issue[]): void {
  const L = d.likelihoodScale.length;
  const I = d.impactScale.length;
  const codes = d.levels.map((l) => l.code);
  const grid = new Map<string, number>();
  d.matrix.forEach((c, n) => {
    const key = `${c.likelihood}:${c.impact}`;
    if ((c.likelihood ?? 0) > L || (c.impact ?? 0) > I)
      out.push({ field: `matrix.${n}`, message: `Cell L${c.likelihood} × I${c.impact} is outside the ${L}×${I} scales.` });
    else if (grid.has(key)) out.push({ field: `matrix.${n}`, message: `Cell L${c.likelihood} × I${c.impact} is given twice.` });
    if (!codes.includes(c.level)) out.push({ field: `matrix.${n}.level`, message: `"${c.level}" is not one of the level codes (${codes.join(', ')}).` });
    grid.set(key, codes.indexOf(c.level));
  });
  const missing: string[] = [];
  for (let l = 1; l <= L; l++)
    for (let i = 1; i <= I; i++) {
      const r = grid.get(`${l}:${i}`);
      if (r === undefined) missing.push(`L${l}×I${i}`);
      else if ((grid.get(`${l - 1}:${i}`) ?? -1) > r || (grid.get(`${l}:${i - 1}`) ?? -1) > r)
        out.push({ field: 'matrix', message: `Cell L${l} × I${i} has a lower level than a less likely or less severe cell.` });
    }
  if (missing.length) out.push({ field: 'matrix', message: `Give a level to every cell; missing: ${missing.slice(0, 6).join(', ')}${missing.length > 6 ? '…' : ''}.` });
}

/** Every score likelihood × impact can reach on the method's scales, lowest first. */
export function reachableScores(d: Pick<RiskMethodDraft, 'likelihoodScale' | 'impactScale'>): number[] {
  const out = new Set<number>();
  for (let l = 1; l <= d.likelihoodScale.length; l++) for (let i = 1; i <= d.impactScale.length; i++) out.add(l * i);
  return [...out].sort((a, b) => a - b);
}

/** The score of a rating: likelihood × impact. */
export function riskScore(r: { likelihood: number; impact: number }): number {
  return r.likelihood * r.impact;
}

/** The parts of a method that rate a risk. */
export type RatingRules = Pick<RiskMethodDraft, 'levels' | 'scoreFunction' | 'matrix'>;

/** The level a rating falls in (by score band, or by the matrix cell), or undefined when not covered. */
export function riskLevel(method: RatingRules, r: { likelihood: number; impact: number }): RiskLevel | undefined {
  if (method.scoreFunction === 'matrix') {
    const cell = method.matrix.find((c) => c.likelihood === r.likelihood && c.impact === r.impact);
    return cell ? method.levels.find((l) => l.code === cell.level) : undefined;
  }
  const s = riskScore(r);
  return method.levels.find((l) => (l.minScore ?? 0) <= s && s <= (l.maxScore ?? 0));
}

/** The rank of a level (0 = lowest): levels are listed from the lowest to the highest. */
export function levelRank(method: Pick<RiskMethodDraft, 'levels'>, code: string): number {
  return method.levels.findIndex((l) => l.code === code);
}

/** True when a rating's level is at or below the appetite. */
export function withinAppetite(method: RatingRules & Pick<RiskMethodDraft, 'appetite'>, r: { likelihood: number; impact: number }): boolean {
  const lv = riskLevel(method, r);
  return lv !== undefined && levelRank(method, lv.code) <= levelRank(method, method.appetite);
}

/** The default 5×5 method, with criteria written in our own words. */
export function defaultRiskMethod(): RiskMethodDraft {
  const scale = (labels: [string, string][]) => labels.map(([label, description], i) => ({ value: i + 1, label, description }));
  return {
    version: '1.0',
    status: 'approved',
    scoreFunction: 'product',
    likelihoodScale: scale([
      ['Rare', 'Not expected within five years; no known case here or at peers.'],
      ['Unlikely', 'Could happen within five years; has happened at peers.'],
      ['Possible', 'Could happen within one to three years.'],
      ['Likely', 'Expected about once a year.'],
      ['Almost certain', 'Expected several times a year.'],
    ]),
    impactScale: scale([
      ['Negligible', 'No noticeable disruption, loss under 0.1% of revenue, no legal exposure.'],
      ['Minor', 'Degraded service for hours, loss under 1%, a few complaints.'],
      ['Moderate', 'Outage up to a day, loss under 5%, a reportable incident or contract penalty.'],
      ['Major', 'Outage of days, loss under 10%, regulator investigation or customer loss.'],
      ['Severe', 'Survival threatened, loss of 10% or more, sanctions or lasting brand damage.'],
    ]),
    levels: [
      { code: 'low', label: 'Low', colour: '#2e7d32', minScore: 1, maxScore: 4, reviewMonths: 12, acceptedBy: 'risk_owner' },
      { code: 'medium', label: 'Medium', colour: '#f9a825', minScore: 5, maxScore: 9, reviewMonths: 12, acceptedBy: 'risk_owner' },
      { code: 'high', label: 'High', colour: '#ef6c00', minScore: 10, maxScore: 16, reviewMonths: 6, acceptedBy: 'top_management' },
      { code: 'very_high', label: 'Very high', colour: '#c62828', minScore: 20, maxScore: 25, reviewMonths: 3, acceptedBy: 'top_management' },
    ],
    matrix: [],
    appetite: 'medium',
    assessmentIntervalMonths: 12,
    triggers: 'Significant planned changes, security incidents, new threat intelligence, and changes to the scope.',
    approvedBy: null,
    approvedAt: null,
  };
}
