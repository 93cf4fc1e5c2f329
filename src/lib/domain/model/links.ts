import type { Fields } from './fields.ts';

/** One link found in a record: the field path, the table it points to, the id. */
export interface Link {
  field: string;
  to: string;
  id: string;
}

/** Every link (ref and refs fields, also inside lists and groups) that `values` holds. */
export function linksOf(fields: Fields, values: unknown, prefix = ''): Link[] {
  const out: Link[] = [];
  if (typeof values !== 'object' || values === null) return out;
  const rec = values as Record<string, unknown>;
  for (const [k, f] of Object.entries(fields)) {
    const path = prefix ? `${prefix}.${k}` : k;
    const v = rec[k];
    if (f.kind === 'ref' && typeof v === 'string') out.push({ field: path, to: f.to, id: v });
    else if (f.kind === 'refs' && Array.isArray(v))
      for (const id of v) if (typeof id === 'string') out.push({ field: path, to: f.to, id });
    if (f.kind === 'group' && v) out.push(...linksOf(f.of, v, path));
    if (f.kind === 'list' && Array.isArray(v)) v.forEach((item, i) => out.push(...linksOf(f.of, item, `${path}.${i}`)));
  }
  return out;
}

/** True when the fields (or their sub-fields) can link to `table`. */
export function canLinkTo(fields: Fields, table: string): boolean {
  return Object.values(fields).some(
    (f) =>
      ((f.kind === 'ref' || f.kind === 'refs') && f.to === table) ||
      ((f.kind === 'list' || f.kind === 'group') && canLinkTo(f.of, table)),
  );
}
