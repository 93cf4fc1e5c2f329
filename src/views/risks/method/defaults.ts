import { type RiskLevel, type RiskMethodDraft, defaultRiskMethod, riskLevel } from '../../../lib/domain/entities/risk-method.ts';
import type { Issue } from '../../../lib/domain/model/fields.ts';

/** One level of a likelihood or impact scale. */
export type ScaleRow = RiskMethodDraft['likelihoodScale'][number];
export type ScaleName = 'likelihoodScale' | 'impactScale';
export type MatrixCell = RiskMethodDraft['matrix'][number];

type Words = [label: string, criterion: string];

const VERY_LOW_L: Words = ['Very low', 'Not expected within ten years; never seen in the sector.'];
const EXTREME_L: Words = ['Extreme', 'Happens all the time; expected every month or more often.'];
const VERY_LOW_I: Words = ['Very low', 'Barely noticeable: no loss, no disruption, nobody outside notices.'];
const EXTREME_I: Words = ['Extreme', 'The organisation would not survive: loss beyond its means, licence withdrawn or criminal liability.'];

const likelihoodWords: Record<number, Words[]> = {
  3: [
    ['Low', 'Not expected within five years.'],
    ['Medium', 'Could happen within one to three years.'],
    ['High', 'Expected at least once a year.'],
  ],
  4: [
    ['Rare', 'Not expected within five years; no known case here or at peers.'],
    ['Unlikely', 'Could happen within five years; has happened at peers.'],
    ['Likely', 'Could happen within one to three years.'],
    ['Almost certain', 'Expected at least once a year.'],
  ],
};

const impactWords: Record<number, Words[]> = {
  3: [
    ['Low', 'Little disruption or loss, no legal exposure, nobody outside notices.'],
    ['Medium', 'Outage up to a day, a noticeable loss, a reportable incident or complaints.'],
    ['High', 'Outage of days or more, a major loss, regulator action or lasting brand damage.'],
  ],
  4: [
    ['Low', 'Little disruption, loss under 0.1% of revenue, no legal exposure.'],
    ['Medium', 'Outage up to a day, loss under 1%, a few complaints or a minor contract issue.'],
    ['High', 'Outage of days, loss under 10%, a reportable incident or regulator interest.'],
    ['Very high', 'Survival threatened, loss of 10% or more, sanctions or lasting brand damage.'],
  ],
};

/** 4.3: default labels and criteria for a scale of 3 to 7 levels (5 is the method's default). */
export function defaultScale(name: ScaleName, size: number): ScaleRow[] {
  const five = defaultRiskMethod()[name].map((s): Words => [s.label, s.description]);
  const [low, high] = name === 'likelihoodScale' ? [VERY_LOW_L, EXTREME_L] : [VERY_LOW_I, EXTREME_I];
  const table = name === 'likelihoodScale' ? likelihoodWords : impactWords;
  const words = table[size] ?? (size === 6 ? [low, ...five] : size === 7 ? [low, ...five, high] : five);
  return words.map(([label, description], i) => ({ value: i + 1, label, description }));
}

const same = (a: ScaleRow[], b: ScaleRow[]): boolean =>
  a.length === b.length && a.every((s, i) => s.label === b[i]?.label && s.description === b[i]?.description);

/**
 * A scale with a new number of levels. An untouched default scale becomes the default of the new
 * size; a scale the user has written keeps its first levels and gets default words for the rest.
 */
export function resizeScale(name: ScaleName, scale: ScaleRow[], size: number): ScaleRow[] {
  const fresh = defaultScale(name, size);
  if (same(scale, defaultScale(name, scale.length))) return fresh;
  return fresh.map((d, i) => ({ ...(scale[i] ?? d), value: i + 1 }));
}

/** The next major version: 1.0 → 2.0, v3.2 → v4.0; anything without a number becomes 2.0. */
export function nextMajor(version: string): string {
  const m = /^(\D*)(\d+)/.exec(version.trim());
  return m ? `${m[1]}${Number(m[2]) + 1}.0` : '2.0';
}

/** Today as YYYY-MM-DD in the user's time zone. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Every score likelihood × impact can reach on the method's scales, lowest first. */
export function reachableScores(d: Pick<RiskMethodDraft, 'likelihoodScale' | 'impactScale'>): number[] {
  const out = new Set<number>();
  for (let l = 1; l <= d.likelihoodScale.length; l++) for (let i = 1; i <= d.impactScale.length; i++) out.add(l * i);
  return [...out].sort((a, b) => a - b);
}

