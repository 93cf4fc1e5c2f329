/**
 * Plans against registers: a table of actions tied to risks reads both ways, and `favourPlans` (asked by kind.ts of every
 * reading) weighs which. Risks numbered and named in words beside their measures are a register's; actions with deadlines,
 * or under a plan's name, a plan's.
 */
import type { Grid } from './grid.ts';
import type { Reading, Scored } from './kind.ts';
import { headerTokens } from './headers.ts';
import { RISKS_NAME } from './kind-words.ts';
import { BARE_ACTION } from './bare-action.ts';

/** A key column of measures or actions, by its header ("Mitigation ID", "Action #") or its keys ("MIT-004", "ACT-3"; not a category's "C-01" or a threat's "T1"). */
const ACTION_HEADER = /(^| )(mitigation|mitigations|measure|measures|action|actions|task|tasks|remediation|fix|control|controls|massnahme|massnahmen|mesure|mesures|medida|medidas|accion|acciones|acao|acoes)( |$)/;
const ACTION_KEY = /^(mit|mtg|act|tsk|task|ctl|ctrl|rem|fix)[-_ .]?\d+$/i;
/** A name of actions against risks ("Action register", "Mitigation log", "Maßnahmenregister", "Plan de tratamiento", "Risicobehandelplan", "Riskåtgärder"; not "Plant"). */
const PLAN_NAME = /(^| )(action|actions|mitigation|mitigations|remediation|remediations|treatment|treatments|response|responses|plans|accion|acciones|acao|acoes|tratamiento|tratamento|traitement|trattamento|azione|azioni|mesure|mesures|medida|medidas)( |$)|plan( |$)|massnahme|behandlung|behandel|behandling|maatregel|atgard|tiltak/;
/** A priority's header ("Priority", "Prioridad", "Priorität"). */
const PRIORITY = /^(priority|prioridad|prioridade|priorite|prioritat|priorita|prioriteit|prioritet)$/;
/** A column of the risk each row refers to ("Risk addressed", "Related risk", "Target risk"): a plan's, not a register's own. */
const REFERS = new RegExp('^((related|linked|target|targeted|treated|addressed|mitigated|affected|concerned|associated|applicable|covered) risks?( s)?( (id|ids|no|ref|description))?'
  + '|risks?( s)? (being )?(addressed|treated|mitigated|targeted|concerned|covered|associated)|risks? (id|ref) (addressed|treated|mitigated)'
  + '|(riesgos?|riscos?|risques?|rischio|rischi|risiko|risiken)( s)? (asociados?|associados?|associes?|associati|associato|relacionados?|lies?|tratados?|traites?|trattati|mitigados?|cubiertos?|cobertos?|adressiert|behandelt)( s)?)$');

/**
 * Risks each numbered and named in words ("ID | Risk | Mitigation"): a short register's rows, which a plan only refers to.
 * Not when the key is a measure's or an action's ("Mitigation ID", "MIT-004"), nor when the risk is one the row refers to
 * ("Risk addressed"). `r` is the plan's reading, `register` the fields of the register's reading of the same header row.
 */
function numberedRisks(grid: Grid, r: Reading, register: Map<string, number>): boolean {
  const id = register.get('id');
  const title = register.get('title');
  if (id === undefined || title === undefined) return false;
  const header = (col: number) => headerTokens(r.headers.find((h) => h.col === col)?.text ?? '').join(' ');
  if (ACTION_HEADER.test(header(id)) || REFERS.test(header(title))) return false;
  const keys = [...grid.rows].filter(([row]) => row > r.headerRow).map(([, cells]) => cells.get(id)?.text.trim() ?? '').filter(Boolean);
  return !(keys.length > 0 && keys.filter((k) => ACTION_KEY.test(k)).length >= keys.length * 0.8);
}

/**
 * A table of actions with deadlines, or under a plan's name, is a treatment plan even when it repeats
 * the risk's description and ratings, unless it rates likelihood and impact itself as a register does.
 * Under a plan's name, actions with deadlines make a plan even beside the ratings, unless the rows
 * analyse, score or decide about the risk (asset, threat, weakness, score, option) as a register's do.
 */
