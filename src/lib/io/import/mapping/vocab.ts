/**
 * The words spreadsheets use for the app's fixed values (DOMAIN.md 4.7, 9): English, French, German,
 * Spanish, Czech and Greek here, some thirty more languages from vocab-words.ts and values-east.ts
 * added to each value. Phrases are folded (lower case, no accents).
 */
import { parseYesNo } from '../normalise.ts';
import { fold } from './cells.ts';
import { eastOptions } from '../values-east.ts';
import { moreVocabWords, type VocabName } from './vocab-words.ts';

export interface Vocabulary {
  /** Tried first: a reader of the analysis (e.g. yes/no in six languages); '' when it says nothing. */
  first?: (text: string) => string;
  /** App value → exact phrases. */
  words: Record<string, readonly string[]>;
  /** Tried in order when no phrase matches exactly. */
  patterns?: readonly [RegExp, string][];
}

const YES = ['yes', 'y', 'true', '1', 'x', '✓', '✔', '☑', '✅', 'ano', 'a', 'ja', 'j', 'oui', 'o', 'si', 's', 'ναι', 'ν', 'da', 'tak', 'sim'];
const NO = ['no', 'n', 'false', '0', 'ne', 'nein', 'non', 'οχι', 'ο', 'nie', 'nao', '✗', '✘', '❌', '☐'];

export const applicableVocab: Vocabulary = withWords('applicable', {
  first: (t) => {
    const yes = parseYesNo(t);
    return yes === null ? '' : yes ? 'yes' : 'no';
  },
  words: {
    yes: [...YES, 'applicable', 'included', 'include', 'in scope', 'required', 'aplikovatelne', 'aplikovatelny', 'applicable (yes)',
      'anwendbar', 'zutreffend', 'aplicable', 'incluido', 'εφαρμοζεται', 'εφαρμοσιμο', 'inclus', 'retenu'],
    no: [...NO, 'n/a', 'na', 'n.a', 'not applicable', 'excluded', 'exclude', 'out of scope', 'neaplikovatelne', 'neaplikovatelny',
      'nicht anwendbar', 'no aplicable', 'non applicable', 'exclu', 'δεν εφαρμοζεται', 'μη εφαρμοσιμο'],
    undecided: ['undecided', 'not decided', 'to be decided', 'tbd', 'tbc', '?', 'pending', 'nerozhodnuto', 'non decide', 'a decider',
      'unentschieden', 'offen', 'pendiente', 'por decidir', 'εκκρεμει'],
  },
  patterns: [
    [/^(not|non|nicht|no|ne|δεν|μη)\b/, 'no'],
    [/^(yes|ano|ja|oui|si|ναι)\b/, 'yes'],
  ],
});

export const treatmentVocab: Vocabulary = withWords('treatment', {
  words: {
    modify: ['mitigate', 'mitigated', 'mitigation', 'reduce', 'reduction', 'treat', 'treated', 'remediate', 'remediation', 'control', 'modify',
      'modification', 'm', 'reduire', 'reduction du risque', 'traiter', 'traiter (reduire)', 'attenuer', 'mindern', 'minderung', 'reduzieren',
      'behandeln', 'mitigar', 'mitigacion', 'reducir', 'tratar', 'mitigovat', 'mitigace', 'snizit', 'snizeni', 'redukce', 'osetrit',
      'μειωση', 'μετριασμος', 'περιορισμος', 'αντιμετωπιση', 'τροποποιηση', ...eastOptions.mitigate.map(fold)],
    retain: ['accept', 'accepted', 'acceptance', 'retain', 'retained', 'retention', 'tolerate', 'tolerated', 'a', 'accepter', 'accepte',
      'acceptation', 'akzeptieren', 'akzeptiert', 'tragen', 'aceptar', 'aceptado', 'retener', 'akceptovat', 'akceptace', 'prijmout',
      'prijeti', 'αποδοχη', 'αποδεχομαι', 'διατηρηση', ...eastOptions.accept.map(fold)],
    avoid: ['avoid', 'avoided', 'avoidance', 'terminate', 'terminated', 'eliminate', 'eliminated', 'av', 'supprimer', 'eviter', 'evitement',
      'vermeiden', 'vermeidung', 'evitar', 'eliminar', 'vyhnout se', 'vyhnuti', 'zamezit', 'eliminovat', 'αποφυγη', 'αποφευγω', ...eastOptions.avoid.map(fold)],
    share: ['transfer', 'transferred', 'share', 'shared', 'sharing', 'insure', 'insurance', 't', 'transferer', 'partager', 'assurer',
      'ubertragen', 'uebertragen', 'transferir', 'compartir', 'prenest', 'preneseni', 'sdilet', 'sdileni', 'μεταφορα', 'επιμερισμος',
      ...eastOptions.transfer.map(fold)],
  },
  patterns: [
    [/^(mitigat|reduc|remedia|traite|r[eé]dui)/, 'modify'],
    [/^(accept|tolera|retain|akzept)/, 'retain'],
    [/^(avoid|termina|elimina|evit|vermeid)/, 'avoid'],
    [/^(transf|shar|insur|assur)/, 'share'],
  ],
});

