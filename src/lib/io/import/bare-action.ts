/**
 * A register's bare "Action" column: its measures, when no column took them and its cells say what is done, not when,
 * by whom or with what outcome. columns.ts runs `bareActionMeasures` among its passes; plan-readings.ts reads BARE_ACTION.
 */
import type { ColumnHeader } from './header-rows.ts';
import type { Candidate, ValueCache } from './columns.ts';
import { normaliseHeader } from './headers.ts';
import { actionStatusVocab, recognise, riskStatusVocab } from './mapping/vocab.ts';
import { give } from './column-passes.ts';

/** A bare "Action" ("Acción", "Ação", "Azione", "Aksiyon"): a register's measures or a plan's actions. */
export const BARE_ACTION = /^(action|accion|acao|azione|aksiyon)$/;

/** When something is due ("By end of Q2", "Q3 2026", "Before go-live"), or where it is said ("See policy", "Per SOP"), not what is done. */
const TIMING = /^(by|before|until|till|end of|within|q[1-4]|h[12]|fy ?\d|next (week|month|quarter|year)|asap|immediate|immediately|(short|medium|long|near) term|week \d+|see|refer to|per|tbd|n\/a|none)\b/i;
/** A person's initial and name ("J. Smith"), an address or link, a ticket's or action's key ("ACT-01", "INC-2026-001", "JIRA 123", "#12"), or a follow-up ("Escalate"). */
const WHO_OR_KEY = /^([A-Z]\.\s?[A-Z][\p{L}'-]+|[A-Z]{1,10}[-_ ]?\d+([-_]\d+)*|#\d+|\S+@\S+|https?:\/\/\S+|escalate|escalated|review|reviewed|monitor|monitored|close|closed|track|watch|accept|tolerate|investigate|reassess|defer|deferred)$/iu;
/** Half the cells say when something is due, who does it or which action it is, or are a status ("Open", "In progress"). */
const dueOrStatus = (values: ValueCache, col: number): boolean => {
  const texts = values.texts(col).map((t) => t.trim()).filter(Boolean);
  // (A deadline is a short cell: "Immediately isolate infected hosts" is a measure.)
  const said = (t: string) => (TIMING.test(t) && t.split(/\s+/).length <= 3) || WHO_OR_KEY.test(t) || [riskStatusVocab, actionStatusVocab].some((vocab) => recognise(vocab, t) !== '');
  return texts.length > 0 && texts.filter(said).length >= texts.length * 0.5;
};

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
    // (Measures told as such, "Deploy EDR on all laptops": a few short words are as often a person's name, a team, a role or a pointer.)
    const worded = values.texts(h.col).filter((t) => t.trim().split(/\s+/).length >= 2).length >= v.count * 0.5;
    return v.count >= 2 && worded && v.avgLength >= 15 && v.distinct >= 0.5 && v.statuses < 0.3 && v.ledStatuses < 0.3 && v.dates < 0.3
      && v.options < 0.3 && v.scale < 0.3 && v.durations < 0.3 && v.numeric < 0.3 && !dueOrStatus(values, h.col);
  });
  if (told) give(fields, confidence, taken, told.col, 'controls', 0.6);
}

