/**
 * The wider vocabulary of synonyms-world.ts for SoA, asset and treatment-plan sheets, and the
 * words in sheet and file names; same notation and the same six-line order of languages:
 *   1. English (UK/US/AU/IN wording, GRC tool exports, abbreviations)
 *   2. French · German (with Swiss and Austrian spellings)
 *   3. Spanish (with Latin American) · Portuguese (BR and PT) · Italian
 *   4. Dutch · Czech · Slovak · Polish
 *   5. Greek · Romanian · Hungarian
 *   6. Turkish · Croatian, Serbian and Slovenian (Latin script)
 */
import type { RecordKind, SheetKind } from './types.ts';

/** Joins the lines of one field's list. */
export const j = (...lines: string[]): string => lines.filter((l) => l !== '').join('|');

const soa: Record<string, string> = {
  controlId: j(
    'ctrl id|ctrl ref|ctrl no|annex a #|annex a id|clause no|clause ref|requirement id|req id|control identifier|reference id|framework reference|iso 27001 ref|iso clause',
    'ref mesure|numero de la mesure|code mesure|ref iso|massnahmen nr|control nr|iso referenz|anhang a nr|ziffer',
    'ref control|codigo del control|clausula|numeral|no control|no do controle|codigo do controle|no do controlo|id do controlo|controle no|rif|codice controllo|n controllo|clausola|punto norma',
    'nummer maatregel|beheersmaatregel nr|control id nr|kod opatreni|cislo opatrenia|id opatrenia|oznacenie|kod opatrenia|nr zabezpieczenia|numer zabezpieczenia|id zabezpieczenia',
    '=κωδ|=αρ|αριθμοσ ελεγχου|nr control|cod control|referinta|clauza|punct standard|kontroll azonosito|kontroll szam|hivatkozas',
    'kontrol no|kontrol numarası|kontrol kodu|madde no|referans|oznaka kontrole|broj kontrole|id kontrole|referenca|sifra|stevilka kontrole|oznaka',
  ),
  controlTitle: j(
    'control heading|control label|control topic|annex a control name|security control name|=control statement',
    // The requirement each row states, in an SoA of another set ("Requirement summary", "Criterion (summary)", "Exigence").
    '~=requirement summary|~=requirement description|~=requirement text|~=criterion|~=criterion summary|~=criteria|~=exigence|~=exigences|~=exigencia|~=exigencias|~=requisito|~=requisitos|~=anforderung|~=anforderungen',
    // The practices a checklist asks about ("Best practice | Compliant?").
    '~=best practice|~=best practices|~=melhores praticas|~=boas praticas|~=mejores practicas|~=buenas practicas|~=bonnes pratiques',
    // The organisation's own measures by name ("Measure | Status: ✅", "Medida", "Salvaguarda"), as a list of technical and
    // organisational measures keeps them.
    '~=measure|~=measures|~=security measure|~=security measures|=medida|=medidas|=salvaguarda|=salvaguardas|~=safeguard|~=safeguards',
    'intitule de la mesure|titre de la mesure|libelle de la mesure|massnahmentitel|massnahmenbezeichnung|kontrolltitel|control titel|bezeichnung der massnahme',
    'denominacion|denominacion del control|titulo del control|controlo|nome do controlo|nome curto|nombre corto|titulo do controlo|titulo do controle|designacao|denominazione del controllo|~descricao|~descrizione',
    'naam maatregel|titel maatregel|~omschrijving|nazov opatrenia|opatrenie|bezpecnostne opatrenie|bezpecnostni opatreni|nazwa kontroli|~opis',
    'τιτλοσ ελεγχου|ονομα ελεγχου|denumire control|titlu control|masura|denumire|kontroll megnevezese|kontroll neve|intezkedes|megnevezes',
    'kontrol adı|kontrol başlığı|başlık|naziv kontrole|kontrola|naziv|mjera|mera|naslov|ime kontrole|ukrep|naslov kontrole|~açıklama|~opis kontrole',
  ),
  applicable: j(
    'inc exc|incl excl|included excluded|~inclusion exclusion|included y n|include|necessary|needed|control needed|control required|control applicable|applies y n|applicable status|=yes no|=apply',
    'selectionnee|selectionne|inclus|incluse|pertinent|pertinente|necessaire|=oui non|ausgewahlt|erforderlich|anwendbar ja nein|=ja nein',
    'aplica si no|seleccionado|incluido|necesario|=si no|aplica se|selecionado|necessario|=sim nao|selezionato|incluso',
    'geselecteerd|=ja nee|toepasselijkheid|vybrano|zahrnuto|pouzitelne|uplatnitelnost|=ano ne|uplatnitelne|relevantne|vybrane|zahrnute|=ano nie|wybrane|dotyczy|stosowalnosc|=tak nie',
    'ισχυει|επιλεγμενο|=ναι οχι|aplicabil|aplicabilitate|se aplica|selectat|necesar|alkalmazhato|alkalmazhatosag|alkalmazando|kivalasztva|=igen nem',
    'uygulanabilir|uygulanabilirlik|uygulanabilir mi|uygulanır|kapsamda|seçildi|dahil|=evet hayır|primjenjivost|primjenjivo|primenljivost|primenljivo|primjenljivost|uporabnost|uporabljivost|se uporablja|relevantno',
  ),
  justification: j(
    'basis for selection|selection rationale|exclusion reason|inclusion reason|reason for applicability|reason for non applicability|applicability justification|justification of applicability|why applicable|control selection reason|~drivers',
    'justification de l exclusion|motif d exclusion|raison de l inclusion|justification du choix|justification de la selection|argumentaire|auswahlgrund|ausschlussgrund|begrundung fur ausschluss|begrundung der anwendbarkeit|auswahlbegrundung|herleitung',
    'motivo de inclusion|motivo de exclusion|razon de inclusion|razon de exclusion|fundamento|justificacion de aplicabilidad|sustento|razao|justificativa de inclusao|justificativa de exclusao|fundamentacao|motivazione esclusione|ragione',
    'reden van uitsluiting|verantwoording|duvod vylouceni|duvod zarazeni|odovodnenie|zdovodnenie|dovod|dovod vylucenia|dovod zaradenia|uzasadnienie wylaczenia|uzasadnienie zastosowania|przyczyna',
    'αιτιολογηση εξαιρεσησ|λογοσ|λογοι|justificare|motiv|motivare|motivul includerii|motivul excluderii|indoklas|indok|kizaras indoka|alkalmazas indoka|kivalasztas indoka',
    'gerekçe|gerekçesi|hariç tutma gerekçesi|dahil etme gerekçesi|seçim gerekçesi|obrazlozenje|razlog|razlog iskljucenja|utemeljenje|obrazlozitev|utemeljitev|razlog za izkljucitev',
  ),
  status: j(
    'status of implementation|implementation stage|implementation progress|maturity level|in place|implemented y n|deployment status|operational status|compliance result|current state|'
      // Whether each measure is there, asked of it ("Existe?", "Vorhanden?").
      + '=exists|=existe|=existente|=vorhanden|=cumple|=cumpre|=compliant|=em conformidade|=in compliance',
    'umsetzungsgrad|niveau de mise en oeuvre|avancement|mis en oeuvre|statut d implementation|degre de mise en oeuvre|niveau de maturite|umsetzungsstand|stand der umsetzung|implementierungsstatus|realisierungsstand|erfullungsgrad|erfullt',
    'implantado|estado actual|nivel de cumplimiento|estado de implementacao|nivel de implementacao|nivel de maturidade|stato di implementazione|implementato|attuato|livello di attuazione|grado di attuazione',
    'geimplementeerd|status invoering|ingevoerd|implementovano|stav zavedeni|mira implementace|stav implementacie|implementovane|zavedene|stav zavedenia|implementacia|wdrozone|stopien wdrozenia|poziom wdrozenia',
    'υλοποιηθηκε|βαθμοσ υλοποιησησ|stadiu implementare|stadiul implementarii|status implementare|implementat|implementare|stare implementare|grad de implementare|megvalositas allapota|bevezetes allapota|megvalositva|bevezetve|megvalositottsag|statusz|allapot',
    'uygulama durumu|uygulanma durumu|durum|gerçekleşme durumu|olgunluk seviyesi|status implementacije|status provedbe|stanje provedbe|implementirano|provedeno|stanje implementacije|stanje izvedbe|izvedeno|vpeljano|status uvedbe',
  ),
  owner: j(
    'owner role|responsible role|responsible function|owned by|=resp|control responsible|implementation owner',
    'responsable de la mesure|proprietaire de la mesure|entite responsable|=verantwortung|zustandig|zustandigkeit|verantwortliche stelle|massnahmenverantwortlicher',
    'dueno del control|responsable del control|dueno|proprietario do controle|responsavel pelo controle|gestor|owner del controllo|responsabile del controllo|responsabile',
    'verantwoordelijk|eigenaar maatregel|odpovedny|zodpovedna osoba|zodpovedny|vlastnik opatrenia',
    'αρμοδιοσ|responsabil|proprietar|persoana responsabila|proprietarul controlului|felelos|tulajdonos|kontrollgazda',
    'sorumlu|sahibi|kontrol sahibi|sorumlu kişi|odgovorna osoba|=odgovoran|vlasnik|vlasnik kontrole|nositelj|nosilac|odgovorna oseba|=lastnik|nosilec|skrbnik',
  ),
  evidence: j(
    'evidence ref|evidence location|artefact|artefacts|artifact|artifacts|supporting evidence|related policy|related policies|link to evidence|proof of implementation|doc ref|associated documents|audit evidence|implementation reference|evidence document',
    'elements de preuve|reference documentaire|justificatif|justificatifs|preuves de mise en oeuvre|documentation associee|nachweisdokument|beleg|belege|verweis|dokumentenreferenz|~richtlinie',
    'documento de referencia|referencia documental|~soporte|~soportes|prueba|pruebas|comprovacao|comprovativo|comprovante|registros|documento di riferimento|=prove',
    'referentiedocument|vastlegging|odkaz na dokument|souvisejici dokumenty|doklad|dokaz|dokazy|dokumentacia|odkaz na dokumentaciu|suvisiace dokumenty|doklady|dokument referencyjny|zapisy',
    'εγγραφα αναφορασ|τεκμηρια|dovezi|dovada|documente|document de referinta|referinte|bizonyitek|bizonyitekok|dokumentacio|dokumentum|kapcsolodo dokumentumok|igazolas',
    'kanıt|kanıtlar|doküman|dokümanlar|ilgili doküman|referans doküman|kayıtlar|dokazi|dokumentacija|dokumenti|povezani dokumenti|dokazila|dokazilo',
  ),
  notes: j(
    'implementation description|implementation comments|how is it implemented|implementation approach',
    'commentaires de mise en oeuvre|modalites de mise en oeuvre|umsetzungshinweise|umsetzungsbeschreibung|beschreibung der umsetzung',
    'descripcion de la implementacion|descricao da implementacao|descrizione dell implementazione',
    '~toelichting|toelichting implementatie|popis implementace|popis implementacie|opis wdrozenia',
    'descrierea implementarii|megvalositas leirasa',
    'uygulama açıklaması|opis implementacije|opis izvedbe',
  ),
};

