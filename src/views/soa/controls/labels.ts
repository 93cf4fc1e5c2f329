/** Words the controls screens use for an SoA row's decision and status. */
import { soaEntryEntity } from '../../../lib/domain/entities/soa-entry.ts';
import { optionLabel } from '../../../lib/domain/model/fields.ts';

export const applicabilityLabels: Record<string, string> = {
  yes: 'Applicable',
  no: 'Excluded',
  undecided: 'Not decided',
};

/** The decision of a row in words; a control without a row is not decided either. */
export function applicabilityLabel(applicable: string | null | undefined): string {
  return applicabilityLabels[applicable ?? 'undecided'] ?? applicabilityLabels['undecided']!;
}

/** The implementation status of a row in words ('' when the row is not applicable). */
export function statusLabel(applicable: string | null | undefined, status: string | null | undefined): string {
  if (applicable !== 'yes') return '';
  return optionLabel(soaEntryEntity.fields.implementationStatus, status ?? 'not_assessed');
}

/** Initials of a person's name for narrow cells: "Priya Shah" → "PS". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = words[0]!.charAt(0);
  const last = words.length > 1 ? words[words.length - 1]!.charAt(0) : words[0]!.charAt(1);
  return (first + last).toUpperCase();
}

/** Only web and mail links from data become links; anything else stays text. */
export function safeHref(text: string): string | undefined {
  const t = text.trim();
  return /^(https?:\/\/|mailto:)\S+$/i.test(t) ? t : undefined;
}
