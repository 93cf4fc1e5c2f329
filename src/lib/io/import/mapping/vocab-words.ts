/**
 * More words registers use for the app's fixed values (DOMAIN.md 3.8, 3.11, 3.13, 5), to add to
 * vocab.ts's lists: forms of English, French, German, Spanish, Czech and Greek that vocab.ts lacks,
 * and Italian, Portuguese, Romanian, Dutch, Swedish, Norwegian, Danish, Finnish, Polish, Slovak,
 * Croatian/Serbian/Slovenian (Latin), Hungarian and Turkish (this file and vocab-words-more.ts), and
 * Japanese, Chinese, Korean, Vietnamese, Indonesian/Malay, Thai, Russian, Ukrainian, Arabic, Hindi
 * and Persian (vocab-words-east.ts). Words are written as registers write them (case, accents, ł, ı, ø, œ);
 * the caller folds them. Applicability and treatment options of the eastern languages are in
 * values-east.ts and normalise.ts, so vocab-words-east.ts has none.
 *
 * Each table is app value → language → words, "|" between them. Language keys: en fr de es cs el,
 * it pt ro, nl sv no da fi, pl sk, hr (Croatian and forms shared with Serbian), sr (Serbian), sl
 * (Slovenian), hu tr; ja zh (Simplified) zht (Traditional) ko vi id (Indonesian) ms (Malay) th ru uk
 * ar hi fa (Persian). A folded word is under one value of a vocabulary only, here and in vocab.ts.
 *
 * Conventions, as vocab.ts has them: for an SoA status "in progress" means partially implemented and
 * "compliant" implemented; for a risk "open"/"active" means assessed, "accepted"/"mitigated"/"treated"
 * monitoring, "in progress" in treatment; for an action "open"/"new" means planned.
 */
import { moreEuropeWords } from './vocab-words-more.ts';
import { eastWords } from './vocab-words-east.ts';
import { auditWords } from './vocab-words-audit.ts';

export type VocabName = 'soaStatus' | 'riskStatus' | 'actionStatus' | 'assetType' | 'classification' | 'applicable' | 'treatment';
/** App value → language → words separated by "|". */
export type WordTable = Readonly<Record<string, Readonly<Record<string, string>>>>;

