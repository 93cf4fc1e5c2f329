import { describe, expect, it } from 'vitest';
import { fieldCandidates } from '../../../../src/lib/io/import/fields.ts';
import { nameHints } from '../../../../src/lib/io/import/sheet-names.ts';
import { fieldPhrases, notPhrases, sheetNameWords } from '../../../../src/lib/io/import/synonyms.ts';
import { bareRiskWords, currentWords, inherentWords, ratingPhrases, residualWords } from '../../../../src/lib/io/import/synonyms-risks.ts';
import type { RecordKind } from '../../../../src/lib/io/import/types.ts';
import { headerCases } from './header-cases.ts';

const best = (kind: RecordKind, header: string) => fieldCandidates(kind, header)[0]?.field;

// Headers as practitioners and GRC tools write them, by language (synonyms-world*.ts).
const risks: [string, string][] = [
  ['Sahip', 'owner'], ['DREAD', 'score'], ['STRIDE', 'threat'], ['Affected Area / Files', 'asset'], ['faixa_inerente', 'level'], ['attack_technique', 'threat'], ['負責', 'owner'],
  ['Semáforo', 'level'], ['Traffic light', 'level'], ['Ampel', 'level'], ['Qué pasa', 'description'], ['What happens', 'description'], ['Agujero', 'vulnerability'],
  ['Security hole', 'vulnerability'], ['System_ID', 'asset'], ['Existing design treatment', 'controls'], ['Current treatment', 'controls'], ['Fix', 'controls'], ['Prevenção ao Risco', 'controls'], ['Como evitar', 'controls'], ['O que vamos fazer', 'controls'], ["What we'll do", 'controls'], ['How we prevent it', 'controls'], ['O que faremos', 'controls'], ['How to prevent', 'controls'], ['Măsură', 'controls'], ['Risk prevention', 'controls'], ['Acciones preventivas', 'controls'], ['Source', 'threat'],
  // A translation in brackets names the column.
  ['Penyebab (Kerawanan)', 'vulnerability'],
  // English variants, tool exports, abbreviations
  ['Annex A Mapping', 'controls'], ['ISO 27001 Mapping', 'controls'], ['Vuln', 'vulnerability'], ['Total', 'score'], ['Mitigation in place', 'controls'], ['Primary mitigation', 'controls'], ['Eintritts-WSK', 'likelihood'], ['Gewichtung', 'impact'], ['Biện pháp', 'controls'], ['Eintritt', 'likelihood'], ['Occurrence', 'likelihood'], ['risk_id', 'id'], ['S/N', 'id'], ['Issue Key', 'id'], ['Subject', 'title'], ['Identified Risk', 'title'],
  ['Detailed Description', 'description'], ['Desc.', 'description'], ['Supporting Asset', 'asset'], ['Impacted Assets', 'asset'],
  ['Risk Source', 'threat'], ['Threat Agent', 'threat'], ['Control Gap', 'vulnerability'], ['Resp.', 'owner'], ['Risk Owner Name', 'owner'],
  ['Risk Mitigation Strategy', 'treatment'], ['Response Strategy', 'treatment'], ['Compensating Controls', 'controls'], ['existing_applied_controls', 'controls'],
  ['Annex A Reference', 'controls'], ['Workflow Status', 'status'], ['Next Review Due', 'reviewDate'], ['Reassessment Date', 'reviewDate'],
  ['Additional Comments', 'notes'], ['Likelihood of Occurrence', 'likelihood'], ['Freq', 'likelihood'], ['inherentLikelihood', 'likelihood'],
  ['Imp.', 'impact'], ['Harm', 'impact'], ['Severity Rating', 'impact'], ['Risk Priority Number', 'score'], ['L x I', 'score'],
  ['inherentRiskScore', 'score'], ['RAG Rating', 'level'], ['Risk Grade', 'level'], ['Mitigated Risk Score', 'residualScore'],
  ['Remaining Risk', 'residualLevel'], ['Pre-mitigation Likelihood', 'likelihood'], ['residual_impact', 'residualImpact'],
  // French
  ['Réf. risque', 'id'], ['Libellé du risque', 'title'], ['Description détaillée', 'description'], ['Bien support', 'asset'], ['Biens essentiels', 'asset'],
  ['Faiblesse', 'vulnerability'], ['Responsable du risque', 'owner'], ['Stratégie de traitement', 'treatment'], ['Parades', 'controls'],
  ['Contre-mesures', 'controls'], ['Date de réexamen', 'reviewDate'], ['Probabilité d’occurrence', 'likelihood'], ['Sévérité', 'impact'],
  ['Indice de risque', 'score'], ['Classe de risque', 'level'], ['Vraisemblance visée', 'residualLikelihood'], ['Gravité avant traitement', 'impact'],
  // German, Swiss and Austrian
  ['Risiko-Kennung', 'id'], ['Risikoname', 'title'], ['Erläuterung', 'description'], ['Betroffene Werte', 'asset'], ['Gefahrenquelle', 'threat'],
  ['Sicherheitslücke', 'vulnerability'], ['Zuständigkeit', 'owner'], ['Behandlungsstrategie', 'treatment'], ['Gegenmassnahmen', 'controls'],
  ['Schutzmaßnahmen', 'controls'], ['Prüftermin', 'reviewDate'], ['Eintretenswahrscheinlichkeit', 'likelihood'], ['Schadenspotenzial', 'impact'],
  ['RPZ', 'score'], ['Risikoeinstufung', 'level'], ['Ampel', 'level'], ['Schadensausmass nach Umsetzung', 'residualImpact'],
  // Spanish and Latin American
  ['Riesgo identificado', 'title'], ['Activo de información', 'asset'], ['Fuente de amenaza', 'threat'], ['Debilidad', 'vulnerability'],
  ['Responsable del riesgo', 'owner'], ['Estrategia de tratamiento', 'treatment'], ['Salvaguardas', 'controls'], ['Contramedidas', 'controls'],
  ['Estado del riesgo', 'status'], ['Posibilidad', 'likelihood'], ['Magnitud del daño', 'impact'], ['Riesgo calculado', 'score'],
  ['Criticidad', 'level'], ['Probabilidad remanente', 'residualLikelihood'],
  // Portuguese (BR and PT)
  ['Evento de risco', 'title'], ['Ativo de informação', 'asset'], ['Fonte de ameaça', 'threat'], ['Fragilidade', 'vulnerability'],
  ['Gestor do risco', 'owner'], ['Controlos existentes', 'controls'], ['Medidas de segurança', 'controls'], ['Possibilidade', 'likelihood'],
  ['Grau de risco', 'level'], ['Risco calculado', 'score'],
  // A bare "mitigation" is the option, as in English; a free-text plan is the controls (weakly)
  ['Escore', 'score'], ['Asignado a', 'owner'], ['Ausw (1-4)', 'impact'], ['Stufe', 'level'], ['Mitigación en el sistema', 'controls'], ['Prevention and mitigation', 'controls'], ['Risk criticality', 'level'],
  ['V rés.', 'residualLikelihood'], ['I rés.', 'residualImpact'], ['Oordeel', 'level'], ['Exposición', 'score'], ['Hva kan skje?', 'description'], ['Mitigation principale', 'controls'], ['Impacto Negocio', 'impact'],
  // Uzbek (Latin script)
  ['Egasi', 'owner'], ['Joriy holat', 'status'], ['Ehtimollik', 'likelihood'], ["Ta'sir", 'impact'], ['Mitigatsiya', 'controls'], ['Choralar', 'controls'],
  ['Exposure', 'score'], ['Kuka vastaa', 'owner'], ['Auftreten', 'likelihood'], ['Priorisierung', 'level'], ['Działania profilaktyczne', 'controls'],
  ['Mitigação', 'treatment'], ['Mitigación', 'treatment'], ['Mitigazione', 'treatment'], ['Risikominderung', 'treatment'],
  ['Plano de ação', 'controls'], ['Plan de mitigación', 'controls'], ['Plan de traitement', 'controls'],
  // Italian
  ['Evento di rischio', 'title'], ['Fonte di minaccia', 'threat'], ['Punto debole', 'vulnerability'], ['Owner del rischio', 'owner'],
  ['Strategia di trattamento', 'treatment'], ['Presidi esistenti', 'controls'], ['Contromisure', 'controls'], ['Verosimiglianza', 'likelihood'],
  ['Danno', 'impact'], ['R = P x D', 'score'], ['Classe di rischio', 'level'], ['Prossimo riesame', 'reviewDate'],
  // Dutch
  ['Risicobron', 'threat'], ['Zwakke plek', 'vulnerability'], ['Tegenmaatregelen', 'controls'], ['Volgende beoordeling', 'reviewDate'], ['Risicoklasse', 'level'],
  // Czech and Slovak
  ['Pořadové číslo', 'id'], ['Zdroj hrozby', 'threat'], ['Slabina', 'vulnerability'], ['Protiopatření', 'controls'], ['Stupeň rizika', 'level'],
  ['Názov rizika', 'title'], ['Majetok', 'asset'], ['Zodpovedná osoba', 'owner'], ['Ošetrenie rizika', 'treatment'], ['Existujúce opatrenia', 'controls'],
  ['Dátum revízie', 'reviewDate'], ['Pravdepodobnosť výskytu', 'likelihood'], ['Následky', 'impact'], ['Zvyškové riziko', 'residualLevel'],
  // Polish
  ['Źródło zagrożenia', 'threat'], ['Słabość', 'vulnerability'], ['Środki bezpieczeństwa', 'controls'], ['Konsekwencje', 'impact'], ['Docelowy poziom ryzyka', 'residualLevel'],
  // Greek
  ['Πιθ.', 'likelihood'], ['Πηγή απειλής', 'threat'], ['Αντίμετρα', 'controls'], ['Υπεύθυνος κινδύνου', 'owner'],
  // Romanian
  ['Denumirea riscului', 'title'], ['Descriere', 'description'], ['Amenințare', 'threat'], ['Vulnerabilitate', 'vulnerability'],
  ['Proprietarul riscului', 'owner'], ['Tratarea riscului', 'treatment'], ['Măsuri existente', 'controls'], ['Probabilitate', 'likelihood'],
  ['Consecințe', 'impact'], ['Scor', 'score'], ['Nivelul riscului', 'level'], ['Observații', 'notes'],
  // Hungarian
  ['Kockázat megnevezése', 'title'], ['Érintett eszköz', 'asset'], ['Fenyegetés', 'threat'], ['Sebezhetőség', 'vulnerability'],
  ['Kockázatgazda', 'owner'], ['Kockázatkezelés', 'treatment'], ['Meglévő intézkedések', 'controls'], ['Valószínűség', 'likelihood'],
  ['Hatás', 'impact'], ['Kockázati érték', 'score'], ['Kockázati szint', 'level'], ['Felülvizsgálat dátuma', 'reviewDate'], ['Megjegyzés', 'notes'],
  // Turkish (with and without the dotless ı)
  ['Risk Adı', 'title'], ['Varlık', 'asset'], ['Tehdit', 'threat'], ['Zafiyet', 'vulnerability'], ['Risk Sahibi', 'owner'],
  ['Mevcut Kontroller', 'controls'], ['OLASILIK', 'likelihood'], ['Olasılık', 'likelihood'], ['Etki', 'impact'], ['Risk Skoru', 'score'],
  ['Risk Seviyesi', 'level'], ['Risk Durumu', 'status'], ['Artık Risk', 'residualLevel'],
  // Croatian, Serbian, Slovenian
  ['Naziv rizika', 'title'], ['Imovina', 'asset'], ['Prijetnja', 'threat'], ['Ranjivost', 'vulnerability'], ['Vlasnik rizika', 'owner'],
  ['Postojeće mjere', 'controls'], ['Vjerojatnost', 'likelihood'], ['Verovatnoća', 'likelihood'], ['Utjecaj', 'impact'], ['Razina rizika', 'level'],
  ['Preostali rizik', 'residualLevel'], ['Napomena', 'notes'], ['Lastnik tveganja', 'owner'], ['Verjetnost', 'likelihood'], ['Raven tveganja', 'level'],
];

