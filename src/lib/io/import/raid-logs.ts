/**
 * Logs that keep a project's risks beside its issues, assumptions, dependencies and decisions (RAID logs, issue logs,
 * "Risks and Issues"): which of their sections or rows are a register's risks. kind.ts asks `raidEntries` of its best reading.
 */
import type { Grid } from './grid.ts';
import type { Reading } from './kind.ts';
import { headerTokens } from './headers.ts';
import { foldWord } from './normalise.ts';
import { RISK_WORD, RISKS_NAME } from './kind-words.ts';

/** A RAID log's name ("RAID log", "RAIDD", "Journal RAID", "R.A.I.D. Log"), not a disk array's ("RAID arrays", "RAID 5", "RAID level"). */
const RAID_NAME = /(^| )(raid|raidd|raaidd|raidlog|raiddlog|r a i d|r a i d d)( |$)/;
/** …and an issue log's ("Issue log", "Issues register"): the same entries, mostly issues. */
const ISSUE_LOG = new RegExp('(^| )(issue|issues|incidencias|problem|problems|problemes|problemas|criticita)( and actions| and decisions| actions)? (log|logs|register|tracker|list|liste|lijst)( |$)'
  + '|(^| )(registro|registre|journal|lista|log|liste|suivi) (de |des |of |der |delle )?(issue|issues|incidencias|problemes|problemas|problems|criticita)( |$)'
  + '|^(open )?(issues|incidencias|problems|problemes|problemas|criticita)$|^(issues?|problems?) (and )?actions?$|(^| )(issuelog|issueslog|issuetracker|issuelist|issuelijst|problemliste|problemlog)( |$)');
/** …and a list of open points ("Open points", "Offene Punkte", "Punti aperti"), whose entries say by their type, key or header what they are. */
const OPEN_POINTS = /^(open points|open items|punti aperti|points ouverts|puntos abiertos|pontos em aberto|openstaande punten|offene punkte)( (list|liste|lijst|log))?$/;
/** …and a log of risks and issues together ("Risks and Issues", "Issues & Risks"), which a type column sorts. */
const RISKS_AND_ISSUES = /(^| )(risk|risks) (and )?(issue|issues)( |$)|(^| )(issue|issues) (and )?(risk|risks)( |$)/;
const DISK_RAID = /(^| )(storage|disk|disks|nas|san|server|servers|hardware|software|hw|sw) raid( |$)|(^| )raid ?(\d+|array|arrays|level|levels|disk|disks|controller|controllers|volume|volumes|set|sets|group|groups|config|configuration)( |$)/;
/**
 * A RAID entry that is a risk, by its type ("R", "Risk", "Risque", "Riesgo"; a threat or an opportunity, the two sides of a
 * risk in project registers) or its key ("R-01", "RSK-2").
 */