const soaStatus: WordTable = {
  implemented: {
    // (A compliance platform's control tests: "Passing", "Needs attention", "Failing".)
    en: 'implemented and operating|implemented and effective|fully in place|in operation|live|compliant|fully compliant|met|implemented (documented)|passing|tests passing',
    fr: 'mis en place|mise en place|mis en œuvre|mise en œuvre|en vigueur|applique|realise|conforme|deploye|entierement mis en oeuvre',
    de: 'vollständig umgesetzt|eingeführt|eingefuehrt|realisiert|erfüllt|erfuellt|vorhanden|in betrieb|wirksam',
    es: 'implantado|implementada|en funcionamiento|aplicado|cumple|totalmente implementado', cs: 'zavedena|implementována|splněno|plně zavedeno',
    el: 'εφαρμόστηκε|υλοποιημένη|σε λειτουργία|πλήρως υλοποιημένο',
    it: 'implementato|implementata|attuato|attuata|applicato|applicata|in essere|in atto|presente|conforme|operativo|adottato|realizzato',
    pt: 'em vigor|em funcionamento|em operação|atendido|concluído|totalmente implementado|implementado totalmente', ro: 'implementat|implementată|aplicat|în vigoare|realizat|conform|funcțional|operațional',
    nl: 'geïmplementeerd|ingevoerd|aanwezig|gerealiseerd|in gebruik|voldoet|volledig geïmplementeerd|toegepast',
    sv: 'implementerad|implementerat|införd|infört|på plats|uppfylld|uppfyllt|fullt|fullt implementerad|helt införd', no: 'implementert|innført|på plass|etablert|oppfylt|fullt|fullt implementert|fullt gjennomført',
    da: 'implementeret|indført|etableret|opfyldt|på plads|fuldt|fuldt implementeret|fuldt gennemført|fuldt opfyldt', fi: 'toteutettu|käytössä|toteutunut|kyllä',
    pl: 'wdrożone|wdrożony|wdrożona|zaimplementowane|zaimplementowany|wprowadzone|spełnione|stosowane',
    sk: 'implementované|implementovaná|zavedené|splnené|realizované', hr: 'implementirano|uvedeno|provedeno|primijenjeno|ispunjeno|uspostavljeno',
    sr: 'primenjeno|sprovedeno', sl: 'vzpostavljeno|izvedeno', hu: 'bevezetve|bevezetett|megvalósítva|megvalósult|implementálva|teljesül|alkalmazva|igen',
    tr: 'uygulandı|uygulandi|uygulanıyor|uygulanmış|yürürlükte|mevcut|karşılanıyor|evet',
  },
  partially_implemented: {
    en: 'partially in place|partly implemented|partly in place|partially compliant|in implementation|implementation in progress|being implemented|under implementation|wip|needs attention',
    fr: 'partiellement mis en oeuvre|partiellement mis en œuvre|partiellement mis en place|partiellement implemente|partiellement en place|partiellement conforme|en cours|en cours de mise en oeuvre',
    de: 'teilweise implementiert|teilweise erfüllt|in umsetzung|in einführung|in bearbeitung', es: 'parcialmente implementado|implementado parcialmente|en curso|en progreso|en implementacion|en implantacion',
    cs: 'částečně zavedeno|rozpracováno|probíhá|v realizaci', el: 'μερικώς υλοποιημένο|εν μέρει|υπό υλοποίηση',
    it: 'parzialmente implementato|parzialmente attuato|parziale|parzialmente|in parte|in corso|in corso di implementazione|in attuazione|parzialmente conforme',
    pt: 'em andamento|em curso|em implementação|em implantação|em progresso|parcialmente atendido',
    ro: 'parțial implementat|implementat parțial|parțial|în curs|în curs de implementare|în desfășurare',
    nl: 'gedeeltelijk|gedeeltelijk geïmplementeerd|deels|deels geïmplementeerd|gedeeltelijk ingevoerd|in uitvoering|voldoet gedeeltelijk|deels aanwezig',
    sv: 'delvis|delvis implementerad|delvis införd|delvis uppfylld|pågående|pågår|påbörjad|påbörjat', no: 'delvis implementert|delvis innført|delvis på plass|delvis oppfylt|under arbeid|påbegynt|igangsatt',
    da: 'delvist|delvist implementeret|delvis implementeret|delvist opfyldt|i gang|igangværende|påbegyndt|igangsat|under implementering', fi: 'osittain|osittain toteutettu|osittain käytössä|kesken|työn alla|käynnissä',
    pl: 'częściowo|częściowo wdrożone|częściowo wdrożony|częściowo spełnione|w trakcie wdrażania|w trakcie|w toku|w realizacji',
    sk: 'čiastočne|čiastočne implementované|čiastočne zavedené|rozpracované|prebieha|v procese',
    hr: 'djelomično|djelomično implementirano|u tijeku|u provedbi', sr: 'delimično|delimično implementirano|u toku', sl: 'delno|delno implementirano|v teku|v izvajanju',
    hu: 'részben|részben bevezetve|részben megvalósítva|részben teljesül|folyamatban|bevezetés alatt', tr: 'kısmen|kismen|kısmen uygulandı|kısmen uygulanıyor|devam ediyor|sürüyor',
  },
  planned: {
    en: 'planned for implementation|implementation planned|to be implemented|on roadmap|backlog', fr: 'a mettre en oeuvre|à mettre en œuvre|a faire|en projet|programme|planifiee',
    de: 'in planung|vorgesehen|umsetzung geplant', es: 'planeado|planificada|programado|por implementar|pendiente de implementar',
    cs: 'naplánováno|v plánu|k zavedení', el: 'προγραμματισμένο|προς υλοποίηση',
    it: 'pianificato|pianificata|programmato|da implementare|da attuare|in programma|da fare', pt: 'planejado|planejada|a implementar|agendado',
    ro: 'planificat|planificată|programat|prevăzut|de implementat', nl: 'gepland|ingepland|te implementeren|in planning',
    sv: 'planerad|planerat', no: 'planlagt', fi: 'suunniteltu|suunnitteilla|aikataulutettu',
    pl: 'planowane|zaplanowane|zaplanowany|do wdrożenia|przewidziane', sk: 'plánované|naplánované|plánuje sa',
    hr: 'planirano|u planu', sl: 'načrtovano|v načrtu', hu: 'tervezett|tervezve|betervezve|ütemezett', tr: 'planlandı|planlandi|planlanan|planlanmış|planlı',
  },
  not_implemented: {
    en: 'not in place|not yet implemented|not yet in place|not met|non-compliant|non compliant|not compliant|absent|not addressed|failing|tests failing',
    fr: 'non mis en place|pas en place|non mis en œuvre|pas encore mis en oeuvre|non conforme|manquant|non realise',
    de: 'nicht implementiert|nicht vorhanden|fehlt|nicht erfüllt|noch nicht umgesetzt', es: 'no implantado|no cumple|inexistente|sin implementar|no existe',
    cs: 'chybí|nesplněno|nezavedena', el: 'μη υλοποιημένο|δεν έχει υλοποιηθεί',
    it: 'non implementato|non attuato|assente|mancante|non conforme|non presente|non ancora implementato', pt: 'não implementado|não implantado|ausente|não atendido|não conforme',
    ro: 'neimplementat|nu este implementat|neaplicat|lipsă|neconform|nu', nl: 'niet geïmplementeerd|niet ingevoerd|niet aanwezig|ontbreekt|voldoet niet|nee',
    sv: 'ej implementerad|inte implementerad|ej infört|saknas|ej uppfylld|nej|ej påbörjad|inte påbörjad', no: 'ikke implementert|ikke innført|ikke på plass|ikke oppfylt|mangler|nei|ikke påbegynt|ikke startet',
    da: 'ikke implementeret|ikke indført|ikke opfyldt|ikke påbegyndt|ikke startet', fi: 'ei toteutettu|toteuttamatta|puuttuu|ei käytössä|ei',
    pl: 'niewdrożone|nie wdrożone|nie wdrożono|brak|niezaimplementowane|niespełnione', sk: 'neimplementované|nezavedené|nesplnené|chýba',
    hr: 'nije implementirano|nije uvedeno|nije provedeno|neimplementirano|nedostaje', sr: 'nije primenjeno', sl: 'ni implementirano|ni uvedeno|manjka',
    hu: 'nincs bevezetve|nincs megvalósítva|nem teljesül|hiányzik|nincs|nem', tr: 'uygulanmadı|uygulanmadi|uygulanmıyor|mevcut değil|eksik|yok|hayır|hayir',
  },
  not_assessed: {
    en: 'not reviewed|not evaluated|not yet assessed|unassessed|to be determined|pending assessment', fr: 'non évaluée|a evaluer|inconnu|non renseigne',
    de: 'unbekannt|zu bewerten|nicht geprüft|ungeprüft', es: 'sin evaluar|por evaluar|desconocido', cs: 'nevyhodnoceno|neposouzeno|neznámé|k posouzení',
    el: 'δεν αξιολογήθηκε|άγνωστο|προς αξιολόγηση', it: 'non valutato|da valutare|sconosciuto|non verificato',
    pt: 'não avaliado|não avaliada|a avaliar|por avaliar|desconhecido', ro: 'neevaluat|neevaluată|de evaluat|necunoscut',
    nl: 'niet beoordeeld|onbekend|nog te beoordelen|niet geëvalueerd', sv: 'ej bedömd|inte bedömd|okänd|okänt', no: 'ikke vurdert|ukjent', da: 'ikke vurderet|ukendt',
    fi: 'ei arvioitu|arvioimatta|tuntematon', pl: 'nieocenione|nie oceniono|do oceny|nieznany|nieznane', sk: 'nehodnotené|neposúdené',
    hr: 'nije procijenjeno|nije ocijenjeno|nepoznato', sr: 'nije procenjeno', sl: 'ni ocenjeno|neznano', hu: 'nem értékelt|nincs értékelve|ismeretlen|értékelendő',
    tr: 'değerlendirilmedi|degerlendirilmedi|bilinmiyor|değerlendirilecek',
  },
};

