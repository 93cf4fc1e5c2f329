/** The filters of the SoA table, as plain data kept in the URL. */
import type { SoaEntryDraft } from '../entities/soa-entry.ts';
import type { SoaControl } from './controls.ts';
import type { Proposal } from './derive.ts';
import { entryFlags, type SoaFlag } from './flags.ts';

export interface SoaFilter {
  group: string;
  applicable: string;
  status: string;
  /** A flag, 'any' for any flag, or '' for no filter. */
  flag: string;
  q: string;
}

export interface SoaLine {
  control: SoaControl;
  entry: SoaEntryDraft | undefined;
  flags: SoaFlag[];
}

/** Every control with its row and flags; a control without a row counts as undecided. */
export function soaLines(controls: readonly SoaControl[], rows: ReadonlyMap<string, SoaEntryDraft>, proposals: ReadonlyMap<string, Proposal>): SoaLine[] {
  return controls.map((control) => {
    const entry = rows.get(control.key);
    const flags: SoaFlag[] = entry ? entryFlags(entry, proposals.get(control.key)) : ['undecided'];
    return { control, entry, flags };
  });
}

/** "5.15", "A.5.15", "a5.15" and words of the title all find A.5.15. */
function matches(c: SoaControl, q: string): boolean {
  const needle = q.trim().toLowerCase();
  if (!needle) return true;
  const id = c.id.toLowerCase();
  const bare = id.replace(/^a\./, '');
  const n = needle.replace(/^a\.?/, '');
  return id === needle || bare === n || bare.startsWith(`${n}.`) || c.title.toLowerCase().includes(needle) || (n !== '' && bare.startsWith(n) && /^[\d.]+$/.test(n));
}

/** The lines that pass the filter. */
export function filterLines(lines: readonly SoaLine[], f: SoaFilter): SoaLine[] {
  return lines.filter((l) => {
    if (f.group && l.control.group !== f.group) return false;
    if (f.applicable && (l.entry?.applicable ?? 'undecided') !== f.applicable) return false;
    if (f.status && (l.entry?.implementationStatus ?? 'not_assessed') !== f.status) return false;
    if (f.flag === 'any' && l.flags.length === 0) return false;
    if (f.flag && f.flag !== 'any' && !l.flags.includes(f.flag as SoaFlag)) return false;
    return matches(l.control, f.q);
  });
}