/**
 * A control switched on or running ("Enabled", "Active", "Deployed"), or off ("Disabled", "Retired"): its implementation status
 * when the list is of controls, though the same words tell the state of users, flags, incidents and documents
 * (column-values.ts counts them apart, as `switches`).
 */
const SWITCHED_ON = ['enabled', 'active', 'activated', 'deployed', 'operating', 'in operation', 'aktiv', 'actif', 'activo', 'ativo', 'attivo'];
const SWITCHED_OFF = ['disabled', 'inactive', 'not deployed', 'retired', 'deaktiviert', 'inaktiv', 'desactive', 'inactivo', 'inativo', 'disattivato'];
const SWITCH_STATES = new Set([...SWITCHED_ON, ...SWITCHED_OFF]);
export const isSwitchState = (text: string): boolean => SWITCH_STATES.has(fold(text));

export const soaStatusVocab: Vocabulary = withWords('soaStatus', {
  words: {
    implemented: [...YES.filter((w) => !['1', 'x'].includes(w)), 'implemented', 'done', 'in place', 'complete', 'completed', 'fully implemented',
      'operational', 'effective', 'implementovano', 'zavedeno', 'umgesetzt', 'implementiert', 'mis en oeuvre', 'en place', 'implemente',
      'implementado', 'υλοποιηθηκε', 'υλοποιημενο', 'εφαρμοζεται', '🟢', '●',
      // An assessment's verdict on a control ("✅ PASS", "Compliant", coverage "Full").
      'pass', 'passed', 'compliant', 'fully compliant', 'em conformidade', 'en conformidad', 'met', 'satisfied', 'full', 'fully covered', 'covered', 'evidenced',
      // …and a framework's outcome reached ("Achieved", as the NCSC CAF grades its outcomes).
      'achieved', 'fully achieved',
      // …and PCI DSS's "In Place" reached through a compensating control.
      'in place with ccw', 'in place with compensating control', 'in place with compensating controls', ...SWITCHED_ON],
    partially_implemented: ['partial', 'partially', 'partly', 'partially implemented', 'partially compliant', 'partially met', 'in progress', 'ongoing', 'castecne', 'castecne implementovano',
      'teilweise', 'teilweise umgesetzt', 'partiel', 'partiellement', 'parcial', 'parcialmente', 'μερικως', 'σε εξελιξη', '🟡', '🟠', '🔶', '🔸', '⚠', '⚠️',
      // A control designed but not yet shown to operate ("Designed", as SOC 2 readiness lists say).
      'designed', 'in design', 'design complete',
      // Harvey balls, partly full ("◔", "◐", "◕"). (The empty "○" is left unread: in Japanese tables it is a yes.)
      '◔', '◐', '◑', '◒', '◓', '◕'],
    planned: ['planned', 'to do', 'todo', 'scheduled', '📋', '🗓', '🗓️', 'planovano', 'geplant', 'prevu', 'planifie', 'planificado', 'previsto', 'σχεδιαζεται'],
    not_implemented: [...NO.filter((w) => w !== '0'), 'not implemented', 'gap', 'missing', 'none', 'not started', 'gap — not addressed',
      'neimplementovano', 'nezavedeno', 'nicht umgesetzt', 'non mis en oeuvre', 'non implemente', 'no implementado', 'δεν υλοποιηθηκε', '🔴',
      'fail', 'failed', 'non compliant', 'noncompliant', 'not compliant', 'not met', 'unmet', 'not covered', 'not achieved',
      'nao em conformidade', 'em nao conformidade', 'no en conformidad', 'no esta en conformidad',
      'design gap', ...SWITCHED_OFF],
    not_assessed: ['not assessed', 'not tested', 'unknown', 'tbd', 'to be assessed', '?', 'nehodnoceno', 'nicht bewertet', 'non evalue', 'no evaluado'],
  },
  patterns: [
    [/^(not|non|nicht|no|ne|δεν) ?(yet )?(implement|umgesetzt|mis|zaveden|υλοποι)/, 'not_implemented'],
    [/^gap\b/, 'not_implemented'],
    // A state led by "partly" in any language the analysis reads ("Gedeeltelijk aanwezig", "Delvis på plass", "Osittain käytössä").
    [/^(partial|teilweise|partiel|parcial|parzial|castecn|ciastocn|czesciowo|gedeeltelijk|deels|grotendeels aanwezig|delvis|delvist|osittain|reszben|kismen|μερικ)/, 'partially_implemented'],
    // …or saying the measure is absent or missing ("Afwezig", "Grotendeels afwezig", "Fehlt", "Ausente").
    [/^((grotendeels )?afwezig|ontbreekt|fehlt|fehlend|ausente|manquant|absent|mancante|chybi|brak)\b/, 'not_implemented'],
    [/^(implement|umgesetzt|mis en|zaveden|υλοποι)/, 'implemented'],
    [/^(plan|geplant|prevu|σχεδι)/, 'planned'],
  ],
});

