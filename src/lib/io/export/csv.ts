import { entityByTable } from '../../domain/entities/index.ts';
import type { ExportContext } from './context.ts';
import type { Coloured, Out } from './format.ts';
import { toCsv } from './safe.ts';
import { mandatorySheet, metricSheet, documentSheet } from './sheets/evidence.ts';
import { assetSheet, treatmentSheet } from './sheets/registers.ts';
import { riskSheet } from './sheets/risks.ts';
import { soaSheet } from './sheets/soa.ts';
import { type TableSheet, registerSheet } from './sheets/table-sheet.ts';

/** Registers whose CSV has the columns of their workbook sheet rather than just their fields. */
const SHEETS: Record<string, (ctx: ExportContext) => TableSheet> = {
  risks: riskSheet,
  treatmentActions: treatmentSheet,
  soaEntries: soaSheet,
  assets: assetSheet,
  documents: documentSheet,
  metrics: metricSheet,
};

const plain = (v: Out | Coloured): string | number => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('colour' in v) return plain(v.value);
  return v.link;
};

/** The table of a register as its sheet would show it. */
export function registerTable(ctx: ExportContext, table: string): TableSheet {
  if (table === 'mandatory') return mandatorySheet(ctx);
  return SHEETS[table]?.(ctx) ?? registerSheet(entityByTable(table), ctx);
}

/** A register as CSV, escaped against formula injection (OWASP), one header line then one line per record. */
export function registerCsv(ctx: ExportContext, table: string): string {
  const t = registerTable(ctx, table);
  return toCsv([t.columns.map((c) => c.header), ...t.rows.map((r) => r.map(plain))]);
}
