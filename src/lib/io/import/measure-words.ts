/**
 * Whether a cell says a security measure ("Enable MFA", "EDR rollout", "Cifrar discos") or something else a loose "Action"
 * column holds instead: who does it, when, where it is written, how far it got, or which ticket tracks it. bare-action.ts
 * asks this of a register's bare "Action" column. Cells are folded (lower case, no accents) before they are read.
 */
import { foldWord } from './normalise.ts';

/** A verb of doing that opens a measure ("Deploy EDR", "Implantar MFA", "Attivare il backup", "Mettre en place", "Einführen"). */
const VERB = new RegExp('^(implement|introduce|deploy|roll out|enable|enforce|require|mandate|encrypt|patch|update|upgrade|install|configure|harden|'
  + 'restrict|limit|block|disable|remove|revoke|rotate|review|audit|test|train|educate|run|conduct|perform|apply|adopt|establish|define|develop|'
  + 'document|create|write|draft|set up|setup|add|use|migrate|replace|segment|segregate|isolate|monitor|log|back up|backup|buy|purchase|procure|'
  + 'contract|negotiate|obtain|insure|hire|recruit|appoint|automate|schedule|maintain|enhance|improve|strengthen|increase|reduce|secure|protect|'
  + 'verify|validate|ensure|provide|build|design|turn on|turn off|switch on|fix|set|put|plan|prepare|communicate|notify|publish|extend|expand|'
  + 'consolidate|centralise|centralize|standardise|standardize|sanitise|sanitize|escape|throttle|decommission|retire|deprecate|pin|tighten|'
  + 'outsource|phase out|carry out|agree|fit|enrol|enroll|engage|brief|remind|arrange|organise|organize|undertake|complete|raise|replicate|whitelist|allowlist|deny|filter|scan|sign|store|keep|switch|move|separate|lock|label|classify|'
  + 'implementar|introducir|desplegar|habilitar|activar|aplicar|exigir|cifrar|parchear|actualizar|instalar|configurar|restringir|limitar|bloquear|'
  + 'deshabilitar|eliminar|revisar|auditar|probar|formar|capacitar|realizar|establecer|definir|desarrollar|documentar|crear|contratar|adquirir|'
  + 'comprar|migrar|segmentar|monitorizar|monitorear|implantar|mejorar|reforzar|asegurar|proteger|ativar|criptografar|atualizar|treinar|desenvolver|'
  + 'criar|monitorar|melhorar|garantir|attivare|implementare|abilitare|cifrare|crittografare|aggiornare|installare|configurare|limitare|bloccare|'
  + 'rivedere|formare|eseguire|definire|sviluppare|documentare|acquistare|migrare|monitorare|migliorare|rafforzare|proteggere|mettre en (place|oeuvre)|'
  + 'activer|chiffrer|mettre a jour|installer|configurer|restreindre|limiter|bloquer|revoir|former|sensibiliser|developper|documenter|acheter|'
  + 'renforcer|ameliorer|deployer|proteger|einfuhren|aktivieren|verschlusseln|aktualisieren|installieren|konfigurieren|einschranken|sperren|schulen|'
  + 'implementeren|invoeren|activeren|versleutelen|bijwerken|installeren|configureren|beperken|blokkeren|trainen|uygula|etkinlestir|sifrele|guncelle|'
  + 'verificare|individuare|adottare|sensibilizzare|predisporre|nominare|verifier|designer|durcir|nommer|verificar|designar|nomear|contratar)( |$)');
