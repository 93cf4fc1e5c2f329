/**
 * Inventories of personal or business data, as data-protection impact assessments and records of processing keep them: the
 * first column names each kind of data ("Dado", "Datenkategorie", "Data element"; a bare "Categoria" only beside a sensitivity)
 * and another says how sensitive it is ("Sensibilität", "Sensibilidade", "Schutzbedarf") or where it is kept ("Speicherort",
 * "Local de armazenamento"); or a column headed as the kind of data ("Data type") names the rows (`dataAsItems`).
 * Each row is an information asset (DOMAIN.md counts data among assets); the labellers of held-out 46 and 54 read such tables as
 * inventories. Not a record of processing keyed by its activities ("Verarbeitungstätigkeit", "Processing activity"), whose rows
 * are processes; not a retention schedule, a data dictionary or a form's fields, nor a scheme of categories and their handling.
 */
import { claimName, give } from './column-passes.ts';
import { normaliseHeader } from './headers.ts';
import { firstHeaded, type ColumnHeader } from './header-rows.ts';
import type { Candidate, ValueCache } from './columns.ts';
import { classificationVocab, recognise } from './mapping/vocab.ts';
import { isScaleWord } from './normalise.ts';

/** A header of the kind of data each row is. */
const DATA_ITEM = /^(data|data item|data items|data element|data elements|data category|data categories|category of data|categories of data|data type|data types|type of data|types of data|personal data|dado|dados|dado pessoal|dados pessoais|categoria de dados|dato|datos|dato personal|datos personales|categoria de datos|donnee|donnees|categorie de donnees|donnees personnelles|dati|categoria di dati|datenkategorie|datenkategorien|datenart|datenarten|datenklasse|daten|gegevens|gegevenscategorie|dane|kategoria danych|данные|категория данных|מידע|נתון)$/;
/** A bare header of categories ("Kategorie", "Categoria", "Category"): data's only beside its sensitivity. */
const CATEGORY = /^(category|categories|kategorie|kategorien|categoria|categorias|categorie|kategoria|категория|loai)$/;
/**
 * A whole header of how sensitive the data is ("Sensibilität", "Schutzbedarf", "Sensitivity level", "PII?", "Nhạy cảm"), or one that
 * starts by naming its special category or sensitiveness ("Art. 9 DSGVO?", "Categoria particolare (art. 9)", "Sensível (LGPD)?");
 * not a CIA rating's "Confidentiality".
 */
const SENSITIVITY = /^(sensitivity|sensitivitat|sensibilitat|sensibilitaet|sensibilidade|sensibilidad|sensibilite|sensibile|sensibil|schutzbedarf|classification|klassifizierung|klassifikation|clasificacion|classificacao|classificazione|classificatie|klasyfikacja|чувствительность|класс|רגישות|data classification|sensitivity level|sensitivity class|pii|phi|contains pii|nhay cam)$|^art 9\b|^(special category|special categories|besondere kategorie|categoria especial|categoria particolare|categorie particuliere|sensivel|sensible|sensitive)\b/;
/** A header of what each category means ("Definition", "Meaning", "Definição"). */
const DEFINED = /(^| )(definition|definitions|definicion|definicao|definizione|meaning|significado|bedeutung)( |$)/;
/** A header of where the data is kept (not a bare "Location", which a form's field or a site has too). */
const STORED = /^(storage|storage location|stored in|where stored|speicherort|gespeichert in|local de armazenamento|onde fica|armazenamento|almacenamiento|lugar de almacenamiento|lieu de stockage|stockage|archiviazione|opslag|opslaglocatie|miejsce przechowywania|מקום אחסון|хранилище)$/;
/** Headers of a retention schedule: beside no sensitivity, its rows are how long each kind of data is kept, not an inventory. */
const RETENTION = /(^| )(retention|retention period|aufbewahrung|aufbewahrungsfrist|aufbewahrungsdauer|loschfrist|conservacao|conservacion|conservation|retencao|retencion|prazo de retencao|plazo de conservacion|bewaartermijn)( |$)/;
/** Headers of a response plan's or a field's rules ("Response time", "Escalation", "Handling", "Validation", "Nullable"). */
const RULES = /(^| )(response time|escalation|sla|handling|validation|required|nullable|format|length)( |$)/;