const RAID_RISK = /^(r|risk|risks|risque|risques|riesgo|riesgos|risco|riscos|risiko|risiken|rischio|rischi|risico|risicos|riziko|ryzyko|threat|threats|menace|amenaza|ameaca|bedrohung|minaccia|opportunity|opportunities|opportunite|oportunidad|oportunidade|chance|chancen|(r|rsk|risk)[-_ .]?\d+)$/;
/** …a key that says which of these an entry is ("R-01", "I-03", "ACT-2"; not a combined "RI-1"). */
const RAID_KEY = /^(r|i|a|d|rsk|risk|iss|issue|act|asm|dep|dec)[-_ .]?\d+$/;
/** An issue's key ("ISS-01", "INC-3", "ISSUE-12"). */
const ISSUE_KEY = /^(iss|issue|inc|prob|prb)[-_ .]?\d+$/;
/** …a type told in words: a risk, or an issue, assumption, dependency, decision, action, change or constraint. */
const RAID_TYPE = /^(risk|risks|risque|risques|riesgo|riesgos|risco|riscos|risiko|risiken|rischio|rischi|issue|issues|probleme|problemes|problema|problemas|problem|assumption|assumptions|hypothese|hipotesis|supuesto|premissa|annahme|dependency|dependencies|dependance|dependencia|abhangigkeit|decision|decisions|decisao|entscheidung|action|actions|accion|acao|opportunity|opportunities|opportunite|oportunidad|oportunidade|chance|incidencia|incidencias|incident|incidents|change|changes|constraint|constraints|contrainte|contraintes|action item|action items|ipotesi|dipendenza|dipendenze|decisione|decisioni|questao|questoes|aanname|aannames|afhankelijkheid|afhankelijkheden|besluit|probleem|problemen|risico|risicos|restricao|restriccion|cambio|mudanca|criticita|azione|azioni|actie|acties|beslissing|beslissingen|offener punkt|offene punkte|aufgabe|aufgaben|anderung|anderungen|massnahme)$/;
/** A header of the entries' type ("Type", "Tipo", "Kategorie"). */
const TYPE_HEADER = /^(type|types|tipo|typ|kind|category|categorie|categoria|kategorie|entry type|item type|raid type|log type|raid|raidd|r a i d|r a i d d)( |$)/;
/** A header of categories ("Category", "Risk category", "Process", "Area"), where "Change", "Incident" or "Problem" name the service process a risk is about, not an entry's type. */
const CATEGORY_HEADER = /(^| )(category|categorie|categoria|kategorie|process|processes|prozess|proceso|processus|processo|area)( |$)/;
const SERVICE_PROCESS = /^(change|changes|incident|incidents|problem|problems|probleme|problemes|problema|problemas|cambio|mudanca|anderung|anderungen)$/;
/** An option of risk treatment, as a register decides it ("Mitigate", "Avoided", "Transfer", "Accept"; not "Accepted", an issue's decision too). */
const RISK_OPTION = /^(mitigate|mitigated|mitigation|reduce|reduced|modify|avoid|avoided|avoidance|transfer|transferred|share|accept|acceptance|retain|tolerate|terminate|treat|treated|mitigar|reducir|evitar|transferir|compartir|aceptar|aceitar|reduire|attenuer|eviter|transferer|accepter|mindern|reduzieren|vermeiden|ubertragen|akzeptieren|mitigare|ridurre|evitare|trasferire|accettare)$/;
/** …of which only a risk is avoided, transferred or shared (not "Transferred", which an issue may be to another team). */
const RISK_ONLY_OPTION = /^(avoid|avoidance|transfer|share|evitar|transferir|compartir|eviter|transferer|vermeiden|ubertragen|evitare|trasferire|condividere)$/;
/** What is done with an issue, not a risk ("Escalate", "Resolve", "Workaround", "Fix"). */
const ISSUE_RESPONSE = /^(escalate|escalated|escalation|resolve|resolved|resolution|workaround|fix|fixed|close|closed|investigate|eskalieren|escalar|escalader|risolvere|resolver|resoudre)$/;
/** A header of the treatment option ("Treatment", "Risk response", "Strategy", "Mitigation", "Tratamiento", "Risikobehandlung", "Maßnahme"). */
const TREATMENT_HEAD = /(^| )(treatment|treatments|option|options|strategy|response|mitigation|tratamiento|tratamento|traitement|trattamento|opcion|opcao|strategie|estrategia|respuesta|massnahme)( |$)|behandlung/;
/** …and one of what was done about an issue ("Resolution", "Treatment applied", "Outcome", "Erledigung"). */
const RESOLUTION_HEAD = /(^| )(resolution|resolutions|resolved|outcome|outcomes|result|results|taken|applied|done|erledigung|losung|resolucion|resolucao|risoluzione)( |$)/;
/** How urgent an issue is, which with its impact gives its priority ("Urgency", "Urgence", "Dringlichkeit"), or how likely it is to recur: no risk's likelihood. */
const URGENCY = /(^| )(urgency|urgence|urgencia|urgenza|dringlichkeit|urgentie|naleznost|recurrence|reoccurrence|recurring|recidive|recurrencia|recorrencia|wiederholung)( |$)/;
/** The header of a RAID section's entries that are no risks ("Issue", "Assumption", "Dependency", "Decision", "Action"). */
const NOT_RISK_ENTRY = /(^| )(issue|issues|problem|problems|probleme|problemes|problema|problemas|incidencia|incidencias|assumption|assumptions|hypothese|supuesto|dependency|dependencies|dependencia|decision|decisions|action|actions|accion|acao)( |$)/;