export const riskStatusVocab: Vocabulary = withWords('riskStatus', {
  words: {
    draft: ['draft', 'new', 'identified', 'proposed', 'brouillon', 'nouveau', 'entwurf', 'neu', 'borrador', 'nuevo', 'navrh', 'novy', 'προσχεδιο'],
    assessed: ['open', 'assessed', 'active', 'evaluated', 'analysed', 'analyzed', 'ouvert', 'evalue', 'offen', 'bewertet', 'abierto', 'evaluado',
      'otevrene', 'otevreno', 'aktivni', 'posouzeno', 'ανοιχτο', 'ανοιχτος', 'ανοικτο', 'αξιολογηθηκε'],
    treatment_planned: ['planned', 'treatment planned', 'to treat', 'pending', 'a traiter', 'geplant', 'planificado', 'planovano', 'σχεδιαζεται'],
    in_treatment: ['in progress', 'in treatment', 'ongoing', 'under treatment', 'being mitigated', 'en cours', 'in bearbeitung', 'in arbeit',
      'en curso', 'en progreso', 'resi se', 'probiha', 'σε εξελιξη'],
    monitoring: ['monitoring', 'monitor', 'monitored', 'mitigated', 'accepted', 'transferred', 'treated', 'avoided', 'under review', 'surveille',
      'uberwacht', 'monitorizacion', 'sledovani', 'sledovano', 'παρακολουθηση'],
    closed: ['closed', 'done', 'resolved', 'retired', 'complete', 'completed', 'eliminated', 'clos', 'ferme', 'termine', 'geschlossen',
      'erledigt', 'cerrado', 'uzavreno', 'uzavrene', 'κλειστο', 'εκλεισε'],
  },
});

export const actionStatusVocab: Vocabulary = withWords('actionStatus', {
  words: {
    planned: ['planned', 'not started', 'open', 'to do', 'todo', 'new', 'scheduled', 'pending', 'planovano', 'nezahajeno', 'geplant', 'offen',
      'prevu', 'a faire', 'planificado', 'pendiente', 'σχεδιαζεται'],
    in_progress: ['in progress', 'ongoing', 'started', 'wip', 'en cours', 'in bearbeitung', 'in arbeit', 'en curso', 'en progreso', 'probiha',
      'rozpracovano', 'σε εξελιξη'],
    done: ['done', 'completed', 'complete', 'closed', 'implemented', 'finished', 'resolved', 'hotovo', 'dokonceno', 'splneno', 'erledigt',
      'abgeschlossen', 'termine', 'fait', 'completado', 'hecho', 'ολοκληρωθηκε'],
    cancelled: ['cancelled', 'canceled', 'dropped', 'withdrawn', 'abandoned', 'zruseno', 'storniert', 'abgebrochen', 'annule', 'cancelado', 'ακυρωθηκε'],
  },
});

