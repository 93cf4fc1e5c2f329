/**
 * Header words for SoA, asset and treatment-plan sheets, and the words in sheet names that say
 * what a sheet holds; same notation as synonyms-risks.ts ("|" between phrases, "~" = weak).
 */
import type { RecordKind, SheetKind } from './types.ts';
import { riskPhrases } from './synonyms-risks.ts';
import { morePhrases, moreSheetNames, withMore } from './synonyms-more.ts';
import { nordicPhrases, nordicSheetNames } from './synonyms-nordic.ts';
import { worldPhrases, worldSheetNames } from './synonyms-world.ts';
import { eastNotPhrases, eastPhrases, eastSheetNames } from './synonyms-east.ts';
import { persianNotPhrases, persianPhrases, persianSheetNames } from './synonyms-persian.ts';
import { auditPhrases, auditSheetNames } from './synonyms-audit.ts';
import { regionalPhrases, regionalSheetNames } from './synonyms-regional.ts';

const soaPhrases: Record<string, string> = {
  controlId: 'control id|control no|control number|control ref|control reference|control code|id|ref|reference|cis safeguard|cis control|cis id|cis ref|cis no|cis nr|cis number|=citation|cfr citation|regulation citation|safeguard id|safeguard no|pci requirement|pci dss requirement|pci req|=req|req no|req nr|req id|req ref|requirement id|requirement no|requirement number|requirement ref|hipaa reference|hipaa citation|=no|=nr|=number|clause|annex ref|annex reference|annex id|annex control no|'
    + 'iso ref|iso reference|iso control|iso 27001 control|control|~=section|~=item|'
    + 'reference de la mesure|no mesure|numero|identifiant|'
    + 'massnahme nr|kontrolle nr|nummer|referenz|kontrolle|'
    + 'numero de control|id control|codigo|'
    + 'cislo opatreni|id opatreni|oznaceni|cislo|opatreni|'
    + 'κωδικοσ|κωδικοσ ελεγχου|α α|αριθμοσ',
  controlTitle: 'control|control name|control title|title|name|control area|security control|controls|implementation specification|subcategory|csf subcategory|subcategoria|sous categorie|unterkategorie|~control objective|~description|~=requirement|~=requirements|short name|'
    + 'mesure|intitule|titre|nom|libelle|nom de la mesure|~description de la mesure|'
    + 'massnahme|bezeichnung|titel|kontrolle|name der massnahme|~beschreibung|'
    + 'nombre|titulo|denominacion|nombre del control|control de seguridad|~descripcion|'
    + 'nazev|nazev opatreni|opatreni|~popis|'
    + 'τιτλοσ|ονομασια|ελεγχοσ|μετρο|~περιγραφη',
  applicable: 'applicable|applicability|applicability status|inclusion status|selection status|applicable y n|applicability y n|applicable yes no|in scope|included|selected|is applicable|applies|y n|relevant|required|~decision|inclusion decision|'
    + 'applicabilite|applicable oui non|retenue|retenu|'
    + 'anwendbar|anwendbarkeit|zutreffend|relevanz|'
    + 'aplicable|aplicabilidad|aplica|'
    + 'aplikovatelnost|aplikovatelne|pouzitelnost|relevance|'
    + 'εφαρμοζεται|εφαρμογη|εφαρμοσιμοτητα|εφαρμοσιμο',
  justification: 'justification|reason|reasons|rationale|reason for inclusion|reason for exclusion|reason for inclusion exclusion|justification for inclusion|justification for exclusion|'
    + 'inclusion exclusion justification|justification for inclusion exclusion|inclusion justification|exclusion justification|why|selection reason|reason for selection|'
    + 'raison|motif|justification inclusion exclusion|'
    + 'begrundung|grund|rechtfertigung|'
    + 'justificacion|motivo|razon|'
    + 'oduvodneni|zduvodneni|duvod|'
    + 'αιτιολογηση|λογοι επιλογησ|λογοι εξαιρεσησ|λογοι επιλογησ εξαιρεσησ',
  status: 'implementation status|status|implemented|implementation|state|control status|implementation state|progress|where we are|where are we|is control implemented|control implementation status|~=done|~=in place|maturity|~compliance|~coverage|~compliance status|~self assessment|~assessment result|~current assessment|'
    + 'statut|etat|statut de mise en oeuvre|mise en oeuvre|etat de mise en oeuvre|~couverture|'
    + 'umsetzungsstatus|umsetzung|status der umsetzung|implementiert|umgesetzt|'
    + 'estado|estatus|estado de implementacion|implementacion|implementado|~cobertura|~cumplimiento|~grau de aderencia|~aderencia|'
    + 'implementace|stav implementace|stav|zavedeno|'
    + 'υλοποιηση|κατασταση υλοποιησησ|κατασταση',
  owner: 'owner|control owner|responsible|responsibility|accountable|=who|responsible owner|responsible party|~assigned to|'
    + 'proprietaire|responsable|'
    + 'verantwortlich|verantwortlicher|eigentumer|'
    + 'propietario|'
    + 'vlastnik|odpovednost|odpovedna osoba|garant|'
    + 'υπευθυνοσ|ιδιοκτητησ',
  evidence: 'evidence|evidence reference|evidence source|evidence sources|source of evidence|evidence location|related docs|supporting docs|reference docs|implemented via|implemented through|implemented with|implemented using|~=ref|~=refs|~=reference|~=references|~=referenz|~=referencia|~=riferimento|documents|document|documentation|reference documents|related documents|policy|policy reference|implementation evidence|proof|records|'
    + 'location of evidence|document reference|supporting documents|~link|~references|~=where|where documented|where to find|'
    + 'preuve|preuves|documents de reference|'
    + 'nachweis|nachweise|dokumentation|dokumente|'
    + 'evidencia|evidencias|documentacion|documentos|'
    + 'dukaz|dukazy|odkaz na dokumentaci|dokumentace|'
    + 'τεκμηριωση|αποδεικτικα|αποδειξεισ|εγγραφα',
  notes: riskPhrases.notes + '|implementation notes|management response|how implemented|implementation details|description of implementation|comment|how it is met|how met|how it is handled|how handled|how it is addressed|how addressed|how we comply|how we meet it|how meets it|how it meets|how we implement it|how we address it|gap|gaps|gap description|gap action|gaps identified|identified gap|gap notes|ecart|ecarts|brecha|brechas|lacuna|lacunas|lucke|lucken|finding|findings|audit finding|audit findings|hallazgo|hallazgos|constat|constats|feststellung|feststellungen|constatacao|constatacoes|rilievo|rilievi|bevinding|bevindingen',
};

