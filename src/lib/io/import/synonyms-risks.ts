/**
 * Header words for the fields of a risk register, in English, French, German, Spanish, Czech and
 * Greek (plus what GRC tools export). Phrases are separated by "|"; a leading "~" marks a weak
 * phrase (it proposes the field with less confidence), a leading "=" one that counts only when it
 * is the whole header ("No", "Date"). Accents and case do not matter.
 *
 * The four rating concepts (likelihood, impact, score, level) are written once: a stage word in
 * the header ("residual", "after treatment", "cible", "zbytkové"…) turns them into the residual
 * fields, and words like "inherent" or "current" are set aside before matching.
 */
import { moreCurrent, moreInherent, morePhrases, moreRatings, moreResidual, withMore } from './synonyms-more.ts';
import { nordicPhrases, nordicRatings, nordicResidual } from './synonyms-nordic.ts';
import { worldCurrent, worldInherent, worldPhrases, worldRatings, worldResidual } from './synonyms-world.ts';
import { eastBareRisk, eastCurrent, eastInherent, eastPhrases, eastRatings, eastResidual } from './synonyms-east.ts';
import { auditPhrases, auditRatings, auditResidual } from './synonyms-audit.ts';
import { regionalPhrases, regionalRatings, regionalResidual } from './synonyms-regional.ts';
import { persianBareRisk, persianCurrent, persianInherent, persianPhrases, persianRatings, persianResidual } from './synonyms-persian.ts';

