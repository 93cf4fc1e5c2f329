/**
 * Header words in Swedish, Danish, Norwegian, Finnish and Basque, and a few more English, German, Spanish
 * and French ones (public-sector and hospital registers, issue trackers); merged into the lists of
 * synonyms.ts and synonyms-risks.ts (same notation: "|" between phrases, "~" weak, "=" whole header only).
 */
import type { RecordKind, SheetKind } from './types.ts';

export const nordicPhrases: Record<RecordKind, Record<string, string>> = {
  risks: {
    id: 'arrisku id|arrisku zenbakia|risknummer|risk nr|riskid|risikonummer|risiko id|riskin tunniste|tunniste|=nro|=lnr|=lopnr',
    title: 'arriskua|arrisku izena|arriskuaren izena|risiko|riski|risknamn|risikonavn|riskin nimi|benamning|betegnelse|=rubrik|otsikko|riskhandelse|haendelse|hendelse|tapahtuma',
    description: 'deskribapena|arriskuaren deskribapena|beskrivning|riskbeskrivning|beskrivelse|risikobeskrivelse|kuvaus|riskin kuvaus|scenariebeskrivning|hva kan skje|hva kan ga galt|vad kan handa|hvad kan ske|mita voi tapahtua',
    asset: 'aktiboa|aktiboak|berort system|berorte systemer|berort informasjon|tillgang|tillgangar|informationstillgang|berord tillgang|aktiv|aktiver|informationsaktiv|berorte aktiver|resurs|omaisuus|tietovaranto|kohde|'
      + 'betroffener prozess|betroffene anlage|betroffenes system|~prozess|~anlage|~geschaftsprozess|'
      + '~component|~components|~affected service|~service|~process|~affected process|~business process|~komponent|~tjanst|~tjeneste',
    threat: 'mehatxua|mehatxuak|hot|hotbild|hotaktor|trussel|trusler|trusselaktor|uhka|uhat|uhkatekija',
    vulnerability: 'orsak|arsak|arsag|ahultasuna|ahultasunak|zaurgarritasuna|sarbarhet|sarbarheter|svaghet|sarbarhed|svaghed|haavoittuvuus|heikkous',
    owner: 'arduraduna|arrisku jabea|riskagare|agare|ansvarig|risikoejer|ejer|ansvarlig|risikoeier|eier|riskin omistaja|omistaja|vastuuhenkilo|vastuullinen|kuka vastaa|vastuu|vastuussa|~assignee',
    treatment: 'tratamendua|tratamendu aukera|riskbehandling|behandling|hantering|riskhantering|risikohandtering|handtering|risikobehandling|riskin kasittely|kasittely|kasittelytapa',
    controls: 'kontrolak|kontrol aktuala|kontrol aktualak|egungo kontrolak|neurriak|kontroller|atgarder|befintliga atgarder|sakerhetsatgarder|atgardsforslag|foreslagna atgarder|foranstaltninger|eksisterende kontroller|tiltak|eksisterende tiltak|hallintakeinot|kontrollit|'
      + 'linked controls|mapped controls|annex a controls|key controls',
    status: 'tila|tilanne|egoera',
    reviewDate: 'seuraava arviointi|arviointipaiva|seuraava katselmointi|wiedervorlage|nachste prufung|prufdatum|prufung am|revisit on|revisit|next assessment|uppfoljning|uppfoljningsdatum|nasta uppfoljning|'
      + 'revisionsdato|naeste gennemgang|gennemgang|neste gjennomgang|revisjonsdato|seuraava tarkistus|tarkistuspaiva|katselmointi',
    notes: 'oharrak|iruzkinak|kommentar|kommentarer|anmarkning|anmarkningar|bemaerkning|bemaerkninger|merknad|merknader|kommentti|huomautukset|lisatiedot',
  },
  soa: {
    controlId: 'kontrol id|kontroll id|kontroll nr|kontrollnummer|kontrol nr|kontrol id|kontrolli|annex a ref|ref annex a|annexe a|ref annexe a',
    controlTitle: '=navn|=namn|=nimi|kontroll|kontrollnamn|kontrol|kontrolnavn|rubrik|benamning|kontrollin nimi|hallintakeino|sakerhetsatgard|mesure de securite',
    applicable: 'aplikagarria|aplikagarritasuna|tillamplig|tillamplighet|tillampas|anvendelig|gaeldende|relevans|gjeldende|sovellettavuus|sovelletaan|sovellettava',
    justification: 'justifikazioa|arrazoia|motivering|skal|begrundelse|begrunnelse|perustelu|perustelut',
    status: 'implementeringsgrad|gennemforelsesgrad|toteutusaste|implementeringsstatus|genomforandestatus|implementerad|implementeret|implementert|toteutus|toteutuksen tila|'
      + 'implantacion|grado de implantacion|estado de implantacion|nivel de implantacion|grado de implementacion|nivel de madurez|grado de cumplimiento',
    owner: 'kontrolejer|kontrollansvarlig|kontrollagare|kontrolleier|kontrollin omistaja|pilote|porteur|pilot|agare|ansvarig|ejer|ansvarlig|eier|omistaja|vastuuhenkilo|control lead|lead',
    evidence: 'ebidentzia|frogak|bevis|dokumentation|referens|referenser|styrande dokument|dokumentasjon|todisteet|dokumentaatio|viitteet|documents associes',
    notes: 'kommentar|kommentarer|anmarkning|bemaerkning|merknad|kommentti|huomautukset',
  },
  assets: {
    id: 'aktiv nr|aktivnummer|tillgangs id|tillgang nr|inventarienummer|inventarnummer|tunnus|omaisuustunnus|iar no|iar ref',
    name: 'aktiboa|aktiboaren izena|=sistema|tillgang|aktiv|aktivnavn|tillgangsnamn|namn|navn|nimi|omaisuus|tietovaranto|informationstillgang',
    type: 'mota|aktibo mota|typ|tillgangstyp|aktivtype|aktivtyp|kategori|tyyppi|luokka',
    owner: 'jabea|arduraduna|agare|ansvarig|ejer|ansvarlig|eier|omistaja|vastuuhenkilo|informationsagare|dataejer|systemejer|systemeier|systemagare|systeemeigenaar|jarjestelman omistaja',
    classification: 'protective marking|security marking|government security classification|=marking|handling caveat|'
      + 'sailkapena|klassning|informationsklassning|dataklassificering|dataklassifikation|klassifikation|klassifisering|sikkerhetsklasse|luokitus|tietoluokitus|turvallisuusluokka|skyddsniva|skyddsklass|beskyttelsesniveau',
  },
  'treatment-plan': {
    riskId: 'arrisku id|risk id|risiko id|riskin tunniste|risk nr|riskid|gerelateerd risico|related risk id|adresserer|adresserar|adresserte risikoer|behandlet risiko|behandlade risker|behandlede risici',
    action: 'ekintza|ekintzak|atgard|atgarder|foranstaltning|foranstaltninger|tiltak|handling|aktivitet|toimenpide|toimenpiteet|verbetermaatregel|improvement action|~kort beskrivelse|~beskrivelse|~beskrivning',
    owner: 'arduraduna|ansvarig|ansvarlig|agare|ejer|eier|vastuuhenkilo|vastuullinen',
    dueDate: 'epemuga|muga data|klart senast|fardigt senast|slutdatum|klar senest|frist|forfallsdato|tidsfrist|maarapaiva|valmistumispaiva|maaraaika|senast',
    status: 'egoera|tila|fremdrift|framsteg|forlob',
  },
};

