/**
 * A register's loose columns of measures: a bare "Action" whose cells say what is done, not when, by whom or with what
 * outcome, and a header that puts the measures first and something else after ("Mitigation / Status", "Mitigation (state)").
 * columns.ts runs `bareActionMeasures` and `measuresFirst` among its passes; plan-readings.ts reads BARE_ACTION.
 */
import type { ColumnHeader } from './header-rows.ts';
import type { Candidate, ValueCache } from './columns.ts';
import { headerTokens, normaliseHeader } from './headers.ts';
import { actionCell, PERSON, verbLed } from './measure-words.ts';
import { give } from './column-passes.ts';
import { RISK_WORD } from './kind-words.ts';

/** A bare "Action" ("Acción", "Ação", "Azione", "Aksiyon"): a register's measures or a plan's actions. */
export const BARE_ACTION = /^(action|actions|accion|acciones|acao|acoes|azione|azioni|aksiyon|aksiyonlar)$/;

/**
 * A bare "Action" is a register's measures when no column took them (five held-out labels of five) and its cells are different
 * measures, not statuses, dates, numbers or treatment options; measure-words.ts reads each cell.
 */
export function bareActionMeasures(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, values: ValueCache, headers: ColumnHeader[]): void {
  if (fields.has('controls')) return;
  const told = headers.find((h) => {
    if (taken.has(h.col) || !BARE_ACTION.test(normaliseHeader(h.child))) return false;
    const v = values.get(h.col);
    // Measures told as such ("Deploy EDR", "MFA", "Cifrar discos"), or told at some length (two words or more, 15 letters on average),
    // with fewer than half the cells saying who does them, when, where they are written or how far they got; not a column of
    // people's names, which read like capitalised measures one by one ("Priya Patel", "Endpoint Protection").
    const read = values.texts(h.col).map((t) => ({ t, cell: actionCell(t) })).filter((x) => x.cell !== 'none');
    const texts = read.map((x) => x.t);
    const cells = read.map((x) => x.cell);
    const share = (c: string) => cells.filter((x) => x === c).length / Math.max(1, cells.length);
    const names = texts.filter((t, i) => cells[i] === 'unclear' && PERSON.test(t.trim())).length / Math.max(1, texts.length);
    const worded = texts.filter((t) => t.trim().split(/\s+/).length >= 2).length >= texts.length * 0.5 && texts.join('').length >= 15 * texts.length;
    const measures = share('measure') >= 0.5 || (worded && !(share('measure') === 0 && names >= 0.75));
    return cells.length >= 2 && measures && share('other') < 0.5 && v.distinct >= 0.5 && v.statuses < 0.3 && v.ledStatuses < 0.3 && v.dates < 0.3
      && v.options < 0.3 && v.scale < 0.3 && v.durations < 0.3 && v.numeric < 0.3;
  });
  if (told) give(fields, confidence, taken, told.col, 'controls', 0.6);
}

/** A header led by the measures and then something else ("Mitigation / Status", "Mitigation (state)", "Controls and review trigger"). */
const MEASURES_FIRST = /^(mitigation|mitigations|mitigating controls?|controls?|measures?|safeguards?|countermeasures?|mitigacion|mitigacao|medidas?|mesures?|massnahmen?)\s*(\/|\(|&|\+| and | y | e | et | und )/i;

/**
 * A column headed by the measures and then their state or trigger ("Mitigation / Status", "Mitigation (state)", "Mitigation and
 * review trigger") whose cells tell the measures at length, not statuses or dates, is the register's measures when none took them.
 */
export function measuresFirst(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, values: ValueCache, headers: ColumnHeader[]): void {
  if (fields.has('controls')) return;
  const h = headers.find((x) => MEASURES_FIRST.test(x.child.trim()) && ['status', 'reviewDate', 'treatment', 'owner', ''].includes(taken.get(x.col)?.field ?? ''));
  if (!h) return;
  const v = values.get(h.col);
  if (v.count < 2 || v.avgLength < 25 || v.statuses >= 0.3 || v.ledStatuses >= 0.3 || v.dates >= 0.3 || v.options >= 0.3) return;
  const was = taken.get(h.col)?.field;
  if (was) {
    fields.delete(was);
    confidence.delete(was);
  }
  give(fields, confidence, taken, h.col, 'controls', 0.6);
}

/** Headers of what counters a risk in words the field lists leave to other readings ("Ochrana", "Odpowiedź systemu", "Wat ik gedaan heb"). */
export const COUNTERING = /(^| )(ochrana|opatreni|odpowiedz|zabezpieczenie|contromisura|contromisure|protection|proteccion|protecao|wat ik gedaan heb|what we do|what we did|how we protect|mitigation|mitigace|mitigacia)( |$)/;

/**
 * In a register of few columns, one headed by what counters the risk ("Riziko | Ochrana", "Risico | Wat ik gedaan heb") whose
 * cells tell it in words is the register's measures when no column took them.
 */
export function counteringMeasures(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, values: ValueCache, headers: ColumnHeader[]): void {
  if (fields.has('controls') || headers.length > 4) return;
  const h = headers.find((x) => !taken.has(x.col) && COUNTERING.test(headerTokens(x.child).join(' ')));
  if (!h) return;
  const v = values.get(h.col);
  if (v.count < 2 || v.avgLength < 12 || v.statuses >= 0.3 || v.dates >= 0.3 || v.options >= 0.3 || v.numeric >= 0.3) return;
  give(fields, confidence, taken, h.col, 'controls', 0.6);
}

/**
 * Under a plan's name, a column whose cells mostly tell what to do ("Implement formal offboarding", "Enforce MFA across all
 * systems") is the plan's actions when no column is named so, whatever its header ("Finding", "Initiative", "Enhancement"):
 * a remediation roadmap words its findings as the actions that close them. Not a column of people, dates or statuses, nor
 * one headed as the risk ("Risk": the risk each action treats); of several, the one most plainly told so.
 */
export function actionsByVerbs(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, values: ValueCache, headers: ColumnHeader[]): void {
  if (fields.has('action')) return;
  const share = (col: number): number => {
    const field = taken.get(col)?.field;
    const header = headers.find((h) => h.col === col)?.child ?? '';
    if ((field !== undefined && !['riskId', 'notes'].includes(field)) || RISK_WORD.test(normaliseHeader(header))) return 0;
    const v = values.get(col);
    const texts = values.texts(col).filter((t) => t.trim() !== '');
    if (texts.length < 2 || v.distinct < 0.8 || v.statuses >= 0.5 || v.dates >= 0.3 || v.numeric >= 0.3) return 0;
    return texts.filter(verbLed).length / texts.length;
  };
  const best = headers.map((h) => ({ col: h.col, share: share(h.col) })).filter((x) => x.share >= 0.5).sort((a, b) => b.share - a.share || a.col - b.col)[0];
  if (!best) return;
  const was = taken.get(best.col)?.field;
  if (was) {
    fields.delete(was);
    confidence.delete(was);
  }
  give(fields, confidence, taken, best.col, 'action', 0.7);
}