const baseRiskPhrases: Record<string, string> = {
  id: 'risk id|id|ref|ref id|reference|risk ref|risk reference|risk no|risk number|risk code|=code|=no|=number|=nr|identifier|~=item no|~=s no|~=sr no|~=sl no|~=serial no|risk key|=key|'
    + 'identifiant|id du risque|identifiant du risque|numero|reference du risque|no du risque|'
    + 'risiko id|risiko nr|risikonummer|kennung|lfd nr|nummer|'
    + 'id del riesgo|codigo|codigo del riesgo|numero de riesgo|referencia|'
    + 'id rizika|cislo rizika|cislo|oznaceni|kod rizika|'
    + 'κωδικοσ|κωδικοσ κινδυνου|α α|αριθμοσ|αριθμοσ κινδυνου',
  title: 'risk|risk title|risk name|title|name|risk scenario|scenario|risk event|event|risk statement|short description|risk summary|~summary|~risk description short|~failure mode|threat title|threat name|scenario title|scenario name|'
    + 'risque|intitule|intitule du risque|titre|nom du risque|scenario de risque|evenement redoute|'
    + 'risiko|risikotitel|risikobezeichnung|bezeichnung|titel|risikoszenario|'
    + 'riesgo|titulo|titulo del riesgo|nombre del riesgo|escenario de riesgo|~=nombre|'
    + 'nazev rizika|riziko|nazev|scenar|'
    + 'κινδυνοσ|τιτλοσ|ονομασια κινδυνου|σεναριο κινδυνου',
  description: 'description|risk description|why it matters|why this matters|why it is a risk|details|risk details|detail|scenario description|risk detail|~cause and effect|~narrative|what can happen|what could happen|what could go wrong|=what happens|what goes wrong|'
    + 'description du risque|descriptif|que peut il se passer|que pourrait il se passer|'
    + 'beschreibung|risikobeschreibung|was kann passieren|was konnte passieren|'
    + 'descripcion|descripcion del riesgo|detalle|que puede pasar|que podria pasar|=que pasa|=que ocurre|=o que acontece|o que pode acontecer|'
    + 'popis|popis rizika|'
    + 'περιγραφη|περιγραφη κινδυνου',
  asset: '~bilesen|~=vendor|~=vendor name|~=supplier|~=supplier name|~=third party|~=provider|etkilenen bilesen|asset|assets|asset id|asset name|affected asset|affected assets|asset process|asset area|information asset|assets concerned|~system|~systems|~system id|~system name|asset ref|~affected area|~affected areas|affected component|affected components|~composant|~composants|composant concerne|target component|target components|target system|target systems|target asset|target assets|~~=affected|~affected module|~affected modules|~affected capability|~affected service|~affected services|'
    + 'actif|actifs|actifs concernes|actif concerne|bien support|biens supports|valeur metier|'
    + 'vermogenswert|vermogenswerte|zielobjekt|schutzobjekt|informationswert|'
    + 'activo|activos|activo afectado|activos afectados|'
    + 'aktivum|aktiva|nazev aktiva|id aktiva|dotcene aktivum|'
    + 'περιουσιακο στοιχειο|περιουσιακα στοιχεια|αγαθο',
  threat: 'threat|threats|threat source|threat event|threat description|hazard|threat actor|attack technique|attack techniques|~=stride|~stride category|~stride threat|~stride origin|~stride relacionado|~criterio stride|~categoria stride|~amenaza stride|~related stride|~stride element|~origem stride|~origine stride|'
    + 'menace|menaces|source de menace|source de risque|'
    + 'bedrohung|bedrohungen|gefahrdung|gefahrdungen|'
    + 'amenaza|amenazas|'
    + 'hrozba|hrozby|'
    + 'απειλη|απειλεσ',
  vulnerability: 'vulnerability|vulnerabilities|weakness|weaknesses|predisposing condition|predisposing conditions|security hole|loophole|cause|causes|root cause|risk cause|why it might happen|why it could happen|why might it happen|why could it happen|why would it happen|causa|causas|causa raiz|ursache|ursachen|oorzaak|pricina|nguyen nhan|'
    + 'vulnerabilite|vulnerabilites|'
    + 'schwachstelle|schwachstellen|verwundbarkeit|'
    + 'vulnerabilidad|vulnerabilidades|agujero|agujero de seguridad|'
    + 'zranitelnost|zranitelnosti|'
    + 'τρωτο σημειο|τρωτα σημεια|ευπαθεια|αδυναμια',
  owner: 'risk owner|owner|responsible|accountable|lead officer|responsible officer|=lead|=who|who owns it|who looks after it|who is responsible|owner role|risk manager|who will monitor risk|responsible person|~control owner|~assigned to|=ownership|primary owner|'
    + 'proprietaire du risque|proprietaire|responsable|pilote|porteur du risque|'
    + 'risikoeigner|risikoverantwortlicher|verantwortlich|verantwortlicher|eigentumer|'
    + 'propietario del riesgo|propietario|dueno del riesgo|'
    + 'vlastnik rizika|vlastnik|odpovedna osoba|garant|'
    + 'ιδιοκτητησ κινδυνου|ιδιοκτητησ|υπευθυνοσ',
  treatment: 'treatment|treatment option|treatment options|risk treatment|treatment decision|treatment strategy|risk response|response|risk decision|decision|accept treat|accept or treat|treat accept|treat or accept|treat tolerate|treat or tolerate|tolerate treat|tolerate or treat|4ts|4 ts|risposta|risposta al rischio|resposta|resposta ao risco|reponse|reponse au risque|'
    + 'possible treatment options|preferred option|choose what to do|~mitigation|~mitigation strategy|~risk mitigation|~remediation|~remediations|~correccion|~correcao|~correction|'
    + 'traitement|option de traitement|traitement du risque|decision de traitement|'
    + 'behandlung|risikobehandlung|behandlungsoption|risikostrategie|'
    + 'tratamiento|tratamiento del riesgo|opcion de tratamiento|respuesta al riesgo|'
    + 'osetreni|osetreni rizika|zpusob osetreni|strategie|'
    + 'αντιμετωπιση|επιλογη αντιμετωπισησ|χειρισμοσ κινδυνου',
  // (…and as a hand-made sheet asks it: "What we're doing about it".)
  controls: 'controls|control|what we re doing about it|what we are doing about it|what are we doing about it|what we do about it|what we re doing|what we are doing|what we do|soa control ref|soa control|soa ref|soa reference|bien phap cu the|cac bien phap|bien phap xu ly|bien phap phong ngua|proposed mitigation|proposed mitigations|planned mitigation|planned mitigations|suggested mitigation|suggested mitigations|phuong an giam thieu|bien phap giam thieu|mitigations applied|mitigation applied|applied mitigations|applied controls|controls applied|additional measures|further measures|planned measures|related controls|related control|annex controls|annex control|iso annex control|iso controls|iso 27001 controls|control reference|control ref|control id|control ids|'
    + 'applicable controls|existing controls|existing control|controls in place|existing protection|existing protections|current protection|current protections|protection in place|protections in place|protective measures|existing treatment|existing treatments|current treatment|treatment in place|existing design treatment|mitigating controls|mitigation action|mitigation actions|mitigating actions|mitigation activities|treatment controls|planned controls|additional controls|security controls|'
    + 'treatment controls actions|mitigation in place|mitigations in place|primary mitigation|existing mitigation|existing mitigations|current mitigations|mitigating measures|mitigation measures|safeguards|mitigation strategy safeguards|annex a mapping|iso mapping|iso 27001 mapping|control mapping|controls mapping|~recommended controls|~recommended action|~recommended fix|~recommended fixes|~=fix|~=fixes|~planned fix|~suggested fix|~suggested fixes|~proposed fix|~suggestion|~suggestions|accion aplicada|accion planeada|acciones aplicadas|acciones planeadas|~recommended actions|~recommended mitigation|~doporuceni|~recomendacion|~recomendaciones|~recommandation|~recommandations|~empfehlung|~empfehlungen|~raccomandazione|~raccomandazioni|~aanbeveling|~aanbevelingen|~solucion aplicada|~solution applied|~applied solution|~countermeasures|~safeguards|~measures|'
    + '~prevention|~preventive measures|~preventive controls|~vorbeugung|~vorbeugende massnahmen|~pravention|~prevention des risques|~prevencion|~prevencao|~prevenzione|'
    // A register's planned actions say what is done about each risk: its measures (held-out 19, 31).
    + 'acoes planejadas|acao planejada|acoes previstas|acciones planificadas|acciones previstas|план действий|план мероприятий|план мер|план пом якшення|план заходів|'
    + 'mesures|mesures existantes|mesures de securite|controles|mesure|'
    + 'massnahmen|kontrollen|bestehende massnahmen|implementierte massnahmen|umgesetzte massnahmen|getroffene massnahmen|vorhandene massnahmen|mesures en place|mesures implementees|medidas implementadas|medidas existentes|medidas aplicadas|'
    + 'controles existentes|'
    + 'opatreni|stavajici opatreni|~doporucene opatreni|'
    + 'μετρα|μετρα ασφαλειασ|υφισταμενα μετρα|δικλιδεσ|δικλιδεσ ασφαλειασ|υφισταμενεσ δικλιδεσ|υφισταμενεσ δικλιδεσ ασφαλειασ|ενεργειεσ μετριασμου|μετρα μετριασμου',
  status: 'status|risk status|state|progress|record status|risk record status|~=done|'
    + 'statut|etat|'
    + 'zustand|risikostatus|'
    + 'estado|estatus|situacion|'
    + 'stav|stav rizika|'
    + 'κατασταση',
  reviewDate: 'last rvw|son rvw|rvw date|next rvw|~=rvw|review date|next review|next check|check date|next qbr|next review date|review|date of review|review due|~last reviewed|~last review date|~=date|'
    + 'date de revue|date de revision|prochaine revue|revue|'
    + 'uberprufungsdatum|nachste uberprufung|uberprufung|letzte prufung|letzte uberprufung|zuletzt gepruft|letzte bewertung|'
    + 'fecha de revision|proxima revision|revision|'
    + 'datum revize|revize|datum prezkoumani|'
    + 'ημερομηνια αναθεωρησησ|αναθεωρηση|τελευταια ενημερωση|τελευταια αξιολογηση|ημερομηνια αξιολογησησ|'
    + 'datum procjene|datum revizije|sist vurdert|sist oppdatert|vurdert dato',
  notes: 'notes|note|comments|comment|remarks|remark|observations|notes comments|additional information|~feedback|~justification|~rationale|~reasoning|~justificacion|~justificativa|~begrundung|~motivazione|'
    + 'remarques|commentaire|commentaires|'
    + 'bemerkung|bemerkungen|anmerkung|anmerkungen|kommentar|hinweise|'
    + 'notas|comentarios|observaciones|'
    + 'poznamka|poznamky|komentar|'
    + 'σχολια|παρατηρησεισ|σημειωσεισ',
};

