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
  + 'implementeren|invoeren|activeren|versleutelen|bijwerken|installeren|configureren|beperken|blokkeren|trainen|uygula|etkinlestir|sifrele|guncelle)( |$)');
/** A measure named by what it is ("MFA", "EDR rollout", "Backup vendor", "Formación", "Datensicherung"). */
const NOUN = new RegExp('(^| )(mfa|2fa|totp|sso|edr|xdr|mdm|siem|soc|dlp|vpn|waf|ids|ips|iam|pam|rbac|nac|hsm|kms|firewall|firewalls|backup|backups|'
  + 'encryption|patching|patches|antivirus|anti malware|antimalware|training|awareness|segmentation|insurance|redundancy|failover|hardening|logging|'
  + 'monitoring|authentication|least privilege|access reviews?|pentest|penetration test(ing)?|vulnerability scan(ning)?|bitlocker|filevault|'
  + 'implementation|deployment|introduction|rollout|enforcement|upgrade|migration|replacement|restriction|restrictions|'
  + 'plan|plans|policy|policies|procedure|procedures|programme|program|prevention|management|recovery|continuity|essentials|control|controls|'
  + 'filter|filtering|lock|locks|locking|test|tests|testing|drill|drills|exercise|exercises|simulation|simulations|review|reviews|audit|audits|'
  + 'segregation|separation|due diligence|passwords?|password manager|clear desk|(second|secondary|alternative|redundant|spare) \\S+|security|'
  + 'cifrado|copias? de seguridad|respaldo|respaldos|formacion|capacitacion|concienciacion|seguro|criptografia|treinamento|conscientizacao|'
  + 'crittografia|formazione|cifratura|chiffrement|sauvegarde|sauvegardes|formation|sensibilisation|verschlusselung|sicherung|datensicherung|'
  + 'schulung|schulungen|sensibilisierung|einfuhrung|versleuteling|training|yedekleme|sifreleme|egitim)( |$)');
/** Where it is written ("See policy", "Refer to BCP", "Covered in section 4", "Siehe Richtlinie"), not what is done. */
const POINTER = /^(see|refer|referred|covered|per|as per|according to|cf|ver|veja|voir|siehe|vedi|zie|consulte|consultar)( |$)/;
/** When it is due or done ("Complete by 30/06/2026", "To be done by end of June", "Target: Q3 2026", "Planned for next year"). */
const WHEN = /^(by|before|until|till|end of|within|q[1-4]|h[12]|fy ?\d|next|asap|immediate|immediately|(short|medium|long|near) term|week \d+|complete by|completed by|to be (done|completed|decided|discussed|confirmed|agreed)|(target|targeted|planned|scheduled|due) (for|on|by|in|date|end|q[1-4]|\d)|target q[1-4]|deadline)( |$)|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}/;
/** How far it got ("Awaiting vendor quote", "Discussed at steering committee", "No further action required", "Email sent to vendor"). */
const PROGRESS = /^(awaiting|waiting|pending|discussed|agreed|approved|raised|sent|emailed|chased|logged|escalated|requested|asked|noted|on hold|ongoing|in progress|not started|no (further )?action|nothing|email sent|ticket|follow up|followed up|en curso|em andamento|in corso|en cours)( |$)/;
/** …or who does it: a role or team ("IT Manager", "Procurement Team", "Head of Facilities", "Data Protection Officer"). */
const WHO = /( |^)(manager|managers|officer|owner|lead|team|department|dept|director|head|administrator|admin|engineer|analyst|ciso|cio|cto|ceo|cfo|coo|dpo|board|committee|desk|unit|responsable|gerente|jefe|equipo|equipe|gestor|direttore|responsabile|verantwortlicher|leiter|abteilung)$|^head of /;
/** A ticket's or change's key inside the text ("CR-1234", "JIRA SEC-88"), or a tracker named first ("JIRA", "Change request CR…"). */
const TICKET = /\b[A-Z]{2,}-\d+\b|^(jira|servicenow|ticket|change request)\b/i;
/** A placeholder or a status rather than an entry ("TBD", "Done", "Pending", "Monitor"): it says nothing of what the column holds. */
const PLACEHOLDER = /^(none|nil|n a|na|ninguna?|nenhuma?|nessuna?|aucune?|keine?)( |$)|^(tbd|tbc|tba|to do|todo|done|complete|completed|closed|open|pending|pendiente|pendente|offen|erledigt|monitor|ongoing)$/;
/** A piece of evidence rather than a measure ("Training log", "Supplier file", "Backup policy v2"). */
const EVIDENCE = /( |^)(log|logs|file|files|register|record|records|report|reports|minutes|v\d+(\.\d+)*)$/;
/** A follow-up after a while ("Review in 6 months", "Reassess at next audit", "Monitor quarterly"): when to look again, no measure. */
const FOLLOW_UP = /^(review|reassess|revisit|reevaluate|re evaluate|recheck|monitor|check|track|watch)( (again|in|at|after|on|every|next|quarterly|monthly|annually|yearly|weekly|regularly|periodically|later)( |$)|$)/;

/** A person's name: two or three capitalised words ("Christopher Johnson", "Priya Patel", "J. Smith"). */
const PERSON = /^(\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)( \p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/** What a cell of a loose "Action" column says: a measure, something else (who, when, where, how far, which ticket), no measure at all, or neither plainly. */
export function actionCell(text: string): 'measure' | 'other' | 'unclear' | 'none' {
  const raw = text.trim().replace(/\s+/g, ' ');
  const t = foldWord(raw).replace(/[:;,.()]/g, ' ').replace(/\s+/g, ' ').trim();
  // ("None", "N/A", "TBD", "Done", "None – within appetite": no measure for this risk, which says nothing of the column.)
  if (t === '' || PLACEHOLDER.test(t)) return 'none';
  if (POINTER.test(t) || WHEN.test(t) || PROGRESS.test(t) || TICKET.test(raw) || FOLLOW_UP.test(t)) return 'other';
  // (A team named by what it runs is a team, "IAM Team", "Backup Admin"; a "Password manager" is a tool.)
  if (WHO.test(t) && t.split(' ').length <= 4 && !/(^| )(password manager|clear desk)$/.test(t)) return 'other';
  if (VERB.test(t)) return 'measure';
  if (EVIDENCE.test(t)) return 'other';
  if (NOUN.test(t)) return 'measure';
  if (PERSON.test(raw)) return 'other';
  // (A sentence of six words or more that says none of these is told as a measure: "Commit in reviewable slices as soon as…".)
  return t.split(' ').length >= 6 ? 'measure' : 'unclear';
}
