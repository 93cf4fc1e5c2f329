/**
 * The controls an SoA covers: Annex A of the workspace's edition, then the workspace's own
 * controls grouped by their set (DOMAIN 5.4).
 */
import { annexA2013, annexA2022, type ControlAttributes, type Edition } from '../catalogs/index.ts';
import type { ControlRef } from '../model/fields.ts';

export interface SoaControl {
  ref: ControlRef;
  /** `2022:A.5.1`, `custom:CLD.1`: one string per control, for maps and keys. */
  key: string;
  id: string;
  title: string;
  /** Theme (2022), clause (2013) or control set (custom), e.g. "5 Organizational controls". */
  group: string;
  custom: boolean;
  attributes?: ControlAttributes;
  /** 2013 only: the objective the control serves. */
  objective?: string;
  new2022?: boolean;
}

/** The key of a control reference. */
export function controlKey(c: ControlRef): string {
  return `${c.edition}:${c.id}`;
}

export interface CustomControlLike {
  controlId: string;
  title: string;
  source: string;
  mapsTo: ControlRef[];
}

/** Annex A of `edition` in catalogue order, then custom controls by set and id. */
export function soaControls(edition: Edition, custom: readonly CustomControlLike[] = []): SoaControl[] {
  const annex: SoaControl[] =
    edition === '2022'
      ? annexA2022.map((c) => ({
          ref: { edition: '2022', id: c.id },
          key: `2022:${c.id}`,
          id: c.id,
          title: c.title,
          group: `${c.theme} ${c.themeTitle}`,
          custom: false,
          attributes: c.attributes,
          new2022: c.new2022,
        }))
      : annexA2013.map((c) => ({
          ref: { edition: '2013', id: c.id },
          key: `2013:${c.id}`,
          id: c.id,
          title: c.title,
          group: `${c.clause} ${c.clauseTitle}`,
          custom: false,
          objective: `${c.objective} ${c.objectiveTitle}`,
        }));
  const own = custom
    .map((c) => ({
      ref: { edition: 'custom', id: c.controlId.trim() } satisfies ControlRef,
      key: `custom:${c.controlId.trim()}`,
      id: c.controlId.trim(),
      title: c.title,
      group: c.source.trim() || 'Own controls',
      custom: true,
    }))
    .toSorted((a, b) => a.group.localeCompare(b.group) || a.id.localeCompare(b.id, undefined, { numeric: true }));
  return [...annex, ...own];
}

/** The groups of the controls, in order of first appearance. */
export function controlGroups(list: readonly SoaControl[]): string[] {
  return [...new Set(list.map((c) => c.group))];
}

/** The five attribute dimensions of the 2022 catalogue, with words for the filter menus. */
export const attributeDimensions = [
  { key: 'controlType', label: 'Control type' },
  { key: 'informationSecurityProperties', label: 'Security property' },
  { key: 'cybersecurityConcepts', label: 'Cybersecurity concept' },
  { key: 'operationalCapabilities', label: 'Operational capability' },
  { key: 'securityDomains', label: 'Security domain' },
] as const satisfies readonly { key: keyof ControlAttributes; label: string }[];

/** The values each attribute dimension takes across the catalogue, sorted. */
export function attributeValues(): Record<keyof ControlAttributes, string[]> {
  const out = {} as Record<keyof ControlAttributes, string[]>;
  for (const d of attributeDimensions) out[d.key] = [...new Set(annexA2022.flatMap((c) => c.attributes[d.key]))].sort();
  return out;
}

/** An attribute tag in words: `Governance_and_Ecosystem` → `Governance and Ecosystem`. */
export function tagLabel(tag: string): string {
  return tag.replace(/_/g, ' ');
}
