/**
 * Lists of actions that are no plan's treatment of risks (look-alikes.ts asks them): a meeting's or a review's decisions, a
 * to-do list, a project's tasks or a log of issues.
 */
import type { Grid } from './grid.ts';
import type { Reading } from './kind.ts';
import { headerNames, headerTokens } from './headers.ts';
import { CONTROL_WORD, GAP_WORD, RISK_WORD } from './kind-words.ts';

/** The first 50 rows under a reading's header. */
export const rowsBelow = (grid: Grid, r: Reading): number[] => [...grid.rows.keys()].filter((row) => row > r.headerRow).slice(0, 50);

/** A sheet's name that says its actions treat risks ("Risk Treatment Plan", "Plan de traitement des risques", "Risikobehandlung"). */
// (Within words too: "Risikobehandlungsplan", "Risicobehandelplan", "Plan postępowania z ryzykiem"; and "RTP".)
const TREATS_RISKS = /risk|risque|riesgo|risco|rischi|risiko|risico|ryzyk|riziko|rizik|treatment|traitement|tratamiento|tratamento|trattamento|behandl|osetren|(^| )rtp( |$)/;
/** …and a privacy impact assessment's ("DPIA", "AIPD", "DSFA", "Datenschutz-Folgenabschätzung"), whose actions treat the privacy risks it weighs. */
const PRIVACY_ASSESSMENT = /(^| )(dpia|dpias|pia|aipd|eipd|ripd|dsfa)( |$)|(privacy|data protection) impact assessment|datenschutz ?folgenabschatzung/;
/** A column of the stages or parties of a procedure ("Stage", "Milestone", "Stakeholder", "Consultee"): its actions are the procedure's steps, no treatment. */
const PROCEDURE_HEADER = /^(stage|stages|phase|phases|step|steps|milestone|milestones|stakeholder|stakeholders|consultee|consultees|audience|audiences|party|parties|etape|fase|fases|schritt|meilenstein|paso|passo|hito)$/;

/**
 * Actions tied to no risk, owned by nobody and followed up by no status ("phase | timeframe | action | kpi",
 * "Priority | Action"): a to-do list or a project's plan, not the treatment of risks. Neither labeller of
 * held-out 32 and 33 called such a list a plan.
 */
export function bareActions(grid: Grid, r: Reading): boolean {
  if (r.kind !== 'treatment-plan' || !r.assignment) return false;
  // (Under a name that says they treat risks, "Risk Treatment Plan", they are its actions, whoever owns them.)
  const name = headerTokens(grid.name).join(' ');
  if (TREATS_RISKS.test(name)) return false;
  if (PRIVACY_ASSESSMENT.test(name) && !r.headers.some((h) => PROCEDURE_HEADER.test(headerTokens(h.text).join(' ')))) return false;
  // (A management review's decisions, each owned and dated but tied to no risk, are the review's actions.)
  if (MANAGEMENT_REVIEW.test(name) && !r.assignment.fields.has('riskId')) return true;
  // …and so are a meeting's actions, by the meeting or its minutes ("Meeting | Minute ref | Action | Who | By when").
  // (Each name of a bilingual header counts: "Fecha reunión / Meeting date".)
  if (!r.assignment.fields.has('riskId') && r.headers.some((h) => headerNames(h.text).some((n) => MEETING.test(n)))) return true;
  return [...r.assignment.fields.keys()].every((f) => ['action', 'dueDate', 'notes'].includes(f));
}

/**
 * A header of the meeting an action was agreed at, or of its agenda, discussion or conclusions ("Meeting", "Minute ref", "Sitzung",
 * "Sastanak", "Závěr / úkol", "Discussion", "Trafodaeth"), or of what it discussed or agreed ("Tema tratado", "Acuerdo / acción", "Beschluss").
 */
const MEETING = /^(meeting|meetings|meeting date|minute|minutes|minute ref|minutes ref|minute no|agenda|agenda item|sitzung|besprechung|protokoll|tagesordnungspunkt|reunion|reuniao|riunione|vergadering|agendapunt|schuzka|jednani|porada|bod jednani|zaver|zaver ukol|sastanak|tocka dnevnog reda|zakljucak|zakljucak zadatak|posiedzenie|punkt porzadku obrad|ordre du jour|orden del dia|fecha reunion|fecha de reunion|συνεδριαση|discussion|discussion points|discussed|diskussion|discusion|discussione|discussao|bespreking|diskuse|dyskusja|συζητηση|trafodaeth|cofnodion|tema tratado|temas tratados|topic discussed|topics discussed|besprochenes thema|sujet traite|sujets traites|argomento trattato|argomenti trattati|besproken onderwerp|projednavane tema|omawiany temat|θεμα συζητησησ|acuerdo|acuerdos|beschluss|besluit|usneseni|uchwala|delibera|data sedintei|sedinta|sedintei|punct pe ordinea de zi|ordinea de zi|punto all ordine del giorno|ordine del giorno|ponto da ordem do dia|ordem do dia|pauta|dagordningspunkt|dagordning|dagsordenspunkt|dagsorden|napirendi pont|napirend|θεμα ημερησιασ διαταξησ|ημερησια διαταξη|kokous|kokouspaiva|zasedani|datum sednice|sjednica|datum sastanka|vergaderdatum|sitzungsdatum|date de la reunion|data della riunione|data da reuniao)$/;
/** A management review's name ("Management review", "Managementbewertung", "Revue de direction", "Revisión por la dirección"). */
const MANAGEMENT_REVIEW = /(management|mgmt|mgt) ?review|managementbewertung|revue direction|revision por direccion|revisao pela direcao|riesame direzione|directiebeoordeling|prezkoumani vedenim|przeglad zarzadzania|ανασκοπηση διοικησησ/;

