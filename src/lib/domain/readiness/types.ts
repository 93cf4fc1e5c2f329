/** The shapes of a readiness report: items, the checks that decide them, and links to fix them. */

export type ItemStatus = 'pass' | 'warn' | 'fail' | 'n/a';

/** A hash route with its query, e.g. path `risks`, query `{ level: 'high' }` for `#/risks?level=high`. */
export interface RouteLink {
  path: string;
  query: Record<string, string>;
}

/** Where to go to fix an item, with words for the link. */
export interface FixLink extends RouteLink {
  label: string;
}

/** A record that breaks a rule: enough to name it and open it. */
export interface Offender {
  table: string;
  id: string;
  ref: string;
  label: string;
  /** What is wrong with this record, in a few words. */
  note: string;
  link: RouteLink;
}

/** One concrete rule of an item and whether the workspace meets it. */
export interface Check {
  /** The rule in plain words. */
  rule: string;
  /** A broken `fail` rule fails the item; a broken `warn` rule only warns. */
  severity: 'fail' | 'warn';
  ok: boolean;
  offenders: Offender[];
  /** A more precise place to fix this rule than the item's own link. */
  fix?: FixLink;
}

/** One line of the readiness page. */
export interface ReadinessItem {
  /** `R01`…`R15`, `R04a`, `R04b`, `R15.access-control`, `GP.assets`. */
  id: string;
  title: string;
  clause: string;
  status: ItemStatus;
  present: boolean;
  fit: boolean;
  /** The rule that decided the status, in plain words. */
  rule: string;
  /** What "present" means for this item. */
  presentRule: string;
  checks: Check[];
  /** The records behind the deciding rules (deduplicated). */
  offenders: Offender[];
  fix: FixLink;
  /** A `fail` here blocks certification. */
  blocker: boolean;
  /** The parent item of a sub-item (`R15` for the Annex A documents). */
  parent?: string;
}

export interface ReadinessFigure {
  passed: number;
  warned: number;
  failed: number;
  applicable: number;
  /** Passed ÷ applicable, rounded to a whole per cent (0 when nothing applies). */
  pct: number;
}

export interface ReadinessReport {
  /** R01–R14 with R04a and R04b, then R15 and its sub-items, in the order of DOMAIN section 6. */
  items: ReadinessItem[];
  /** Good practice beyond the fifteen: `pass`, `warn` or `n/a`, never `fail`. */
  goodPractice: ReadinessItem[];
  /** Items that fail and block certification. */
  blockers: ReadinessItem[];
  figure: ReadinessFigure;
}
