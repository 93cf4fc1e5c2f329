/**
 * Header words found missing by an audit of the vocabulary: practitioners' usual headers in 22 languages (Dutch, the Nordic
 * languages, Finnish, Polish, Czech, Slovak, Hungarian, Romanian, Turkish, Japanese, Korean, Chinese, Indonesian, Vietnamese,
 * Russian, Ukrainian, Italian, Portuguese, Spanish), written down field by field without sight of the importer, and each run
 * through the analysis; these are the ones it read as no field at all. Merged into the lists of synonyms.ts and
 * synonyms-risks.ts (same notation: "|" between phrases, "~" weak, "=" whole header only; accents, case and punctuation do
 * not matter). Left out on purpose, as the English words are: a confidentiality rating as the classification (one of the
 * C, I, A columns), a category of risks as its level, single letters ("S", "K", "D") and numbers' marks ("Č.", "N."), and a
 * row's count as a control's number ("Lp.", "Nro", "Sorszám": review 80's task lists and SoAs).
 */
import type { RecordKind, SheetKind } from './types.ts';

export const auditPhrases: Record<RecordKind, Record<string, string>> = {
  risks: {
    id: 'uimh|uimhir|löpnummer|løpenummer|løbenummer|ssz|項次|=oznaka|oznaka rizika',
    title: 'riskrubrik|=riosca|risikobeskrywing|=risiko beskrywing|=navn|=namn|=nimi|=név|=denumire|denominación|риск иб',
    description: 'cur sios|=beskrywing|selite|ismertetés|cad a d fheadfadh tarlu|cad a dfheadfadh tarlu',
    asset: 'betrokken informatiesysteem|betrokken systeem|=bate|betrokke bate|informasjonsverdi|eiendel|voimavara|risorsa|asset no|asset number|asset nr|varlık no|varlık numarası|varlık kodu|nr aktywa|číslo aktiva',
    threat: 'hotkälla',
    // (Not a bare cause, "Orsak", "Przyczyna": an incident log or a support queue says why each case happened too; review 80.)
    vulnerability: 'vzrok|vzroki|haavoittuvuudet|sérülékenység|cauzele care favorizează apariția riscului|cauze care favorizează|cauze favorizante',
    owner: 'risk ower|=dri|=uineir|duine freagrach|ce ata freagrach|risiko eienaar|=eienaar|ownr|risk ownr|chủ rủi ro',
    treatment: 'spôsob zaobchádzania|因應方式|=handling|=coireail',
    controls: 'eksisterende barrierer|rialuithe ata ann|=rialuithe|recommended countermeasures|=countermeasures|barrierer|=barrierar|bearta rialaithe|ceard ata a dheanamh againn|beheermaatreels|bestaande beheermaatreels|bestaande kontroles|=kontroles|further actions required|further action required|further actions|additional actions required|sikringstiltak|toimenpiteet|suunnitellut toimenpiteet|suojaustoimet|befintliga skydd|befintligt skydd|skyddsåtgärder|eksisterende beskyttelse',
    status: '=stadas|=tilstand|=estatus',
    reviewDate: 'check again|data athbhreithnithe|athbhreithniu|last looked at|looked at|last assessed|last assessed at|date last assessed|datum prezkumu|prezkum|rok za pregled|datum pregleda|rok pregleda|naslednji pregled|datum naslednjega pregleda|volgende hersiening|hersiening|hersieningsdatum|senast granskad|senast granskat|granskad|prezkoumani|posledni prezkoumani|tarkistettu|tarkastettu|tarkistuspäivä|viimeksi tarkistettu|granskningsdatum|nästa granskning|datum för översyn|dato for gjennomgang|oppfølgingsdato|opfølgningsdato|data weryfikacji|revizyon tarihi|'
      + 'tanggal kaji ulang|tanggal evaluasi|ngày đánh giá|ngày soát xét|评估日期|評估日期|평가일|data valutazione|data da análise crítica',
    notes: 'toelichting|noteringar|övrigt|huomiot|lisätietoja|=obs|ek bilgi',
  },
  soa: {
    controlId: '=ustanoveni|measure id|measure no|measure number|measure ref|maßnahmen id|maßnahmen nr|massnahmen id|massnahmen nr|id mesure|n° mesure|tunniste|viite|azonosító|madde|раздел|розділ',
    controlTitle: 'mitigation strategy|mitigation strategies|=outcome|=outcome summary|medida de seguridad|medidas de seguridad|=regle|=regles|=toimenpide|åtgärd|tiltak|sikringstiltak|foranstaltning|sikringsforanstaltning|otsikko|názov|titlu|засіб контролю|対策|セキュリティ対策',
    applicable: 'aktuell|soveltuvuus|=soveltuu|penerapan|обрано',
    justification: 'årsak|årsag|正当性|gerekçelendirme|dasar pemilihan',
    status: 'stopnja zrelosti|stopnja izvedbe|stanje izvedbe|izvedba|införandestatus|införd|gjennomføringsstatus|=tila|toteutettu|=stare|執行狀況',
    owner: '=dri|åtgärdsägare|tiltakseier|=vastuu|vastuullinen|odpovídá|gazda|=sahip|所管部署|權責人員|unit kerja|đơn vị thực hiện',
    evidence: 'bewys|verwysing|bewys verwysing|bewijsmateriaal|belägg|henvisning|näyttö|înregistrări|delil',
    notes: 'övrigt|huomiot|=obs|=説明|sposób realizacji',
  },
  assets: {
    id: 'asset uid|=uid|~löpnummer|~løpenummer|~løbenummer|~=lp|nr inwentarzowy|=identyfikator|~sorszám|~nr crt|=cod|~sıra no|~項次',
    name: '=datos|=datos personales|=equipement|nom de l equipement|=quoi|=was|=what|=rud|=socmhainn|ainm na socmhainne|=αγαθο|ονομα αγαθου|socmhainn faisneise|batenaam|=bate naam|benämning|eiendel|betegnelse|=kohde',
    type: 'sys class name|=format|paper digital|paper or digital|papel o digital|=papel digital|eszkoztipus|eszkoz tipus|=cineal|=slag|verditype|=laji|danh mục|=clase',
    owner: 'looked after by|who looks after it|quien los cuida|quien lo cuida|quien la cuida|quien las cuida|anlagenverantwortlicher|anlagenverantwortliche|=uineir|=ce leis|=eienaar|κατοχοσ|=vastuu|deținător|=sahip|责任部门|管理人',
    classification: 'informationsklass|informationsklassning|=sensible|sensible ?|=aicmiu|que tan sensibles|que tan sensible|cuan sensibles|cuan sensible|how sensitive is it|how sensitive|=iogaireacht|=rangu|klassifikasie|kategorie klasifikace|tietoturvaluokka|turvaluokka|luottamuksellisuusluokka|skyddsklass|suojaustaso|klasa informacji|=sınıf|密等|分級|titkossági osztály|titkossági besorolás|adatminősítés',
  },
  'treatment-plan': {
    riskId: 'ros ref|ros referanse|=sra no|=sra ref|=sra id|riskreferens|identyfikator ryzyka|=riosca',
    action: 'actiepunt|=tehtävä|=gniomh|gniomh le deanamh|執行事項',
    owner: '=dri|=eienaar|duine freagrach|=freagrach|tiltakseier|=vastuu|=omistaja|=odp|=vlastník|=garant|=tulajdonos|=proprietar|=sahip|=ejecutor',
    dueDate: 'spriocdhata|sprioc dhata|pour quand|=quand|gereed per|teikendatum|rok provedbe|rok izvršenja|uiterste datum|måldatum|förfallodatum|måldato|ferdig dato|takaraja|aikataulu|eräpäivä|befejezés dátuma|預定完成日',
    status: '=stadas|=fait|=done|=hecho|vordering|åtgärdsstatus|tiltaksstatus|eteneminen|=estatus',
  },
};