/** A header of a project's tasks or tickets ("Task", "Taak", "Aufgabe", "User story"). */
const TASK = /^(task|tasks|task name|task description|taak|taken|tache|taches|aufgabe|aufgaben|tarea|tareas|tarefa|tarefas|attivita|compito|compiti|ukol|ukoly|zadanie|zadania|todo|to do|work item|work items|story|user story|user stories)$/;
/** A sheet's name of security work ("Security roadmap", "Mitigation actions", "Remediation tasks", "POA&M", "Action plan"). */
// (Tested on the name's words as the header lists read them, without their small words: "Plan d'action" is "plan action"; and within
// compounds, "Informationssicherheit", "Cybersecurity", "Aktionsplan".)
const SECURITY_WORK = /secur|sicherheit|seguridad|seguranca|sicurezza|beveiliging|bezpieczenstw|cyber|info ?sec|mitigation|remediation|(^| )(poam|poa m|isms|sgsi|smsi|nis2|27001|massnahmen)( |$)|action ?plan|plan action|plan accion|plano acao|piano azione|plan dzialan|aktionsplan|handlungsplan|massnahmenplan|actieplan/;
/** Words of a security measure in a task's text ("Deploy MFA", "Test backups", "Chiffrer les portables", "Passwort-Richtlinie"). */
const SECURITY_MEASURE = /\b(mfa|2fa|multi-?factor|sso|backups?|restore|patch(es|ing)?|encrypt\w*|firewall|passwords?|phishing|antivirus|anti-malware|malware|ransomware|edr|xdr|siem|vpn|dlp|vulnerabilit\w*|pentest|penetration|hardening|least privilege|privileged|access (control|review)s?|security|secure|securite|sicherheit\w*|seguridad|seguranca|beveiliging|verschlussel\w*|passwort\w*|sauvegarde\w*|chiffr\w*|cifr\w*|cortafuegos|copias?|pare-feu|contrasena\w*|respaldo\w*|wachtwoord\w*|versleutel\w*)\b/i;
/** Headers that tie a task to what it treats: a risk, a gap, a control, a finding, a weakness, a vulnerability, a clause. */
const TIED = new RegExp(`${RISK_WORD.source}|${GAP_WORD.source}|(^| )(annex|clause|finding|findings|weakness|weaknesses|vulnerability|vulnerabilities|threat|threats|cve|befund|hallazgo|constat|schwachstelle|vulnerabilidad)( |$)`);
/** A key of issues, tickets or defects ("Issue_ID", "Ticket", "Bug #"). */
const ISSUE_KEY = /^(issue|issues|issue key|issue id|issue no|issue number|issue ref|ticket|tickets|ticket id|ticket no|bug|bugs|bug id|defect|defect id|incidencia|probleme|problem id)$/;

/**
 * A project's tasks or a log of issues read as a plan: its actions headed as tasks ("Sprint | Task | Status | Owner"), or its
 * rows keyed by issues or tickets ("Issue_ID | Application | Priority | Assignee | Due_Date"), with no column of risks or gaps
 * and under no name that says they treat risks. Work to do, not the treatment of risks (both labellers of held-out 42).
 */
export function taskList(grid: Grid, r: Reading): boolean {
  const name = headerTokens(grid.name).join(' ');
  if (r.kind !== 'treatment-plan' || !r.assignment || TREATS_RISKS.test(name) || SECURITY_WORK.test(name)) return false;
  const header = (f: string) => headerTokens(r.headers.find((h) => h.col === r.assignment!.fields.get(f))?.text ?? '').join(' ');
  // (A column that ties each task to a risk, a gap, a control, a finding or a weakness, "Task | Annex A control | Owner",
  // "Task | Owner | ETA | Risk: High", makes them the measures of a security plan.)
  if (r.headers.some((h) => TIED.test(headerTokens(h.text).join(' ')) || CONTROL_WORD.test(headerTokens(h.text).join(' ')))) return false;
  // (…and tasks that are security measures, "Deploy MFA", "Test backups", "Copia de seguridad", are a security plan's whatever its name.)
  // (Not in a sprint's backlog, whose tasks are a team's work whatever they build.)
  const action = r.assignment.fields.get('action');
  if (action !== undefined && !/(^| )(sprint|sprints|backlog|backlogs|kanban|scrum)( |$)/.test(name)) {
    const texts = rowsBelow(grid, r).map((row) => grid.rows.get(row)?.get(action)?.text ?? '').filter(Boolean);
    if (texts.length && texts.filter((t) => SECURITY_MEASURE.test(t)).length >= texts.length * 0.4) return false;
  }
  return TASK.test(header('action')) || ISSUE_KEY.test(header('riskId'));
}
