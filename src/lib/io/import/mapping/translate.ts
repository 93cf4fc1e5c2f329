/**
 * Value translation: for every mapped column with a fixed vocabulary, the distinct values of the
 * file and the app value each becomes, proposed from the vocabularies and editable by the user.
 */
import { assetEntity } from '../../../domain/entities/asset.ts';
import { riskEntity } from '../../../domain/entities/risk.ts';
import { soaEntryEntity } from '../../../domain/entities/soa-entry.ts';
import { treatmentActionEntity } from '../../../domain/entities/treatment-action.ts';
import { type EnumField, optionLabel } from '../../../domain/model/fields.ts';
import type { SheetAnalysis } from '../types.ts';
import { fold, notRatedYet, valueKey } from './cells.ts';
import { isAppLayout } from './extra-fields.ts';
import { NOT_APPLICABLE } from './map-soa.ts';
import { type ScaleHint, proposeScale, scaleInHeader } from './scale.ts';
import type { FieldTranslation, ScaleLabels, SheetMapping, TranslationRow, ValueMap } from './types.ts';
import {
  type Vocabulary,
  actionStatusVocab,
  applicableVocab,
  assetTypeVocab,
  classificationVocab,
  lifecycleVocab,
  recognise,
  riskStatusVocab,
  soaStatusVocab,
  treatmentVocab,
} from './vocab.ts';

/** A scale axis of the risk method, a fixed vocabulary, or an asset's C, I or A value (1 to 5). */
type Spec = { axis: 'likelihood' | 'impact' } | { vocab: Vocabulary; field: EnumField } | { values: true };

/** An asset's values are on a 1–5 scale: one proposal for its three columns. */
const VALUE_LABELS = ['Very low', 'Low', 'Medium', 'High', 'Very high'];
// Words are read by their rank on the file's own ladder (Low/Medium/High is 1, 3, 5), not as these labels.
const VALUE_RANKS = ['1', '2', '3', '4', '5'];

/** The columns whose values are translated, per kind of sheet. */
export const translatedFields: Record<string, Record<string, Spec>> = {
  risks: {
    likelihood: { axis: 'likelihood' },
    impact: { axis: 'impact' },
    residualLikelihood: { axis: 'likelihood' },
    residualImpact: { axis: 'impact' },
    treatment: { vocab: treatmentVocab, field: riskEntity.fields.treatmentOption },
    status: { vocab: riskStatusVocab, field: riskEntity.fields.status },
  },
  soa: {
    applicable: { vocab: applicableVocab, field: soaEntryEntity.fields.applicable },
    status: { vocab: soaStatusVocab, field: soaEntryEntity.fields.implementationStatus },
  },
  assets: {
    type: { vocab: assetTypeVocab, field: assetEntity.fields.type },
    classification: { vocab: classificationVocab, field: assetEntity.fields.classification },
    lifecycle: { vocab: lifecycleVocab, field: assetEntity.fields.lifecycle },
    valueC: { values: true },
    valueI: { values: true },
    valueA: { values: true },
  },
  'treatment-plan': {
    status: { vocab: actionStatusVocab, field: treatmentActionEntity.fields.status },
  },
};

/** The distinct values of a column (case and accents ignored) with how many records hold each, in order of first appearance. */
export function distinctValues(sheet: SheetAnalysis, column: string): Map<string, number> {
  let bySheet = distinctCache.get(sheet);
  if (!bySheet) distinctCache.set(sheet, (bySheet = new Map()));
  let out = bySheet.get(column);
  if (!out) bySheet.set(column, (out = countValues(sheet, column)));
  return out;
}

/** Analyses are not changed once made, so their distinct values are counted once. */
const distinctCache = new WeakMap<SheetAnalysis, Map<string, Map<string, number>>>();