const assetPhrases: Record<string, string> = {
  id: 'asset id|id|ref|reference|asset no|asset number|asset tag|=tag|tag no|tag number|tag nr|inventory number|inventory no|=code|asset code|=no|=number|'
    + 'identifiant|reference de l actif|'
    + 'inventarnummer|asset nr|nummer|'
    + 'codigo|id del activo|'
    + 'id aktiva|oznaceni|cislo|'
    + 'κωδικοσ|α α',
  // A device's model is the only name some hardware lists give ("Type", "Manufacturer", "Model").
  // …and a platform or an application is what an inventory of services lists ("Platform", "Type", "Hosting").
  name: 'asset|asset name|name|asset description|item|information asset|system|title|=thing|=things|what we have|what we ve got|~description|~~=model|~~=modele|~~=modelo|~~=modell|~~=modello|'
    + '~~=platform|~~=plattform|~~=plateforme|~~=plataforma|~~=application|~~=anwendung|~~=applikation|~~=aplicacion|'
    // …and software, hosts and devices are what lists of them name ("Software", "Version", "Installed on"; "Host", "IP").
    + '~~=software|~~=host|~~=device|~~=server|~~=computer|hostname|host name|device name|server name|computer name|machine name|'
    + '~~=servers|~~=serveur|~~=serveurs|~~=servidor|~~=servidores|~~=vm|~~=vms|~~=virtual machine|~~=workstation|~~=poste de travail|~~=postes de travail|~~=machine|~~=rechner|~~=ordinateur|'
    + 'nom|nom de l actif|actif|designation|~description de l actif|'
    + 'bezeichnung|vermogenswert|schutzobjekt|zielobjekt|informationswert|~beschreibung|'
    + 'nombre|activo|nombre del activo|~descripcion|~descricao|~descrizione|~omschrijving|'
    + 'nazev|nazev aktiva|aktivum|primarni aktivum|podpurne aktivum|~popis|~opis|'
    + 'ονομα|περιουσιακο στοιχειο|ονομασια|~περιγραφη',
  type: 'asset type|type|category|asset category|class|asset class|kind|=what is it|what kind of thing|what sort of thing|~server role|~system role|~device role|'
    + 'type d actif|categorie|'
    + 'typ|kategorie|art|assettyp|'
    + 'tipo|categoria|tipo de activo|'
    + 'typ aktiva|druh|'
    + 'τυποσ|κατηγορια',
  owner: 'asset owner|owner|owner role iao|iao|information asset owner|responsible|who owns it|who looks after it|data steward|information steward|=steward|~custodian|user allocated|allocated to|assigned to|assigned user|~~=user|'
    + 'proprietaire|responsable|'
    + 'eigentumer|verantwortlich|'
    + 'propietario|'
    + 'vlastnik|vlastnik aktiva|garant|'
    + 'ιδιοκτητησ|υπευθυνοσ',
  classification: 'classification|information classification|data classification|classification level|sensitivity|label|confidentiality classification|'
    + 'niveau de classification|sensibilite|'
    + 'klassifizierung|klassifikation|~schutzbedarf|'
    + 'clasificacion|nivel de clasificacion|'
    + 'klasifikace|stupen klasifikace|'
    + 'διαβαθμιση|ταξινομηση',
};

