/**
 * More header words, gathered by field across the languages practitioners write registers in;
 * merged into the lists of synonyms.ts and synonyms-risks.ts (same notation: "|" between phrases,
 * "~" weak, "=" whole header only; accents, case and punctuation do not matter). This file holds
 * the risk register; synonyms-world-more.ts the SoA, assets, treatment plan and sheet names.
 *
 * Every field is written in up to six lines, always in this order:
 *   1. English (UK/US/AU/IN wording, GRC tool exports, abbreviations)
 *   2. French · German (with Swiss and Austrian spellings)
 *   3. Spanish (with Latin American) · Portuguese (BR and PT) · Italian
 *   4. Dutch · Czech · Slovak · Polish
 *   5. Greek · Romanian · Hungarian
 *   6. Turkish · Croatian, Serbian and Slovenian (Latin script)
 * Words that commonly name another field of the same sheet are left out; single generic words are weak.
 */
import type { RecordKind, SheetKind } from './types.ts';
import { j, moreWorld, worldSheetWords } from './synonyms-world-more.ts';

const risks: Record<string, string> = {
  id: j(
    'risk ref no|risk reference number|risk ref id|unique id|unique risk id|record id|risk record id|issue key|tracking id|external reference id|=s n|=sr|=sno|=srno',
    'ref risque|code risque|numero risque|risikokennung|risiko kennung|identnummer|laufende nummer|~abkurzung',
    'ref riesgo|=identificador|identificador del riesgo|identificador do risco|=codice|=cod|=rif|riferimento rischio|=identificativo',
    'risicocode|risico nummer|referentie|volgnummer|poradove cislo|=p c|=por c|evidencni cislo|oznacenie|oznacenie rizika|kod ryzyka|identyfikator ryzyka',
    '=κωδ|=αρ|id risc|cod risc|nr risc|numar risc|~nr crt|azonosito|kockazat azonosito|kockazatazonosito|kockazat id|~sorszam|=kod',
    'risk kodu|risk numarası|sıra no|kayıt no|oznaka rizika|sifra rizika|broj rizika|redni broj|=rb|=r br|id tveganja|oznaka tveganja|stevilka tveganja|zap st',
  ),
  title: j(
    '~=finding|~=findings|risk item|risk subject|subject|risk short name|short name|risk heading|risk label|identified risk|risk identified|~risk topic|~issue|~problem|~problema|~probleme',
    'description courte|libelle|libelle du risque|evenement|evenement de risque|risque identifie|risikoname|kurzbezeichnung|kurztitel|szenario|risikoereignis|schadensereignis',
    'descricao resumida|descripcion breve|descripcion corta|descrizione breve|denominacion del riesgo|riesgo identificado|evento de riesgo|escenario|risco identificado|evento de risco|cenario|titolo|nome|rischio identificato|evento di rischio',
    'risicotitel|risico naam|identifikovane riziko|nazov rizika|nazov|scenar rizika|zidentyfikowane ryzyko|tytul ryzyka',
    'σεναριο|ονομα κινδυνου|risc|riscul|denumire risc|denumirea riscului|titlu|titlu risc|scenariu|scenariu de risc|kockazat|kockazat megnevezese|megnevezes|kockazat neve|kockazati esemeny',
    'risk adı|risk başlığı|başlık|risk olayı|rizik|naziv rizika|naziv|scenarij|scenarij rizika|tveganje|naziv tveganja|ime tveganja|scenarij tveganja|=xavf|xavf nomi|risk nomi',
  ),
  description: j(
    'detailed description|description of risk|full description|long description|risk explanation|explanation|=desc|=descr|~risk context|~context|~background',
    'description detaillee|detail du risque|explication|erlauterung|beschreibung des risikos|detailbeschreibung|langbeschreibung|~sachverhalt',
    'descripcion detallada|detalle del riesgo|explicacion|descricao detalhada|detalhamento|descrizione dettagliata|dettaglio',
    'risicobeschrijving|beschrijving risico|omschrijving risico|podrobny popis|popis scenare|szczegolowy opis',
    'descriere|descrierea riscului|descriere risc|detalii|leiras|kockazat leirasa|reszletes leiras',
    'açıklama|risk açıklaması|risk tanımı|tanım|risk detayı|opis rizika|detaljan opis|opis tveganja',
  ),
  asset: j(
    '~=supports|supporting asset|supporting assets|primary asset|business asset|impacted asset|impacted assets|asset affected|assets affected|asset at risk|in scope asset|target asset|asset group|impacted system|attack surface|~=surface|exposed surface',
    'biens supports|bien support|bien|biens|bien essentiel|biens essentiels|actif support|actifs supports|actif primordial|actif impacte|bien concerne|betroffenes asset|betroffene assets|betroffene werte|betroffene systeme|~objekt',
    'bien soporte|activo de informacion|activo soporte|activo impactado|activos impactados|ativo de informacao|ativo suporte|ativo impactado|bem|asset coinvolto|asset impattato',
    'betrokken asset|betrokken bedrijfsmiddel|primarni aktivum|podpurne aktivum|dotknute aktivum|informacne aktivum|primarne aktivum|podporne aktivum|majetok|zasob informacyjny',
    'πορος|ποροι|πληροφοριακο αγαθο|=activ|activ afectat|active afectate|activ informational|eszkoz|erintett eszkoz|vagyonelem|informacios vagyon|informacios eszkoz|vagyontargy',
    'varlık|varlıklar|bilgi varlığı|etkilenen varlık|ilgili varlık|imovina|informacijska imovina|sredstvo|sredstva|informacijsko sredstvo|premozenje',
  ),
  threat: j(
    '~=source|risk source|source of risk|threat agent|threat scenario|threat vector|threat origin',
    'scenario de menace|origine de la menace|gefahr|gefahren|gefahrenquelle|bedrohungsquelle|elementare gefahrdung|risikoquelle|gefahrdungsquelle',
    'fuente de amenaza|fuente de riesgo|origen de la amenaza|peligro|fonte de ameaca|fonte de risco|perigo|fonte di minaccia|fonte di rischio|pericolo',
    'dreigingsbron|risicobron|zdroj hrozby|zdroj rizika|zrodlo zagrozenia|zrodlo ryzyka',
    'πηγη απειλησ|πηγη κινδυνου|amenintare|amenintari|sursa amenintarii|sursa de risc|fenyegetes|fenyegetesek|fenyegetettseg|veszely|veszelyforras|kockazati forras',
    'tehdit|tehditler|tehdit kaynağı|risk kaynağı|tehlike|prijetnja|prijetnje|izvor prijetnje|izvor rizika|pretnja|pretnje|izvor pretnje|groznja|groznje|vir groznje|vir tveganja',
  ),
  vulnerability: j(
    'vulnerability description|exploited vulnerability|vulnerabilities exploited|control weakness|control gap|~gap|~gaps|=vuln|=vulns|=vuln desc',
    'faille|failles|faiblesse|faiblesses|point faible|schwachpunkt|schwachpunkte|sicherheitslucke|sicherheitslucken',
    'debilidad|debilidades|fragilidade|fragilidades|fraqueza|fraquezas|debolezza|debolezze|punto debole',
    'zwakte|zwakheid|zwakheden|zwakke plek|slabina|slabiny|slabe misto|slabe miesto|slabosc|slabosci',
    'αδυναμιεσ|ευπαθειεσ|cauze|cauza|vulnerabilitate|vulnerabilitati|slabiciune|slabiciuni|sebezhetoseg|sebezhetosegek|gyengeseg|gyengesegek|gyenge pont',
    'zafiyet|zafiyetler|açıklık|güvenlik açığı|zayıflık|ranjivost|ranjivosti|slabost|slabosti|ranljivost|ranljivosti|sibkost|sibkosti',
  ),
  owner: j(
    'responsibility|risk owner name|owner name|risk lead|risk champion|owned by|accountable person|accountable owner|accountable manager|responsible manager|responsible party|risk custodian|=resp|=resp person',
    'eigner|proprio|responsable du risque|porteur|detenteur du risque|gestionnaire du risque|risikoeigentumer|zustandig|zustandigkeit|=verantwortung|verantwortliche person',
    'responsable del riesgo|dueno|gestor del riesgo|encargado|gestor do risco|responsavel pelo risco|dono|owner del rischio|proprietario del rischio|referente|asignado a|asignado|atribuido a|responsable asignado',
    'verantwoordelijk|eigenaar risico|odpovednost|odpovedny|zodpovida|zodpovedna osoba|zodpovedny|zodpovednost|gestor|opiekun ryzyka',
    'υπευθυνοσ κινδυνου|αρμοδιοσ|proprietarul riscului|proprietar risc|proprietar|responsabil|persoana responsabila|responsabil risc|kockazatgazda|kockazat tulajdonosa|kockazat gazdaja|felelos|tulajdonos',
    'risk sahibi|sahibi|sahip|sorumlu|sorumlu kişi|risk sorumlusu|vlasnik rizika|vlasnik|odgovorna osoba|=odgovoran|nositelj rizika|nosilac rizika|lastnik tveganja|=lastnik|odgovorna oseba|skrbnik tveganja|nosilec tveganja|egasi|risk egasi|mas ul|masul|javobgar|mas ul shaxs',
  ),
  treatment: j(
    'risk treatment option|treatment type|treatment approach|treatment choice|selected treatment|risk treatment decision|response strategy|risk response strategy|risk mitigation strategy|planning strategy|risk handling|~strategy',
    '~mitigacion|~mitigacao|~mitigazione|~attenuation|~minderung|~risikominderung|~mitigatie|~zmirneni|~mitygacja|~mitigare|~mitigering|~mitigointi|'
      + 'strategie de traitement|choix de traitement|mode de traitement|reponse au risque|~option|behandlungsstrategie|risikobehandlungsoption|umgang mit risiko|risikoumgang|behandlungsart|risikoentscheidung|entscheidung',
    'estrategia de tratamiento|tipo de tratamiento|estrategia|estrategia de tratamento|tipo de tratamento|decisao|opcao|strategia di trattamento|risposta al rischio|decisione|strategia',
    'risicostrategie|risicorespons|behandelwijze|beslissing|volba osetreni|reakce na riziko|osetrenie rizika|sposob osetrenia|zvladanie rizika|osetrenie|reakcia na riziko|opcja postepowania|decyzja',
    'χειρισμοσ|στρατηγικη αντιμετωπισησ|επιλογη χειρισμου|tratament|tratarea riscului|tratare|optiune de tratare|raspuns la risc|strategie de tratare|decizie|kockazatkezeles|kezeles|kezelesi mod|kezelesi strategia|kezelesi opcio|dontes',
    'risk işleme|işleme seçeneği|risk yanıtı|risk stratejisi|karar|ele alma yöntemi|obrada rizika|postupanje s rizikom|tretman rizika|tretman|strategija|odluka|obravnava tveganja|obravnava|ravnanje s tveganjem|nacin obravnave',
  ),
  controls: j(
    'prevention and mitigation|mitigation and prevention|preventive measures|prevention measures|risk prevention|prevencao ao risco|prevencao de riscos|prevencao do risco|prevencion del riesgo|prevencion de riesgos|prevention des risques|acoes preventivas|acciones preventivas|medidas de prevencao|medidas de prevencion|current controls|existing safeguards|compensating controls|compensating control|mitigating measures|mitigation measures|control measures|controls implemented|implemented controls|proposed controls|control description|applied controls|existing applied controls|'
      + 'annex a reference|annex a ref|soa reference|control mapping|mitigation controls|mitigating control|existing mitigations|current mitigations|safeguards in place|security measures|'
      // How each risk is avoided, said as a question or a promise ("Como evitar", "O que faremos"): the measures.
      + '~how to avoid|~how to prevent|~how to prevent it|~how we prevent it|~how we avoid it|~how to mitigate|~what we will do|~what we ll do|~what we do|~o que vamos fazer|~que vamos hacer|~como evitar|~como prevenir|~como mitigar|~o que faremos|~que haremos|~comment eviter|~comment prevenir|~wie vermeiden|~come evitare|~come prevenire|'
      // A register's free-text plan says what will be done about the risk: its controls, when no column names them better.
      + '~~recommendation|~~recommendations|~~mitigation plan|~~action plan|~~treatment plan|~~mitigation actions|~~treatment actions|~~planned actions|~~response plan|'
      + '~~plan de mitigacion|~~plano de mitigacao|~~plan de accion|~~plano de acao|~~acciones de mitigacion|~~acoes de mitigacao|~~plan de tratamiento|~~plano de tratamento|'
      + '~~plan d action|~~plan de traitement|~~plan de mitigation|~~massnahmenplan|~~behandlungsplan|~~piano d azione|~~piano di mitigazione|~~plan van aanpak|~~actieplan|~~plan osetreni|~~plan opatreni',
    'parade|parades|contre mesures|contre mesure|mesures de traitement|mesures proposees|mesures complementaires|controles existants|dispositifs de maitrise|mesures de maitrise|mesures en place|mitigation principale|mesure principale|mesures principales|'
      + 'gegenmassnahme|gegenmassnahmen|schutzmassnahmen|vorhandene massnahmen|sicherheitsmassnahmen|umgesetzte massnahmen|geplante massnahmen|massnahme|bestehende kontrollen|kontrollmassnahmen|mitigation aktuell|aktuelle mitigation|aktuelle massnahmen|massnahmen aktuell',
    'mitigacion en el sistema|mitigacion existente|mitigacion actual|mitigacion implementada|mitigacao existente|contramedidas|contramedida|salvaguardas|salvaguarda|controles actuales|controles implementados|medidas de seguridad|medidas existentes|controles propuestos|controles aplicables|medidas de control|medidas de mitigacion|'
      + 'controlos|controlos existentes|medidas de seguranca|controles atuais|contromisure|misure esistenti|controlli in essere|presidi|presidi esistenti|controlli attuali|misure adottate',
    'tegenmaatregelen|huidige maatregelen|getroffen maatregelen|beveiligingsmaatregelen|maatregel|protiopatreni|bezpecnostni opatreni|existujici opatreni|navrhovana opatreni|zavedena opatreni|'
      + 'opatrenia|opatrenie|existujuce opatrenia|bezpecnostne opatrenia|protiopatrenia|zavedene opatrenia|srodki kontroli|mechanizmy kontrolne|srodki bezpieczenstwa|zabezpieczenie|stosowane zabezpieczenia|kontrole|dzialania profilaktyczne|dzialania zapobiegawcze|srodki zapobiegawcze|dzialania prewencyjne',
    'αντιμετρα|μετρα προστασιασ|υφισταμενοι ελεγχοι|ελεγχοι|controale|controale existente|masuri|masura|masuri existente|masuri de securitate|masuri de atenuare|masura de atenuare|contramasuri|'
      + 'kontrollok|meglevo kontrollok|intezkedesek|meglevo intezkedesek|vedelmi intezkedesek|ellenintezkedesek|biztonsagi intezkedesek',
    'mevcut kontroller|azaltım planı|azaltım|risk azaltma|azaltma planı|azaltma önlemleri|önlemler|önlem|alınan önlem|alınan önlemler|uygulanan önlem|uygulanan önlemler|idari önlem|mevcut önlemler|güvenlik önlemleri|karşı önlemler|postojece kontrole|mjere|postojece mjere|sigurnosne mjere|protumjere|mere|postojece mere|kontramere|zastitne mere|'
      + 'ukrepi|obstojeci ukrepi|varnostni ukrepi|protiukrepi|mitigatsiya|mitigatsiyasi|choralar|himoya choralari|nazorat choralari',
  ),
  status: j(
    'current status|lifecycle status|workflow status|workflow state|risk state|open closed|~stage',
    'statut du risque|etat du risque|bearbeitungsstatus|bearbeitungsstand',
    'estado del riesgo|estado do risco|status do risco|situacao do risco|stato del rischio',
    'risicostatus|status risico|status ryzyka|stan ryzyka',
    'κατασταση κινδυνου|stare|starea riscului|stadiu|allapot|statusz|kockazat allapota',
    'durum|durumu|risk durumu|stanje|status rizika|stanje rizika|stanje tveganja|holat|joriy holat|holati|=holat',
  ),
  reviewDate: j(
    'next review due|reassessment date|next reassessment|date of next review|next assessment date|monitoring date|rev date|next rev|review deadline',
    'date de reexamen|reexamen|prochaine revision|date de prochaine revue|date de reevaluation|prochaine reevaluation|pruftermin|uberprufungstermin|neubewertung|datum der uberprufung',
    'fecha de la proxima revision|fecha de reevaluacion|proxima evaluacion|data da proxima revisao|data de reavaliacao|proxima avaliacao|prossimo riesame|data riesame|data prossima revisione',
    'datum beoordeling|volgende beoordeling|herbeoordeling|volgende evaluatie|pristi revize|termin revize|datum revizie|datum preskumania|dalsia revizia|revizia|data nastepnego przegladu|termin przegladu',
    'επομενη αναθεωρηση|ημερομηνια επανεξετασησ|επανεξεταση|data revizuirii|data reevaluarii|urmatoarea revizuire|revizuire|felulvizsgalat datuma|felulvizsgalat|kovetkezo felulvizsgalat|felulvizsgalat idopontja',
    'gözden geçirme tarihi|sonraki gözden geçirme|gözden geçirme|inceleme tarihi|datum revizije|datum pregleda|sljedeci pregled|sledeci pregled|revizija|naslednji pregled',
  ),
  notes: j(
    'additional notes|additional comments|general comments|other information|additional info|misc|miscellaneous',
    'precisions|informations complementaires|observation|remarque|kommentare|erlauterungen|hinweis|notiz|notizen|zusatzinformationen|sonstiges',
    'nota|comentario|informacion adicional|observacao|informacoes adicionais|commento|annotazioni|osservazione',
    'notities|notitie|aanvullende informatie|commentaar|komentare|doplnujici informace|doplnujuce informacie|uwaga|dodatkowe informacje',
    'παρατηρηση|σχολιο|observatii|observatie|comentarii|comentariu|mentiuni|megjegyzes|megjegyzesek|eszrevetelek|eszrevetel',
    '=not|notlar|yorumlar|yorum|napomena|napomene|komentari|opomba|opombe',
  ),
};

