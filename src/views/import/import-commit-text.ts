import type { StoredRecord } from '../../lib/db/database.ts';
import type { ImportWrite } from '../../lib/db/import-commit.ts';
import type { ImportProfileDraft } from '../../lib/domain/entities/import-profile.ts';
import type { SheetOverride } from '../../lib/io/import/types.ts';
import { plural } from '../../lib/domain/model/words.ts';
import {
  findProfile,
  profileDraft,
  profileWrite,
  PERSON_CHOICE,
  proposeTranslations,
  valueMapsOf,
  type ImportPlan,
  type SheetInput,
  type WorkspaceSnapshot,
} from '../../lib/io/import/mapping/index.ts';


/** The profiles that save the mapping of each imported sheet (one per layout). */
export function profileWrites(
  sheets: readonly { name: string; signature: string }[],
  inputs: readonly SheetInput[],
  stored: readonly (StoredRecord & ImportProfileDraft)[],
  fileName: string,
  snap: WorkspaceSnapshot,
  overrides: Readonly<Record<string, SheetOverride>> = {},
): ImportWrite[] {
  const out: ImportWrite[] = [];
  const done = new Set<string>();
  for (const { analysis, mapping } of inputs) {
    const signature = sheets.find((s) => s.name === analysis.name)?.signature ?? '';
    if (done.has(signature)) continue;
    const saved = findProfile(stored, signature);
    // The edition chosen now, the one this file's ids settle, or the one chosen before (which this file may not have needed).
    const edition = overrides[analysis.name]?.edition ?? (analysis.editionSure ? analysis.edition : null) ?? saved?.edition ?? undefined;
    // The people the user gave names of the file to are saved too, for the next file of this layout.
    const people = mapping.valueMaps.filter((m) => m.field === PERSON_CHOICE && m.to);
    const draft = profileDraft(analysis, mapping, signature, fileName, snap.today, [...valueMapsOf(proposeTranslations(analysis, mapping, snap.labels)), ...people], edition);
    if (!draft) continue;
    done.add(signature);
    out.push(profileWrite(saved, draft));
  }
  return out;
}

/** The totals of a plan over all its sheets. */
export function totals(plan: ImportPlan): { new: number; updated: number; unchanged: number; rejected: number } {
  const t = { new: 0, updated: 0, unchanged: 0, rejected: 0 };
  for (const s of plan.sheets) for (const k of ['new', 'updated', 'unchanged', 'rejected'] as const) t[k] += s.counts[k];
  return t;
}

/** What the commit did, in one sentence. */
export function summary(plan: ImportPlan, fileName: string): string {
  const t = totals(plan);
  const controls = plan.added.filter((a) => a.table === 'customControls').length;
  const others = plan.added.length - controls;
  const added = [others ? plural(others, 'person or asset', 'people or assets') : '', controls ? plural(controls, 'custom control') : ''].filter(Boolean).join(' and ');
  const named = added ? `, and ${added} they name` : '';
  return `Imported “${fileName}”: ${t.new} new and ${t.updated} updated records${named}; ${t.unchanged} unchanged, ${t.rejected} rejected. The mapping is saved for the next workbook of this layout.`;
}