const soa: [string, string][] = [
  ['Decision', 'applicable'], ['Requirement', 'controlTitle'], ['Referenz', 'controlId'], ['nome_curto', 'controlTitle'],
  ['Ctrl ID', 'controlId'], ['Annex A #', 'controlId'], ['Numeral', 'controlId'], ['Kontrol No', 'controlId'], ['Oznaka kontrole', 'controlId'],
  ['Intitulé de la mesure', 'controlTitle'], ['Maßnahmentitel', 'controlTitle'], ['Denominación del control', 'controlTitle'], ['Kontrol Adı', 'controlTitle'],
  ['Naziv kontrole', 'controlTitle'], ['Control maturity', 'status'], ['How it is met', 'notes'], ['How it is handled', 'notes'], ['Where', 'evidence'], ['Inc/Exc', 'applicable'], ['Included (Y/N)', 'applicable'], ['Necessary', 'applicable'], ['Ausgewählt', 'applicable'],
  ['Seleccionado', 'applicable'], ['Aplicabil', 'applicable'], ['Alkalmazható', 'applicable'], ['Uygulanabilir mi?', 'applicable'], ['Primjenjivost', 'applicable'],
  ['Auswahlgrund', 'justification'], ['Motivo de inclusión', 'justification'], ['Justificativa de exclusão', 'justification'], ['Verantwoording', 'justification'],
  ['Odôvodnenie', 'justification'], ['Justificare', 'justification'], ['Indoklás', 'justification'], ['Gerekçe', 'justification'], ['Obrazloženje', 'justification'],
  ['Umsetzungsstand', 'status'], ['Niveau de mise en œuvre', 'status'], ['Stato di implementazione', 'status'], ['Stav implementácie', 'status'],
  ['Stadiul implementării', 'status'], ['Megvalósítás állapota', 'status'], ['Uygulama Durumu', 'status'], ['Status provedbe', 'status'],
  ['Responsable de la mesure', 'owner'], ['Kontrol Sahibi', 'owner'], ['Felelős', 'owner'], ['Evidence Ref', 'evidence'], ['Artefact', 'evidence'],
  ['Éléments de preuve', 'evidence'], ['Belege', 'evidence'], ['Comprovante', 'evidence'], ['Dovezi', 'evidence'], ['Bizonyíték', 'evidence'], ['Kanıtlar', 'evidence'],
  ['Dokazi', 'evidence'], ['Umsetzungshinweise', 'notes'],
];