const ratings: Record<'likelihood' | 'impact' | 'score' | 'level', string> = {
  likelihood: j(
    'likelihood of occurrence|probability of occurrence|chance of occurrence|occurrence rating|probability rating|probability score|likelihood level|probability level|likelihood value|threat likelihood|=freq|=lik|=lkhd',
    '~=v|~=w|probabilite d occurrence|probabilite de survenance|niveau de vraisemblance|eintretenswahrscheinlichkeit|eintrittshaufigkeit|wahrscheinlichkeitsstufe|eintritts wsk|=wsk|=ew|=eintritt|=eintreten|=occurrence|=survenance|auftreten|auftretenswahrscheinlichkeit',
    'posibilidad|probabilidad de ocurrencia|ocurrencia|nivel de probabilidad|possibilidade|probabilidade de ocorrencia|ocorrencia|verosimiglianza|possibilita|probabilita di accadimento|accadimento',
    'kans op optreden|kans van optreden|frekvence|pravdepodobnost vyskytu|frekvencia|pocetnost|prawdopodobienstwo wystapienia|p stwo',
    '=πιθ|πιθανοτητα εμφανισησ|probabilitate|probabilitatea|probabilitatea de aparitie|frecventa|posibilitate|valoszinuseg|bekovetkezesi valoszinuseg|bekovetkezes valoszinusege|gyakorisag|elofordulas',
    'olasılık|olasılık değeri|olabilirlik|sıklık|gerçekleşme olasılığı|vjerojatnost|ucestalost|frekvencija|verovatnoca|vjerovatnoca|verjetnost|pogostost|ehtimollik|ehtimoli',
  ),
  impact: j(
    'harm|~damage|potential impact|impact level|impact value|consequence rating|consequence level|severity rating|severity score|=imp|=sev',
    '~=g|severite|niveau d impact|niveau de gravite|impact metier|schadenspotenzial|schadenspotential|schaden|folgen|schweregrad|schadensstufe|auswirkungsstufe|~=gewichtung|=ausw',
    'consecuencias|magnitud|dano|magnitud del dano|nivel de impacto|consequencias|danno|magnitudo|entita del danno|severita|livello di impatto|impacto negocio|impacto en el negocio|impacto al negocio|impacto no negocio',
    'gevolgen|=effect|impactniveau|zavaznost dopadu|mira dopadu|nasledok|nasledky|konsekwencje|konsekwencja|szkoda',
    'consecinta|consecinte|severitate|gravitate|=efect|impactul|=hatas|=kovetkezmeny|=kovetkezmenyek|sulyossag|kar|karmertek|hatas merteke',
    'etki|etki değeri|şiddet|ciddiyet|etki derecesi|utjecaj|posljedica|posljedice|ozbiljnost|ucinak|steta|uticaj|posledica|posledice|vpliv|resnost|skoda|ta sir|tasir|ta siri',
  ),
  score: j(
    'risk priority number|risk index|total risk score|calculated score|risk rating score|numeric score|likelihood x impact|probability x impact|impact x likelihood|impact x probability|l x i|p x i|i x l|i x p|p x s|l x c|lxc|pxs|~=total|=exposure|=risk exposure|exposure score',
    'indice de risque|p x g|g x p|v x g|pxg|risikoprioritatszahl|rpz|punktzahl|risikoindex|risikoscore|w x a|w x s|ew x sa|=exposition|=exposition au risque',
    'indice de riesgo|riesgo calculado|puntaje|puntaje del riesgo|indice de risco|risco calculado|rischio calcolato|p x d|pxd|d x p|punteggio di rischio|=exposicion|=exposicao|=exposicion al riesgo|=exposicao ao risco|escore|escore de risco|escore do risco',
    'risicogetal|kans x impact|k x i|vyse rizika|velikost rizika|vyska rizika|~wynik|wynik ryzyka|wskaznik ryzyka',
    'βαθμολογια κινδυνου|συνολικη βαθμολογια|scor|scorul riscului|scor risc|valoarea riscului|valoare risc|punctaj|indice de risc|kockazati ertek|kockazat erteke|pontszam|kockazati pontszam',
    'risk skoru|risk puanı|risk değeri|puan|skor|risk öncelik sayısı|=rös|vrijednost rizika|vrednost rizika|vrednost tveganja',
  ),
  level: j(
    'rag rating|risk grade|~grade|overall risk rating|risk tier|risk colour|risk color|rating band|h m l|hml|risk criticality',
    'classe de risque|risikoeinstufung|einstufung|risikohohe|risikograd|ampel|ampelfarbe|priorisierung|=stufe|risikostufe',
    'clasificacion del riesgo|calificacion del riesgo|criticidad|grau de risco|classificacao do risco|criticidade|classe di rischio|criticita|grado di rischio|faixa|faixa de risco|faixa do risco',
    'risicoklasse|risicograad|stupen rizika|vyznamnost rizika|klasa ryzyka|stopien ryzyka|~oordeel|risico oordeel',
    'nivel de risc|nivelul riscului|clasa de risc|prioritate|grad de risc|kockazati szint|kockazat szintje|szint|prioritas|kockazati besorolas|besorolas|kockazati osztaly',
    'risk seviyesi|risk düzeyi|seviye|düzey|öncelik|risk derecesi|risk sınıfı|derece|derecesi|tehdit derecesi|tehlike derecesi|razina rizika|razina|prioritet|stupanj rizika|nivo rizika|nivo|stepen rizika|raven tveganja|stopnja tveganja|prioriteta|raven',
  ),
};

