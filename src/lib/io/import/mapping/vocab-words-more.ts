/**
 * Asset types, classifications, applicability and treatment options in the European languages of
 * vocab-words.ts (which explains the tables and language keys). Applicability words that
 * normalise.ts's yes/no reader already knows (sì, sim, tak, da, applicabile, aplicável, van
 * toepassing, dotyczy…) are not repeated; none here is read by it as the opposite.
 *
 * Left out as ambiguous: Italian "riservato" and Spanish/Portuguese "reservado" (the third level of
 * some schemes, the lowest state marking of others), Portuguese "sigiloso", English "private";
 * Hungarian "eszköz" (device, but also "asset" itself); "on hold" (planned or in progress);
 * "not yet decided", "no decidido", "non deciso" (the yes/no reader, tried first, reads them as no).
 */

type WordTable = Readonly<Record<string, Readonly<Record<string, string>>>>;

const assetType: WordTable = {
  information: {
    en: 'data asset|dataset|documentation|paper records|intellectual property|knowledge', fr: 'données|document papier', de: 'dokumente|unterlagen|informationswerte',
    es: 'documentos|registros|base de datos', cs: 'dokumenty|dokumentace|údaje', el: 'έγγραφα|πληροφορίες',
    it: 'informazioni|informazione|dati|documenti|documento|banca dati', pt: 'informação|informações|dados|registos', ro: 'informații|informație|date|documente|înregistrări',
    nl: 'informatie|gegevens|documenten', sv: 'dokument|handlingar', fi: 'tieto|tiedot|asiakirja|asiakirjat|tietovaranto',
    pl: 'informacja|informacje|dane|dokument|baza danych', sk: 'informácie|dáta', hr: 'informacije|podaci|dokumenti', sl: 'podatki',
    hu: 'információ|adat|adatok|dokumentum|dokumentumok|adatbázis', tr: 'bilgi|veri|veriler|doküman|belge|belgeler|kayıtlar|veritabanı',
  },
  software: {
    en: 'business application|software application|operating system', fr: 'logiciels|applicatif|application metier|systeme', de: 'programm|applikation|anwendungen',
    es: 'aplicaciones|programa|programas|sistema', cs: 'programové vybavení|systém', el: 'εφαρμογή|εφαρμογές',
    it: 'applicazione|applicazioni|applicativo|sistemi', pt: 'aplicação|aplicativo|aplicações', ro: 'aplicație|aplicații|program',
    nl: 'applicatie|applicaties|programmatuur|toepassing', sv: 'programvara|mjukvara', no: 'applikasjon|programvare', fi: 'ohjelmisto|ohjelmistot|sovellus|sovellukset|järjestelmä',
    pl: 'oprogramowanie|aplikacja|aplikacje', sk: 'softvér|aplikácia|aplikácie|programové vybavenie', hr: 'softver|aplikacija|aplikacije|sustav', sr: 'sistem', sl: 'programska oprema',
    hu: 'szoftver|alkalmazás|alkalmazások|rendszer', tr: 'yazılım|yazilim|uygulama|uygulamalar',
  },
  hardware: {
    en: 'it equipment|workstation|computer|endpoint|mobile device', fr: 'equipement|poste de travail|ordinateur|materiel informatique', de: 'geräte|endgerät',
    es: 'dispositivo|equipos|servidor|servidores', cs: 'počítač', el: 'εξοπλισμός|συσκευή',
    it: 'apparecchiatura|apparecchiature|dispositivi|postazione di lavoro', pt: 'equipamento|equipamentos|computador', ro: 'echipament|echipamente|dispozitiv|calculator',
    nl: 'apparatuur|apparaat|apparaten', sv: 'hårdvara|utrustning|maskinvara|enhet', no: 'maskinvare|utstyr', da: 'udstyr|enhed', fi: 'laitteisto|laite|laitteet',
    pl: 'sprzęt|urządzenie|urządzenia|komputer', sk: 'hardvér|zariadenie|zariadenia', hr: 'hardver|oprema|uređaj|uredjaj|uređaji', sl: 'strojna oprema|naprava',
    hu: 'hardver|berendezés|számítógép|készülék', tr: 'donanım|donanim|cihaz|cihazlar|ekipman|bilgisayar|sunucu',
  },
  service: {
    en: 'it services|business service', fr: 'prestation', de: 'dienste', es: 'servicios', cs: 'služby', el: 'υπηρεσίες',
    it: 'servizio|servizi', pt: 'serviço|serviços', ro: 'serviciu|servicii', nl: 'diensten|dienstverlening', sv: 'tjänst|tjänster', no: 'tjeneste|tjenester',
    fi: 'palvelu|palvelut', pl: 'usługa|usluga|usługi|uslugi', hr: 'usluga|usluge', sl: 'storitev|storitve', hu: 'szolgáltatás|szolgáltatások', tr: 'hizmet|hizmetler|servis',
  },
  cloud_service: {
    fr: 'nuage|infonuagique|service infonuagique', es: 'nube|servicios en la nube', el: 'νέφος|υπολογιστικό νέφος', pt: 'nuvem|serviço em nuvem|serviço de nuvem',
    sv: 'molntjänst|molntjänster|molnet', no: 'skytjeneste|skytjenester', fi: 'pilvipalvelu|pilvipalvelut|pilvi',
    pl: 'chmura|usługa chmurowa|usluga chmurowa|usługi chmurowe|usługa w chmurze', hr: 'oblak|usluga u oblaku', sl: 'storitev v oblaku',
    hu: 'felhő|felhőszolgáltatás|felhő szolgáltatás', tr: 'bulut|bulut hizmeti|bulut servisi',
  },
  network: {
    en: 'lan|wan|network infrastructure|telecommunications|connectivity', fr: 'réseaux', de: 'netz|netzwerke', es: 'redes|redes de comunicaciones|comunicaciones', el: 'δίκτυα',
    it: 'rete|reti', pt: 'rede', ro: 'rețea|rețele', nl: 'netwerk|netwerken', sv: 'nätverk', no: 'nettverk', da: 'netværk', fi: 'verkko|verkot|tietoverkko',
    pl: 'sieć|sieci', sk: 'sieť|siete', hr: 'mreža|mreže', sl: 'omrežje', hu: 'hálózat|hálózatok', tr: 'ağ|ağlar',
  },
  site: {
    en: 'sites|locations|facilities|data centre|data center|datacenter', fr: 'locaux|lieu|emplacement', de: 'räumlichkeiten|rechenzentrum|standorte',
    es: 'ubicación|sede|edificio|instalaciones|oficina', cs: 'prostory', el: 'τοποθεσία|κτίριο|χώρος',
    it: 'sito|ufficio|locali|luogo', pt: 'instalação|instalações|local|edifício|prédio|escritório', ro: 'locație|clădire|sediu|birou|amplasament',
    nl: 'locatie|gebouw|pand|kantoor|vestiging', sv: 'lokal|lokaler|byggnad|plats|kontor', no: 'bygning|lokasjon|lokale', da: 'lokation',
    fi: 'toimitila|toimitilat|tila|sijainti|rakennus|toimipiste', pl: 'lokalizacja|budynek|siedziba|biuro|pomieszczenie', sk: 'priestory|pracovisko',
    hr: 'lokacija|zgrada|prostor|prostori|poslovni prostor', sl: 'stavba', hu: 'telephely|helyszín|épület|iroda|helyiség', tr: 'tesis|bina|lokasyon|konum|ofis|yerleşke',
  },
  people: {
    en: 'human resources|users|workforce', fr: 'employés|salariés|ressources humaines', de: 'beschäftigte|menschen|personen', es: 'empleados|recursos humanos|personas',
    cs: 'osoby|personál', el: 'άνθρωποι|εργαζόμενοι', it: 'persone|personale|dipendenti|risorse umane', pt: 'pessoas|pessoal|colaboradores|funcionários',
    ro: 'persoane|angajați|resurse umane', nl: 'mensen|medewerkers|personeel|werknemers', sv: 'medarbetare|anställda|personer|människor',
    no: 'ansatte|medarbeidere|mennesker', da: 'medarbejdere', fi: 'henkilöstö|henkilö|ihmiset|työntekijät', pl: 'ludzie|personel|pracownicy', sk: 'ľudia',
    hr: 'ljudi|osoblje|zaposlenici|zaposleni', sl: 'ljudje', hu: 'emberek|személyzet|munkatársak|alkalmazottak|személy', tr: 'insan|insanlar|çalışanlar|çalışan|insan kaynakları',
  },
  process: {
    en: 'business processes', fr: 'processus metier', de: 'geschäftsprozess|prozesse', es: 'procesos', cs: 'procesy', el: 'διαδικασίες|διεργασία',
    it: 'processo|processi', pt: 'processo|processos|processo de negócio', ro: 'procese', nl: 'processen|bedrijfsproces', sv: 'processer', no: 'prosess|prosesser',
    fi: 'prosessi|prosessit', pl: 'proces biznesowy', hr: 'procesi', hu: 'folyamat|folyamatok|üzleti folyamat', tr: 'süreç|süreçler|iş süreci',
  },
  supplier: {
    en: 'suppliers|vendors|third parties|third-party|contractor|outsourcer|service provider|partner', fr: 'fournisseurs|prestataire|tiers|sous-traitant',
    de: 'dienstleister|lieferanten|drittanbieter', es: 'proveedores|tercero|terceros', cs: 'dodavatelé|třetí strana', el: 'προμηθευτές|τρίτος',
    it: 'fornitore|fornitori|terza parte|terze parti', pt: 'fornecedor|fornecedores|terceiro|terceiros|prestador de serviço|prestador de serviços',
    ro: 'furnizor|furnizori|terță parte|terți', nl: 'leverancier|leveranciers|derde partij|derden', sv: 'leverantör|leverantörer|tredjepart',
    no: 'leverandør|leverandører', fi: 'toimittaja|toimittajat|kolmas osapuoli|palveluntarjoaja', pl: 'dostawca|dostawcy|strona trzecia|podmiot zewnętrzny',
    sk: 'dodávateľ|dodávatelia|tretia strana', hr: 'dobavljač|dobavljači|isporučitelj|treća strana', sl: 'dobavitelj|tretja oseba',
    hu: 'beszállító|beszállítók|szállító|harmadik fél|szolgáltató', tr: 'tedarikçi|tedarikci|tedarikçiler|üçüncü taraf',
  },
};

