import { appHeaders } from '../../lib/io/app-layout.ts';
import { extraHeaders, mappableFields, type SheetMapping } from '../../lib/io/import/mapping/index.ts';
import type { SheetKind } from '../../lib/io/import/types.ts';

/** What a sheet holds, in the words of the screen. */
export const kindLabels: Record<SheetKind, string> = {
  risks: 'Risk register',
  soa: 'Statement of Applicability',
  assets: 'Asset inventory',
  'treatment-plan': 'Risk treatment plan',
  other: 'Something else (not imported)',
};

/** Where the screen says more than the app's own header: a plan names its risks by id or by title. */
const screenLabels: Partial<Record<SheetKind, Record<string, string>>> = { 'treatment-plan': { riskId: 'Risk (id or title)' } };

/** The fields a column of a sheet of this kind can hold, with the header the app itself uses. */
export function fieldOptions(kind: SheetKind): { value: string; label: string }[] {
  if (kind === 'other') return [];
  const headers: Record<string, string> = { ...(appHeaders[kind] as Record<string, string>), ...extraHeaders(kind), ...screenLabels[kind] };
  return mappableFields(kind).map((f) => ({ value: f, label: headers[f] ?? f }));
}

/** The label of a field of a kind of sheet. */
export function fieldLabel(kind: SheetKind, field: string): string {
  return fieldOptions(kind).find((o) => o.value === field)?.label ?? field;
}

/** The names of the tables the import adds records to. */
export const tableLabels: Record<string, string> = {
  persons: 'People',
  assets: 'Assets (type guessed: check it)',
  customControls: 'Custom controls',
  risks: 'Risks',
  soaEntries: 'SoA entries',
  treatmentActions: 'Treatment actions',
};

/** `m` with the file's scale size of an axis set; the translations of that axis are proposed afresh. */
export function withScaleSize(m: SheetMapping, axis: 'likelihood' | 'impact', size: number): SheetMapping {
  const fields = axis === 'likelihood' ? ['likelihood', 'residualLikelihood'] : ['impact', 'residualImpact'];
  return { ...m, scaleSizes: { ...m.scaleSizes, [axis]: size }, valueMaps: m.valueMaps.filter((v) => !fields.includes(v.field)) };
}