const riskStatus: WordTable = {
  draft: {
    en: 'raised|logged|registered|new risk|to be assessed|not assessed|under assessment', fr: 'nouveau risque|identifie|a evaluer', de: 'identifiziert|neu identifiziert',
    es: 'identificado|propuesto|nuevo riesgo', cs: 'identifikováno|nové|nový', el: 'νέο|νέος|εντοπίστηκε',
    it: 'bozza|nuovo|identificato|proposto', pt: 'rascunho|novo|proposto', ro: 'ciornă|nou|identificat|propus',
    nl: 'concept|nieuw|geïdentificeerd|voorgesteld', sv: 'utkast|ny|identifierad', no: 'identifisert', da: 'udkast|identificeret', fi: 'luonnos|uusi|tunnistettu',
    pl: 'wersja robocza|szkic|nowe|nowy|zidentyfikowane|zidentyfikowany', sk: 'nové|identifikované|identifikovaný',
    hr: 'nacrt|novo|novi|identificirano', sr: 'identifikovano', sl: 'osnutek|nov|prepoznano', hu: 'piszkozat|tervezet|új|azonosított',
    tr: 'taslak|yeni|tanımlandı|tanimlandi|belirlendi',
  },
  assessed: {
    en: 'rated|open risk|opened|live', fr: 'analyse|actif|active', de: 'aktiv|analysiert|eingeschätzt', es: 'activo|analizado|valorado', cs: 'otevřený|hodnoceno|vyhodnoceno|analyzováno',
    el: 'ενεργό|αξιολογημένο', it: 'aperto|valutato|attivo|analizzato', pt: 'aberto|avaliado|ativo|analisado', ro: 'deschis|evaluat|activ|analizat',
    nl: 'beoordeeld|actief|geanalyseerd', sv: 'öppen|öppet|bedömd|analyserad', no: 'åpen|vurdert', da: 'åben|vurderet', fi: 'avoin|arvioitu|aktiivinen|analysoitu',
    pl: 'otwarte|otwarty|oceniony|ocenione|aktywne|aktywny', sk: 'otvorené|otvorený|posúdené|hodnotené|aktívne|aktívny',
    hr: 'otvoreno|procijenjeno|aktivno', sr: 'procenjeno', sl: 'odprto|ocenjeno', hu: 'nyitott|értékelt|aktív|elemzett',
    tr: 'açık|acik|değerlendirildi|aktif|analiz edildi',
  },
  treatment_planned: {
    en: 'awaiting treatment|treatment pending|action planned|actions planned|to be treated', fr: 'traitement prevu|traitement planifie|plan de traitement',
    de: 'behandlung geplant|maßnahmen geplant|massnahmen geplant', es: 'tratamiento planificado|por tratar|pendiente de tratamiento',
    cs: 'ošetření plánováno|k ošetření', el: 'προς αντιμετώπιση', it: 'trattamento pianificato|da trattare|pianificato', pt: 'tratamento planejado|tratamento planeado|a tratar|planejado|planeado',
    ro: 'tratament planificat|de tratat|planificat', nl: 'behandeling gepland|te behandelen|gepland', sv: 'åtgärd planerad|planerad|att hantera',
    no: 'tiltak planlagt|behandling planlagt|planlagt', da: 'behandling planlagt', fi: 'käsittely suunniteltu|toimenpiteet suunniteltu|suunniteltu',
    pl: 'planowane|zaplanowane|postępowanie zaplanowane|do postępowania', sk: 'plánované|na ošetrenie', hr: 'planirano|obrada planirana|za obradu', sl: 'načrtovano',
    hu: 'kezelés tervezett|tervezett|kezelendő|kezelésre vár', tr: 'planlandı|planlandi|ele alınacak',
  },
  in_treatment: {
    en: 'treatment in progress|mitigation in progress|remediation in progress|being treated|being remediated', fr: 'en traitement|traitement en cours|en cours de traitement',
    de: 'in behandlung|behandlung läuft|in umsetzung', es: 'en tratamiento|tratamiento en curso', cs: 'v řešení|ošetřuje se', el: 'υπό αντιμετώπιση',
    it: 'in trattamento|in corso|trattamento in corso|in lavorazione', pt: 'em tratamento|em andamento|em curso|tratamento em curso',
    ro: 'în tratare|în tratament|în curs|în desfășurare', nl: 'in behandeling|in uitvoering|wordt behandeld', sv: 'under behandling|under åtgärd|pågående|pågår',
    no: 'under arbeid|tiltak pågår', da: 'i gang|igangværende', fi: 'käsittelyssä|työn alla|käynnissä|kesken',
    pl: 'w trakcie|w trakcie realizacji|w realizacji|w toku|w trakcie postępowania', sk: 'v riešení|rieši sa|prebieha|ošetruje sa',
    hr: 'u obradi|u tijeku|u toku', sl: 'v obdelavi|v teku', hu: 'kezelés alatt|folyamatban|kezelés folyamatban', tr: 'devam ediyor|işlemde|ele alınıyor',
  },
  monitoring: {
    en: 'risk accepted|tolerated|retained|under monitoring|controlled', fr: 'accepte|risque accepte|traite|sous surveillance|maitrise',
    de: 'akzeptiert|behandelt|in überwachung|überwachung|ueberwacht', es: 'aceptado|mitigado|tratado|en seguimiento|seguimiento|monitorizado',
    cs: 'akceptováno|ošetřeno|monitorováno', el: 'αποδεκτό|αντιμετωπίστηκε|υπό παρακολούθηση',
    it: 'monitoraggio|in monitoraggio|monitorato|accettato|mitigato|trattato|trasferito|sotto controllo', pt: 'monitoramento|monitorização|em monitoramento|monitorado|aceito|aceite|transferido',
    ro: 'monitorizare|monitorizat|acceptat|atenuat|tratat|transferat', nl: 'bewaking|gemonitord|geaccepteerd|gemitigeerd|behandeld|overgedragen',
    sv: 'övervakning|bevakas|övervakas|accepterad|hanterad|åtgärdad|överförd', no: 'overvåking|overvåkes|akseptert|behandlet|håndtert|overført',
    da: 'overvågning|overvåges|accepteret|håndteret', fi: 'seuranta|seurannassa|hyväksytty|hallinnassa|käsitelty|siirretty',
    pl: 'monitorowane|monitorowanie|monitorowany|zaakceptowane|zaakceptowany|ograniczone|przeniesione', sk: 'monitorované|sledované|akceptované|prijaté|ošetrené|zmiernené',
    hr: 'praćenje|prati se|praćeno|prihvaćeno|ublaženo|umanjeno', sr: 'prihvaćen', sl: 'spremljanje|sprejeto|omiljeno',
    hu: 'monitorozás|monitorozott|figyelés|elfogadott|elfogadva|kezelt|csökkentett', tr: 'izleniyor|izlemede|izleme|kabul edildi|azaltıldı|devredildi',
  },
  closed: {
    en: 'archived|obsolete|no longer relevant|withdrawn', fr: 'résolu|cloture|clôturé|archive', de: 'abgeschlossen|archiviert', es: 'cerrada|resuelto|archivado',
    cs: 'uzavřený|vyřešeno|archivováno', el: 'κλειστός|επιλύθηκε', it: 'chiuso|chiusa|risolto|archiviato|eliminato', pt: 'fechado|encerrado|resolvido|arquivado|concluído',
    ro: 'închis|rezolvat|arhivat|eliminat', nl: 'gesloten|afgesloten|opgelost|gearchiveerd|vervallen', sv: 'stängd|avslutad|löst|arkiverad',
    no: 'lukket|avsluttet|løst|arkivert', da: 'afsluttet|arkiveret', fi: 'suljettu|ratkaistu|arkistoitu|valmis',
    pl: 'zamknięte|zamknięty|rozwiązane|zarchiwizowane|wyeliminowane', sk: 'uzavreté|uzavretý|vyriešené|archivované|ukončené',
    hr: 'zatvoreno|riješeno|arhivirano', sr: 'rešeno', sl: 'zaprto|rešeno|arhivirano', hu: 'lezárt|lezárva|megoldva|archivált|megszüntetett',
    tr: 'kapalı|kapali|kapatıldı|kapatildi|çözüldü|arşivlendi',
  },
};