/** The levels of a scheme of data categories ("Special category data", "Pseudonymised", "Anonymous"): a legend's rows. */
const DATA_LEVEL = /^(special categor(y|ies)( data)?|personal data|pseudonymi[sz]ed( data)?|anonymi[sz]ed( data)?|anonymous( data)?|public( data)?|internal( data)?|restricted( data)?|sensitive( personal)?( data)?)$/i;

/** The first column names kinds of data, each once, with their sensitivity or their place of storage beside them. */
export function dataItemsListed(headers: readonly ColumnHeader[], values: ValueCache): number | undefined {
  const first = firstHeaded(headers);
  if (!first) return undefined;
  const key = normaliseHeader(first.child).replace(/_/g, ' ');
  const others = headers.filter((h) => h !== first && h.child.trim() !== '').map((h) => normaliseHeader(h.child).replace(/_/g, ' '));
  const sensitive = others.some((h) => SENSITIVITY.test(h));
  if (others.some((h) => RULES.test(h)) || (!sensitive && others.some((h) => RETENTION.test(h)))) return undefined;
  // (Bare categories beside a classification alone, "Catégorie | Classification", are a workbook's lists for its dropdowns.)
  // (…nor categories each defined, "Category | Definition | Examples | Sensitive?": a scheme's reference list.)
  if (!(DATA_ITEM.test(key) && (sensitive || others.some((h) => STORED.test(h)))) && !(CATEGORY.test(key) && sensitive && others.length >= 2 && !others.some((h) => DEFINED.test(h)))) return undefined;
  const v = values.get(first.col);
  if (v.count < 2 || v.distinct < 0.8 || v.numeric >= 0.5) return undefined;
  // (Not a classification scheme's levels, "Public | Internal | Confidential", nor a scale's: a legend.)
  const texts = values.texts(first.col);
  const levels = texts.filter((t) => recognise(classificationVocab, t) !== '' || isScaleWord(t) || DATA_LEVEL.test(t.trim())).length;
  return levels >= texts.length * 0.5 ? undefined : first.col;
}

/**
 * Such a first column is the assets' name, plainly (before a type or a name that another column took); and the column of their
 * sensitivity, where no column took the classification, is it ("Nhạy cảm", "Sensível (LGPD)?": Sim, Não).
 */
export function dataItemAsName(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, headers: ColumnHeader[], values: ValueCache): void {
  const col = dataItemsListed(headers, values);
  if (col === undefined) return;
  claimName(fields, confidence, taken, col, 0.95);
  const sensitivity = headers.find((h) => h.col !== col && !taken.has(h.col) && SENSITIVITY.test(normaliseHeader(h.child).replace(/_/g, ' ')));
  if (!fields.has('classification') && sensitivity && values.get(sensitivity.col).count >= 2) give(fields, confidence, taken, sensitivity.col, 'classification', 0.8);
}

/** Headers of the kind of data a data inventory lists row by row. */
const DATA_KIND = /^(data ?type|data ?types|type of data|types of data|data category|data categories|tipo de dato|tipo de datos|tipos de datos|tipo de dado|tipo de dados|datentyp|datenart|datenkategorie|type de donnees|categorie de donnees|tipo di dato|tipo di dati|categoria di dati|gegevenstype|typ dat|typ danych)$/;

/**
 * A data inventory's rows are kinds of data ("Data type": Employee records, Customer emails): that
 * column, first or second and telling the rows apart, names each asset when no column plainly names
 * it (the system it lives in is not its name).
 */
export function dataAsItems(fields: Map<string, number>, confidence: Map<string, number>, taken: Map<number, Candidate>, headers: ColumnHeader[], values: ValueCache): void {
  const cols = headers.map((h) => h.col).sort((a, b) => a - b);
  const h = headers.find((x) => cols.indexOf(x.col) <= 1 && DATA_KIND.test(normaliseHeader(x.child).replace(/_/g, ' ')) && values.get(x.col).count >= 3 && values.get(x.col).distinct >= 0.8);
  if (!h || fields.get('name') === h.col || (confidence.get('name') ?? 0) >= 0.9) return;
  claimName(fields, confidence, taken, h.col, 0.8);
}
