import type { Rating } from '../model/fields.ts';

/** How each old scale value maps onto the new scale: `likelihood[oldValue] = newValue`. */
export interface ScaleMapping {
  likelihood: Record<number, number>;
  impact: Record<number, number>;
}

/** Maps the values 1..from onto 1..to keeping their relative position (1 → 1, top → top). */
export function proportionalMap(from: number, to: number): Record<number, number> {
  const out: Record<number, number> = {};
  for (let v = 1; v <= from; v++) out[v] = from === 1 ? 1 : Math.round(((v - 1) * (to - 1)) / (from - 1)) + 1;
  return out;
}

/** 4.9: the default mapping from old scales onto new ones, for the user to adjust in the preview. */
export function defaultMapping(old: { likelihood: number; impact: number }, next: { likelihood: number; impact: number }): ScaleMapping {
  return { likelihood: proportionalMap(old.likelihood, next.likelihood), impact: proportionalMap(old.impact, next.impact) };
}

/** A rating on the new scales; values the mapping does not name are kept within the new bounds. */
export function remapRating(r: Rating, m: ScaleMapping, next: { likelihood: number; impact: number }): Rating {
  const clamp = (v: number, max: number): number => Math.min(Math.max(1, v), max);
  return {
    likelihood: clamp(m.likelihood[r.likelihood] ?? r.likelihood, next.likelihood),
    impact: clamp(m.impact[r.impact] ?? r.impact, next.impact),
  };
}

/** Problems with a mapping: every old value must map to a value of the new scale. */
export function mappingIssues(m: ScaleMapping, old: { likelihood: number; impact: number }, next: { likelihood: number; impact: number }): string[] {
  const out: string[] = [];
  for (const [axis, from, to] of [
    ['likelihood', old.likelihood, next.likelihood],
    ['impact', old.impact, next.impact],
  ] as const) {
    for (let v = 1; v <= from; v++) {
      const n = m[axis][v];
      if (n === undefined || !Number.isInteger(n) || n < 1 || n > to) out.push(`Old ${axis} ${v} must map to a value from 1 to ${to}.`);
    }
  }
  return out;
}
