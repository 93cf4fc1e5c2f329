import { controlTitle, type Edition } from '../catalogs/index.ts';
import type { Field } from './fields.ts';
import { inSentence, optionLabel } from './fields.ts';

/** Finds the name of a linked record; undefined when it is gone. */
export type Lookup = (table: string, id: string) => string | undefined;

/** A field's value as plain text for tables, search and exports. */
export function displayValue(f: Field, v: unknown, lookup: Lookup): string {
  if (v === null || v === undefined || v === '') return '';
  switch (f.kind) {
    case 'text':
    case 'date':
      return String(v);
    case 'number':
      return typeof v === 'number' ? String(v) : '';
    case 'bool':
      return v ? 'Yes' : 'No';
    case 'enum':
      return optionLabel(f, String(v));
    case 'multiEnum':
      return (v as string[]).map((c) => optionLabel(f, c)).join(', ');
    case 'ref':
      return lookup(f.to, String(v)) ?? '(missing)';
    case 'refs':
      return (v as string[]).map((id) => lookup(f.to, id) ?? '(missing)').join(', ');
    case 'strings':
      // Items may hold commas themselves ("Leeds office, 3rd floor"), so they are set apart by semicolons.
      return (v as string[]).join('; ');
    case 'controls': {
      const list = v as { edition: string; id: string }[];
      const only = list.length === 1 ? list[0] : undefined;
      // A single control reads better with its short title: "A.5.1 Policies for information security".
      const title = only && only.edition !== 'custom' ? controlTitle(only.edition as Edition, only.id) : undefined;
      return title ? `${only!.id} ${title}` : list.map((c) => c.id).join(', ');
    }
    case 'rating': {
      const r = v as { likelihood: number; impact: number };
      return `L${r.likelihood} × I${r.impact} = ${r.likelihood * r.impact}`;
    }
    case 'list':
      return `${(v as unknown[]).length} ${inSentence(f.itemLabel)}${(v as unknown[]).length === 1 ? '' : 's'}`;
    case 'group':
      return 'Recorded';
  }
}

/** A value that sorts naturally: numbers as numbers, ratings by score, the rest as text. */
export function sortKey(f: Field, v: unknown, lookup: Lookup): string | number {
  if (v === null || v === undefined) return '';
  if (f.kind === 'number' && typeof v === 'number') return v;
  if (f.kind === 'rating') {
    const r = v as { likelihood: number; impact: number };
    return r.likelihood * r.impact;
  }
  if (f.kind === 'list' || f.kind === 'refs' || f.kind === 'multiEnum') return (v as unknown[]).length;
  // Codes sort in the order the field lists them (planned < partially < implemented), not alphabetically.
  if (f.kind === 'enum') return f.options.indexOf(String(v));
  return displayValue(f, v, lookup).toLowerCase();
}