/** The rating concepts, matched after stage words are set aside. */
const baseRatingPhrases: Record<'likelihood' | 'impact' | 'score' | 'level', string> = {
  likelihood: 'likelihood|probability|how likely|how probable|~=prob|prob rating|prob score|prob level|prob value|proba|frequency|occurrence|~=l|~=p|likelihood rating|likelihood score|rate likelihood|chance|'
    + 'vraisemblance|probabilite|frequence|potentialite|'
    + 'wahrscheinlichkeit|eintrittswahrscheinlichkeit|haufigkeit|'
    + 'probabilidad|frecuencia|verosimilitud|'
    + 'pravdepodobnost|cetnost|'
    + 'πιθανοτητα|συχνοτητα',
  impact: 'impact|consequence|consequences|severity|magnitude|how bad|how serious|how severe|~=i|imp level|imp score|imp rating|imp value|business impact|impact rating|impact score|rate impact|'
    + 'gravite|impacts|'
    + 'auswirkung|auswirkungen|schadenshohe|schadensausmass|ausmass|tragweite|schwere|'
    + 'impacto|consecuencia|severidad|gravedad|'
    + 'dopad|zavaznost|dusledek|dusledky|'
    + 'σοβαροτητα|επιπτωση|επιπτωσεισ|αντικτυποσ|συνεπεια',
  score: 'risk score|score|risk value|risk rating numeric|calculate risk|calculated risk|risk number|rpn|risk factor|total score|rating score|risk points|=dread|dread score|'
    + 'likelihood impact|impact likelihood|probability impact|l i|i l|p i|lxi|ixl|pxi|risk impact likelihood|'
    + 'valeur du risque|score du risque|cotation|criticite|'
    + 'risikowert|risikozahl|risikopunkte|'
    + 'puntuacion|valor del riesgo|puntuacion del riesgo|'
    + 'hodnota rizika|skore|skore rizika|'
    + 'βαθμολογια|τιμη κινδυνου|βαθμοσ κινδυνου|=βαθμοσ',
  level: 'risk level|level|risk rating|rating|risk zone|zone|risk priority|~priority|risk rating text|risk band|band|rag|rag status|traffic light|risk class|severity level|~~severity|~~severidad|~~severite|~~schweregrad|'
    + 'niveau de risque|niveau du risque|niveau|priorite|'
    + 'risikostufe|risikoniveau|risikoklasse|risikobewertung|prioritat|ampel|'
    + 'nivel de riesgo|nivel|prioridad|semaforo|'
    + 'uroven rizika|uroven|priorita|'
    + 'επιπεδο κινδυνου|επιπεδο|προτεραιοτητα',
};