const planPhrases: Record<string, string> = {
  riskId: 'risk id|risk|risk ref|risk reference|risk no|risk number|related risk|linked risk|risk id in priority order|~=id|~=ids|risk ids|~=ref|scenario|risk scenario|escenario|escenario de riesgo|cenario|scenario de risque|szenario|'
    // The gap an action closes stands where a risk would (a gap assessment's remediation plan).
    + 'gap|gap id|gap ref|gap description|gap identified|identified gap|brecha|lacuna|ecart|'
    + 'id du risque|risque|risiko id|risiko|id del riesgo|riesgo|id rizika|riziko|κινδυνοσ|κωδικοσ κινδυνου',
  action: 'action|treatment action|actions|mitigation action|planned action|measure|control to implement|task|activity|mitigation|remediation|planned treatment|action description|treatment description|action title|action name|action item|action summary|remediation action|remediation title|task name|task title|~=plan|'
    + 'preferred options|=what|what we re doing|what we are doing|what we will do|what we ll do|~treatment|planned control|planned controls|primary control|selected control|selected controls|controls to implement|~control|~controls|~safeguard|~countermeasure|'
    + 'plan d action|mesure|mesures|'
    + 'massnahme|massnahmen|aufgabe|aktivitat|'
    + 'accion|acciones|medida|tarea|'
    + 'ukol|akce|opatreni|'
    + 'ενεργεια|δρασεισ|δραση|μετρο',
  owner: 'action owner|owner|responsible|assignee|lead officer|responsible officer|action lead|=lead|assigned to|who|who will implement controls|implementer|responsible person|responsibility|responsibilities|responsible party|responsible team|point of contact|=poc|'
    + 'responsable|verantwortlich|verantwortlicher|propietario|odpovedna osoba|resitel|zodpovida|υπευθυνοσ',
  dueDate: 'due date|due|deadline|=scheduled|scheduled date|scheduled close date|scheduled for|target date|target completion date|completion date|by when|=when|planned date|end date|=date|planned completion|target quarter|due quarter|planned quarter|~=quarter|'
    + 'echeance|date cible|date limite|'
    + 'falligkeit|fallig|fallig am|falligkeitsdatum|frist|termin|zieldatum|'
    + 'fecha limite|fecha objetivo|plazo|vencimiento|fecha de vencimiento|fecha planificada|fecha prevista|'
    + 'datum splneni|do kdy|'
    + 'προθεσμια|ημερομηνια ολοκληρωσησ|ληξη|ημερομηνια ληξησ',
  status: 'action status|status|progress|state|completion|~brag|~brag status|'
    + 'statut|avancement|etat|stand|estado|estatus|avance|stav|plneni|κατασταση|προοδοσ',
};