const residual = j(
  'mitigated|remaining|desired|anticipated|post implementation|after implementation|after actions|after measures',
  'vise|visee|restant|apres mesures|verbleibend|verbleibendes|angestrebt|zielwert|zielrisiko|nettorisiko|nach umsetzung',
  'esperado|remanente|despues de controles|tras controles|alvo|remanescente|apos controles|apos medidas|atteso|dopo controlli|dopo misure|dopo',
  'beoogd|beoogde|verwacht|verwachte|doelrisico|zvyskove|zvyskovy|zvyskova|rezidualni|reziduálne|po opatreniach|cielove|cielovy|cielova|docelowe|docelowy|docelowa|po zabezpieczeniach|po wdrozeniu',
  'υπολειμματικοσ|υπολειμματικη|υπολειμματικο|μετα τα μετρα|rezidual|reziduala|reziduale|risc rezidual|riscul rezidual|dupa tratare|dupa masuri|dupa|tinta|maradvany|maradek|maradvanykockazat|maradvany kockazat|kezeles utan|intezkedesek utan|intezkedes utan|celertek|celzott',
  'artık|kalan|kalıntı|işlem sonrası|önlem sonrası|kontrol sonrası|sonrası|hedef risk|hedeflenen|preostali|preostalo|preostala|rezidualno|nakon obrade|nakon tretmana|nakon mjera|nakon mera|posle tretmana|posle mera|nakon|posle|ciljni|ciljno|ciljana|preostali rizik|rezidualni rizik|po obravnavi|po ukrepih|preostalo tveganje|rezidualno tveganje',
);