/** The level the score bands give a cell; a score no band covers takes the highest band starting below it. */
export function bandLevel(d: RiskMethodDraft, likelihood: number, impact: number): RiskLevel | undefined {
  const hit = riskLevel({ ...d, scoreFunction: 'product' }, { likelihood, impact });
  if (hit) return hit;
  const s = likelihood * impact;
  return d.levels.filter((lv) => (lv.minScore ?? Infinity) <= s).at(-1) ?? d.levels[0];
}

/** A level for every cell of the scales: cells already set keep theirs, new ones follow the bands. */
export function fillMatrix(d: RiskMethodDraft): MatrixCell[] {
  const codes = new Set(d.levels.map((l) => l.code));
  const out: MatrixCell[] = [];
  for (let l = 1; l <= d.likelihoodScale.length; l++)
    for (let i = 1; i <= d.impactScale.length; i++) {
      const kept = d.matrix.find((c) => c.likelihood === l && c.impact === i && codes.has(c.level));
      out.push({ likelihood: l, impact: i, level: kept?.level ?? bandLevel(d, l, i)?.code ?? '' });
    }
  return out;
}

/** Score bands spread evenly over the reachable scores, contiguous from 1 to the top score. */
export function spreadBands(d: RiskMethodDraft): { minScore: number; maxScore: number }[] {
  const scores = reachableScores(d);
  const k = d.levels.length;
  const starts = d.levels.map((_, j) => scores[Math.floor((j * scores.length) / k)] ?? 1);
  const top = scores.at(-1) ?? 1;
  return starts.map((s, j) => ({ minScore: j === 0 ? 1 : s, maxScore: j === k - 1 ? top : (starts[j + 1] ?? top) - 1 }));
}

/** The id of the input that edits a field path (`levels.2.minScore` → `rm-levels-2-minScore`). */
export function fieldId(path: string): string {
  return `rm-${path.replace(/\./g, '-')}`;
}

/** The id of a matrix cell's select. */
export function cellId(likelihood: number, impact: number): string {
  return `rm-cell-${likelihood}-${impact}`;
}

/** Where the user fixes an issue: the id of the input it belongs to. */
export function issueTarget(issue: Issue, d: RiskMethodDraft): string {
  const path = issue.field;
  const cell = /^matrix\.(\d+)/.exec(path);
  if (cell) {
    const c = d.matrix[Number(cell[1])];
    if (c?.likelihood && c.impact) return cellId(c.likelihood, c.impact);
  }
  if (path === 'matrix') {
    // Rule messages name the cell: "Cell L4 × I2 has a lower level…".
    const named = /L(\d+) ?× ?I(\d+)/.exec(issue.message);
    if (d.scoreFunction !== 'matrix') return 'rm-scoreFunction';
    return named ? cellId(Number(named[1]), Number(named[2])) : cellId(d.likelihoodScale.length, 1);
  }
  if (path === 'levels') return fieldId('levels.0.code');
  if (path.startsWith('likelihoodScale.') && path.endsWith('.value')) return 'rm-likelihoodScale';
  if (path.startsWith('impactScale.') && path.endsWith('.value')) return 'rm-impactScale';
  return fieldId(path);
}

/** Where an issue is, in words, then its message: "Likelihood level 3: Label is required." */
export function issueText(issue: Issue, d: RiskMethodDraft): string {
  const [head, index] = issue.field.split('.');
  const n = Number(index);
  if (index === undefined || !Number.isInteger(n)) return issue.message;
  let place = '';
  if (head === 'likelihoodScale') place = `Likelihood level ${n + 1}`;
  else if (head === 'impactScale') place = `Impact level ${n + 1}`;
  else if (head === 'levels') {
    const label = d.levels[n]?.label ?? '';
    // Rule messages about a level already start with its label.
    if (label && issue.message.startsWith(label)) return issue.message;
    place = `Risk level ${label || n + 1}`;
  } else if (head === 'matrix' && d.matrix[n]) place = `Cell L${d.matrix[n].likelihood} × I${d.matrix[n].impact}`;
  return place && !issue.message.startsWith('Cell ') ? `${place}: ${issue.message}` : issue.message;
}