/** A kind's base phrases with those of every other word list added. */
function allLanguages(kind: Exclude<RecordKind, 'risks'>, base: Record<string, string>): Record<string, string> {
  return withMore(base, morePhrases[kind], nordicPhrases[kind], worldPhrases[kind], eastPhrases[kind], persianPhrases[kind], auditPhrases[kind], regionalPhrases[kind]);
}

/** Header phrases per kind and field. */
export const fieldPhrases: Record<RecordKind, Record<string, string>> = {
  risks: riskPhrases,
  soa: allLanguages('soa', soaPhrases),
  assets: allLanguages('assets', assetPhrases),
  'treatment-plan': allLanguages('treatment-plan', planPhrases),
};

/** How well a risk's treatment or measures work, in several languages: no treatment option, no measures. */
const EFFECT_OF_MEASURES = 'effectiveness of treatment|effectiveness of the treatment|effectiveness of mitigation|efficacy of treatment|'
  + 'eficacia del tratamiento|efectividad del tratamiento|eficacia de la mitigacion|eficacia de las medidas|efficacite du traitement|efficacite des mesures|'
  + 'eficacia do tratamento|eficacia das medidas|efetividade do tratamento|efficacia del trattamento|efficacia delle misure|'
  + 'wirksamkeit der massnahme|wirksamkeit der massnahmen|wirksamkeit der behandlung|massnahmenwirksamkeit|'
  // …nor how well the controls work ("Control effectiveness": Partially effective).
  + 'control effectiveness|controls effectiveness|effectiveness of controls|effectiveness of control|control strength|control rating|control adequacy|'
  + 'efficacite des controles|efficacite du controle|eficacia de los controles|eficacia del control|efectividad de los controles|efectividad del control|'
  + 'eficacia dos controles|efficacia dei controlli|wirksamkeit der kontrollen|kontrollwirksamkeit|effectiviteit van de maatregelen|effectiviteit beheersmaatregelen|ucinnost opatreni|αποτελεσματικοτητα μετρων';