const inherent = j(
  'potential|pre treatment|pre mitigation|pre control|pre controls|before mitigation|before measures|before treatment|before controls|prior to mitigation|prior to treatment|untreated|unmitigated|intrinsic|absolute',
  'potentiel|intrinseque|avant traitement|avant mesures|avant|inharent|vor massnahmen|vor behandlung|bruttorisiko|ausgangsrisiko',
  'potencial|potenziale|antes de controles|antes del tratamiento|antes|intrinseco|antes do tratamento|iniziale|prima del trattamento|prima dei controlli',
  'initieel|oorspronkelijk|pred osetrenim|pred opatrenimi|pred opatreniami|povodne|vychodiskove|przed|przed zabezpieczeniami|wyjsciowe|poczatkowe',
  'πριν|πριν τα μετρα|inerent|risc inerent|riscul inerent|inainte de tratare|inainte de masuri|inainte|eredendo|inherens|eredendo kockazat|inherens kockazat|kezdeti|kezeles elott|intezkedesek elott|eredeti',
  'doğal|içsel|başlangıç|işlem öncesi|önlem öncesi|kontrol öncesi|öncesi|pocetni|izvorni|prije obrade|prije mjera|pre tretmana|pre mera|inherentni rizik|pocetni rizik|inherentno|zacetno|pred obravnavo|pred ukrepi|inherentno tveganje',
);