/** Words that say a rating is the residual one (after treatment, the target). */
const baseResidualWords = 'residual|neu|residuel|residuelle|residuo|restrisiko|rest|zbytkove|zbytkova|zbytkovy|zostatkove|zostatkova|zostatkovy|υπολειπομενοσ|υπολειπομενη|υπολειπομενο|'
  + 'after treatment|after mitigation|after controls|after control|after fix|after fixes|after fixing|after|post treatment|post mitigation|post control|post|target|net|adjusted|revised|projected|expected|future|final|'
  + 'cible|apres traitement|apres|nach behandlung|nach massnahmen|nach|nachher|ziel|despues del tratamiento|despues|tras tratamiento|objetivo|depois|dopo|'
  + 'po osetreni|po opatrenich|po|cilova|cilove|μετα την αντιμετωπιση|μετα|'
  + 'with measures|with controls|mit massnahmen|restniveau|restrisikoniveau|avec mesures|apres mesures|con medidas|con controles|com medidas|s opatrenimi';

/** Words that say a rating is the inherent one (before any control); they are simply set aside. */
const baseInherentWords = 'inherent|gross|initial|original|before treatment|before controls|before|raw|without measures|without controls|'
  + 'brut|brute|initiale|brutto|ursprunglich|bruto|inherente|inicial|vychozi|puvodni|inherentni|αρχικοσ|αρχικη|αρχικο|εγγενησ|'
  + 'ohne massnahmen|vor massnahmen|vorher|sans mesures|avant mesures|avant|sin medidas|sin controles|antes|sem medidas|bez opatreni';

/** Words that say the rating is the current one; set aside, with a small preference for "inherent". */
const baseCurrentWords = 'current|existing|present|actual|actuel|actuelle|aktuell|aktualni|soucasny|soucasna|τρεχων|τρεχουσα';

/** The whole header, when it is only the word "risk" plus a stage ("Residual risk"), names a level. */
export const bareRiskWords = 'risk|risque|risiko|riesgo|riziko|κινδυνοσ|risk rating|rating|value|risco|rischio|risico|ryzyko|riski|risici|risc|kockazat|rizik|tveganje|=r|' + eastBareRisk + '|' + persianBareRisk;

export const riskPhrases: Record<string, string> = withMore(baseRiskPhrases, morePhrases.risks, nordicPhrases.risks, worldPhrases.risks, eastPhrases.risks, persianPhrases.risks, auditPhrases.risks, regionalPhrases.risks);
export const ratingPhrases = withMore(baseRatingPhrases, moreRatings, nordicRatings, worldRatings, eastRatings, persianRatings, auditRatings, regionalRatings) as typeof baseRatingPhrases;
const joinLists = (...lists: string[]): string => lists.filter((l) => l !== '').join('|');
export const residualWords = joinLists(baseResidualWords, moreResidual, nordicResidual, worldResidual, eastResidual, persianResidual, auditResidual, regionalResidual);
export const inherentWords = joinLists(baseInherentWords, moreInherent, worldInherent, eastInherent, persianInherent);
export const currentWords = joinLists(baseCurrentWords, moreCurrent, worldCurrent, eastCurrent, persianCurrent);