const assets: [string, string][] = [
  ['☁️ Service', 'name'], ['IT asset', 'name'], ['Ativo de TI', 'name'], ['Actif informatique', 'name'], ['Computador', 'name'], ['Nombre del equipo', 'name'],
  ['CMDB ID', 'id'], ['N° d’inventaire', 'id'], ['Número de patrimônio', 'id'], ['Leltári szám', 'id'], ['Envanter No', 'id'], ['Inventarni broj', 'id'],
  ['Service Name', 'name'], ['Libellé', 'name'], ['Gerätename', 'name'], ['Nazov majetku', 'name'], ['Denumire activ', 'name'], ['Eszköz neve', 'name'],
  ['Varlık Adı', 'name'], ['Naziv imovine', 'name'], ['Asset Subtype', 'type'], ['Typologie', 'type'], ['Objekttyp', 'type'], ['Clase de activo', 'type'],
  ['Tip activ', 'type'], ['Varlık Türü', 'type'], ['Vrsta imovine', 'type'], ['Data Owner', 'owner'], ['Détenteur', 'owner'], ['Eszközgazda', 'owner'],
  ['Varlık Sahibi', 'owner'], ['Security Classification', 'classification'], ['Schutzklasse', 'classification'], ['Sensibilidad', 'classification'],
  ['BIV-classificatie', 'classification'], ['Klauzula', 'classification'], ['Minősítés', 'classification'], ['Gizlilik Derecesi', 'classification'],
  ['Stupanj tajnosti', 'classification'],
];

