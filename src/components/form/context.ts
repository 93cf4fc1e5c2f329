import { getContext, setContext } from 'svelte';
import type { Edition } from '../../lib/domain/catalogs/index.ts';
import type { RiskMethodDraft } from '../../lib/domain/entities/risk-method.ts';

/** A record that can be linked to from a form: its id and how it is named. */
export interface Option {
  id: string;
  label: string;
}

/** What a form needs beyond its own record: linkable records, the edition, the risk method. */
export interface FormContext {
  options(table: string): Option[];
  edition: Edition;
  method: RiskMethodDraft | null;
  /** Ids of the workspace's custom controls. */
  customControlIds: string[];
}

const KEY = Symbol('record-form');

/** Makes the context available to the fields below. */
export function provideFormContext(ctx: FormContext): void {
  setContext(KEY, ctx);
}

/** The context of the enclosing record form. */
export function formContext(): FormContext {
  return getContext<FormContext>(KEY);
}

/** The DOM id of a field's input, from its path. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}