export const nordicRatings: Record<'likelihood' | 'impact' | 'score' | 'level', string> = {
  likelihood: 'probabilitatea|gertagarritasuna|sannolikhet|sandsynlighed|sannsynlighet|todennakoisyys|~=ew',
  impact: 'inpaktua|eragina|konsekvens|konsekvenser|paverkan|vakavuus|vaikutus|seuraus|skadeomfang|skadeomfattning|~=sa',
  score: 'riskvarde|risikoverdi|risikovaerdi|riskiarvo|riskpoang',
  level: 'arrisku maila|=maila|riskniva|risikoniva|riskitaso|niva|taso',
};

export const nordicResidual = 'kvarstaende|restrisk|jaannosriski|efter atgard|efter atgarder|etter tiltak|efter|etter|jalkeen|nach massnahme';

export const nordicSheetNames: Record<SheetKind, string> = {
  risks: 'arriskuak|arrisku ebaluazioa|arrisku erregistroa|arrisku analisia|riskregister|riskanalys|riskbedomning|risikovurdering|risikoanalyse|riskirekisteri|riskiarvio|risker|risici|risikoer|riskit',
  soa: 'aplikagarritasun adierazpena|uttalande om tillamplighet|tillamplighetsforklaring|anvendelighedserklaering|erklaering om anvendelighed|soveltuvuuslausunto|soveltamisalaseloste',
  assets: 'aktiboak|aktiboen inbentarioa|tillgangar|tillgangsregister|aktivliste|aktivlista|aktivregister|aktiver|informationstillgangar|omaisuusrekisteri|tietovarannot|information asset register|iar',
  'treatment-plan': 'tratamendu plana|ekintza plana|atgardsplan|riskbehandlingsplan|handlingsplan|behandlingsplan|tiltaksplan|toimenpidesuunnitelma|kasittelysuunnitelma|verbeterplan|improvement plan',
  other: 'instruktioner|forklaring|vejledning|veiledning|oversigt|listor|ohjeet|yhteenveto|kansilehti|toelichting|forside|framsida',
};
