import type { FixLink, RouteLink } from './types.ts';

/**
 * Where each table's records are kept in the app. A register is reached by its area's route with
 * `view=registers` (the dedicated screens keep their generic registers there; the plain register
 * pages ignore it) and `tab=<table>`. Tables whose screen works otherwise say so. (The areas
 * belong to the views; the domain only needs the routes, which are a stable surface.)
 */
const AREA: Record<string, string> = {
  scopes: 'scope',
  contextIssues: 'context',
  interestedParties: 'parties',
  requirements: 'parties',
  roles: 'roles',
  persons: 'roles',
  documents: 'documents',
  documentVersions: 'documents',
  assets: 'assets',
  threats: 'assets',
  vulnerabilities: 'assets',
  treatmentActions: 'treatment',
  objectives: 'objectives',
  plannedChanges: 'changes',
  competenceRequirements: 'competence',
  competenceRecords: 'competence',
  awarenessActivities: 'awareness',
  communications: 'communication',
  recurringActivities: 'activities',
  metrics: 'metrics',
  measurements: 'metrics',
  auditProgrammes: 'audits',
  audits: 'audits',
  findings: 'audits',
  managementReviews: 'reviews',
  nonconformities: 'nonconformities',
  correctiveActions: 'nonconformities',
  improvements: 'improvements',
};

/** Screens of their own: the risk register, the risk method and the SoA. */
const SPECIAL: Record<string, RouteLink> = {
  risks: { path: 'risks', query: {} },
  riskMethods: { path: 'risks', query: { view: 'method' } },
  soaEntries: { path: 'soa', query: {} },
  soaVersions: { path: 'soa', query: { tab: 'versions' } },
  customControls: { path: 'soa', query: { tab: 'custom' } },
};

/** Screens that open one record from the address, by its id. */
const OPEN_BY_ID: Record<string, (id: string) => RouteLink> = {
  nonconformities: (id) => ({ path: 'nonconformities', query: { nc: id } }),
  managementReviews: (id) => ({ path: 'reviews', query: { review: id } }),
};

/** The register of a table, e.g. `{ path: 'audits', query: { view: 'registers', tab: 'findings' } }`. */
export function tableLink(table: string, extra: Record<string, string> = {}): RouteLink {
  const special = SPECIAL[table];
  if (special) return { path: special.path, query: { ...special.query, ...extra } };
  const path = AREA[table];
  return path ? { path, query: { view: 'registers', tab: table, ...extra } } : { path: 'dashboard', query: {} };
}

/**
 * A link to one record: opened directly where the screen can, else its register searched for
 * `search` (its ref, or an SoA row's control id).
 */
export function recordLink(table: string, r: { id: string; ref: string }, search: string = r.ref): RouteLink {
  const open = OPEN_BY_ID[table];
  if (open) return open(r.id);
  if (!search || table === 'riskMethods' || table === 'soaVersions' || table === 'customControls') return tableLink(table);
  return tableLink(table, { q: search });
}

/** A fix link to a route with words for it. */
export function fix(label: string, path: string, query: Record<string, string> = {}): FixLink {
  return { label, path, query };
}

/** A fix link to a table's register, optionally filtered (`{ due: 'overdue' }`). */
export function fixTable(label: string, table: string, extra: Record<string, string> = {}): FixLink {
  return { label, ...tableLink(table, extra) };
}
