import { type Fields, type Issue, type Rating, type Values, emptyValue, emptyValues } from './fields.ts';
import { checkFields } from './validate.ts';

/** Where an entity sits in the ISMS: the clause group its screen belongs to. */
export type IsmsArea =
  | 'context'
  | 'leadership'
  | 'planning'
  | 'support'
  | 'operation'
  | 'performance'
  | 'improvement'
  | 'system';

/** What validation needs to know beyond the draft: the workspace's risk method and people. */
export interface ValidationContext {
  scaleSizes?: { likelihood: number; impact: number };
  /** The level of a rating under the method in force, with who may accept it. */
  levelOf?: (r: Rating) => { label: string; acceptedBy: 'risk_owner' | 'top_management' | null; reviewMonths: number | null } | undefined;
  /** Today as a business date, for defaults that depend on it. */
  today?: string;
  /** Ids of the active people who are top management. */
  topManagement?: ReadonlySet<string>;
}

/** Fields every stored record carries; set by the repositories, never by a form. */
export interface RecordMeta {
  id: string;
  workspaceId: string;
  /** Human key with a per-type prefix: `RSK-012`. Unique per workspace. */
  ref: string;
  createdAt: string;
  updatedAt: string;
  /** Increments on each save; a save with a stale rev is refused (another tab changed it). */
  rev: number;
}

/** The description of one entity: its fields, its table, its words, its own rules. */
export interface EntityDef<S extends Fields = Fields> {
  /** The Dexie table, also the entity's name in the change log: `risks`. */
  table: string;
  label: string;
  plural: string;
  /** Prefix of the human key: `RSK`. */
  refPrefix: string;
  /** The clause it serves, shown beside its title. */
  clause: string;
  area: IsmsArea;
  /** The field that names a record in lists and links. */
  titleField: keyof S & string;
  fields: S;
  /** Records written only by the app (the change log): listed, never edited in a form. */
  readOnly?: boolean;
  /** At most one record per workspace (the settings). */
  singleton?: boolean;
  /** Fields whose value no two records of a workspace may share (a custom control's id). */
  unique?: readonly (keyof S & string)[];
  /** Fills values the user left empty but the workspace can derive (a next review date from the cadence). */
  complete?(draft: Values<S>, ctx: ValidationContext): Values<S>;
  /** Rules across fields, beyond each field's own checks. */
  rules?(draft: Values<S>, ctx: ValidationContext): Issue[];
  /**
   * Rules across fields that every stored record keeps whatever the day and the workspace (a risk
   * out of draft is rated): checked with the fields, and also on a backup before it is restored.
   */
  integrity?(draft: Values<S>): Issue[];
}

/** The values a form edits for an entity. */
export type DraftOf<E> = E extends EntityDef<infer S> ? Values<S> : never;
/** A stored record of an entity. */
export type RecordOf<E> = E extends EntityDef<infer S> ? Values<S> & RecordMeta : never;

/** Declares an entity; the `const` keeps literal option lists so the record type is exact. */
export function defineEntity<const S extends Fields>(def: EntityDef<S>): EntityDef<S> {
  return def;
}

/** The entity as a member of the list of all entities, where its field types no longer matter. */
export function anyEntity<S extends Fields>(def: EntityDef<S>): EntityDef {
  return def as unknown as EntityDef;
}

/** A new, empty draft of the entity, with `init` on top. */
export function emptyDraft<S extends Fields>(def: EntityDef<S>, init: Partial<Values<S>> = {}): Values<S> {
  return { ...emptyValues(def.fields), ...init };
}

/** Every problem with a draft: its fields' own checks, then the entity's rules. Empty = valid. */
export function validate<S extends Fields>(def: EntityDef<S>, draft: Values<S>, ctx: ValidationContext = {}): Issue[] {
  const out: Issue[] = [];
  checkFields(def.fields, draft, '', out);
  if (out.length === 0 && def.integrity) out.push(...def.integrity(draft));
  if (out.length === 0 && def.rules) out.push(...def.rules(draft, ctx));
  return out;
}

/** Keeps only the entity's own fields of a record (drops meta and anything unknown). */
export function draftOf<S extends Fields>(def: EntityDef<S>, record: Record<string, unknown>): Values<S> {
  const out: Record<string, unknown> = {};
  for (const [k, f] of Object.entries(def.fields)) {
    const v = record[k];
    // JSON copy: values are plain data, and this also unwraps UI state proxies.
    out[k] = v === undefined ? emptyValue(f) : (JSON.parse(JSON.stringify(v)) as unknown);
  }
  return out as Values<S>;
}