const plan: [string, string][] = [
  ['Fällig', 'dueDate'], ['Vencimiento', 'dueDate'], ['Fecha planificada', 'dueDate'],
  ['action_title', 'action'], ['Action name', 'action'], ['Task title', 'action'], ['Remediation action', 'action'], ['Escenario', 'riskId'], ['Scenario', 'riskId'],
  ['Associated Risk', 'riskId'], ['Risque traité', 'riskId'], ['Riesgo asociado', 'riskId'], ['Powiązane ryzyko', 'riskId'], ['İlgili Risk', 'riskId'],
  ['Proposed Action', 'action'], ['Action proposée', 'action'], ['Gegenmaßnahme', 'action'], ['Ação proposta', 'action'], ['Azione correttiva', 'action'],
  ['Napravne opatrenie', 'action'], ['Acțiuni', 'action'], ['Intézkedés', 'action'], ['Faaliyet', 'action'], ['Planirana mjera', 'action'],
  ['Owner of action', 'owner'], ['Porteur', 'owner'], ['Assegnatario', 'owner'], ['Uitvoerder', 'owner'], ['Felelős', 'owner'], ['Sorumlu', 'owner'],
  ['Target timeline', 'dueDate'], ['Zieltermin', 'dueDate'], ['Date d’échéance', 'dueDate'], ['Fecha compromiso', 'dueDate'], ['Prazo de conclusão', 'dueDate'],
  ['Termín splnění', 'dueDate'], ['Határidő', 'dueDate'], ['Termin Tarihi', 'dueDate'], ['Rok izvršenja', 'dueDate'],
  ['Scheduled Completion', 'dueDate'], ['Milestone', 'action'], ['Weakness', 'riskId'],
  ['% complete', 'status'], ['État d’avancement', 'status'], ['Porcentaje de avance', 'status'], ['Készültség', 'status'], ['İlerleme', 'status'],
];

