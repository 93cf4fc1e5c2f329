import type { StoredRecord } from '../../db/database.ts';
import type { EntityDef } from '../../domain/model/entity.ts';
import { type Field, type Fields, optionLabel } from '../../domain/model/fields.ts';
import type { Lookup } from '../../domain/model/display.ts';
import type { Column, Out } from './format.ts';

/** One column of a register: how it is headed and formatted, and what it shows for a record. */
export interface ColumnSpec {
  column: Column;
  value: (r: StoredRecord) => Out;
}

/** A value that is a web or mail link and nothing else becomes a hyperlink (if its scheme is safe). */
const LINK = /^(https?:\/\/|mailto:)\S+$/i;

/** Linked names are set apart by semicolons: names may hold commas ("Leeds office, 3rd floor"). */
const SEP = '; ';

/** A field's value as it reads in an export: labels for codes, names for links, dates as dates. */
export function exportValue(f: Field, v: unknown, lookup: Lookup): Out {
  if (v === null || v === undefined || v === '') return null;
  switch (f.kind) {
    case 'text':
      return f.format === 'url' || (!f.multiline && LINK.test(String(v))) ? { text: String(v), link: String(v) } : String(v);
    case 'number':
      return typeof v === 'number' ? v : null;
    case 'bool':
      return v ? 'Yes' : 'No';
    case 'date':
      return String(v);
    case 'enum':
      return optionLabel(f, String(v));
    case 'multiEnum':
      return (v as string[]).map((c) => optionLabel(f, c)).join(', ');
    case 'ref':
      return lookup(f.to, String(v)) ?? '(missing)';
    case 'refs':
      return (v as string[]).map((id) => lookup(f.to, id) ?? '(missing)').join(SEP) || null;
    case 'strings': {
      // One item a line, as the app edits them: an item may hold a semicolon ("Tenant report; Q1").
      const items = v as string[];
      return items.length === 1 && LINK.test(items[0]!) ? { text: items[0]!, link: items[0]! } : items.join('\n') || null;
    }
    case 'controls':
      return (v as { id: string }[]).map((c) => c.id).join(', ') || null;
    case 'rating': {
      const r = v as { likelihood: number; impact: number };
      return `L${r.likelihood} × I${r.impact} = ${r.likelihood * r.impact}`;
    }
    case 'list':
      return listText(f.of, v as Record<string, unknown>[], lookup) || null;
    case 'group':
      return 'Recorded';
  }
}

/** The items of a list, one per line: "Label: value · Label: value". */
function listText(of: Fields, items: readonly Record<string, unknown>[], lookup: Lookup): string {
  return items
    .map((item) =>
      Object.entries(of)
        .map(([k, f]) => {
          const out = exportValue(f, item[k], lookup);
          const shown = out === null ? '' : typeof out === 'object' && !(out instanceof Date) ? out.text : String(out);
          return shown ? `${f.label}: ${shown}` : '';
        })
        .filter(Boolean)
        .join(' · '),
    )
    .join('\n');
}

/** The column format a field needs: dates, wrapped long text, dropdowns of its fixed choices. */
export function columnOf(header: string, f: Field): Column {
  const col: Column = { header };
  if (f.kind === 'date') col.date = true;
  if ((f.kind === 'text' && f.multiline) || f.kind === 'list' || f.kind === 'strings') col.wrap = true;
  if (f.kind === 'enum') col.choices = f.options.map((o) => optionLabel(f, o));
  if (f.kind === 'bool') col.choices = ['Yes', 'No'];
  return col;
}

/**
 * Every field of an entity as columns, in the order of its declaration, after its key: fields
 * added to an entity appear in the export without any change here. A group (a correction, an
 * acceptance) becomes one column per sub-field.
 */
export function entityColumns(def: EntityDef, lookup: Lookup, skip: ReadonlySet<string> = new Set(), key = true): ColumnSpec[] {
  const out: ColumnSpec[] = key ? [{ column: { header: `${def.label} ID`, width: 12 }, value: (r) => r.ref }] : [];
  for (const [k, f] of Object.entries(def.fields)) {
    if (skip.has(k)) continue;
    if (f.kind === 'group') {
      for (const [sk, sf] of Object.entries(f.of))
        out.push({
          column: columnOf(`${f.label}: ${sf.label}`, sf),
          value: (r) => exportValue(sf, (r[k] as Record<string, unknown> | null)?.[sk], lookup),
        });
      continue;
    }
    // Records the app keeps for itself (an SoA version's frozen rows) are counted, not spelled out.
    if (f.system && f.kind === 'list') out.push({ column: { header: f.label }, value: (r) => (Array.isArray(r[k]) ? `${(r[k] as unknown[]).length} ${f.itemLabel.toLowerCase()}s` : null) });
    else out.push({ column: columnOf(f.label, f), value: (r) => exportValue(f, r[k], lookup) });
  }
  return out;
}