const assets: Record<string, string> = {
  id: j(
    'asset ref|asset reference|ci id|cmdb id|configuration item id|inventory id|asset identifier',
    'no d inventaire|numero d inventaire|code actif|id actif|ref actif|objekt id|anlagennummer|inventar id|~abkurzung',
    'codigo del activo|no de inventario|numero de activo|=identificador|no do ativo|numero de inventario|numero de patrimonio|patrimonio|identificador do ativo|n inventario|=identificativo|codice bene',
    'inventarisnummer|asset nummer|inventarni cislo|evidencni cislo|kod aktiva|cislo aktiva|inventarne cislo|evidencne cislo|oznacenie|id zasobu|nr zasobu|identyfikator zasobu|kod zasobu',
    'id activ|cod activ|nr inventar|numar de inventar|=identificator|eszkoz azonosito|eszkozazonosito|azonosito|leltari szam|leltarszam|vagyonelem azonosito',
    'varlık no|varlık id|envanter no|demirbaş no|varlık kodu|envanter numarası|id imovine|inventarni broj|sifra imovine|inventarna stevilka|oznaka sredstva|id sredstva|=oznaka',
  ),
  name: j(
    '~=service|~=servico|~=servicio|~=dienst|asset title|item name|service name|device|display name|ci name|asset service|~description of asset|~component|~composant|~komponente|~componente|~crown jewel|~crown jewels|~kroonjuweel|~kroonjuwelen|~donnee|~donnees|~data asset|~information asset|it asset|it assets|it asset name|ict asset|hardware asset|software asset|=computador|=computadores|=computadora|=ordenador|~=nombre del equipo|=software|=logiciel|=programa|nome do equipamento|nom de la machine',
    '~=data element|~=data elements|~=dado|~=dados|~=dado pessoal|~=dados pessoais|~=dato|~=datos|~=dato personal|~=datos personales|~=personal data|libelle|intitule|bien|nom du bien|nom de l asset|assetname|objekt|benennung|geratename|systemname|~zielobjekt|bien essentiel|biens essentiels|bien support|biens supports|valeur metier|valeurs metier|~=store|=data store|=datastore|=data stores|~=data|=data set|=dataset|=data item|=data asset|actif it|actif informatique|actif si|it asset|it-asset',
    'descripcion del activo|activo de informacion|designacao|descricao do ativo|nome do bem|nome del bene|descrizione asset|ativo de ti|ativos de ti|activo de ti|activos de ti|activo ti|ativo ti|ativo de informacao',
    'naam asset|assetnaam|nazov aktiva|nazov|majetok|nazov majetku',
    'denumire activ|denumire|nume activ|=activ|=nume|eszkoz neve|megnevezes|eszkoz|nev|vagyonelem|vagyonelem neve',
    'varlık adı|varlık|=ad|=adı|naziv imovine|naziv|imovina|naziv resursa|ime sredstva|naziv sredstva|sredstvo',
  ),
  type: j(
    'type of asset|asset group|asset subtype|sub type|subcategory|ci class|asset family',
    'nature|famille|typologie|type de bien|categorie d actif|asset typ|objekttyp|assetkategorie|~gruppe',
    'clase de activo|familia|naturaleza|categoria del activo|classe de ativo|categoria do ativo|tipo di asset|=classe',
    'assettype|kategorie aktiva|skupina aktiv|kategoria aktiva|typ zasobu|rodzaj zasobu',
    'ειδοσ|tip|tip activ|tipul activului|tipus|eszkoz tipusa|eszkozkategoria|fajta|~csoport',
    'tür|varlık türü|varlık tipi|varlık grubu|vrsta|vrsta imovine|kategorija|tip imovine|vrsta sredstva|tip sredstva',
  ),
  owner: j(
    'responsibility|assigned to|assigned user|~assignee|data owner|system owner|information owner|owned by|responsible person|=resp|asset custodian',
    'eigner|eignerin|proprio|proprietaire de l actif|detenteur|responsable de l actif|besitzer|verantwortliche|zustandig|informationseigentumer|systemverantwortlicher',
    'dueno|propietario del activo|dono|proprietario do ativo|gestor do ativo|responsabile|referente',
    'verantwoordelijke|~beheerder|garant aktiva|~spravce|zodpovedna osoba|~spravca|wlasciciel zasobu|wlasciciel aktywa',
    'proprietar|proprietar activ|responsabil|tulajdonos|eszkozgazda|felelos|gazda|adatgazda',
    'varlık sahibi|sahibi|sorumlu|vlasnik|vlasnik imovine|odgovorna osoba|~skrbnik|=lastnik|lastnik sredstva',
  ),
  classification: j(
    'security classification|classification label|sensitivity label|info class|information class|data sensitivity|handling label|data class',
    'classification de l information|marquage|schutzklasse|informationsklassifizierung|schutzbedarfskategorie|einstufung',
    'clasificacion de la informacion|sensibilidad|etiqueta|clasificacion de seguridad|sensibilidade|rotulo|nivel de classificacao|sensibilita|etichetta',
    'gevoeligheid|biv classificatie|vertrouwelijkheidsniveau|citlivost|klasifikace informaci|klasifikacia|stupen klasifikacie|stupen dovernosti|klauzula|klasyfikacja informacji|wrazliwosc',
    'επιπεδο διαβαθμισησ|ευαισθησια|clasificare|clasificarea informatiei|nivel de clasificare|sensibilitate|besorolas|minosites|adatbesorolas|osztalyozas|erzekenyseg|titkossagi szint',
    'sınıflandırma|gizlilik derecesi|gizlilik sınıfı|bilgi sınıflandırması|hassasiyet|gizlilik seviyesi|klasifikacija|razina klasifikacije|stupanj tajnosti|stepen tajnosti|osjetljivost|stopnja tajnosti|raven zaupnosti|stopnja zaupnosti',
  ),
};

