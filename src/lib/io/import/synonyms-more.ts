/**
 * Header words in Italian, Dutch, Portuguese and Polish, camel-case and abbreviated forms from
 * exports, and a few more English ones; merged into the lists of synonyms.ts and
 * synonyms-risks.ts (same notation: "|" between phrases, "~" weak, "=" whole header only).
 */
import type { RecordKind, SheetKind } from './types.ts';

/** Joins extra phrases onto each field's list, layer by layer. */
export function withMore(base: Record<string, string>, ...layers: Record<string, string>[]): Record<string, string> {
  const out = { ...base };
  for (const more of layers) for (const [field, list] of Object.entries(more)) out[field] = out[field] ? `${out[field]}|${list}` : list;
  return out;
}

export const morePhrases: Record<RecordKind, Record<string, string>> = {
  risks: {
    id: 'id rischio|codice rischio|numero rischio|risico id|risiconummer|risico nr|kenmerk|id do risco|codigo do risco|numero do risco|'
      + 'risk identifier|nr ryzyka|numer ryzyka|id ryzyka|identyfikator|~=lp|=numer|no riesgo|no del riesgo|no risque|no rischio|no risco',
    title: 'headline|risk headline|rischio|titolo del rischio|nome del rischio|scenario di rischio|evento|risico|risiconaam|naam|risicoscenario|gebeurtenis|'
      + 'risco|titulo do risco|nome do risco|cenario de risco|ryzyko|nazwa ryzyka|nazwa|tytul|scenariusz ryzyka|zdarzenie',
    description: 'descrizione|descrizione del rischio|dettagli|omschrijving|beschrijving|risico omschrijving|descricao|descricao do risco|detalhes|'
      + 'opis|opis ryzyka|szczegoly',
    asset: 'related assets|related asset|linked assets|bene|beni|beni coinvolti|asset coinvolti|bedrijfsmiddel|bedrijfsmiddelen|informatiemiddel|'
      + 'ativo|ativos|ativo afetado|ativos afetados|aktywo|aktywa|zasob|zasoby|aktywo informacyjne|affected system|'
      + '~sistema|~systeme|~systeem|~συστημα|~πληροφοριακο συστημα',
    threat: 'minaccia|minacce|dreiging|dreigingen|bedreiging|ameaca|ameacas|zagrozenie|zagrozenia',
    vulnerability: 'vulnerabilita|kwetsbaarheid|kwetsbaarheden|vulnerabilidade|vulnerabilidades|podatnosc|podatnosci',
    owner: 'responsabile del rischio|titolare del rischio|responsabile|risico eigenaar|risicoeigenaar|eigenaar|verantwoordelijke|'
      + 'proprietario do risco|responsavel|dono do risco|wlasciciel ryzyka|wlasciel ryzyka|wlasciciel|odpowiedzialny|osoba odpowiedzialna',
    treatment: 'trattamento|trattamento del rischio|opzione di trattamento|behandeling|behandeloptie|risicobehandeling|behandelstrategie|'
      + 'tratamento|tratamento do risco|opcao de tratamento|resposta ao risco|postepowanie z ryzykiem|sposob postepowania z ryzykiem|'
      + 'postepowanie|reakcja na ryzyko|zvladani|zpusob zvladani|zvladani rizika|manejo|opcion de manejo|manejo del riesgo|respuesta',
    controls: 'controlli|controlli esistenti|misure|misure di sicurezza|maatregelen|beheersmaatregelen|bestaande maatregelen|'
      + 'controles existentes|controles iso 27001|medidas|zabezpieczenia|istniejace zabezpieczenia|srodki',
    status: 'stato|situacao|stan',
    reviewDate: 'review due date|data revisione|data di revisione|prossima revisione|riesame|herzieningsdatum|datum herziening|evaluatiedatum|datum evaluatie|laatst beoordeeld|laatste beoordeling|laatst herzien|laatste review|beoordeeld op|'
      + 'volgende review|reviewdatum|data de revisao|proxima revisao|revisao|data przegladu|nastepny przeglad|przeglad|'
      + 'seguimiento|fecha de seguimiento|date de suivi|suivi|data di monitoraggio',
    notes: 'commenti|osservazioni|opmerkingen|opmerking|observacoes|comentarios|notas|uwagi|komentarz|komentarze',
  },
  soa: {
    controlId: 'controllo|id controllo|riferimento|maatregel nr|referentie|controle|id do controle|referencia|punkt normy|punkt|odniesienie',
    controlTitle: 'titolo|titolo del controllo|nome del controllo|controllo|misura|beheersmaatregel|maatregel|titel|naam|'
      + 'nome do controle|titulo|titulo do controle|controle|zabezpieczenie|nazwa zabezpieczenia|tytul|nazwa',
    applicable: 'applicabile|applicabilita|van toepassing|toepasselijk|toepasbaar|aplicavel|aplicabilidade|stosowane|stosowanie|zastosowanie|ma zastosowanie',
    justification: 'motivazione|giustificazione|motivo|rechtvaardiging|motivatie|reden|onderbouwing|justificativa|justificacao|uzasadnienie|powod|'
      + 'applicability reason',
    status: 'stato di attuazione|attuazione|stato|implementazione|status implementatie|implementatiestatus|implementatie|status de implementacao|'
      + 'situacao|implementacao|status wdrozenia|wdrozenie|stan wdrozenia|reifegrad|volwassenheid|maturite|madurez|maturita|maturidade|dojrzalosc|'
      + 'implementation level|implementatiegraad|umsetzungsgrad',
    owner: 'proprietario|referente|eigenaar|verantwoordelijke|responsavel|dono|odpowiedzialny|wlasciciel|osoba odpowiedzialna',
    evidence: 'evidenze|evidenza|documenti|documentazione|bewijs|bewijsstukken|documentatie|documenten|evidencias|evidencia|documentos|documentacao|'
      + 'dowody|dowod|dokumenty|dokumentacja|evidence links|verwijzing|verwijzingen|riferimenti|referencias documentales|odkazy|referencje|'
      + 'references documentaires|referenzdokumente',
  },
  assets: {
    id: 'inventar nr|inventarnr|codice|codice asset|id asset|asset id|id do ativo|codigo|codigo do ativo|id aktywa|numer inwentarzowy|=nr|=nummer|=numer',
    name: 'hostname|host name|device name|system name|application|application name|nome|nome asset|bene|naam|bedrijfsmiddel|informatiemiddel|naam middel|=middel|'
      + 'denominacion|denominazione|designation|systeem|informatiesysteem|applicatie|ativo|nome do ativo|aktywo|nazwa|nazwa aktywa|zasob|nazwa zasobu|bien support|biens supports|valeur metier',
    type: 'device type|tipologia|soort|categorie|tipo de ativo|rodzaj|kategoria|kategoria zasobu',
    owner: 'business owner|proprietario|eigenaar|responsavel|wlasciciel|odpowiedzialny',
    classification: 'classificazione|livello di classificazione|classificatie|rubricering|bbn|bbn niveau|adatosztaly|adatbesorolas|classificacao|classificacao da informacao|klasyfikacja|'
      + 'sensitivity level|confidentiality level|niveau de sensibilite|niveau de confidentialite|livello di riservatezza|nivel de confidencialidad|'
      + 'poziom poufnosci|vertraulichkeitsstufe|stupen duvernosti',
  },
  'treatment-plan': {
    riskId: 'rischio|id rischio|risico|risico id|risco|id do risco|ryzyko|nr ryzyka',
    action: 'intervento|interventi|interventie|intervention|azione|azioni|misura|attivita|actie|acties|maatregel|taak|acao|acoes|medida|atividade|dzialanie|dzialania|zadanie',
    owner: 'referente|responsabile|eigenaar|verantwoordelijke|actiehouder|trekker|responsavel|odpowiedzialny|wlasciciel',
    dueDate: 'data obiettivo|data target|scadenza|data di scadenza|entro|streefdatum|einddatum|uiterlijk|prazo|data limite|data prevista|termin realizacji|data realizacji',
    status: 'stato|avanzamento|voortgang|situacao|andamento|stan|postep',
  },
};

