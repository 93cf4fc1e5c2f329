/**
 * The header words the kind rules (kind-rules.ts) look for: what names risks, vendors, incidents, policies, documents,
 * controls, audit results, logs, requirements and other frameworks, in the languages read. Split from kind-rules.ts.
 */

/** A header that names risks ("Risk", "Risque", "Riesgo", "Risiko"…). */
export const RISK_WORD = /(^| )(risk|risks|risque|risques|riesgo|riesgos|risiko|risiken|rischio|rischi|risco|riscos|risico|ryzyko|riziko|rizika|κινδυνοσ|κινδυνοι|ریسک|مخاطره|风险|風險|リスク|리스크|위험)( |$)/;

/** A header that names the gaps of an assessment ("Gap", "Gap ID", "Brecha"), which a remediation plan closes as it would treat risks. */
export const GAP_WORD = /(^| )(gap|gaps|brecha|brechas|lacuna|lacunas|lacune|lacunes|ecart|ecarts)( |$)/;

/** A header that is the word "risk" and nothing more ("Risk", "Risque", "リスク"). */
export const BARE_RISK = /^(risk|risque|riesgo|risiko|rischio|risco|risico|ryzyko|riziko|κινδυνοσ|风险|風險|リスク|리스크|위험)$/;

/** A vendor's column, and the columns that name what is bought from it (a software or hardware inventory names its vendors too). */
export const VENDOR = /(^| )(vendor|vendors|supplier|suppliers|provider|providers|fournisseur|fournisseurs|lieferant|lieferanten|proveedor|proveedores|fornecedor|fornecedores|fornitore|fornitori|leverancier|leveranciers|dodavatel|dostawca)( |$)/;
export const PRODUCT = /(^| )(product|products|software|application|applications|app|system|systems|model|version|licen[cs]e|licen[cs]es|certificate|certificates|device|devices|hardware|asset|assets|produit|produkt|producto|produto|prodotto|logiciel|anwendung|aplicacion|aplicacao)( |$)/;
/** An incident's scenario is a risk, as ISO/IEC 27005 calls it. */
export const SCENARIO = /(scenario|scenarios|escenario|escenarios|cenario|szenario|szenarien)/;
/** Words of records the app keeps apart: incidents, suppliers, corrective actions. */
export const FOREIGN = /(^| )(incident|incidents|incidente|incidentes|incidenti|vorfall|vorfalle|incidentu|vendor|vendors|supplier|suppliers|fournisseur|fournisseurs|lieferant|lieferanten|proveedor|proveedores|fornecedor|fornecedores|fornitore|fornitori|leverancier|leveranciers|dodavatel|dostawca|provider|providers|προμηθευτησ|προμηθευτεσ|ca)( |$)/;

/** An inventory named by its policies ("policy_name") is a register of documents, not of assets, unless the sheet's name says assets. */
export const POLICIES = /(^| )(policy|policies|procedure|procedures|politique|politiques|richtlinie|richtlinien|politica|politicas)( |$)/;

/** Keys of a register of documents ("Document_ID", "Doc ref"): its rows are controlled documents (the app keeps them apart), not risks, assets or actions. */
export const DOCUMENT_KEY = /(^| )(document|documents|doc|docs|dokument|dokumente|documento|documentos)( |$)/;

/** A header that names controls, in the languages read. */
export const CONTROL_WORD = /(^| )(control|controls|measure|measures|safeguard|safeguards|salvaguarda|salvaguardas|kontrolle|kontrollen|controle|controles|controllo|controlli|opatreni|mesure|mesures|massnahme|massnahmen|misura|misure|medida|medidas|maatregel|maatregelen|μετρο|μετρα|ελεγχοσ|管理策|対策|セキュリティ対策|控制措施|安全措施|통제|보호대책|대책)( |$)/;

/** Headers of the practices a checklist asks about, as its controls ("Best practice", "Melhores práticas"). */
export const PRACTICES = /(^| )(best practice|best practices|melhores praticas|boas praticas|mejores practicas|buenas practicas|bonnes pratiques)( |$)/;

/** A header naming control families ("Family", "Control family", "Familia", "Famille"). */
export const FAMILY_HEADER = /^(control |nist )?(family|families|familia|familias|famille|familles|familie|familien|famiglia)( de controles| de controle| of controls)?$/;

