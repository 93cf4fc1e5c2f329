/**
 * Editing a risk method (4.3, 4.4): default words for scales of 3 to 7 levels, resizing a scale,
 * versions, and filling a matrix or score bands. Pure: the method editor's working copy uses them.
 */
import { type RiskLevel, type RiskMethodDraft, defaultRiskMethod, reachableScores, riskLevel } from '../entities/risk-method.ts';

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
