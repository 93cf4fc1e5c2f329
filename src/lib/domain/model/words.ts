/** Small helpers for the app's own sentences. */

/** A count with its noun: "1 risk", "3 risks", or the plural given ("2 people"). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