/** A measure named by what it is ("MFA", "EDR rollout", "Backup vendor", "Formación", "Datensicherung"). */
const NOUN = new RegExp('(^| )(mfa|2fa|totp|sso|edr|xdr|mdm|siem|soc|dlp|vpn|waf|ids|ips|iam|pam|rbac|nac|hsm|kms|firewall|firewalls|backup|backups|'
  + 'encryption|patching|patches|antivirus|anti malware|antimalware|training|awareness|segmentation|insurance|redundancy|failover|hardening|logging|'
  + 'monitoring|authentication|least privilege|access reviews?|pentest|penetration test(ing)?|vulnerability scan(ning)?|bitlocker|filevault|'
  + 'implementation|deployment|introduction|rollout|enforcement|upgrade|migration|replacement|restriction|restrictions|'
  + '(continuity|recovery|response|exit|contingency|communication|communications) plans?|policy|policies|procedure|procedures|programme|program|prevention|management|recovery|continuity|essentials|control|controls|'
  + 'suppression|generator|generators|detection|sensors?|alarms?|ups|sprinklers?|fence|fencing|guards?|badges?|expiry|pipeline|scanning|scanner|vault|pinning|signing|signed|'
  + 'rotation|isolation|sandbox(ing)?|blocklist|allowlist|cdn|ddos|throttling|timeouts?|lockout|captcha|certificates?|tls|ssl|hsts|csp|sbom|sast|dast|code review|'
  + 'zero trust|baselines?|golden image|immutable|offsite|off site|air gap(ped)?|replication|mirroring|raid|failover|cluster(ing)?|load balanc(er|ing)|managed \\S+|external \\S+|virtual \\S+|'
  + 'filter|filtering|lock|locks|locking|test|tests|testing|drill|drills|exercise|exercises|simulation|simulations|review|reviews|audit|audits|'
  + 'segregation|separation|due diligence|passwords?|password manager|clear desk|clean desk|(second|secondary|alternative|alternate|redundant|spare|standby) \\S+|security|'
  + 'protection|wipe|access|gateway|proxy|whitelisting|allowlisting|classification|snapshots?|validation|queries|rate limiting|headers|minimi[sz]ation|'
  + 'retention|notice|dpa|sccs?|tia|tracking|call ?back|certification|cctv|campaign|campagne|durcissement|mise en place|designation|'
  + 'cifra|formacao|copias|sensibilizacao|segundo|segunda|doble factor|secondo|seconda|second|seconde|zweiter|zweite|'
  + 'cifrado|copias? de seguridad|respaldo|respaldos|formacion|capacitacion|concienciacion|seguro|criptografia|treinamento|conscientizacao|'
  + 'crittografia|formazione|cifratura|chiffrement|sauvegarde|sauvegardes|formation|sensibilisation|verschlusselung|sicherung|datensicherung|'
  + 'schulung|schulungen|sensibilisierung|einfuhrung|versleuteling|training|yedekleme|sifreleme|egitim)( |$)');
/** Where it is written ("See policy", "Refer to BCP", "Covered in section 4", "Siehe Richtlinie"), not what is done. */
const POINTER = /^(see|refer|referred|covered|included|per|as per|according to|in plan|in the plan|cf|ver|veja|voir|siehe|vedi|zie|consulte|consultar)( |$)/;
/** When it is due or done ("Complete by 30/06/2026", "To be done by end of June", "Target: Q3 2026", "Planned for next year"). */
const WHEN = /^(complete by|completed by|(by|before|until|till|within) (the )?(end|q[1-4]|h[12]|\d|next|year|month|quarter|week|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|to be (done|completed|decided|discussed|confirmed|agreed)|(target|targeted|planned|scheduled|due) (for|on|by|in|date|end|q[1-4]|\d)|target q[1-4]|deadline|en el (primer|segundo|tercer|cuarto) (semestre|trimestre)|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})( |$)/;
/** …or, in a short cell, only when ("By end of Q2", "Next quarter", "Antes de fin de año"; "Immediately isolate infected hosts" is a measure). */
const WHEN_SHORT = /^(by|before|until|till|end of|within|antes de|despues de|proxim[oa]|fin de|hasta|avant|apres|prochain|prochaine|d ici|entro|prima di|prossim[oa]|ate|antes do|antes da|bis|vor|nachste[nrs]?|q[1-4]|h[12]|fy ?\d|next|asap|immediate|immediately|(short|medium|long|near) term|week \d+)( |$)/;
/** How far it got ("Awaiting vendor quote", "Discussed at steering committee", "Email sent to vendor", "A la espera de…", "In attesa di…"). */
const PROGRESS = new RegExp('^(awaiting|waiting|pending|discussed|raised|sent|emailed|chased|logged|escalated|requested|asked|noted|on hold|ongoing (with|since|discussions?)|'
  + 'in progress|not started|nothing|email sent|follow up|followed up|en curso|em andamento|in corso|en cours|a la espera|en espera|esperando|pendiente de|pendente de|'
  + 'reunion|aguardando|solicitad[oa]|pedido|in attesa|richiest[oa]|sollecitare|en attente|relancer|relance|demande|wartet|angefragt)( |$)');
