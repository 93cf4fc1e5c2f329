/**
 * A register or SoA in the layout it was imported from: the saved import profile gives the
 * sheet, the header row, every column with its header text, and the value translations, which
 * are read backwards so that values come out in the workbook's own words ("Ano", "High").
 */
import type { Worksheet } from 'exceljs';
import type { StoredRecord } from '../../db/database.ts';
import type { ImportProfileDraft } from '../../domain/entities/import-profile.ts';
import { translatedFields } from '../import/mapping/translate.ts';
import type { ExportContext } from './context.ts';
import { cellValue, type Coloured, type Out, printSetup } from './format.ts';
import { assetCanonicalColumns, treatmentCanonicalColumns } from './sheets/registers.ts';
import { riskCanonicalColumns } from './sheets/risks.ts';
import { type SoaRow, soaColumns, soaRows } from './sheets/soa.ts';
import type { RowColumn } from './sheets/table-sheet.ts';

type Kind = NonNullable<ImportProfileDraft['kind']>;
type Row = StoredRecord | SoaRow;

interface Source {
  rows: Row[];
  /** Canonical field → the value in the app's words. */
  value: Map<string, (r: Row) => Out | Coloured>;
  /** Canonical field → the app's code, for fields whose values the profile translates. */
  code: Record<string, (r: Row) => string | null>;
}

const fieldMap = <T,>(cols: RowColumn<T>[]): Map<string, (r: Row) => Out | Coloured> =>
  new Map(cols.filter((c) => c.field).map((c) => [c.field!, c.value as (r: Row) => Out | Coloured]));
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const rec = (r: Row): StoredRecord => r as StoredRecord;
const axis = (stage: 'inherent' | 'residual', k: 'likelihood' | 'impact') => (r: Row): string | null => {
  const rt = rec(r)[stage] as { likelihood: number; impact: number } | null;
  return rt ? String(rt[k]) : null;
};
const entryCode = (k: string) => (r: Row): string | null => {
  const e = (r as SoaRow).entry;
  return e ? (str(e[k]) ?? (k === 'applicable' ? 'undecided' : null)) : null;
};

const controlIds = (v: unknown): Out => (Array.isArray(v) ? v.map((c: { id: string }) => c.id).join(', ') || null : null);

/** The risk's fields the import's mapping also reads from columns of their own (app-layout.ts, appExtraHeaders). */
const riskExtraValues: [string, (r: Row) => Out][] = [
  ['riskSources', (r) => str(rec(r)['riskSources'])],
  ['existingControls', (r) => controlIds(rec(r)['existingControls'])],
  ['plannedControls', (r) => controlIds(rec(r)['plannedControls'])],
];

/** The records of the register a profile describes, with their canonical values and codes. */
function source(kind: Kind, ctx: ExportContext): Source {
  const t = (name: string): StoredRecord[] => [...(ctx.snap.tables[name] ?? [])];
  switch (kind) {
    case 'risks':
      return {
        rows: t('risks'),
        value: new Map([...fieldMap(riskCanonicalColumns(ctx)), ...riskExtraValues]),
        code: {
          likelihood: axis('inherent', 'likelihood'), impact: axis('inherent', 'impact'),
          residualLikelihood: axis('residual', 'likelihood'), residualImpact: axis('residual', 'impact'),
          treatment: (r) => str(rec(r)['treatmentOption']), status: (r) => str(rec(r)['status']),
        },
      };
    case 'soa':
      // The entries recorded, in catalogue order: a control never decided was not in the workbook either.
      return { rows: soaRows(ctx).filter((r) => r.entry), value: fieldMap(soaColumns(ctx)), code: { applicable: entryCode('applicable'), status: entryCode('implementationStatus') } };
    case 'assets':
      return { rows: t('assets'), value: fieldMap(assetCanonicalColumns(ctx)), code: { type: (r) => str(rec(r)['type']), classification: (r) => str(rec(r)['classification']) } };
    case 'treatment_plan':
      return { rows: t('treatmentActions'), value: fieldMap(treatmentCanonicalColumns(ctx)), code: { status: (r) => str(rec(r)['status']) } };
  }
}

/**
 * The profile's words for an app value: the translation read backwards (the commonest word first).
 * A rating column also uses the words of its twin (likelihood ↔ residual likelihood), which share
 * one scale; a rating between the file's steps (a shorter scale) takes the nearest step.
 */