const classification: WordTable = {
  public: {
    en: 'publicly available|unrestricted|tlp:clear|tlp:white', fr: 'publique|diffusion libre', es: 'pública', cs: 'veřejný', el: 'δημόσια',
    it: 'pubblico|pubblica', ro: 'publică', nl: 'openbaar|publiek', sv: 'offentlig|öppen', no: 'åpen', da: 'åben', fi: 'julkinen',
    pl: 'publiczne|publiczny|publiczna|jawne|jawny|jawna', sk: 'verejné|verejný', hr: 'javno|javni|javna', hu: 'nyilvános|publikus', tr: 'genel|kamuya açık|herkese açık',
  },
  internal: {
    en: 'internal only|for internal use|company internal|company use only|tlp:green', fr: 'usage interne|diffusion interne', de: 'nur intern|interner gebrauch|nur für den internen gebrauch',
    es: 'interna|de uso interno', cs: 'interní použití|pouze pro interní potřebu', el: 'εσωτερική χρήση',
    it: 'ad uso interno|solo uso interno', pt: 'interno|uso interno', ro: 'internă|uz intern|de uz intern', nl: 'interne|intern gebruik|alleen intern',
    no: 'internt', fi: 'sisäinen|sisäiseen käyttöön', pl: 'wewnętrzne|wewnętrzny|wewnętrzna|do użytku wewnętrznego', sk: 'interné|interný|interná|na interné použitie',
    hr: 'za internu upotrebu|samo za internu upotrebu', sl: 'interna uporaba', hu: 'belső|belső használatra|csak belső használatra',
    tr: 'dahili|iç|kurum içi|şirket içi|iç kullanım|kuruma özel',
  },
  confidential: {
    en: 'company confidential|commercial in confidence|in confidence|business confidential|tlp:amber', fr: 'confidentielle|sensible', de: 'sensibel',
    cs: 'důvěrný|důvěrná|citlivé', el: 'εμπιστευτική', it: 'confidenziale', ro: 'confidențial|confidențială', nl: 'vertrouwelijk',
    sv: 'konfidentiell|känslig', no: 'konfidensiell|fortrolig', da: 'konfidentiel', fi: 'luottamuksellinen', pl: 'poufne|poufny|poufna',
    sk: 'dôverné|dôverný|citlivé', hr: 'povjerljivo', sr: 'poverljivo', sl: 'zaupno', hu: 'bizalmas|érzékeny', tr: 'gizli|hassas',
  },
  restricted: {
    en: 'highly restricted|very confidential|tlp:red|tlp:amber+strict', fr: 'strictement confidentiel|très confidentiel|diffusion restreinte', de: 'streng geheim',
    es: 'estrictamente confidencial|altamente confidencial', cs: 'přísně tajné|vyhrazené', el: 'άκρως απόρρητο|περιορισμένης χρήσης',
    it: 'strettamente riservato|strettamente confidenziale|segreto|segretissimo', pt: 'restrito|restrita|ultrassecreto|estritamente confidencial',
    ro: 'restricționat|restricționată|strict confidențial|strict secret', nl: 'strikt vertrouwelijk|zeer vertrouwelijk|beperkt|beperkte toegang',
    sv: 'strikt konfidentiell|hemlig|begränsad', no: 'strengt fortrolig|begrenset|hemmelig', da: 'meget fortrolig|begrænset',
    fi: 'salainen|erittäin luottamuksellinen|rajoitettu|käyttö rajoitettu', pl: 'zastrzeżone|zastrzeżony|ściśle poufne|ściśle tajne',
    sk: 'vyhradené|prísne dôverné', hr: 'ograničeno|tajno|strogo povjerljivo', sr: 'strogo poverljivo', sl: 'omejeno|strogo zaupno',
    hu: 'szigorúan bizalmas|korlátozott|titkos', tr: 'çok gizli|hizmete özel',
  },
};