/** Headers of an audit's results: its rows judge controls, they do not decide about them. */
export const AUDIT_RESULT = /(^| )(finding|findings|nonconformity|nonconformities|non conformity|conformity|audit result|audit results|audit finding|audit findings|constat|constats|feststellung|feststellungen|hallazgo|hallazgos|constatacao|constatacoes|rilievo|rilievi|bevinding|bevindingen)( |$)/;

/** Keys of a log of issues, tickets, defects or changes ("Issue_ID"): its rows are no risks, unless a header names a risk ("Risk/Issue ID", "Risk level"). */
// (…and a support case's: "Ärende", "Henvendelse", "Supportfall".)
export const LOGGED = /(^| )(issue|issues|ticket|tickets|bug|bugs|defect|defects|change|changes|arende|arenden|henvendelse|henvendelser|supportfall|supportsag|supportsak)( |$)/;

/** A number column's header that says nothing of what is numbered ("#", "ID", "No."). */
export const BARE_NUMBER = /^(|id|no|nr|n|num|number|ref|nummer|numero|cislo)$/;
export const GENERIC_NAME = /^(name|names|title|item|items|label|description|designation|nom|titre|titel|nombre|titulo|nome|naam|nazev)$/;

/** Headers naming another framework's controls: two of them beside the controls make a crosswalk, not an SoA. */
export const OTHER_FRAMEWORK = /(^|[^a-z])(soc ?2|tsc|nist|csf|800[- ]?53|cis|pci|asvs|hipaa|cobit|gdpr|bsi|nis ?2|dora|cmmc|fedramp|hitrust)([^a-z]|$)/i;

/** Headers of a mapping's sides: "source_framework", "Target framework", "target_scheme" (the scheme's side named beside it). */
export const FRAMEWORK_SIDE = /\b(source|target)\b.*\bframeworks?\b|\bframeworks?\b.*\b(source|target)\b|\b(source|target) schemes?\b|\bschemes? (source|target)\b/i;

/** Headers of requirements, questions or obligations, which a checklist or a legal register checks. */
export const REQUIREMENT = /(^| )(req|reqs|requirement|requirements|question|questions|article|articles|obligation|obligations|law|laws|regulation|regulations|legal|clause|clauses|anforderung|anforderungen|exigence|exigences|requisito|requisitos|requisiti|eis|eisen|pozadavek|pozadavky)( |$)/;

/** Headers of the standard's clauses, not of Annex A controls. */
export const CLAUSE = /clause|klausel|clausula|chapitre|kapitel|article|artikel/i;
/** A sheet's name of risks, also in compounds ("Risikoregister", "Riskregister", "Registr rizik"). */
export const RISKS_NAME = /risk|risiko|risico|riesgo|risque|rischi|risco|rizik|ryzyk|κινδυν|风险|リスク|리스크/;

/**
 * A header over how each control is implemented, told in words ("Implementation", "Implementation statement", "How Acme
 * satisfies it", "Umsetzung", "Implementación en Wizor", "Co robimy"), as header tokens read it (stop words dropped); not its
 * status, date, owner, a catalogue's guidance ("How to implement": "how implement") or anything else IMPLEMENTATION_NOT_TOLD names.
 */
export const IMPLEMENTATION_TOLD = /^((current |our )?implementation( [a-z]+){0,3}|how( [a-z]+)+ (satisf[a-z]*|meets?|met|implement[a-z]*|address[a-z]*|compl(y|ies|ied)|fulfil[a-z]*)( it| this| them| control| requirement)?|how (implemented|met|satisfied|addressed)|umsetzung( [a-z]+){0,2}|beschreibung umsetzung|implementacion( [a-z]+){0,2}|implementacao( [a-z]+){0,2}|implementazione( [a-z]+){0,2}|mise oeuvre( [a-z]+){0,2}|co robimy|jak wdrozono)$/;
export const IMPLEMENTATION_NOT_TOLD = /(^| )(status|state|stand|estado|etat|statut|date|datum|fecha|timeline|deadline|schedule|level|grad|nivel|niveau|owner|responsible|verantwortlich|responsable|guidance|guide|example|examples|priority|phase|progress|evidence|artifact|artefact|plan|cost|effort|type|tier|percent|rate|score|maturity|bis|group|team)( |$)/;