const current = j(
  'existant|courant|derzeitig|gegenwartig',
  'existente|presente|vigente|corrente|esistente',
  'actueel|bestaand|bestaande|stavajici|soucasne|aktualny|sucasne|sucasny|existujuce|aktualne|biezacy|biezace',
  'υφισταμενοσ|υφισταμενη|υφισταμενο|τρεχον|curent|existent|prezent|jelenlegi|aktualis|meglevo|risc curent|jelenlegi kockazat',
  'mevcut|güncel|şimdiki|trenutni|trenutna|trenutno|postojeci|postojeca|postojece|sadasnji|obstojece|obstojeci|trenutni rizik|trenutno tveganje',
);

/** Turkish dotless ı stays as it is when accents are removed: each phrase with it also gets its "i" spelling. */
function dotless(list: string): string {
  return list
    .split('|')
    .flatMap((p) => (p.includes('ı') ? [p, p.replace(/ı/g, 'i')] : [p]))
    .join('|');
}

function expandAll<K extends string>(lists: Record<K, string>): Record<K, string> {
  return Object.fromEntries(Object.entries<string>(lists).map(([k, v]) => [k, dotless(v)])) as Record<K, string>;
}

export const worldPhrases: Record<RecordKind, Record<string, string>> = {
  risks: expandAll(risks),
  soa: expandAll(moreWorld.soa),
  assets: expandAll(moreWorld.assets),
  'treatment-plan': expandAll(moreWorld['treatment-plan']),
};

export const worldRatings: Partial<Record<'likelihood' | 'impact' | 'score' | 'level', string>> = expandAll(ratings);

export const worldResidual = dotless(residual);
export const worldInherent = dotless(inherent);
export const worldCurrent = dotless(current);

export const worldSheetNames: Partial<Record<SheetKind, string>> = expandAll(worldSheetWords);