const cases = headerCases({ risks, soa, assets, 'treatment-plan': plan });

describe('the wider header vocabulary', () => {
  it('covers many headers across kinds and languages', () => expect(cases.length).toBeGreaterThanOrEqual(150));
  it.each(cases)('%s %j → %s', (kind, header, field) => expect(best(kind, header)).toBe(field));
});

// Headers that must not name the field (a column of something else, or a word of another field).
const negatives: [RecordKind, string, string | null][] = [
  ['risks', 'Category', null], ['risks', 'Cost', null], ['risks', 'Date identified', 'reviewDate'], ['risks', 'Department', null],
  ['risks', 'Last updated', null], ['risks', 'Standort', null], ['risks', 'Gewicht', null], ['risks', 'Cím', null], ['risks', 'Ist', null],
  ['risks', 'Asset owner', 'owner'], ['risks', 'Hedef', null], ['risks', 'Review_Cadence', 'reviewDate'], ['soa', 'Referenz', 'owner'], ['soa', 'Réf.', 'owner'], ['risks', 'Review frequency', 'reviewDate'],
  ['risks', 'Risk appetite', null], ['risks', 'Confidentiality', null], ['soa', 'Chapitre', null], ['soa', 'Kapitel', null], ['soa', 'Last tested', null],
  ['assets', 'Custo', null], ['assets', 'Numéro de série', 'name'], ['assets', 'Clause', 'type'], ['risks', 'Effective?', 'impact'], ['risks', 'Követelmény', 'impact'], ['treatment-plan', 'Completed on', 'status'], ['assets', 'Date d’identification', null], ['assets', 'Licence type', 'type'],
  ['treatment-plan', 'Rok', null], ['treatment-plan', 'Priority', null], ['treatment-plan', 'Cost', null], ['treatment-plan', 'Budget', null],
  // A word about the controls is not the controls: their maturity, strength, domain or family.
  ['risks', 'Control Function', 'controls'], ['assets', 'asset_criticality', 'type'], ['assets', 'asset_criticality', 'name'], ['risks', 'Criticality', 'level'],
  ['risks', 'control_maturity', null], ['risks', 'Control strength', null], ['risks', 'Control Domain', null], ['soa', 'Control Family', null], ['soa', 'Control maturity', 'controlId'],
  // A known word is not a typo of a word one letter away in another language ("referente" is a person).
  ['soa', 'Reference', 'owner'], ['risks', 'Reference', 'owner'],
  // A head noun first ("Categoría de riesgo", "Tipo de amenaza") says what the column is.
  ['risks', 'Eintrittsdatum', 'likelihood'], ['risks', 'Categoría de riesgo', null], ['risks', 'control_status', 'status'], ['risks', 'Biện pháp', 'asset'], ['risks', 'categoria_riesgo', null], ['risks', 'Tipo de amenaza', null], ['risks', 'Catégorie de risque', null],
  // A link to another record is not the row's own id; a name of something else is no action.
  ['risks', 'Fix version', null], ['risks', 'Fix date', 'controls'],
  ['risks', 'related_risk_id', 'id'], ['risks', 'evidence_id', 'id'], ['risks', 'Control ID', 'id'], ['risks', 'action_id', 'id'], ['treatment-plan', 'Control name', 'action'],
];