const plan: Record<string, string> = {
  riskId: j(
    '~weakness|~weakness name|~weakness description|associated risk|associated risks|risks covered|risk covered|covered risk|covered risks|applicable risks|risk reference number|risks addressed|risk addressed|treated risk|risk ref no|~finding|~finding id|~finding ref|~related finding|~gap id|~issue id|~nonconformity|~hallazgo|~constat|~befund|~achado|~bevinding',
    '~=bezug|ref risque|risque associe|risque traite|no risque|risiko nr|bezug risiko|zugehoriges risiko|betroffenes risiko|adressiert risiko|adressierte risiken|adressiertes risiko|behandeltes risiko|risque adresse|risques couverts|risque couvert|addresses risk|addressed risk|mitigates risk|~=addresses|~=mitigates|~=risks addressed|risks mitigated',
    'riesgo asociado|riesgos asociados|riscos associados|riesgo relacionado|codigo del riesgo|riesgo tratado|risco associado|risco relacionado|codigo do risco|rischio associato|rischio collegato|codice rischio',
    'risiconummer|gekoppeld risico|cislo rizika|souvisejici riziko|resene riziko|suvisiace riziko|riesene riziko|id ryzyka|powiazane ryzyko|numer ryzyka',
    'risc|id risc|risc asociat|cod risc|kockazat|kockazat azonosito|kapcsolodo kockazat|kockazat id',
    'ilgili risk|risk kodu|rizik|povezani rizik|oznaka rizika|tveganje|id tveganja|povezano tveganje',
  ),
  action: j(
    'remediation approach|remediation steps|remediation plan|planned remediation|remediation description|correcao|correcoes|correction|corrections|=o que|=what|=que|=was|=quoi|'
    + '~milestone|~milestones|~recommendation|~recommendations|~recomendacao|~recomendacoes|~recomendacion|~recomendaciones|~recommandation|~recommandations|~empfehlung|~empfehlungen|~raccomandazione|~raccomandazioni|~aanbeveling|~recommended fix|planned fix|~=fix|~remedy|remediation recommendation|~=summary|~=control|~=controls|planned control|planned controls|control to implement|controls selected|selected controls|remediation action|remediation activity|corrective action|mitigation measure|proposed action|action item|action required|recommended action|task description|description of action|activities|work package|planned measure',
    'plan d attenuation|action proposee|action corrective|action a mener|actions a realiser|tache|mesure a mettre en oeuvre|mesure de traitement|gegenmassnahme|gegenmassnahmen|geplante massnahme|umzusetzende massnahme|massnahmenbeschreibung|tatigkeit',
    'plano de mitigacao|plan de mitigacion|piano di mitigazione|accion propuesta|accion correctiva|correccion|medida correctiva|que se hizo|lo que se hizo|actividad|actividades|medida a implementar|acao proposta|acao corretiva|tarefa|medida proposta|azione correttiva|azione prevista|compito',
    'te nemen maatregel|activiteit|geplande actie|navrhovane opatreni|aktivita|cinnost|napravne opatreni|opatrenie|opatrenia|uloha|navrhovane opatrenie|napravne opatrenie|dzialania naprawcze|planowane dzialanie',
    'ενεργειεσ|διορθωτικη ενεργεια|actiune|actiuni|masura|masuri|activitate|sarcina|actiune corectiva|masuri propuse|intezkedes|intezkedesek|feladat|tevekenyseg|teendo|javasolt intezkedes|tervezett intezkedes',
    'aksiyon|faaliyet|eylem|önlem|yapılacak iş|düzeltici faaliyet|görev|planlanan faaliyet|alınacak önlem|aktivnost|mjera|radnja|akcija|zadatak|planirana mjera|korektivna mjera|ukrep|ukrepi|naloga|nacrtovani ukrep',
  ),
  owner: j(
    'owner of action|action lead|=lead|accountable|=resp|implementation owner|task owner',
    'porteur|pilote|responsable de l action|=qui|responsable de la mise en oeuvre|acteur|zustandig|=verantwortung|=wer|umsetzungsverantwortlicher',
    'responsable de la accion|=quien|encargado|asignado a|responsavel pela acao|=quem|atribuido a|dono da acao|=chi|assegnatario|incaricato',
    '=wie|uitvoerder|toegewezen aan|verantwoordelijk|=kdo|odpovedny|odpovednost|zodpovedna osoba|zodpovedny|riesitel|=kto|osoba odpowiedzialna|realizujacy|wykonawca',
    'αρμοδιοσ|υπευθυνοσ υλοποιησησ|responsabil|persoana responsabila|=cine|felelos|vegrehajto|felelos szemely',
    'sorumlu|sorumlu kişi|=kim|atanan|aksiyon sahibi|odgovorna osoba|=odgovoran|nositelj|nosilac|izvrsitelj|=tko|=ko|odgovorna oseba|nosilec|izvajalec',
  ),
  dueDate: j(
    'scheduled completion|scheduled completion date|planned completion|planned completion date|~=target|target timeline|timeline|timeframe|target completion|expected completion|eta|implementation date|planned end|completion target|deadline date|target end date|tgt date',
    'date d echeance|delai|date prevue|date de realisation prevue|echeancier|date butoir|=quand|date de fin|zieltermin|falligkeitsdatum|erledigung bis|umsetzung bis|bis wann|enddatum|geplanter abschluss|umsetzungstermin|erledigungstermin',
    'fecha de vencimiento|fecha compromiso|fecha prevista|fecha de finalizacion|fecha fin|fecha de implementacion|=cuando|data alvo|data de conclusao|data de termino|data de vencimento|=quando|prazo de conclusao|termine|data di completamento|tempistica|tempistiche',
    'vervaldatum|gereed op|datum gereed|=wanneer|opleverdatum|termin splneni|termin realizace|datum dokonceni|lhuta|termin splnenia|datum splnenia|do kedy|lehota|termin realizacie|datum ukoncenia|data zakonczenia|planowany termin|do kiedy',
    'χρονοδιαγραμμα|ημερομηνια ληξησ|termen|termen limita|data limita|data tinta|termen de finalizare|data finalizarii|hatarido|celdatum|befejezes hatarideje|tervezett befejezes|hatarnap',
    'termin tarihi|bitiş tarihi|hedef tarih|son tarih|planlanan bitiş|tamamlanma tarihi|ne zaman|rok izvrsenja|rok provedbe|krajnji rok|datum zavrsetka|ciljani datum|rok izvedbe|datum zakljucka',
  ),
  status: j(
    '~percent complete|~percentage complete|~=complete|~=pct complete|current status|implementation status|completion status|~rag',
    'etat d avancement|realise|taux de realisation|umsetzungsstand|erledigt|fortschritt|bearbeitungsstand|umsetzungsstatus',
    'porcentaje de avance|estado de la accion|situacion|progreso|~cumplimiento|progresso|status da acao|=concluido|stato di avanzamento|completamento',
    'gereed|afgerond|stav plneni|prubeh|plnenie|stav plnenia|priebeh|status realizacji|stopien realizacji',
    'stare|stadiu|progres|stadiul implementarii|allapot|statusz|keszultseg|elorehaladas|teljesites',
    'durum|durumu|ilerleme|tamamlanma|gerçekleşme|stanje|napredak|status provedbe|napredek|status izvedbe',
  ),
};

