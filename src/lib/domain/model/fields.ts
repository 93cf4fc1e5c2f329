/**
 * Field descriptions: one declaration per entity gives its TypeScript type, its empty draft, its
 * validation and what the generic register shows. Plain TypeScript, no UI or storage here.
 */

/** A problem with a draft: the field (a path such as `exclusions.0.justification`) and a message. */
export interface Issue {
  field: string;
  message: string;
}

/** A reference to a control: an Annex A control of an edition, or a custom control by its id. */
export interface ControlRef {
  edition: '2013' | '2022' | 'custom';
  id: string;
}

/** Likelihood and impact on the workspace's risk method scales; score and level are derived. */
export interface Rating {
  likelihood: number;
  impact: number;
}

interface Base {
  label: string;
  required?: boolean;
  help?: string;
  /** Shown in the generic register's table by default. */
  column?: boolean;
  /** Kept by the app (a frozen snapshot): shown by dedicated screens, never in generic forms. */
  system?: boolean;
}

export interface TextField extends Base {
  kind: 'text';
  multiline?: boolean;
  maxLength?: number;
  /** Extra check, e.g. an e-mail address or a URL. */
  format?: 'email' | 'url';
}
export interface NumberField extends Base {
  kind: 'number';
  integer?: boolean;
  min?: number;
  max?: number;
}
export interface BoolField extends Base {
  kind: 'bool';
}
export interface DateField extends Base {
  kind: 'date';
}
export interface EnumField<V extends string = string> extends Base {
  kind: 'enum';
  options: readonly V[];
  labels?: Partial<Record<V, string>>;
}
export interface MultiEnumField<V extends string = string> extends Base {
  kind: 'multiEnum';
  options: readonly V[];
  labels?: Partial<Record<V, string>>;
}
export interface RefField extends Base {
  kind: 'ref';
  /** The table of the entity referred to. */
  to: string;
}
export interface RefsField extends Base {
  kind: 'refs';
  to: string;
}
export interface StringsField extends Base {
  kind: 'strings';
}
export interface ControlsField extends Base {
  kind: 'controls';
}
export interface RatingField extends Base {
  kind: 'rating';
}
export interface ListField<S extends Fields = Fields> extends Base {
  kind: 'list';
  of: S;
  itemLabel: string;
}
export interface GroupField<S extends Fields = Fields> extends Base {
  kind: 'group';
  of: S;
}

export type Field =
  | TextField
  | NumberField
  | BoolField
  | DateField
  | EnumField
  | MultiEnumField
  | RefField
  | RefsField
  | StringsField
  | ControlsField
  | RatingField
  | ListField
  | GroupField;

export type Fields = Record<string, Field>;

/** The stored value of a field. Empty values are `''`, `null`, `false` or `[]`, never undefined. */
export type FieldValue<F> = F extends TextField
  ? string
  : F extends NumberField
    ? number | null
    : F extends BoolField
      ? boolean
      : F extends DateField
        ? string | null
        : F extends EnumField<infer V>
          ? V | null
          : F extends MultiEnumField<infer V>
            ? V[]
            : F extends RefField
              ? string | null
              : F extends RefsField
                ? string[]
                : F extends StringsField
                  ? string[]
                  : F extends ControlsField
                    ? ControlRef[]
                    : F extends RatingField
                      ? Rating | null
                      : F extends ListField<infer S>
                        ? Values<S>[]
                        : F extends GroupField<infer S>
                          ? Values<S> | null
                          : never;

export type Values<S extends Fields> = { -readonly [K in keyof S]: FieldValue<S[K]> };

type Opts<F> = Omit<F, 'kind' | 'label'>;