export const assetTypeVocab: Vocabulary = withWords('assetType', {
  words: {
    information: ['information', 'data', 'information asset', 'document', 'documents', 'records', 'database', 'informace', 'data a informace',
      'donnees', 'informations', 'daten', 'informationen', 'datos', 'informacion', 'πληροφορια', 'δεδομενα'],
    software: ['software', 'application', 'applications', 'app', 'system', 'sw', 'aplikace', 'logiciel', 'anwendung', 'aplicacion', 'λογισμικο'],
    hardware: ['hardware', 'device', 'devices', 'equipment', 'laptop', 'server', 'hw', 'iot', 'iot device', 'ot', 'ot device', 'ics', 'scada', 'zarizeni', 'materiel', 'gerat', 'equipo', 'υλικο'],
    service: ['service', 'services', 'it service', 'sluzba', 'dienst', 'dienstleistung', 'servicio', 'υπηρεσια'],
    cloud_service: ['cloud', 'cloud service', 'saas', 'iaas', 'paas', 'cloudova sluzba', 'service cloud', 'servicio en la nube', 'υπηρεσια νεφους'],
    network: ['network', 'networks', 'sit', 'reseau', 'netzwerk', 'red', 'δικτυο'],
    site: ['site', 'location', 'building', 'facility', 'premises', 'office', 'physical', 'lokalita', 'budova', 'batiment', 'standort', 'gebaude',
      'instalacion', 'εγκατασταση'],
    people: ['people', 'person', 'personnel', 'staff', 'employees', 'human', 'lide', 'zamestnanci', 'personnes', 'mitarbeiter', 'personal',
      'προσωπικο'],
    process: ['process', 'processes', 'business process', 'proces', 'processus', 'prozess', 'proceso', 'διαδικασια'],
    supplier: ['supplier', 'vendor', 'third party', 'provider', 'dodavatel', 'fournisseur', 'lieferant', 'proveedor', 'προμηθευτης'],
  },
  patterns: [
    [/(cloud|saas)/, 'cloud_service'],
    [/(laptop|server|device|hardware|printer|phone|mobile)/, 'hardware'],
    [/(software|application|app\b|system)/, 'software'],
    [/(data|information|document|record)/, 'information'],
    [/(network|firewall|router|wifi)/, 'network'],
    [/(vendor|supplier|third)/, 'supplier'],
  ],
});

export const classificationVocab: Vocabulary = withWords('classification', {
  words: {
    public: ['public', 'open', 'unclassified', 'verejne', 'oeffentlich', 'offentlich', 'publico', 'δημοσιο'],
    internal: ['internal', 'internal use', 'internal use only', 'interni', 'interne', 'intern', 'interno', 'uso interno', 'εσωτερικο'],
    confidential: ['confidential', 'sensitive', 'duverne', 'confidentiel', 'vertraulich', 'confidencial', 'εμπιστευτικο'],
    restricted: ['restricted', 'secret', 'strictly confidential', 'highly confidential', 'top secret', 'prisne duverne', 'tajne', 'restreint',
      'secret', 'streng vertraulich', 'geheim', 'restringido', 'secreto', 'απορρητο', 'περιορισμενο'],
  },
  patterns: [
    [/^(strict|high|top)/, 'restricted'],
    [/^(confid|vertraul|duvern)/, 'confidential'],
    [/^(intern)/, 'internal'],
    [/^(public|verejn)/, 'public'],
  ],
});

/** Every vocabulary by the name vocab-words.ts files its words under. */
export const vocabularies: Record<VocabName, Vocabulary> = {
  soaStatus: soaStatusVocab,
  riskStatus: riskStatusVocab,
  actionStatus: actionStatusVocab,
  assetType: assetTypeVocab,
  classification: classificationVocab,
  applicable: applicableVocab,
  treatment: treatmentVocab,
};

