/** Small building blocks for the cross-field rules of the entity declarations. */
import type { Issue } from './fields.ts';

/** Pushes an issue on `field` when both dates ('YYYY-MM-DD') are set and `later` is before `earlier`. */
export function notBefore(
  out: Issue[],
  earlier: string | null | undefined,
  later: string | null | undefined,
  field: string,
  message: string,
): void {
  if (earlier && later && later < earlier) out.push({ field, message });
}

/** Pushes an issue on `field` when the draft's value of that field is not set (falsy). */
export function needs<T extends object>(out: Issue[], draft: T, field: keyof T & string, message: string): void {
  if (!draft[field]) out.push({ field, message });
}
