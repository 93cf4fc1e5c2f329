/**
 * One shared collator: `localeCompare` with options builds a new one on every call, which made
 * sorting 50,000 risks take seconds instead of milliseconds.
 */
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Compares texts as people expect: "RSK-2" before "RSK-10", case ignored. */
export const naturalCompare: (a: string, b: string) => number = collator.compare;

/** Compares sort keys: numbers as numbers, anything else as natural text. */
export function compareKeys(a: string | number, b: string | number): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : naturalCompare(String(a), String(b));
}