function countValues(sheet: SheetAnalysis, column: string): Map<string, number> {
  const shown = new Map<string, string>();
  const out = new Map<string, number>();
  for (const r of sheet.records) {
    const k = valueKey(r.cells[column]);
    if (k === '') continue;
    const f = fold(k);
    const key = shown.get(f) ?? k;
    shown.set(f, key);
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

function chosen(maps: readonly ValueMap[], field: string): Map<string, string> {
  return new Map(maps.filter((m) => m.field === field).map((m) => [fold(m.from), m.to]));
}

function scaleOptions(labels: readonly string[]): { value: string; label: string }[] {
  return labels.map((l, i) => ({ value: String(i + 1), label: `${i + 1} · ${l}` }));
}

/** Keys of every mapped column on a scale axis (or of an asset's values), for one proposal per axis. */
function axisKeys(sheet: SheetAnalysis, mapping: SheetMapping, axis: string): string[] {
  const specs = translatedFields[mapping.kind] ?? {};
  const keys = new Set<string>();
  for (const [field, spec] of Object.entries(specs)) {
    const col = mapping.fields[field];
    const on = 'axis' in spec ? spec.axis === axis : 'values' in spec && axis === 'values';
    // "TBD" is no word of the scale: it says the rating is still to come, and is left empty.
    if (on && col) for (const k of distinctValues(sheet, col).keys()) if (!notRatedYet(k)) keys.add(k);
  }
  return [...keys];
}

/** What the sheet says about an axis' scale: a size in a rating column's header, or the app's own layout. */
function axisHint(sheet: SheetAnalysis, mapping: SheetMapping, axis: string): ScaleHint {
  const specs = translatedFields[mapping.kind] ?? {};
  let header: number | null = null;
  for (const [field, spec] of Object.entries(specs)) {
    const col = mapping.fields[field];
    if ('axis' in spec && spec.axis === axis && col) header ??= scaleInHeader(sheet.columns.find((c) => c.column === col)?.header ?? '');
  }
  return { header, own: isAppLayout(sheet, mapping.kind) };
}

/**
 * An asset's C, I and A values onto 1–5. A protection-need scale ("normal", "hoch", "sehr hoch",
 * as the BSI writes it) has three levels, of which "normal" is the lowest.
 */
function valueScale(keys: readonly string[], hint: ScaleHint): ReturnType<typeof proposeScale> {
  // Three levels, normal < high < very high: read as low < medium < high.
  const shift: Record<string, string> = { normal: 'low', normaal: 'low', hoch: 'medium', high: 'medium', hoog: 'medium', 'sehr hoch': 'high', 'very high': 'high', 'zeer hoog': 'high' };
  // Only a scale of these words alone: beside "low" or "niedrig", "normal" is a middle level.
  const lowest = keys.some((k) => /^(normal|normaal)$/.test(fold(k))) && keys.every((k) => fold(k) in shift);
  const as = (k: string): string => (lowest ? (shift[fold(k)] ?? k) : k);
  const p = proposeScale(keys.map(as), VALUE_RANKS, undefined, hint);
  return { ...p, to: new Map(keys.map((k) => [k, p.to.get(as(k)) ?? ''])) };
}

/** The translation tables of a sheet: proposals, with the user's (or the profile's) choices on top. */
export function proposeTranslations(sheet: SheetAnalysis, mapping: SheetMapping, labels: ScaleLabels): FieldTranslation[] {
  const specs = translatedFields[mapping.kind] ?? {};
  const out: FieldTranslation[] = [];
  const keys = { likelihood: axisKeys(sheet, mapping, 'likelihood'), impact: axisKeys(sheet, mapping, 'impact') };
  const scales = {
    likelihood: proposeScale(keys.likelihood, labels.likelihood, mapping.scaleSizes.likelihood, { ...axisHint(sheet, mapping, 'likelihood'), sibling: keys.impact }),
    impact: proposeScale(keys.impact, labels.impact, mapping.scaleSizes.impact, { ...axisHint(sheet, mapping, 'impact'), sibling: keys.likelihood }),
  };
  let values: ReturnType<typeof proposeScale> | undefined;
  for (const [field, spec] of Object.entries(specs)) {
    const column = mapping.fields[field];
    if (!column) continue;
    const header = sheet.columns.find((c) => c.column === column)?.header ?? '';
    const user = chosen(mapping.valueMaps, field);
    const rows: TranslationRow[] = [];
    // Some value is "N/A", read as excluding the control (said in the rule).
    let na = false;
    if ('values' in spec) values ??= valueScale(axisKeys(sheet, mapping, 'values'), { header: scaleInHeader(header), own: isAppLayout(sheet, mapping.kind) });
    for (const [from, count] of distinctValues(sheet, column)) {
      const mine = user.get(fold(from));
      const proposed = 'axis' in spec ? (scales[spec.axis].to.get(from) ?? '') : 'values' in spec ? (values?.to.get(from) ?? '') : recognise(spec.vocab, from);
      const to = mine ?? proposed;
      // Without an applicability column, "N/A" as a status excludes the control (map-soa.ts): understood, though no status.
      const excludes = mapping.kind === 'soa' && field === 'status' && !mapping.fields['applicable'] && NOT_APPLICABLE.test(fold(from));
      if (excludes && to === '') na = true;
      rows.push({ from, count, to, known: mine !== undefined || to !== '' || excludes || (!('vocab' in spec) && notRatedYet(from)) });
    }
    if ('values' in spec) {
      rows.sort((a, b) => (Number(a.to) || 99) - (Number(b.to) || 99) || a.from.localeCompare(b.from));
      out.push({ field, column, header, rule: `An asset's values are on a 1–5 scale. ${values!.rule}`, options: scaleOptions(VALUE_LABELS), rows });
    } else if ('axis' in spec) {
      const s = scales[spec.axis];
      rows.sort((a, b) => (Number(a.to) || 99) - (Number(b.to) || 99) || a.from.localeCompare(b.from));
      out.push({ field, column, header, rule: s.rule, options: scaleOptions(labels[spec.axis]), rows, axis: spec.axis, sourceSize: s.sourceSize });
    } else {
      rows.sort((a, b) => b.count - a.count);
      const options = spec.field.options.map((o) => ({ value: o, label: optionLabel(spec.field, o) }));
      const unknown = rows.filter((r) => !r.known).length;
      const rule = `Words recognised in some thirty languages, from English to Japanese.${na ? ' “N/A” or “Not applicable” excludes the control (the sheet has no applicability column) unless the SoA already decides it, or you give it a status here.' : ''}${unknown ? ` ${unknown} value${unknown > 1 ? 's are' : ' is'} not understood: choose what they mean.` : ''}`;
      out.push({ field, column, header, rule, options, rows });
    }
  }
  return out;
}

/** Field → folded file value → app value, for the mapping of rows. */
export type Translations = Map<string, Map<string, string>>;

/** The lookup the mapping of rows uses. */
export function translationLookup(tables: readonly FieldTranslation[]): Translations {
  return new Map(tables.map((t) => [t.field, new Map(t.rows.map((r) => [fold(r.from), r.to]))]));
}

/** `mapping` with one translation set by the user (replacing an earlier choice for the same value). */
export function withTranslation(mapping: SheetMapping, field: string, from: string, to: string): SheetMapping {
  const rest = mapping.valueMaps.filter((m) => !(m.field === field && fold(m.from) === fold(from)));
  return { ...mapping, valueMaps: [...rest, { field, from, to }] };
}

/** Every translation of the tables as value maps (what a profile stores). */
export function valueMapsOf(tables: readonly FieldTranslation[]): ValueMap[] {
  return tables.flatMap((t) => t.rows.map((r) => ({ field: t.field, from: r.from, to: r.to })));
}