/** Headers that look like a field but name something else ("Asset owner" is not the risk owner). */
export const notPhrases: Partial<Record<RecordKind, Record<string, string>>> = {
  risks: withMore(
    {
      // A stand-in or fallback owner is not the risk's owner ("Backup owner").
      owner: 'asset owner|control owner|owner of asset|vlastnik aktiva|proprietaire de l actif|=ref|=refs|=reference|=references|contingency owner|backup owner|deputy owner|escalation owner',
      // How often a risk is reviewed is no date ("Review cadence": Quarterly).
      reviewDate: 'review cadence|review frequency|frequency of review|cadence|review cycle',
      status: 'control status|control implementation status|implementation status of control|action status|task status',
      // How often a control is reviewed or tested is no likelihood.
      likelihood: 'review frequency|frequency of review|testing frequency|test frequency|audit frequency|control frequency|frequency of testing',
      // "Related risk id" links another record; it is not this row's own id.
      id: 'related risk id|related risk|linked risk|linked risk id|parent risk|parent risk id|related control id|related asset id|asset id|asset no|asset number|asset ref|related finding id|action id|task id|evidence id|evidence ref|control id|control ref',
      // What happened is an incident's account, not a risk's; a control's description is no risk's.
      description: 'acceptance expiration|acceptance expiry|what happened|que paso|que ocurrio|o que aconteceu|was ist passiert|ce qui s est passe|control description|control objective|control activity|description of control',
      // Vietnamese "biện pháp" (a measure) folds to the French "bien" (an asset).
      asset: 'bien phap',
      title: 'risk category|risk type|risk area|risiko kategorie|risikokategorie|categorie de risque|categorie du risque|categoria de riesgo|categoria del riesgo|categoria di rischio|categoria de risco|risicocategorie|risk appetite|risk source|asset name|system name|control name|control title|safeguard name|measure name|nazwa zasobu|nom du bien|nombre del activo|nome do ativo',
      // How soon something is to be done is no level ("Mitigation priority": Immediate).
      level: 'mitigation priority|remediation priority|action priority|fix priority|treatment priority|sensitivity level|confidentiality level|classification level|niveau de sensibilite|niveau de confidentialite|poziom poufnosci|livello di riservatezza',
      // Money at risk is no score ("Exposure (EUR)").
      score: 'exposure eur|exposure usd|exposure gbp|exposure chf|exposure in eur|exposure in usd|financial exposure|monetary exposure|exposure amount|exposure cost|expected loss',
      treatment: 'mitigation plan|action plan|treatment plan|mitigation actions|treatment actions|planned actions|plan de traitement|plan d action|plan de tratamiento|plano de tratamento|plan de accion|plano de acao|plan de mitigacion|plano de mitigacao|behandlungsplan|massnahmenplan|'
        + EFFECT_OF_MEASURES,
      // How well the measures worked is no measure ("Wirksamkeit der Maßnahme": Wirksam – …).
      controls: EFFECT_OF_MEASURES,
    },
    eastNotPhrases.risks ?? {},
    persianNotPhrases.risks ?? {},
  ),
  assets: withMore({
    type: 'licence type|license type|contract type|support type|warranty type|payment type|connection type',
    // A control's, a risk's or a supplier's name is no asset's.
    // A network's or an order's number is no asset's id.
    id: 'vlan id|vlan|subnet id|ticket id|order id|po id|purchase order|invoice id',
    name: 'control name|control title|control|risk name|threat name|vulnerability name|vendor name|supplier name|asset make|asset brand|asset manufacturer|asset vendor|device model|hardware model|model name|model number|asset model',
    // A warranty ("Garantie / Licence") is no guarantor (the Czech "garant", an owner).
    owner: '=garantie|=garanties|=garantien|=warranty|=warranties|=guarantee|=guarantees|=garantia|=garantias|=gewahrleistung|=garanzia|=garanzie|garantie licence|warranty expiry|warranty end|warranty expiration|fin de garantie|garantieende|'
      // …nor is a device's operating system ("Système d'exploitation" is no "Systemejer").
      + 'operating system|systeme exploitation|betriebssystem|sistema operativo|sistema operacional|besturingssysteem|operacni system|system operacyjny|λειτουργικο συστημα',
  }, persianNotPhrases.assets ?? {}),
  // A plan's own numbers are not the risk's.
  // …and a requirement, however summed up, is what a standard asks, not an action ("Requirement (summary)").
  'treatment-plan': { riskId: 'remediation id|action id|task id|activity id|milestone id|poam id|poa m id|item id|measure id', action: 'requirement|requirements|requirement summary|requirement text' },
  // "Réf." is a reference (a number, a document), not the "référent" who owns the control.
  soa: {
    owner: '=ref|=refs|=reference|=references|=referenz|=referencia|=referencias|=riferimento|=referentie',
    // What a control is implemented with is its evidence, not how far it is; nor is the state aimed at ("Target maturity").
    status: 'implemented via|implemented through|implemented with|implemented using|target maturity|target maturity level|target level|target state|target tier|=target',
    // The risks a control treats are links to the register, not proof of the control.
    evidence: 'linked risk|linked risks|related risk|related risks|risk link|risk links',
    // Whether a control is new in the edition says nothing of whether it applies ("Nouvelle mesure ?" in a correspondence table).
    applicable: 'new control|new in 2022|nouvelle mesure|neue massnahme|neue kontrolle|nueva medida|nuevo control|nuovo controllo|nieuwe maatregel',
    // A device's serial number is no control's number, nor is a person's ("Staff ID", "Personalnummer").
    controlId: 'serial number|serial no|serial|numero serie|numero de serie|n serie|seriennummer|numero di serie|serienummer|'
      + 'staff id|staff no|staff number|employee id|employee no|employee number|user id|student id|person id|personnel number|personalnummer|matricule|numero de empleado',
  },
};