describe('headers the vocabulary must not take for a field', () => {
  it.each(negatives)('%s %j is not %s', (kind, header, field) => {
    const found = fieldCandidates(kind, header);
    if (field === null) expect(found[0]?.confidence ?? 0).toBeLessThan(0.6);
    else expect(found.find((c) => c.field === field)?.confidence ?? 0).toBeLessThan(0.6);
  });
});

describe('sheet and file names', () => {
  const names: [string, string][] = [
    ['registre-risques', 'risks'], ['Matriz de riesgos', 'risks'], ['Kockázatelemzés', 'risks'], ['Registar rizika', 'risks'],
    ['plano-tratamento', 'treatment-plan'], ['risk_treatment_plan', 'treatment-plan'], ['POA&M', 'treatment-plan'], ['Intézkedési terv', 'treatment-plan'],
    ['majetok', 'assets'], ['activos', 'assets'], ['inventaire', 'assets'], ['Varlık Envanteri', 'assets'],
    ['soa', 'soa'], ['Izjava o primjenjivosti', 'soa'], ['Alkalmazhatósági nyilatkozat', 'soa'],
  ];
  it.each(names)('%j hints %s', (name, kind) => {
    const hints = [...nameHints(name)].filter(([k]) => k !== 'other').sort((a, b) => b[1] - a[1]);
    expect(hints[0]?.[0]).toBe(kind);
  });
});

describe('names of sheets that hold something else', () => {
  it.each(['control_mapping', 'Framework crosswalk', 'referentiel-modele', 'Legend', 'Instructions', 'Gap analysis', 'gap-analyse-NEN7510'])('%j counts against every register', (name) => {
    expect(nameHints(name).get('other')).toBeLessThan(0);
  });
  it.each(['Risk register', 'SoA', 'Asset inventory'])('%j does not', (name) => {
    expect(nameHints(name).has('other')).toBe(false);
  });
});

describe('the word lists are well formed', () => {
  // A missing "|" between two pieces of a list glues two phrases into one that nothing matches.
  const lists: [string, string][] = [
    ...Object.entries(fieldPhrases).flatMap(([kind, fields]) => Object.entries(fields).map(([field, list]): [string, string] => [`${kind}.${field}`, list])),
    ...Object.entries(notPhrases).flatMap(([kind, fields]) => Object.entries(fields ?? {}).map(([field, list]): [string, string] => [`not ${kind}.${field}`, list])),
    ...Object.entries(ratingPhrases).map(([field, list]): [string, string] => [`rating ${field}`, list]),
    ['residual', residualWords], ['inherent', inherentWords], ['current', currentWords], ['bare risk', bareRiskWords],
    ...Object.entries(sheetNameWords).map(([kind, list]): [string, string] => [`sheet ${kind}`, list]),
  ];
  it.each(lists)('%s has no empty or glued phrase', (_, list) => {
    const bad = list.split('|').filter((p) => p.trim() === '' || /[~=]/.test(p.replace(/^[~=]+/, '')));
    expect(bad).toEqual([]);
  });
});