/** An asset's lifecycle (a status column of an inventory): planned, in use, retired, disposed. */
export const lifecycleVocab: Vocabulary = {
  words: {
    planned: ['planned', 'proposed', 'to be deployed', 'ordered', 'geplant', 'prevu', 'planifie', 'planificado', 'planejado', 'planovany', 'σχεδιαζεται'],
    in_use: ['in use', 'active', 'live', 'production', 'in production', 'operational', 'in service', 'deployed', 'current', 'aktiv', 'in betrieb', 'im einsatz',
      'actif', 'en service', 'en production', 'activo', 'en uso', 'ativo', 'em uso', 'aktivni', 'v provozu', 'ενεργο', 'σε χρηση'],
    retired: ['retired', 'decommissioned', 'inactive', 'end of life', 'eol', 'deprecated', 'out of service', 'ausser betrieb', 'außer betrieb', 'stillgelegt',
      'retire', 'hors service', 'inactivo', 'retirado', 'desativado', 'vyrazeny', 'neaktivni', 'αποσυρθηκε'],
    disposed: ['disposed', 'disposed of', 'destroyed', 'scrapped', 'sold', 'entsorgt', 'vernichtet', 'detruit', 'elimine', 'eliminado', 'destruido',
      'descartado', 'zlikvidovany', 'καταστραφηκε'],
  },
  patterns: [
    // Negations first: "Not in use", "No longer active", "Non-operational", "hors production".
    [/^(not|no longer|non|hors|nicht|nao|no)\b/, 'retired'],
    [/^(pre ?production|to be deployed|upcoming|future)/, 'planned'],
    [/\b(to be|planned for|scheduled for) (decommission|retire)/, 'in_use'],
    [/(decommission|retir|end of life|inactiv)/, 'retired'],
    [/(dispos|destroy|scrap)/, 'disposed'],
    [/(in use|active|production|operational)/, 'in_use'],
  ],
};

/** A vocabulary with the words of the other languages (vocab-words.ts) added to each value, folded. */
function withWords(name: VocabName, vocab: Vocabulary): Vocabulary {
  const more = moreVocabWords[name];
  const words = Object.fromEntries(Object.entries(vocab.words).map(([value, list]) => [value, [...list, ...(more[value] ?? []).map(fold)]]));
  return { ...vocab, words };
}

/** The app value a word means in the vocabulary, or '' when it is not recognised. */
export function recognise(vocab: Vocabulary, text: string): string {
  const t = fold(text);
  if (t === '') return '';
  const first = vocab.first?.(text);
  if (first) return first;
  for (const [code, words] of Object.entries(vocab.words)) if (words.includes(t)) return code;
  for (const [re, code] of vocab.patterns ?? []) if (re.test(t)) return code;
  // A word with its score after it ("Fuldt (3)", "Implemented (2)") says what the word says.
  const scored = /^(.*\S)\s*\(\d{1,3}\)$/.exec(t)?.[1];
  if (scored) return recognise(vocab, scored);
  // …and so does a word after a method's code in brackets ("[SW] Aplicaciones", MAGERIT's classes), or two names of one
  // thing ("[D] Datos / Información"), when both say the same.
  const coded = /^\[[^\]]{1,6}\]\s*(.+)$/.exec(t)?.[1];
  if (coded) {
    const read = coded.split(/\s*\/\s*/).map((part) => recognise(vocab, part)).filter(Boolean);
    return read.length > 0 && read.every((code) => code === read[0]) ? read[0]! : '';
  }
  // A mark before the word ("✅ Implemented", "⚠️ Partial", "🔴 Open", "❌ Cancelled") says what the word says, unless
  // the mark and the word disagree on yes or no ("❌ Implemented", "✅ No") or the cell ticks one box of several
  // ("☐ Yes ☒ No"): those stay unread.
  const mark = MARKS.exec(t)?.[0] ?? '';
  const bare = t.slice(mark.length);
  if (!mark || !bare || BOX.test(bare)) return '';
  const word = recognise(vocab, bare);
  const own = recognise(vocab, mark.trim());
  if (own && own === word) return word;
  // A cross or an empty box before a word that says yes, done or under way ("❌ Done", "☐ Accept", "❌ Active") may mean
  // "not this", so the cell is left for the user; before any other word it agrees ("❌ Cancelled", "⛔ Restricted", "☐ Planned").
  if (NOT_THIS.test(mark)) return AFFIRMING.has(word) ? '' : word;
  return own && word && YES_CODES.has(own) !== YES_CODES.has(word) ? '' : word;
}

/** Boxes and crosses: a second one in the cell makes it a form's choice of several. */
const BOX = /[☐☒☑❌❎✗✘✖✕✓✔✅]/u;
/** Crosses, empty boxes and no-entry signs. */
const NOT_THIS = /[☐❌❎✗✘✖✕⛔🚫]/u;
/** The readings that say "yes, in place", and those that affirm something a cross may deny. */
const YES_CODES = new Set(['yes', 'implemented']);
const AFFIRMING = new Set([...YES_CODES, 'partially_implemented', 'done', 'in_progress', 'retain', 'modify', 'share', 'assessed', 'in_treatment', 'monitoring', 'closed', 'in_use']);

/** Emoji, ticks and other symbols leading a word, with their joiners and spaces. */
const MARKS = /^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+/u;