export const moreRatings: Record<'likelihood' | 'impact' | 'score' | 'level', string> = {
  likelihood: 'probabilita|frequenza|kans|waarschijnlijkheid|frequentie|probabilidade|frequencia|prawdopodobienstwo|czestotliwosc',
  impact: 'impatto|gravita|conseguenza|gevolg|schade|ernst|impacto|consequencia|severidade|gravidade|wplyw|skutek|skutki|dotkliwosc',
  score: 'punteggio|valore del rischio|indice di rischio|risicoscore|risicowaarde|pontuacao|valor do risco|pontuacao do risco|wartosc ryzyka|'
    + 'mira rizika',
  level: 'livello di rischio|livello|priorita|risiconiveau|niveau|prioriteit|nivel de risco|prioridade|poziom ryzyka|poziom|priorytet|'
    + 'zona de riesgo|zona|zone de risque|zona di rischio|~risikokategorie',
};

export const moreResidual = 'res|residua|residuale|residuali|restrisico|rezydualne|rezydualny|szczatkowe|szczatkowy|apos tratamento|dopo il trattamento|netto';
export const moreInherent = 'inh|inerente|lordo|bruto|inherentne|pierwotne|pierwotny';
export const moreCurrent = 'overall|attuale|huidig|huidige|atual|obecny|obecne';

export const moreSheetNames: Record<SheetKind, string> = {
  risks: 'rischi|registro dei rischi|registro rischi|risicoregister|risicos|riscos|registro de riscos|registo de riscos|ryzyka|rejestr ryzyk|risk log',
  soa: 'dichiarazione di applicabilita|verklaring van toepasselijkheid|vvt|toepasselijkheid|declaracao de aplicabilidade|deklaracja stosowania',
  assets: 'registro degli asset|informatiemiddelen|bedrijfsmiddelen|middelenregister|middelen|register van informatiemiddelen|assetregister|ativos|inventario de ativos|aktywa|rejestr aktywow|'
    + 'zasoby|rejestr zasobow|biens supports|cartographie des actifs|informatiesystemen',
  'treatment-plan': 'piano di trattamento|behandelplan|actieplan|plano de tratamento|plano de acao|plan postepowania z ryzykiem',
  other: 'riepilogo|istruzioni|copertina|instructies|overzicht|voorblad|instrucoes|resumo|capa|instrukcja|podsumowanie|page de garde|deckblatt|'
    + 'vulnerabilities|vulnerability report|vulnerability scan|scan results|incident log|incidents|registre des incidents|incidentes|indicateurs|kpi|kpis|kri|'
    + 'portada|metadata|version history|revision history|echelle|echelles|escala|escalas|skala|skalen|schaal|schalen|stupnice|kriterien|criteres|criterios|criteri|'
    + 'findings|findings register|audit findings|evidence register|evidence|nonconformities|nonconformity log|ncr|coverage',
};