/** Rating words the audit found missing (the lists of ratingPhrases in synonyms-risks.ts). */
export const auditRatings: Partial<Record<'likelihood' | 'impact' | 'score' | 'level', string>> = {
  likelihood: 'dochulacht|waarskynlikheid',
  impact: '=k hoyeste|tionchar|impak|påvirkning|seuraukset|allvarlighet|allvarlighetsgrad|alvorlighet|alvorlighetsgrad|alvorlighed|alvorlighedsgrad',
  score: 'poäng|poeng|riskiluku|pisteet|telling|risikotelling',
  level: '=leibheal|=ocjena|=stopnja|stopnja tveganja|riskklass|riskiluokka|leibheal riosca|risikovlak|=valoracion',
};

/**
 * Stage words of a residual rating the audit found missing: the remaining risk in Swedish, Norwegian,
 * Polish, Czech, Slovak, Finnish and Hungarian (their inflected forms), after treatment in Portuguese and Spanish.
 */
export const auditResidual = 'residuele|kvarvarande|gjenværende|rezydualnego|szczątkowego|resztkowe|resztkowego|'
  + 'zbytkového|zvyškového|reziduálneho|jäännös|jäännösriskin|toimenpiteiden jälkeen|maradványkockázati|pós tratamento|post tratamiento';