const applicable: WordTable = {
  yes: {
    en: 'applies|relevant|in-scope', de: 'gilt|anzuwenden|einbezogen', es: 'incluida|seleccionado', cs: 'platí|zahrnuto|vybráno|relevantní', el: 'ισχύει|επιλέχθηκε',
    it: 'si applica|incluso|pertinente|selezionato|in ambito', pt: 'aplica-se|incluído|incluída|selecionado|pertinente', ro: 'aplicabil|aplicabilă|se aplică|inclus|selectat',
    nl: 'toepasbaar|toepasselijk|geselecteerd|opgenomen', sv: 'tillämplig|tillämpligt|tillämpas|vald|inkluderad', no: 'gjeldende|anvendelig|inkludert|valgt',
    da: 'gældende|inkluderet', fi: 'kyllä|sovellettava|sovelletaan|soveltuu|valittu|mukana|relevantti',
    pl: 'ma zastosowanie|stosuje się|wybrane|uwzględnione', sk: 'uplatniteľné|uplatňuje sa|vzťahuje sa|zahrnuté|vybrané|relevantné',
    hr: 'primjenjivo|primjenjuje se|uključeno|odabrano', sr: 'primenjivo|primenjuje se|izabrano', sl: 'se uporablja|uporabno|velja|vključeno|izbrano',
    hu: 'igen|alkalmazandó|alkalmazható|vonatkozik|releváns|kiválasztva|érintett', tr: 'evet|uygulanabilir|uygulanır|geçerli|kapsamda|dahil|seçildi',
  },
  no: {
    en: 'does not apply|irrelevant|out-of-scope', fr: 'sans objet|hors périmètre|hors champ|pas applicable', de: 'nicht relevant|ausgeschlossen|trifft nicht zu',
    es: 'excluido|fuera de alcance', cs: 'nerelevantní|nevztahuje se|vyloučeno|neplatí|mimo rozsah', el: 'δεν ισχύει|εξαιρείται|εκτός πεδίου',
    it: 'escluso|esclusa|non si applica|fuori ambito|fuori perimetro', pt: 'não se aplica|excluído|excluída|fora do escopo|fora do âmbito',
    ro: 'nu|nu se aplică|neaplicabil|neaplicabilă|exclus|nerelevant', nl: 'nvt|n.v.t.|uitgesloten|niet relevant|niet toepasbaar',
    sv: 'nej|ej tillämplig|inte tillämplig|ej tillämpligt|exkluderad|ej relevant', no: 'nei|ikke relevant|ikke aktuelt|ikke gjeldende|ikke anvendelig|ekskludert',
    da: 'ikke gældende|ekskluderet|udeladt', fi: 'ei|ei sovelleta|ei sovellettava|ei koske|poissuljettu|rajattu pois',
    pl: 'nd|n/d|nie ma zastosowania|wyłączone|wylaczone|wykluczone|nie stosuje się', sk: 'neuplatňuje sa|nevzťahuje sa|vylúčené|irelevantné',
    hr: 'nije primjenjivo|isključeno', sr: 'nije primenjivo', sl: 'ni relevantno|ne velja|izključeno',
    hu: 'nem|nem alkalmazandó|nem alkalmazható|nem vonatkozik|nem releváns|kizárva|kizárt', tr: 'hayır|hayir|uygulanamaz|uygulanmaz|kapsam dışı|kapsam disi|hariç|geçerli değil',
  },
  undecided: {
    en: 'to be confirmed|undetermined|under review', fr: 'en attente|à définir|à confirmer|en cours d\'analyse', de: 'zu klären|zu prüfen|in prüfung',
    es: 'por definir|por determinar|en revisión', cs: 'k rozhodnutí|v posouzení', el: 'προς απόφαση|υπό εξέταση',
    it: 'da decidere|da definire|da valutare|in valutazione|in sospeso', pt: 'a decidir|a definir|em análise|em avaliação|pendente|indefinido',
    ro: 'nedecis|de decis|în analiză|în evaluare|de stabilit', nl: 'nog te bepalen|te bepalen|nog niet besloten|onbeslist|in beoordeling',
    sv: 'ej beslutat|att besluta|under utredning', no: 'ikke avgjort|ikke besluttet|til vurdering|uavklart', da: 'uafklaret|afventer',
    fi: 'päättämättä|harkinnassa|selvityksessä', pl: 'do decyzji|do ustalenia|nie ustalono|nierozstrzygnięte', sk: 'nerozhodnuté|na rozhodnutie|v posúdení',
    hr: 'neodlučeno|nije odlučeno|za odluku|u razmatranju', sl: 'neodločeno|v presoji', hu: 'eldöntendő|függőben|vizsgálat alatt',
    tr: 'karar verilmedi|belirlenecek|değerlendirmede|beklemede',
  },
};

