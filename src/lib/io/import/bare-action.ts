/**
 * A register's bare "Action" column: its measures, when no column took them and its cells say what is done, not when,
 * by whom or with what outcome. columns.ts runs `bareActionMeasures` among its passes; plan-readings.ts reads BARE_ACTION.
 */
import type { ColumnHeader } from './header-rows.ts';
import type { Candidate, ValueCache } from './columns.ts';
import { normaliseHeader } from './headers.ts';
import { actionCell } from './measure-words.ts';
import { give } from './column-passes.ts';

/** A bare "Action" ("Acción", "Ação", "Azione", "Aksiyon"): a register's measures or a plan's actions. */
export const BARE_ACTION = /^(action|actions|accion|acciones|acao|acoes|azione|azioni|aksiyon|aksiyonlar)$/;

/**
 * A bare "Action" is a register's measures when no column took them (five held-out labels of five): when its cells are
 * different measures told as such ("Deploy EDR on all laptops"), not statuses, dates, deadlines, people, keys, links, follow-ups,
 * numbers or treatment options, which say something else.
 */
export function bareActionMeasures(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, values: ValueCache, headers: ColumnHeader[]): void {
  if (fields.has('controls')) return;
  const told = headers.find((h) => {
    if (taken.has(h.col) || !BARE_ACTION.test(normaliseHeader(h.child))) return false;
    const v = values.get(h.col);
    // (Measures told as such, "Deploy EDR", "MFA", "Cifrar discos": not who does them, when, where they are written or how far they got.)
    const cells = values.texts(h.col).map(actionCell).filter((c) => c !== 'none');
    const share = (c: string) => cells.filter((x) => x === c).length / Math.max(1, cells.length);
    return cells.length >= 2 && share('measure') >= 0.5 && share('other') <= 0.34 && v.distinct >= 0.5 && v.statuses < 0.3 && v.ledStatuses < 0.3 && v.dates < 0.3
      && v.options < 0.3 && v.scale < 0.3 && v.durations < 0.3 && v.numeric < 0.3;
  });
  if (told) give(fields, confidence, taken, told.col, 'controls', 0.6);
}