export const moreWorld: Record<Exclude<RecordKind, 'risks'>, Record<string, string>> = { soa, assets, 'treatment-plan': plan };

/** Words in sheet and file names that say what a sheet holds. */
export const worldSheetWords: Record<Exclude<SheetKind, 'other'>, string> = {
  risks: j(
    'risk analysis|risk evaluation|risks identified|risk inventory|risk catalogue',
    'cartographie des risques|evaluation des risques|risikobewertung|risikoinventar|risikokatalog',
    'matriz de riesgos|analisis de riesgos|evaluacion de riesgos|mapa de riesgos|matriz de riscos|analise de riscos|avaliacao de riscos|mapa de riscos|analisi dei rischi|valutazione dei rischi',
    'risicoanalyse|risicobeoordeling|analyza rizik|hodnoceni rizik|hodnotenie rizik|register rizik|analiza ryzyka|szacowanie ryzyka|ocena ryzyka',
    'αξιολογηση κινδυνων|αναλυση κινδυνων|registrul riscurilor|riscuri|evaluarea riscurilor|analiza riscurilor|kockazatok|kockazatelemzes|kockazatertekeles|kockazati nyilvantartas',
    'riskler|risk analizi|risk değerlendirme|risk kaydı|risk envanteri|rizici|registar rizika|procjena rizika|analiza rizika|procena rizika|tveganja|register tveganj|ocena tveganj',
  ),
  soa: j(
    'applicability statement|annex a controls|soa controls',
    'declaration applicabilite|anwendbarkeit',
    'enunciado de aplicabilidad',
    'vyhlasenie o aplikovatelnosti|prohlaseni aplikovatelnosti|deklaracja stosowalnosci',
    'δηλωση εφαρμοσιμοτητασ|declaratia de aplicabilitate|declaratie de aplicabilitate|alkalmazhatosagi nyilatkozat',
    'uygulanabilirlik bildirgesi|uygulanabilirlik beyanı|izjava o primjenjivosti|izjava o primenljivosti|izjava o uporabnosti',
  ),
  assets: j(
    'asset list|cmdb|information assets|hardware inventory|asset catalogue',
    'inventaire des actifs|registre des actifs|liste des actifs|asset inventar|assetinventar|werteinventar|inventar der werte|zielobjekte',
    'inventario de activos|registro de activos|registo de ativos|inventario asset',
    'inventaris|inventarisatie|evidence aktiv|seznam aktiv|register aktiv|zoznam aktiv|majetok|inwentaryzacja|ewidencja zasobow',
    'μητρωο περιουσιακων στοιχειων|registrul activelor|inventarul activelor|inventar active|eszkozleltar|vagyonleltar|eszkoznyilvantartas|vagyonelemek',
    'varlık envanteri|varlıklar|envanter|registar imovine|popis imovine|imovina|register sredstev|popis sredstev',
  ),
  'treatment-plan': j(
    'poam|poa m|plan of action|action tracker|action log|remediation tracker|treatment actions',
    'plan d actions|plan de remediation|plan de traitement des risques|risikobehandlungsplan|umsetzungsplan',
    'plan de mitigacion|plano de acoes|plano de tratamento de riscos|piano d azione|piano di trattamento dei rischi',
    'plan osetreni rizik|plan osetrenia rizik|akcny plan|akcni plan|plan dzialan',
    'σχεδιο δρασησ|planul de tratare|plan de tratare a riscurilor|plan de actiune|intezkedesi terv|kockazatkezelesi terv|cselekvesi terv',
    'risk işleme planı|eylem planı|aksiyon planı|plan obrade rizika|plan tretmana rizika|akcijski plan|nacrt obravnave tveganj|akcijski nacrt',
  ),
};