/**
 * Sheet names the audit found unread (words of 'other' sheets count only as written, as nameHints reads them). Not "Annex A" in
 * other languages (a catalogue of Annex A is named so as often as an SoA: held-out 53), nor "Measures" (a home's security
 * checklist in review 67's and 68's probes).
 */
export const auditSheetNames: Partial<Record<SheetKind, string>> = {
  risks: 'ros analyse|riskianalyysi|riskiluettelo|clar riosca|risikoregister',
  soa: 'verklaring van toepasbaarheid|anvendelseserklæring|soveltamislausunto',
  assets: 'socmhainni|clar socmhainni|trealamh|trealamh coras|trealamh agus coras|bateregister|tillgångsförteckning|verdiregister|eiendeler|verdioversikt|aktivfortegnelse|omaisuusluettelo|suojattavat kohteet',
  'treatment-plan': 'plean coireala|plean coireala riosca|risicobehandelplan|risikohåndteringsplan|handleplan|riskienkäsittelysuunnitelma|plan postępowania|plán zvládání rizik|plán zaobchádzania s rizikami|'
    + 'akcióterv|plan de măsuri|faaliyet planı|план обработки|план обробки|piano d azione|piano di azione|xử lý rủi ro|mitigasi risiko',
  other: 'registre documentaire|registre des documents|documentenregister|dokumentenregister|registro documental|registro de documentos|registre incidents|registro degli incidenti|incidenti|incidenti di sicurezza|incidentenregister|incidentenlog|registro de incidentes|registo de incidentes|rejestr incydentow|evidence incidentu|sicherheitsvorfalle|vorfallsregister|journal des incidents|bewertungsskala|bewertungsskalen|risikoskala|schadensskala|meeting minutes|minutes|zapis z porady|zapisnici sastanaka|zapisnik|sitzungsprotokoll|besprechungsprotokoll|compte rendu|acta de reunion|verbale|notulen|document register|document list|dokumentenliste|liste des documents|doküman listesi|belge listesi|ljestvice|ljestvica|インシデント記録|インシデント記録簿|내부감사 결과|감사 결과|시정조치|内部审核|审核发现|słowniki|słownik|listy rozwijane|auswahllisten|auswahlliste|wertelisten|werteliste|dropdown listen|listes deroulantes|listas desplegables|keuzelijsten|ciselniky|elenchi a discesa|incident log|incident register|incidents log|incident tracker|security incidents|incidentenregistratie|incidentregistratie|datalekregister|vorfallsregister|sicherheitsvorfälle|registre des incidents|journal des incidents|registro de incidentes|registro de incidencias|incidentenregister|issuelog|incidentlogg|ärendelogg|hendelseslogg|avvikslogg|hændelseslog|sagslog|tietoturvapoikkeamat|avoimet asiat|selite|'
    + 'rejestr incydentów|rejestr problemów|seznam problémů|evidencia incidentov|zoznam problémov|incidensnapló|problémanapló|jelmagyarázat|registrul incidentelor|'
    + 'registru probleme|olay kayıtları|sorun listesi|lejant|インシデント管理台帳|課題管理表|침해사고 대장|이슈 관리|信息安全事件记录|问题跟踪表|資安事件紀錄|問題追蹤表|'
    + 'log insiden|daftar masalah|nhật ký sự cố|danh sách vấn đề|журнал инцидентов|реестр проблем|журнал інцидентів|реєстр проблем|registro incidenti|'
    + 'registro delle problematiche|registro de problemas|'
    // A management review's decisions are its actions, not the treatment of risks.
    + 'listas|listes|listen|elenchi|lijsten|seznamy|'
    + 'nonconformities|nonconformity log|nc log|non conformites|no conformidades|nichtkonformitaten|neconformitati|constatari audit|nesukladnosti|μη συμμορφωσεισ|'
    + 'access review|user access review|access recertification|zugriffsrezertifizierung|berechtigungsprufung|revue des acces|revision de accesos|'
    + 'management review|management review actions|managementbewertung|managementreview|management-review|revue de direction|revision por la direccion|revisión por la dirección|'
    + 'revisão pela direção|riesame della direzione|directiebeoordeling|přezkoumání vedením|przegląd zarządzania|ανασκόπηση διοίκησης',
};