export function favourPlans(grid: Grid, all: Scored[], named: boolean, registerNamed: boolean): Scored[] {
  const sheetWords = headerTokens(grid.name).join(' ');
  return all.map((r) => {
    const headerOf = (col: number | undefined) => headerTokens(r.headers.find((h) => h.col === col)?.text ?? '').join(' ');
    const f = r.assignment?.fields;
    if (r.kind !== 'treatment-plan' || !f?.has('action')) return r;
    const register = all.find((x) => x.kind === 'risks' && x.headerRow === r.headerRow)?.assignment?.fields;
    // A risk and the measure taken against it, nothing described, rated, analysed or decided: the measures are the plan.
    // Not under a register's name: there the measures are the register's controls.
    // A status beside them is the measure's when the risk is only referred to by its number (R3 | Rate limiting | Implemented).
    const own = register?.has('title') ? ['id', 'title', 'asset', 'controls', 'notes'] : ['id', 'asset', 'controls', 'notes', 'status'];
    // (Risks each numbered and named in words, "ID | Risk | Mitigation", are a short register's rows: a plan refers to them.)
    const numbered = register !== undefined && numberedRisks(grid, r, register);
    const bare = !registerNamed && !numbered && register && f.has('riskId') && ![...register.keys()].some((x) => !own.includes(x));
    // (…and so are measures beside the risk they address, "Recommendation | Risk addressed": the register's reading names its risks by a reference.)
    const title = register?.get('title') ?? register?.get('description');
    const refers = title !== undefined && f.get('riskId') === title && REFERS.test(headerOf(title));
    if (bare || refers) return { ...r, total: r.total + 2 };
    if (!(f.has('dueDate') || named)) return r;
    // Under a name of risks or a register's ("Risk register", "Risikoregister", "Risk log", "Top risks"; not an "Action register"),
    // rows each named and rated ("title", "severity") are the risks: the dates are their treatment's.
    const risksNamed = (RISKS_NAME.test(sheetWords) || registerNamed) && !PLAN_NAME.test(sheetWords);
    // (A "Priority" the register's reading took for the level ranks the actions, not the risks: "Priority | Risk | Action | Due Date".)
    const leveled = register?.has('level') && !PRIORITY.test(headerOf(register.get('level')));
    if (risksNamed && !named && register?.has('title') && (leveled || register.has('score'))) return r;
    const rated = register?.has('likelihood') && register.has('impact');
    // A register analyses (asset, threat, weakness), scores and decides (the option); a plan repeats a rating at most.
    const analysed = ['asset', 'threat', 'vulnerability', 'score', 'treatment'].some((x) => register?.has(x));
    // …and a register that scores each threat and decides its option before and after ("Ancaman", "Score Awal", "Opsi") is one, whatever its name.
    const decided = ['asset', 'threat', 'vulnerability'].some((x) => register?.has(x)) && ['score', 'level'].some((x) => register?.has(x)) && register?.has('treatment');
    // (Under a plan's name, dated actions that the register's reading takes for its measures only by a bare "Action", are the plan's.)
    const bareAction = register?.get('controls') === f.get('action') && BARE_ACTION.test(headerOf(f.get('action')));
    if (named && f.has('dueDate') && !rated && bareAction) return { ...r, total: r.total + 4 };
    if ((rated || decided) && !(named && f.has('dueDate') && !analysed)) return r;
    // …and so is one that names and scores each risk ("Scenario", "RPN"), or rates it and decides its option ("Critical",
    // "Mitigate"), when the actions have no deadline or status to track (a plan that repeats each risk's level, "Nível: Alto", still plans).
    const scored = ['title', 'description'].some((x) => register?.has(x)) && (register?.has('score') || (register?.has('level') && register.has('treatment')));
    // (Under a plan's own name, "Risk treatment plan", with the action plainly named, "Action plan", they are the plan's rows
    // still: what is done about each risk, by whom; a "Mitigation strategy" beside scored scenarios is a register's measure.)
    if (scored && !f.has('dueDate') && !f.has('status') && !(named && f.has('owner') && (r.assignment?.confidence.get('action') ?? 0) >= 0.8)) return r;
    return { ...r, total: r.total + (named ? 4 : 2) };
  });
}