/** Who does it: a team named by what it runs ("IAM Team", "Backup Admin"), even after a verb-like word, in a short cell. */
const TEAM = /( |^)(team|teams|admin|admins|administrator|administrators|department|dept|unit|squad|group|equipo|equipe|abteilung)$/;
/** …or a role ("IT Manager", "Head of Facilities", "Data Protection Officer"). */
const WHO = /( |^)(manager|managers|officer|owner|lead|director|head|engineer|analyst|controller|partner|coordinator|specialist|consultant|architect|supervisor|technician|auditor|accountant|assistant|ciso|cio|cto|ceo|cfo|coo|dpo|board|committee|desk|responsable|gerente|jefe|gestor|direttore|responsabile|verantwortlicher|leiter)$|^(head|chief) of |^(responsable|jefe|jefa|director|directora|directeur|directrice|responsabile|equipo|equipe|gerente|coordinador|coordinadora|responsavel|diretor|diretora|leiter|leiterin)( |$)/;
/** A ticket's key alone, or a tracker first ("INC-2026-004", "JIRA SEC-88 in backlog", "Change request CR-1234 raised"; not "AES-256 encrypted backups"). */
const TICKET = /^[A-Z]{2,10}-\d+(-\d+)*$/;
const TRACKER = /^(jira|servicenow|ticket|change request)( |$)/;
/** What happened to it, told after the fact ("approved by the board", "quote received", "vendor selected", "agreed at steering"). */
const REPORTED = /(^| )(approved|agreed|accepted|received|selected|requested|raised|sent|discussed|escalated|chased|signed off|closed|resolved) (by|at|in|on|with|from|to|for)( |$)|(^| )(received|selected|closed|resolved|approved|agreed)( |$).*(^| )(from|in|by|review|march|april|may|june|july|january|february|august|september|october|november|december)( |$)|^\S+ (approved|received|selected|agreed|closed|resolved|raised|opened|logged)( |$)/;
/** A ticket's key first ("SEC-88 (In progress)", "CHG-1203 scheduled")… */
const KEY_LED = /^[A-Z]{2,10}-\d+(-\d+)*\b/;
/** …followed by nothing, by another key or by its state ("(In progress)", "- blocked", "in sprint 14", "waiting on budget", "deployed to prod"). */
const KEY_STATE = /^$|^[-–/,(:]?\s*([A-Z]{2,10}-\d+|\(?(in (qa|sprint|progress|backlog|review|test|testing|prod|production|uat)|with (vendor|supplier|it|legal|cab)|waiting|blocked|deployed|done|closed|open|opened|pending|backlog|sprint|assigned|created|scheduled|raised|logged|resolved|new|wip|under|todo|to do)\b)/i;
/** A kind of control rather than one ("Technical", "Policy", "Contract", "Preventive"). */
const CONTROL_TYPE = /^(technical|administrative|physical|organisational|organizational|policy|procedure|contract|contractual|legal|preventive|preventative|detective|corrective|deterrent|compensating|process|people|technology|technique|organisationnel|technisch|organisatorisch)$/;
/** A placeholder or a status rather than an entry ("TBD", "Done", "Pending", "Monitor", "No action required"): it says nothing of what the column holds. */
const PLACEHOLDER = /^(none|nil|n a|na|ninguna?|nenhuma?|nessuna?|aucune?|keine?|no (further )?action( (required|needed|planned))?)( |$)|^((action )?(required|needed)|yes|no|tbd|tbc|tba|to do|todo|done|complete|completed|closed|open|pending|pendiente|pendente|offen|erledigt|monitor|ongoing)$/;
/** A piece of evidence named shortly rather than a measure ("Training log", "Supplier file", "Backup policy v2", "Asset register"). */
const EVIDENCE = /( |^)(log|logs|file|files|register|record|records|report|reports|minutes|v\d+(\.\d+)*)$/;
/** A follow-up after a while ("Review in 6 months", "Reassess at next audit", "Monitor quarterly", "Revisar anualmente", "Rivedere tra sei mesi"). */
const FOLLOW_UP = new RegExp('^(review|reassess|revisit|reevaluate|re evaluate|recheck|monitor|check|track|watch|revisar|supervisar|reevaluar|monitorizar|monitorear|rivedere|rivalutare|monitorare|revoir|reevaluer|monitorer|reavaliar|monitorar|uberprufen|uberwachen)'
  + '( (again|in|at|after|on|every|next|quarterly|monthly|annually|yearly|weekly|regularly|periodically|later|en|al|a la|anualmente|trimestralmente|mensualmente|tra|fra|annualmente|trimestralmente|mensilmente|dans|annuellement|lors|em|na|no|nach|jahrlich|bei)( |$)|$)');
/** A German measure told verb last ("MFA einrichten", "Schulung durchführen"). */
const VERB_LAST = /( )(einrichten|durchfuhren|umsetzen|einfuhren|aktivieren|schulen|verschlusseln|prufen|sichern|erstellen|beschaffen|abschliessen|installieren|aktualisieren|invoeren|inrichten|uitvoeren|implementeren|activeren|versleutelen)$/;

/** A person's name: two or three capitalised words ("Christopher Johnson", "Priya Patel", "J. Smith"). */
export const PERSON = /^(\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)( \p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/**
 * What a cell of a loose "Action" column says: a measure, something else (who, when, where, how far, which ticket), no measure at
 * all, or neither plainly. A person's name reads as neither: capitalised measures look the same ("Endpoint Protection"), so
 * bare-action.ts weighs names over the whole column.
 */
export function actionCell(text: string): 'measure' | 'other' | 'unclear' | 'none' {
  const raw = text.trim().replace(/\s+/g, ' ');
  const t = folded(raw);
  const words = t.split(' ').length;
  // ("None", "N/A", "TBD", "Done", "None – within appetite", "Review annually": no measure for this risk, or only a look at it
  // again, which says nothing of the column.)
  // (…and so is a ticket told only with its state, "SEC-88 (In progress)", "SEC-90 backlog"; "SEC-88 Geo-blocking" names a measure.)
  if (t === '' || PLACEHOLDER.test(t) || FOLLOW_UP.test(t) || (KEY_LED.test(raw) && KEY_STATE.test(raw.replace(KEY_LED, '').trim()) && !NOUN.test(t))) return 'none';
  // (News of a decision or a delivery says how far it got: "Board approved budget in March", "Approved by CAB", "SEC-88 raised with vendor".)
  // (Not when it names the measure: "Immutable backups approved by board".)
  if (!VERB.test(t) && REPORTED.test(t) && !NOUN.test(t)) return 'other';
  // (…and a question is asked, not done: "Do we have offline copies?".)
  if (raw.endsWith('?') || POINTER.test(t) || WHEN.test(t) || (WHEN_SHORT.test(t) && words <= 3) || PROGRESS.test(t) || TICKET.test(raw) || TRACKER.test(t) || CONTROL_TYPE.test(t)) return 'other';
  // (Two words naming a team or a record are those, "Backup Admin", "Training log"; after a verb, three are a measure: "Enable audit logs".)
  if ((TEAM.test(t) || EVIDENCE.test(t)) && words <= 2) return 'other';
  if (VERB.test(t) || VERB_LAST.test(t)) return 'measure';
  if ((TEAM.test(t) || EVIDENCE.test(t)) && words <= 3) return 'other';
  // (…a role after no verb: "IT Operations Manager"; a "Password manager" is a tool, a "Clear desk" a rule.)
  const role = foldWord(raw.replace(/\([^)]*\)/g, ' ')).replace(/\s+/g, ' ').trim();
  if (WHO.test(role) && words <= 5 && !/(^| )(password manager|clear desk|clean desk)$/.test(role)) return 'other';
  return NOUN.test(t) ? 'measure' : 'unclear';
}

/**
 * Whether a text is an action to take, told by a verb that cannot be a noun: German or Dutch last ("MFA einführen", "Backups
 * prüfen"), or a French, Spanish or Italian infinitive first ("Activer le MFA"). English imperatives name controls too ("Patch
 * applications", "Restrict administrative privileges").
 */
export function toTake(text: string): boolean {
  const t = folded(text);
  return VERB_LAST.test(t) || (VERB.test(t) && /^\S+(er|ar|ir|are|ere|ire) /.test(t));
}

/**
 * Whether a cell tells what to do, led by a verb of doing after any numbering or bold marks ("1. Complete MFA enforcement",
 * "**Implement** audit trail", "MFA einführen"); not a noun that looks like one, named by what follows it ("Backup failure on the
 * file server", "Use of personal devices", "Patch delays", "Review of access not documented"), nor what a cell of another kind says.
 */
export function verbLed(text: string): boolean {
  const t = folded(text.replace(/\*\*/g, '').replace(/^\s*(\d+[.)]\s*|[-•]\s*)/, ''));
  if (NOUN_AFTER.test(t) || actionCell(t) !== 'measure') return false;
  return VERB.test(t) || VERB_LAST.test(t);
}
/** The second word of a noun phrase that starts with a verb's form ("Backup failure", "Use of", "Patch delays", "Access is"). */
const NOUN_AFTER = /^\S+ (of|failure|failures|delay|delays|error|errors|gap|gaps|issue|issues|problem|problems|outage|outages|loss|leak|leaks|is|are|was|were|not|missing|lacking|without|by|from|risk|risks)( |$)/;

/** A cell's words, folded (lower case, no accents) and without punctuation that parts them. */
const folded = (text: string): string => foldWord(text).replace(/[:;,.()]/g, ' ').replace(/\s+/g, ' ').trim();