const actionStatus: WordTable = {
  planned: {
    en: 'not yet started|backlog|awaiting|to be done|outstanding', fr: 'planifie|non commence|non démarré|ouvert|a planifier', de: 'nicht begonnen|nicht gestartet|ausstehend|neu',
    es: 'no iniciado|abierto|por hacer|programado', cs: 'otevřeno|naplánováno|nové', el: 'δεν ξεκίνησε|ανοιχτό|προγραμματισμένο',
    it: 'pianificato|pianificata|da fare|non iniziato|aperto|aperta|nuovo|programmato|da avviare', pt: 'planejado|planeado|não iniciado|a fazer|por fazer|aberto|aberta|novo|agendado|pendente',
    ro: 'planificat|neînceput|de făcut|deschis|nou|programat', nl: 'gepland|ingepland|niet gestart|nog niet gestart|nieuw|te doen|nog te doen',
    sv: 'planerad|planerat|ej påbörjad|inte påbörjad|ej startad|öppen|ny|att göra', no: 'planlagt|ikke startet|ikke påbegynt|åpen', da: 'ikke påbegyndt|åben',
    fi: 'suunniteltu|ei aloitettu|aloittamatta|avoin|uusi|tekemättä', pl: 'planowane|zaplanowane|zaplanowany|nierozpoczęte|nie rozpoczęto|otwarte|nowe|do zrobienia|oczekujące',
    sk: 'plánované|naplánované|nezačaté|otvorené', hr: 'planirano|nije započeto|otvoreno|novo', sl: 'ni začeto|odprto|načrtovano',
    hu: 'tervezett|nincs elkezdve|nyitott|új|teendő', tr: 'planlandı|planlandi|planlanan|başlamadı|baslamadi|açık|acik|yeni|yapılacak|bekliyor',
  },
  in_progress: {
    en: 'underway|under way|in hand|being implemented', fr: 'en cours de realisation|commencé|démarré|en progression', de: 'läuft|begonnen|gestartet|in umsetzung',
    es: 'en ejecucion|iniciado|en proceso|en marcha', cs: 'v řešení|zahájeno|probíhající', el: 'σε εκτέλεση|ξεκίνησε',
    it: 'in corso|in lavorazione|avviato|in esecuzione', pt: 'em andamento|em curso|em progresso|em execução', ro: 'în curs|în desfășurare|în lucru|început|în execuție',
    nl: 'in uitvoering|in behandeling|bezig|lopend|gestart|onderhanden', sv: 'pågående|pågår|påbörjad|påbörjat|under arbete|startad',
    no: 'påbegynt|under arbeid|startet|i arbeid', da: 'i gang|igangværende|påbegyndt|i arbejde', fi: 'käynnissä|kesken|työn alla|aloitettu',
    pl: 'w trakcie|w realizacji|w toku|w trakcie realizacji|rozpoczęte|realizowane', sk: 'prebieha|v riešení|rozpracované|v procese|začaté',
    hr: 'u tijeku|u toku|u izradi|započeto|u realizaciji', sl: 'v teku|v izvajanju|začeto', hu: 'folyamatban|elkezdve|megkezdve|végrehajtás alatt',
    tr: 'devam ediyor|sürüyor|devam eden|başladı|başlandı|işlemde|yürütülüyor',
  },
  done: {
    en: 'delivered|achieved|verified', fr: 'réalisé|clos|clôturé|achevé|mis en œuvre', de: 'fertig|umgesetzt|geschlossen', es: 'finalizado|terminado|cerrado|realizado|implementado',
    cs: 'ukončeno|uzavřeno|realizováno', el: 'ολοκληρωμένο|έκλεισε|κλειστό',
    it: 'completato|completata|fatto|eseguito|chiuso|chiusa|concluso|terminato|realizzato|implementato', pt: 'concluído|concluída|feito|fechado|encerrado|executado',
    ro: 'finalizat|finalizată|realizat|încheiat|închis|implementat|efectuat', nl: 'gereed|afgerond|voltooid|klaar|uitgevoerd|gesloten|afgesloten|geïmplementeerd',
    sv: 'klar|klart|slutförd|slutfört|genomförd|genomfört|avslutad|stängd|utförd|färdig', no: 'ferdig|fullført|gjennomført|utført|avsluttet|lukket|ferdigstilt',
    da: 'færdig|udført|gennemført|afsluttet|fuldført', fi: 'valmis|tehty|toteutettu|suoritettu|suljettu|valmistunut',
    pl: 'zakończone|zakończony|wykonane|wykonano|zrealizowane|zamknięte|ukończone|wdrożone|gotowe', sk: 'hotové|dokončené|splnené|ukončené|uzavreté|vykonané|zrealizované',
    hr: 'završeno|gotovo|izvršeno|provedeno|zatvoreno', sr: 'urađeno|uradjeno|sprovedeno', sl: 'zaključeno|končano|opravljeno|izvedeno|zaprto',
    hu: 'kész|befejezve|befejezett|teljesítve|lezárva|lezárt|elvégezve', tr: 'tamamlandı|tamamlandi|bitti|yapıldı|yapildi|kapatıldı|kapatildi|kapalı|kapali',
  },
  cancelled: {
    en: 'void|rejected|superseded|not required|no longer required|obsolete', fr: 'abandonné|supprimé|rejeté|sans objet|annulée', de: 'entfallen|verworfen|gestrichen|abgelehnt',
    es: 'anulado|descartado|rechazado|cancelada', cs: 'stornováno|zamítnuto|zrušená', el: 'απορρίφθηκε|ακυρωμένο',
    it: 'annullato|annullata|cancellato|abbandonato|ritirato|respinto', pt: 'cancelada|abandonado|rejeitado', ro: 'anulat|anulată|abandonat|respins',
    nl: 'geannuleerd|vervallen|ingetrokken|afgewezen', sv: 'avbruten|avbrutet|struken|makulerad|inställd', no: 'kansellert|avbrutt|avlyst|forkastet',
    da: 'annulleret|aflyst|afbrudt|droppet', fi: 'peruttu|peruutettu|hylätty|keskeytetty', pl: 'anulowane|anulowany|odwołane|porzucone|wycofane|odrzucone',
    sk: 'zrušené|stornované|zamietnuté', hr: 'otkazano|poništeno', sl: 'preklicano|opuščeno', hu: 'törölve|visszavonva|elvetve|megszakítva|elutasítva',
    tr: 'iptal|iptal edildi|vazgeçildi|reddedildi',
  },
};

