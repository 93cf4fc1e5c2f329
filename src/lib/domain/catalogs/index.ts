/**
 * The read-only catalogues: Annex A of the 2022 and 2013 editions, their correspondence, and the
 * main-body clauses 4 to 10. Ids, short titles and attribute tags only; no text of the standards.
 */
import annex2022Json from './data/iso27001-2022-annexA.json';
import annex2013Json from './data/iso27001-2013-annexA.json';
import mappingJson from './data/mapping-2013-2022.json';
import clausesJson from './data/clauses.json';

export type Edition = '2013' | '2022';

export interface ControlAttributes {
  controlType: string[];
  informationSecurityProperties: string[];
  cybersecurityConcepts: string[];
  operationalCapabilities: string[];
  securityDomains: string[];
}

export interface AnnexA2022Control {
  id: string;
  number: string;
  theme: string;
  themeTitle: string;
  title: string;
  new2022: boolean;
  from2013: string[];
  attributes: ControlAttributes;
  titleVariants?: string[];
}

export interface AnnexA2013Control {
  id: string;
  clause: string;
  clauseTitle: string;
  objective: string;
  objectiveTitle: string;
  title: string;
  to2022: string[];
}

export interface Mapping2013to2022Row {
  id2022: string;
  title2022: string;
  new2022: boolean;
  from2013: string[];
}

export interface DocumentedInformation {
  kind: 'maintain' | 'retain';
  what: string;
}

export interface Clause {
  id: string;
  title: string;
  parent: string | null;
  level: number;
  documentedInformation?: DocumentedInformation[];
  changeFrom2013?: string;
  new2022?: boolean;
}

export interface Clauses {
  editions: Record<Edition, Clause[]>;
  mappingClauses2013to2022: { id2013: string | null; id2022: string }[];
}

export const annexA2022: readonly AnnexA2022Control[] = annex2022Json satisfies AnnexA2022Control[];
export const annexA2013: readonly AnnexA2013Control[] = annex2013Json satisfies AnnexA2013Control[];
export const mapping2013to2022: readonly Mapping2013to2022Row[] = mappingJson satisfies Mapping2013to2022Row[];
export const clauses: Clauses = {
  editions: clausesJson.editions as Record<Edition, Clause[]>,
  mappingClauses2013to2022: clausesJson.mappingClauses2013to2022,
};

const ids2022 = new Set(annexA2022.map((c) => c.id));
const ids2013 = new Set(annexA2013.map((c) => c.id));

/** True when `id` (e.g. `A.5.1`) is a control of Annex A of the edition. */
export function isKnownControl(edition: Edition, id: string): boolean {
  return (edition === '2022' ? ids2022 : ids2013).has(id);
}

/** The short title of an Annex A control, or undefined when the id is unknown. */
export function controlTitle(edition: Edition, id: string): string | undefined {
  const list: readonly { id: string; title: string }[] = edition === '2022' ? annexA2022 : annexA2013;
  return list.find((c) => c.id === id)?.title;
}

/** The Annex A controls of an edition as id and title, in catalogue order. */
export function annexAControls(edition: Edition): readonly { id: string; title: string; group: string }[] {
  return edition === '2022'
    ? annexA2022.map((c) => ({ id: c.id, title: c.title, group: `${c.theme} ${c.themeTitle}` }))
    : annexA2013.map((c) => ({ id: c.id, title: c.title, group: `${c.clause} ${c.clauseTitle}` }));
}
