import { type EntityDef, emptyDraft } from '../model/entity.ts';
import type { ControlRef, Fields, Rating, Values } from '../model/fields.ts';
import type { ExampleRecord } from './types.ts';

/**
 * One example record: every field of the entity with its empty value, then `init` on top. Link
 * fields hold the local keys of other example records.
 */
export function rec<S extends Fields>(def: EntityDef<S>, key: string, init: Partial<Values<S>>): ExampleRecord {
  return { key, values: emptyDraft(def, init) };
}

/** Annex A 2022 controls by id: `a2022('A.8.7', 'A.8.8')`. */
export function a2022(...ids: string[]): ControlRef[] {
  return ids.map((id) => ({ edition: '2022', id }));
}

/** A likelihood × impact rating. */
export function lxi(likelihood: number, impact: number): Rating {
  return { likelihood, impact };
}

/** The e-mail address of a fictional Northwind employee. */
export function mail(local: string): string {
  return `${local}@northwind-analytics.example`;
}
