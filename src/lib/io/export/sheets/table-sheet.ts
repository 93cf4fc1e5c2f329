import type { StoredRecord } from '../../../db/database.ts';
import type { EntityDef } from '../../../domain/model/entity.ts';
import type { ExportContext } from '../context.ts';
import { type ColumnSpec, entityColumns } from '../fields.ts';
import type { Column, Coloured, Out, TableOptions } from '../format.ts';

/** A sheet that is one table: its name, its columns and its rows, written by `writeTable`. */
export interface TableSheet extends TableOptions {
  name: string;
  columns: Column[];
  rows: (Out | Coloured)[][];
  /** What the table lists, for the cover sheet. */
  about: string;
}

/** A column computed for each record, possibly coloured by level; `field` names the canonical field it holds. */
export interface RowColumn<T = StoredRecord> {
  column: Column;
  value: (r: T) => Out | Coloured;
  field?: string;
}

/** A table of records from column specs. */
export function tableOf(name: string, about: string, specs: readonly RowColumn[], records: readonly StoredRecord[], opts: TableOptions = {}): TableSheet {
  return { name, about, columns: specs.map((s) => s.column), rows: records.map((r) => specs.map((s) => s.value(r))), ...opts };
}

/**
 * The columns of an entity that a sheet does not already show (`consumed` fields): whatever
 * fields the entity gains later appear there without a change to the sheet.
 */
export function remainingColumns(def: EntityDef, ctx: ExportContext, consumed: readonly string[]): ColumnSpec[] {
  return entityColumns(def, ctx.lookup, new Set(consumed), false);
}

/** A sheet listing every record of an entity with all its fields. */
export function registerSheet(def: EntityDef, ctx: ExportContext, name = def.plural): TableSheet {
  const rows = ctx.snap.tables[def.table] ?? [];
  return tableOf(name, `${def.plural} (clause ${def.clause}), every field.`, entityColumns(def, ctx.lookup), rows, { freezeColumns: 1 });
}