export function reverseValue(maps: ImportProfileDraft['valueMaps'], field: string, code: string, scale: boolean): string | null {
  const twin = field.startsWith('residual') ? field.replace('residual', '').replace(/^./, (c) => c.toLowerCase()) : `residual${field[0]!.toUpperCase()}${field.slice(1)}`;
  const list = [...maps.filter((m) => m.field === field), ...(scale ? maps.filter((m) => m.field === twin) : [])];
  const exact = list.find((m) => m.to === code) ?? (code === 'undecided' ? list.find((m) => m.to === '') : undefined);
  if (exact) return exact.from;
  if (!scale) return null;
  const steps = list.filter((m) => /^\d+$/.test(m.to)).toSorted((a, b) => Math.abs(Number(a.to) - Number(code)) - Math.abs(Number(b.to) - Number(code)) || Number(a.to) - Number(b.to));
  return steps[0]?.from ?? null;
}

/** A translated value as the workbook held it: a number where it was one. */
const typed = (s: string): Out => (/^-?\d+(\.\d+)?$/.test(s.trim()) ? Number(s) : s);

/** The columns of the layout: every column the profile read, and the other headers its signature remembers. */
export function layoutColumns(profile: ImportProfileDraft): { letter: string; header: string; field: string | null }[] {
  const out = new Map<string, { letter: string; header: string; field: string | null }>();
  for (const part of profile.signature.split('|')) {
    const m = /^([A-Z]{1,3})=(.*)$/.exec(part);
    if (m) out.set(m[1]!, { letter: m[1]!, header: m[2]!, field: null });
  }
  for (const c of profile.columns) {
    const letter = c.column.trim().toUpperCase();
    out.set(letter, { letter, header: c.header || out.get(letter)?.header || c.field, field: c.field });
  }
  const num = (l: string): number => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [...out.values()].toSorted((a, b) => num(a.letter) - num(b.letter));
}

/** One cell of the layout for a record: the canonical value, in the profile's words where it translates. */
function layoutValue(profile: ImportProfileDraft, src: Source, field: string, r: Row): { value: Out; date: boolean } {
  const kind = profile.kind === 'treatment_plan' ? 'treatment-plan' : (profile.kind ?? 'risks');
  const spec = translatedFields[kind]?.[field];
  const codeOf = src.code[field];
  if (spec && codeOf) {
    const code = codeOf(r);
    if (code === null) return { value: null, date: false };
    const words = reverseValue(profile.valueMaps, field, code, 'axis' in spec);
    if (words !== null) return { value: typed(words), date: false };
  }
  const v = src.value.get(field)?.(r) ?? null;
  const plain = v !== null && typeof v === 'object' && 'colour' in v ? v.value : v;
  return { value: plain, date: field === 'reviewDate' || field === 'dueDate' };
}

/** Writes the register in the profile's layout on `ws`. */
export function writeLayoutSheet(ws: Worksheet, profile: ImportProfileDraft, ctx: ExportContext): void {
  if (!profile.kind) throw new Error('This saved layout does not say which register it holds.');
  const src = source(profile.kind, ctx);
  const cols = layoutColumns(profile);
  const headerRow = profile.headerRow ?? 1;
  for (const c of cols) {
    const cell = ws.getCell(`${c.letter}${headerRow}`);
    cell.value = cellValue(c.header);
    cell.font = { bold: true };
    ws.getColumn(c.letter).width = Math.min(45, Math.max(10, c.header.length + 2));
  }
  src.rows.forEach((r, n) => {
    for (const c of cols) {
      if (!c.field) continue;
      const { value, date } = layoutValue(profile, src, c.field, r);
      const cell = ws.getCell(`${c.letter}${headerRow + 1 + n}`);
      cell.value = cellValue(value, date && typeof value === 'string');
      if (date && typeof value === 'string') cell.numFmt = 'yyyy-mm-dd';
    }
  });
  const last = cols.at(-1)?.letter ?? 'A';
  ws.views = [{ state: 'frozen', ySplit: headerRow }];
  ws.autoFilter = `${cols[0]?.letter ?? 'A'}${headerRow}:${last}${headerRow + Math.max(1, src.rows.length)}`;
  printSetup(ws, headerRow);
}