/**
 * A section of a RAID log that holds something other than risks: issues that have happened, actions, assumptions,
 * dependencies, or these mixed with a few risks. Under a RAID log's or an issue log's name (not a risks tab's, "RAID - Risks") the rows
 * are a register's risks unless most say they are something else: by a type column ("Issue", "I"), by their key
 * ("I-03"), or, lacking both, by the header that names them ("Issue"). Any other reading (an inventory, an SoA, a plan
 * of the issues' actions) is a look-alike too, unless its actions refer to risks.
 */
export function raidEntries(grid: Grid, sheetWords: string, r: Reading): boolean {
  const mixed = RISKS_AND_ISSUES.test(sheetWords);
  const raid = RAID_NAME.test(sheetWords);
  const issueLog = ISSUE_LOG.test(sheetWords);
  // (Open points are anything: only their entries, typed or headed as issues, say they are no risks; an SoA's gaps or a plan's actions stay so.)
  const openPoints = OPEN_POINTS.test(sheetWords) && !raid && !issueLog;
  if (!(raid || issueLog || openPoints || mixed) || DISK_RAID.test(sheetWords) || r.kind === 'other') return false;
  // The log's risks tab ("RAID - Risks", "RAID Risiken") holds risks, unless its type column says otherwise.
  const riskTab = RISK_WORD.test(sheetWords) && !mixed;
  const header = (col: number | undefined) => headerTokens(r.headers.find((h) => h.col === col)?.text ?? '').join(' ');
  if (r.kind === 'treatment-plan') return !riskTab && !openPoints && !RISK_WORD.test(header(r.assignment?.fields.get('riskId')));
  if (r.kind !== 'risks') return !riskTab && !openPoints;
  const columns = new Map<number, string[]>();
  for (const [row, cells] of grid.rows) {
    if (row <= r.headerRow || row > r.headerRow + 200) continue;
    for (const h of r.headers) {
      const text = foldWord(cells.get(h.col)?.text ?? '').replace(/[*_]/g, '').trim();
      if (text) (columns.get(h.col) ?? columns.set(h.col, []).get(h.col)!).push(text);
    }
  }
  const share = (texts: string[]) => texts.filter((t) => RAID_RISK.test(t)).length / texts.length;
  // The type column: one headed so ("Type", "RAID", "Type (R/A/I/D)") that holds types (not a "Category" of Technical, Legal…),
  // else one that tells each type in words (not a RAG status's letters).
  // (Change, Incident or Problem are a service process a rated risk is about, unless the column is a type column that holds RAID
  // types besides them: under "Category", "Risk category", "Process", or alone, they are no entries' types, when the rows are rated.)
  const rated = ['likelihood', 'level', 'score'].some((f) => r.assignment?.fields.has(f));
  const processes = (texts: string[], category: boolean) => rated && (category || texts.every((t) => SERVICE_PROCESS.test(t) || !RAID_TYPE.test(t)));
  const types = (texts: string[] | undefined, category: boolean) => (texts?.length ?? 0) >= 2
    && texts!.filter((t) => (RAID_TYPE.test(t) && !(processes(texts!, category) && SERVICE_PROCESS.test(t))) || RAID_RISK.test(t) || /^[iad]$/.test(t)).length >= texts!.length * 0.6;
  const typedCol = r.headers.find((h) => {
    const words = headerTokens(h.text).join(' ');
    return TYPE_HEADER.test(words) && types(columns.get(h.col), CATEGORY_HEADER.test(words));
  })?.col;
  const fallback = () => r.headers.find((h) => {
    const texts = columns.get(h.col) ?? [];
    return texts.length >= 2 && texts.every((t) => RAID_TYPE.test(t)) && !(processes(texts, CATEGORY_HEADER.test(headerTokens(h.text).join(' '))) && texts.some((t) => SERVICE_PROCESS.test(t)));
  })?.col;
  const typedAt = typedCol ?? fallback();
  const typed = typedAt !== undefined ? columns.get(typedAt) : undefined;
  if (typed) return share(typed) < 0.5;
  if (riskTab) return false;
  const fields = r.assignment?.fields;
  const key = columns.get(fields?.get('id') ?? Math.min(...r.headers.map((h) => h.col)));
  const keyed = key !== undefined && key.filter((t) => RAID_KEY.test(t) || ISSUE_KEY.test(t)).length >= key.length * 0.8;
  const named = fields?.get('title') ?? fields?.get('description');
  const naming = named !== undefined ? header(named) : '';
  // (An open point's single letter numbers an item, "I-01", "A1"; keys of two kinds or more, "R-01", "I-01", "A-01", type the
  // entries, unless the header naming them calls them risks and no key is a risk's: then the letters are workstreams.)
  const kinds = new Set((key ?? []).map((t) => /^[a-z]+/.exec(t)?.[0]?.[0] ?? ''));
  if (keyed && (!openPoints || (kinds.size >= 2 && !(RISK_WORD.test(naming) && !kinds.has('r'))))) return share(key) < 0.5;
  // Lacking both, the header of the column that names each entry says what they are ("Issue", not "Risk" or "Description");
  // in an issue log, all entries are issues unless they say they are risks, or are analysed as risks are (a threat and a weakness,
  // a score, a treatment option, a residual rating), or rated for likelihood and impact under another header than "Issue" (an
  // affected system is no sign): an issue has happened, nobody weighs its likelihood.
  const has = (f: string) => fields?.has(f) ?? false;
  // (Open points keyed by item: only the header naming them says they are issues, unless they are rated as risks are.)
  if (openPoints) return !(has('likelihood') && has('impact')) && NOT_RISK_ENTRY.test(naming) && !RISK_WORD.test(naming);
  // Rated for likelihood and impact (not for urgency, as issues are triaged: impact × urgency gives their priority)…
  const assessed = has('likelihood') && has('impact') && !URGENCY.test(header(fields?.get('likelihood')));
  // …and analysed as a risk is makes a register of any log: a threat and the weakness it exploits, a residual rating, a score or
  // option of that likelihood and impact, a score headed as the risk's ("Risk score"), or options of risk treatment ("Mitigate",
  // "Avoid"; not only "Accept") under a header of the risk's option ("Risk treatment", "Risikobehandlung") or beside an option
  // only a risk takes ("Avoid", "Transfer": nobody avoids an issue that has happened). An issue log records its own "Response:
  // Mitigate" too, and what was done about an issue ("Resolution", "Treatment applied").
  const optionHeader = header(fields?.get('treatment'));
  const options = TREATMENT_HEAD.test(optionHeader) && !RESOLUTION_HEAD.test(optionHeader) ? columns.get(fields?.get('treatment') ?? -1) ?? [] : [];
  const ofRisk = RISKS_NAME.test(optionHeader) || options.some((t) => RISK_ONLY_OPTION.test(t));
  // (…not beside what is done with an issue: "Escalate", "Resolve", "Workaround".)
  const riskOptions = ofRisk && !options.some((t) => ISSUE_RESPONSE.test(t)) && options.length >= 2
    && options.filter((t) => RISK_OPTION.test(t)).length >= options.length * 0.75 && options.some((t) => RISK_OPTION.test(t) && !/^accept/.test(t));
  const riskScore = has('score') && RISK_WORD.test(header(fields?.get('score')));
  const analysed = (has('threat') && has('vulnerability')) || ['residualLikelihood', 'residualImpact', 'residualScore', 'residualLevel'].some(has) || (assessed && (has('score') || has('treatment'))) || riskScore || riskOptions;
  if (issueLog && !raid && !mixed) {
    // The column naming the entries, else one that names them as issues though no field took it ("Incidencia", "Problem statement").
    const entries = naming || r.headers.map((h) => headerTokens(h.text).join(' ')).find((h) => NOT_RISK_ENTRY.test(h)) || '';
    return !RISK_WORD.test(entries) && !analysed && (!assessed || NOT_RISK_ENTRY.test(entries));
  }
  return NOT_RISK_ENTRY.test(naming) && !RISK_WORD.test(naming);
}