const treatment: WordTable = {
  modify: {
    en: 'reduce risk|risk reduction|modify risk|risk modification|treat risk', fr: 'réduire le risque|atténuation|maîtriser|maîtrise|modifier',
    de: 'reduktion|verringern|verminderung|risikominderung|modifizieren', es: 'modificar|modificación', cs: 'zmírnit|zmírnění|snížení rizika|modifikace',
    el: 'μείωση κινδύνου', it: 'mitigare|mitigazione|ridurre|riduzione|trattare|modificare|modifica', pt: 'mitigação|reduzir|redução|modificação',
    ro: 'atenuare|atenuarea|reducere|reducerea|tratare|modificare', nl: 'mitigeren|verminderen|vermindering|reduceren|beperken|behandelen|aanpassen',
    sv: 'reducera|minska|minskning|begränsa|åtgärda|modifiera', no: 'redusere|reduksjon|begrense|minske', da: 'reducere|begrænse|mindske',
    fi: 'vähentää|vähentäminen|pienentäminen|lieventäminen|muokkaaminen', pl: 'ograniczenie|ograniczyć|redukcja|zmniejszenie|mitygacja|modyfikacja',
    sk: 'zmiernenie|zmierniť|zníženie|znížiť|redukcia|modifikácia', hr: 'ublažavanje|ublažiti|smanjenje|smanjiti|umanjenje|modifikacija',
    sl: 'zmanjšanje|omilitev', hu: 'csökkentés|csökkenteni|mérséklés|módosítás', tr: 'azaltma|azalt|hafifletme|değiştirme',
  },
  retain: {
    en: 'accept risk|risk acceptance|retain risk|risk retention', fr: 'accepter le risque|maintenir|maintien|conserver|tolérer',
    de: 'akzeptanz|risikoakzeptanz|beibehalten|tolerieren|selbst tragen', es: 'aceptación|asumir|retención|tolerar', cs: 'přijetí rizika|tolerovat|ponechat',
    el: 'αποδοχή κινδύνου', it: 'accettare|accettazione|mantenere|ritenzione|tollerare', pt: 'aceitar|aceitação|reter|retenção',
    ro: 'acceptare|acceptarea|reținere|retenție|tolerare', nl: 'accepteren|acceptatie|aanvaarden|behouden|tolereren', sv: 'acceptera|acceptans|behålla|tolerera',
    no: 'akseptere|aksept|beholde', da: 'acceptere|bevare|fastholde', fi: 'hyväksyä|hyväksyminen|hyväksytään|sietäminen|pidättäminen',
    pl: 'akceptacja|zaakceptować|akceptować|zatrzymanie|tolerowanie', sk: 'akceptácia|akceptovať|prijatie|prijať|tolerovanie',
    hr: 'prihvaćanje|prihvatanje|prihvatiti|zadržavanje|toleriranje', sl: 'sprejetje|sprejem', hu: 'elfogadás|elfogadni|vállalás|megtartás|tolerálás',
    tr: 'kabul|kabul et|kabul etme|kabullenme|üstlenme',
  },
  avoid: {
    en: 'avoid risk|risk avoidance|terminate risk|stop activity', fr: 'éviter le risque|refuser|suppression', de: 'risikovermeidung', es: 'evitación',
    cs: 'vyhnutí se riziku', el: 'αποφυγή κινδύνου', it: 'evitare|eliminare', pt: 'eliminação', ro: 'evitare|evitarea|eliminare',
    nl: 'vermijden|vermijding|beëindigen', sv: 'undvika|undvikande|avveckla', no: 'unngå|unngåelse', da: 'undgå', fi: 'välttää|välttäminen',
    pl: 'unikanie|uniknięcie|unikać', sk: 'vyhnutie sa|vyhnúť sa|eliminácia', hr: 'izbjegavanje|izbjeći', sr: 'izbegavanje', sl: 'izogibanje|izogniti se',
    hu: 'elkerülés|elkerülni|megszüntetés', tr: 'kaçınma|kaçın|sonlandırma',
  },
  share: {
    en: 'transfer risk|risk transfer|share risk|risk sharing|outsource|outsourcing', fr: 'transfert|partage|externaliser|assurance',
    de: 'transfer|übertragung|risikotransfer|risikoübertragung|teilen|versichern|auslagern', es: 'transferencia|compartido|asegurar|externalizar',
    cs: 'přenos|přenesení rizika|pojištění', el: 'μεταφορά κινδύνου|διαμοιρασμός|ασφάλιση',
    it: 'trasferire|trasferimento|condividere|condivisione|assicurare|esternalizzare', pt: 'transferência|compartilhar|compartilhamento|partilhar|partilha',
    ro: 'transferare|partajare|asigurare', nl: 'overdragen|overdracht|delen|verzekeren|uitbesteden', sv: 'överföra|överföring|dela|försäkra',
    no: 'overføre|overføring|dele|forsikre', da: 'overførsel', fi: 'siirtää|siirtäminen|jakaminen|vakuuttaminen',
    pl: 'przeniesienie|dzielenie|współdzielenie|ubezpieczenie', sk: 'prenesenie|preniesť|prenos|zdieľanie|poistenie',
    hr: 'prijenos|prijenos rizika|dijeljenje|osiguranje', sr: 'deljenje', hu: 'áthárítás|átruházás|átadás|megosztás|biztosítás',
    tr: 'aktarma|devretme|devir|paylaşma|paylaşım|sigorta|sigortalama',
  },
};

/** The European tables of the vocabularies that vocab-words.ts does not hold itself. */
export const moreEuropeWords: Readonly<Record<'assetType' | 'classification' | 'applicable' | 'treatment', WordTable>> = {
  assetType,
  classification,
  applicable,
  treatment,
};