/** Words in a sheet name that say what it holds. */
const baseSheetNameWords: Record<SheetKind, string> = {
  risks: 'risk|risks|risk register|risk assessment|register|risques|registre des risques|analyse des risques|risiko|risiken|risikoregister|riesgos|registro de riesgos|rizika|registr rizik|κινδυνοι|μητρωο κινδυνων',
  soa: 'soa|statement of applicability|applicability|dda|declaration d applicabilite|erklarung zur anwendbarkeit|anwendbarkeitserklarung|declaracion de aplicabilidad|prohlaseni o aplikovatelnosti|δηλωση εφαρμογησ|annex|controls',
  assets: 'asset|assets|asset register|asset inventory|inventory|vendor register|supplier register|vendor list|supplier list|vendor management|supplier management|approved vendors|approved suppliers|liste des fournisseurs|lieferantenliste|lista de proveedores|lista de fornecedores|subprocessors|sub processors|sous traitants|vendor inventory|supplier inventory|third party register|lieferantenverzeichnis|registre des fournisseurs|registro de proveedores|crown jewels|crown jewel|our stuff|stuff|our things|inventaire|actifs|inventar|werte|activos|inventario|aktiva|registr aktiv|schutzobjekte|schutzobjekt|zielobjekte|zielobjekt|περιουσιακα στοιχεια',
  'treatment-plan': 'treatment plan|risk treatment plan|rtp|action plan|remediation plan|mitigation plan|remediation|remediation tracker|action tracker|corrective actions|capa|plan de traitement|plan d action|massnahmenplan|behandlungsplan|plan de tratamiento|plan de accion|plan osetreni|plan opatreni|σχεδιο αντιμετωπισησ',
  other: 'legend|instructions|instruction|guide|guidance|readme|how to|cover|cover page|title|lookup|lookups|lists|list|dropdown|dropdowns|values|config|settings|dashboard|summary|'
    + 'chart|charts|heat map|heatmap|matrix|scale|scales|criteria|method|methodology|mapping|mappings|crosswalk|referentiel|framework|gap analysis|gap assessment|gap analyse|gapanalyse|analyse des ecarts|analisis de brechas|analise de lacunas|analisi dei gap|document details|document control|version|history|change log|about|overview|statistics|stats|'
    + 'legenda|instrukce|ciselnik|ciselniky|pokyny|prehled|souhrn|legende|anleitung|ubersicht|leyenda|instrucciones|resumen|υπομνημα|οδηγιεσ|συνοψη',
};

export const sheetNameWords = withMore(baseSheetNameWords, moreSheetNames, nordicSheetNames, worldSheetNames, eastSheetNames, persianSheetNames, auditSheetNames as Record<string, string>, regionalSheetNames as Record<string, string>) as Record<SheetKind, string>;

export interface Phrase {
  text: string;
  weight: number;
  /** Counts only as the whole header. */
  exact: boolean;
}

/** A "|"-separated phrase list ("~" weak, "~~" weaker still, "=" whole header only). */
export function phraseList(list: string): Phrase[] {
  return list.split('|').map((p) => {
    const flags = /^[~=]*/.exec(p)?.[0] ?? '';
    const weak = flags.replace(/=/g, '').length;
    return { text: p.slice(flags.length), weight: weak >= 2 ? 0.68 : weak ? 0.8 : 1, exact: flags.includes('=') };
  });
}