const europeStatus: Readonly<Record<'soaStatus' | 'riskStatus' | 'actionStatus', WordTable>> = { soaStatus, riskStatus, actionStatus };

/** Every table, by vocabulary; a vocabulary's tables are read in this order. */
export const vocabWordTables: Readonly<Record<VocabName, readonly WordTable[]>> = {
  soaStatus: [europeStatus.soaStatus, eastWords.soaStatus, auditWords.soaStatus],
  riskStatus: [europeStatus.riskStatus, eastWords.riskStatus, auditWords.riskStatus],
  actionStatus: [europeStatus.actionStatus, eastWords.actionStatus, auditWords.actionStatus],
  assetType: [moreEuropeWords.assetType, eastWords.assetType],
  classification: [moreEuropeWords.classification, eastWords.classification, auditWords.classification],
  applicable: [moreEuropeWords.applicable, auditWords.applicable],
  treatment: [moreEuropeWords.treatment, auditWords.treatment],
};

/** App value → words of one vocabulary, as written (not folded), without repeats. */
function flatten(tables: readonly WordTable[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const table of tables) {
    for (const [value, byLanguage] of Object.entries(table)) {
      const words = Object.values(byLanguage).flatMap((line) => line.split('|'));
      out[value] = [...new Set([...(out[value] ?? []), ...words])];
    }
  }
  return out;
}

/** For each vocabulary of vocab.ts: app value → more words registers use, as written (fold before comparing). */
export const moreVocabWords: Record<VocabName, Record<string, string[]>> = {
  soaStatus: flatten(vocabWordTables.soaStatus),
  riskStatus: flatten(vocabWordTables.riskStatus),
  actionStatus: flatten(vocabWordTables.actionStatus),
  assetType: flatten(vocabWordTables.assetType),
  classification: flatten(vocabWordTables.classification),
  applicable: flatten(vocabWordTables.applicable),
  treatment: flatten(vocabWordTables.treatment),
};
