/** Runs table-driven readiness cases: one change to the complete workspace, the item it turns. */
import { expect } from 'vitest';
import { type ItemStatus, type ReadinessInput, type ReadinessItem, readiness } from '../../../../src/lib/domain/readiness/index.ts';
import { goodInput } from './good-workspace.ts';

export interface Case {
  name: string;
  item: string;
  change: (i: ReadinessInput) => ReadinessInput;
  status: ItemStatus;
  /** A part of the deciding rule. */
  rule?: RegExp;
  /** The id of a record that must be listed as offending. */
  offender?: string;
}

/** The item of the report (good-practice items included). */
export function itemOf(input: ReadinessInput, id: string): ReadinessItem {
  const r = readiness(input);
  const found = [...r.items, ...r.goodPractice].find((i) => i.id === id);
  if (!found) throw new Error(`No item ${id}`);
  return found;
}

/** Applies the case's change to the complete workspace and checks the item's status, rule and records. */
export function runCase(c: Case): void {
  const before = itemOf(goodInput(), c.item);
  expect(before.status, `${c.item} passes before the change`).toBe('pass');
  const item = itemOf(c.change(goodInput()), c.item);
  expect(item.status).toBe(c.status);
  if (c.rule) expect(item.rule).toMatch(c.rule);
  if (c.offender) expect(item.offenders.map((o) => o.id)).toContain(c.offender);
  if (c.status === 'fail') expect(item.fit).toBe(false);
}