/** A one-line text (or, with `multiline`, a paragraph). */
export const text = (label: string, o: Opts<TextField> = {}): TextField => ({ kind: 'text', label, ...o });
/** A paragraph of plain text. */
export const longText = (label: string, o: Opts<TextField> = {}): TextField => ({
  kind: 'text',
  label,
  multiline: true,
  maxLength: 20000,
  ...o,
});
/** A number; `integer` and bounds are checked. */
export const num = (label: string, o: Opts<NumberField> = {}): NumberField => ({ kind: 'number', label, ...o });
/** A whole number. */
export const int = (label: string, o: Opts<NumberField> = {}): NumberField => ({
  kind: 'number',
  label,
  integer: true,
  ...o,
});
/** A yes/no flag. */
export const bool = (label: string, o: Opts<BoolField> = {}): BoolField => ({ kind: 'bool', label, ...o });
/** A business date, `YYYY-MM-DD`. */
export const date = (label: string, o: Opts<DateField> = {}): DateField => ({ kind: 'date', label, ...o });
/** One code of a fixed list; labels default to the code in words. */
export const oneOf = <const V extends string>(
  label: string,
  options: readonly V[],
  o: Omit<Opts<EnumField<V>>, 'options'> = {},
): EnumField<V> => ({ kind: 'enum', label, options, ...o });
/** Several codes of a fixed list. */
export const someOf = <const V extends string>(
  label: string,
  options: readonly V[],
  o: Omit<Opts<MultiEnumField<V>>, 'options'> = {},
): MultiEnumField<V> => ({ kind: 'multiEnum', label, options, ...o });
/** A link to one record of another table. */
export const ref = (label: string, to: string, o: Omit<Opts<RefField>, 'to'> = {}): RefField => ({
  kind: 'ref',
  label,
  to,
  ...o,
});
/** Links to several records of another table. */
export const refs = (label: string, to: string, o: Omit<Opts<RefsField>, 'to'> = {}): RefsField => ({
  kind: 'refs',
  label,
  to,
  ...o,
});
/** A list of short texts. */
export const strings = (label: string, o: Opts<StringsField> = {}): StringsField => ({
  kind: 'strings',
  label,
  ...o,
});
/** Annex A or custom controls. */
export const controls = (label: string, o: Opts<ControlsField> = {}): ControlsField => ({
  kind: 'controls',
  label,
  ...o,
});
/** A likelihood × impact rating. */
export const rating = (label: string, o: Opts<RatingField> = {}): RatingField => ({ kind: 'rating', label, ...o });
/** A repeating group of sub-records, e.g. the exclusions of a scope. */
export const list = <const S extends Fields>(
  label: string,
  itemLabel: string,
  of: S,
  o: Omit<Opts<ListField<S>>, 'of' | 'itemLabel'> = {},
): ListField<S> => ({ kind: 'list', label, itemLabel, of, ...o });
/** A set of sub-fields filled together, e.g. the correction of a nonconformity. */
export const group = <const S extends Fields>(
  label: string,
  of: S,
  o: Omit<Opts<GroupField<S>>, 'of'> = {},
): GroupField<S> => ({ kind: 'group', label, of, ...o });

/** The words for a code: `information_systems` → `Information systems`, unless a label is given. */
export function optionLabel(f: EnumField | MultiEnumField, code: string): string {
  const given = (f.labels as Record<string, string | undefined> | undefined)?.[code];
  if (given) return given;
  const words = code.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The empty value of a field, as a new draft holds it. */
export function emptyValue(f: Field): unknown {
  switch (f.kind) {
    case 'text':
      return '';
    case 'bool':
      return false;
    case 'multiEnum':
    case 'refs':
    case 'strings':
    case 'controls':
    case 'list':
      return [];
    default:
      return null;
  }
}

/** An empty set of values for the given fields. */
export function emptyValues<S extends Fields>(fields: S): Values<S> {
  const out: Record<string, unknown> = {};
  for (const [k, f] of Object.entries(fields)) out[k] = emptyValue(f);
  return out as Values<S>;
}

/** True when a value counts as not filled in. */
export function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
}

/** A label inside a sentence: "Context issue" → "context issue"; names with other capitals ("SoA entry", "Statement of Applicability") stay. */
export function inSentence(label: string): string {
  return /^[A-Z][^A-Z]*$/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
