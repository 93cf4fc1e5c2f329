/**
 * Tables that look like a register and are none: responsibility charts, audit questionnaires,
 * records of processing, findings and nonconformities, guides to a register's columns (legends.ts reads legends). kind.ts asks `lookAlike`
 * of its best reading, and keeps the reading when the rows hold what only a register holds.
 */
import type { RecordKind } from './types.ts';
import type { Grid } from './grid.ts';
import type { Reading } from './kind.ts';
import { headerNames, headerTokens } from './headers.ts';
import { fieldCandidates } from './fields.ts';
import { assetColumnField } from './asset-columns.ts';
import { columnValues } from './column-values.ts';
import { classificationVocab, recognise } from './mapping/vocab.ts';
import { isScaleWord } from './normalise.ts';
import { notRatedYet } from './mapping/cells.ts';
import { EXPLANATION, legendReading } from './legends.ts';
import { headedAsOther } from './headed-other.ts';
import { findingsList, incidentsNamed, nonconformities } from './audit-logs.ts';
import { RISK_WORD } from './kind-words.ts';
import { bareActions, rowsBelow, taskList } from './action-lists.ts';

const KINDS: RecordKind[] = ['risks', 'soa', 'assets', 'treatment-plan'];

/** A cell of a RACI chart: who is Responsible, Accountable, Consulted or Informed ("R", "A/R", "C, I"). */
const RACI_CELL = /^[raci](\s*[/,&+]?\s*[raci])*$/i;

/**
 * A responsibility chart (tasks down, roles across, R/A/C/I in the cells): three or more columns of
 * RACI letters that use at least three of the four, and make a third of the table or more. Its letters are
 * no ratings and its tasks no risks. (A plan or an SoA with role columns beside its own is read as such.)
 */
function raciChart(grid: Grid): boolean {
  const columns = new Map<number, string[]>();
  let rows = 0;
  for (const row of grid.rows.values()) {
    if (++rows > 200) break;
    for (const [col, cell] of row) if (cell.text) (columns.get(col) ?? columns.set(col, []).get(col)!).push(cell.text);
  }
  const letters = new Set<string>();
  let charts = 0;
  for (const texts of columns.values()) {
    const raci = texts.filter((t) => RACI_CELL.test(t));
    if (raci.length < 3 || raci.length < texts.length * 0.7) continue;
    charts++;
    for (const t of raci) for (const ch of t.toUpperCase()) if ('RACI'.includes(ch)) letters.add(ch);
  }
  return charts >= 3 && letters.size >= 3 && charts >= columns.size * 0.35;
}

/**
 * An audit checklist or questionnaire: the rows are about questions ("Is the scope documented?"),
 * asked in one of the table's first two columns. Its rows are questions to answer, not records of
 * the ISMS. (A column of open questions or remarks further right is a register's own.)
 */
function questionnaire(grid: Grid, r: Reading, headed = false): boolean {
  // (…or, under a header that says so, "Question", in one of its first three: "N° | Domaine | Question | Réponse".)
  const asked = r.headers.filter((h) => !headed || QUESTION.test(headerTokens(h.text).join(' '))).map((h) => h.col).sort((a, b) => a - b).slice(0, headed ? 3 : 2);
  const columns = new Map<number, string[]>();
  for (const [row, cells] of grid.rows) {
    if (row <= r.headerRow || row > r.headerRow + 200) continue;
    for (const col of asked) {
      const text = cells.get(col)?.text ?? '';
      if (text.length >= 12) (columns.get(col) ?? columns.set(col, []).get(col)!).push(text);
    }
  }
  return [...columns.values()].some((texts) => texts.length >= 3 && texts.filter((t) => /[?？¿]\s*$/.test(t)).length >= texts.length * 0.7);
}

/** A header of questions ("Question", "Fragen", "Pregunta", "質問"). */
const QUESTION = /^(question|questions|frage|fragen|pregunta|preguntas|pergunta|perguntas|domanda|domande|vraag|vragen|otazka|pytanie|kysymys|fraga|sporgsmal|sporsmal|kerdes|soru|질문|質問|问题|問題)$/;

/** Questions asked in a column headed so, whatever else the rows hold (Annex A references, yes or no answers): a questionnaire. */
export const askedQuestions = (grid: Grid, r: Reading): boolean => r.headers.slice(0, 4).some((h) => QUESTION.test(headerTokens(h.text).join(' '))) && questionnaire(grid, r, true);

/** The first header of a data dictionary: the columns it describes. */
const GUIDE_KEY = /^(field|field name|fields|column|column name|columns|attribute|attributes|data element|element|dado|dato|donnee|campo|champ|feld|feldname|spalte|kolom|veld|pole|sloupec|поле|поля|столбец|колонка|атрибут|стовпець|フィールド|字段|필드|컬럼)$/;
/** …and beside it, a column's data type ("Type", "SQL Server type"). */
const DATA_TYPE = /^(\S+ )*(type|datatype|format|tipo|typ)$/;
/** …or a sample value: one record laid out down the sheet ("Field | Value", "Campo | Ejemplo"). */
const SAMPLE = /^(value|values|example|examples|sample|valor|valores|ejemplo|ejemplos|valeur|exemple|wert|beispiel|valore|esempio|waarde|voorbeeld|hodnota|priklad)$/;

/** Headers of how to fill each field in ("Field | Notes", "Feld | Hinweise"): a guide's, not a legend's. */
const GUIDANCE = /^(notes?|guidance|instructions?|how to fill|how to fill in|usage|purpose|rules?|remarks?|comments?|hinweise?|anleitung|zweck|remarques?|consignes?|notas?|instrucciones|proposito|istruzioni|scopo|opmerkingen?|toelichting|poznamky?|pokyny|ucel|σημειωσεισ|οδηγιεσ)$/;
/**
 * A description of a register's columns ("Column", "Purpose": "Risk ID", "Stable identifier"…), or
 * one record laid out down the sheet: the first column's cells are themselves headers of the kind.
 * The lines right above the reading's header count too: two of the guide's own rows ("Owner",
 * "Role of the owner") can pass for a header.
 */
function columnGuide(grid: Grid, r: Reading): boolean {
  if (r.kind === 'other') return false;
  const first = Math.min(...r.headers.map((h) => h.col));
  const texts: string[] = [];
  for (const [row, cells] of grid.rows) if (row > r.headerRow && row <= r.headerRow + 200 && cells.get(first)?.text) texts.push(cells.get(first)!.text);
  // …and the guide's lines right above the header, up to a blank line (a block of "Owner: …" facts above a gap is the sheet's title block).
  for (let row = r.headerRow - 1; row >= 1 && grid.rows.get(row)?.get(first)?.text; row--) texts.push(grid.rows.get(row)!.get(first)!.text);
  // An inventory's own columns (description, location, custodian) are headers of the kind too.
  const own = (t: string) => (fieldCandidates(r.kind as RecordKind, t)[0]?.confidence ?? 0) >= 0.9 || (r.kind === 'assets' && assetColumnField(t) !== null);
  const headers = texts.filter((t) => t.length <= 40 && own(t));
  if (texts.length >= 3 && headers.length >= texts.length * 0.5) return true;
  // A data dictionary or a record laid out down the sheet says so in its own header ("Field | Type | Description",
  // "Campo | Ejemplo"), which is the table's first line even when one of its lines passed for the header.
  const secondCol = r.headers.map((h) => h.col).sort((a, b) => a - b)[1] ?? -1;
  const second = (from: number) => [...grid.rows].filter(([row]) => row > from).map(([, cells]) => cells.get(secondCol)?.text.trim() ?? '').filter(Boolean);
  const fieldName = (x: string) => /^[a-z][a-zA-Z0-9_.]*$/.test(x) || /^\(.*\)$/.test(x) || KINDS.some((k) => (fieldCandidates(k, x)[0]?.confidence ?? 0) >= 0.9);
  const fieldNames = (t: string[]) => t.length >= 3 && t.filter(fieldName).length >= t.length * 0.6;
  const isGuideHeader = (texts: string[], from: number): boolean => {
    const words = texts.map((t) => headerTokens(t).join(' '));
    // (How to fill each field in says so only in a narrow table: "Notes" or "Comments" ends many a register.)
    // (…or maps one set of fields onto another: "Field BMN | Field Database | Keterangan", "Source column | Target column".)
    // (…whose second column's cells are names of fields: "category", "asset_code", "(extended field)".)
    const leads = (w: string) => GUIDE_KEY.test(w.split(' ')[0] ?? '') || GUIDE_KEY.test(w.split(' ').at(-1) ?? '');
    if (words.length >= 2 && words.length <= 5 && leads(words[0] ?? '') && leads(words[1] ?? '') && !GUIDE_KEY.test(words[1] ?? '') && fieldNames(second(from))) return true;
    return words.length >= 2 && words.length <= 5 && GUIDE_KEY.test(words[0] ?? '') && words.slice(1).some((w) => EXPLANATION.test(w) || (words.length <= 3 && GUIDANCE.test(w)) || DATA_TYPE.test(w) || SAMPLE.test(w));
  };
  const top = grid.rows.get(Math.min(...grid.rows.keys()));
  const topTexts = top ? [...top].sort((a, b) => a[0] - b[0]).map(([, c]) => c.text).filter((t) => t.trim() !== '') : [];
  // A lone "Column" over a two-column table (its second header left blank) heads a guide too.
  const width = Math.max(0, ...[...grid.rows.values()].map((cells) => cells.size));
  const lone = topTexts.length === 1 && width === 2 && GUIDE_KEY.test(headerTokens(topTexts[0]!).join(' '));
  return lone || isGuideHeader(r.headers.map((h) => h.text), r.headerRow) || isGuideHeader(topTexts, Math.min(...grid.rows.keys()));
}


/**
 * A file's name or path with a document's, image's, font's or code's extension ("`public/assets/logo.png`", "FEED-001.pdf"),
 * or a repository's folder of media, in lower case and at least three deep ("apps/mobile/assets/images/*").
 */
const FILE_EXTENSION = /^`?[^\s`]*\.(png|jpe?g|gif|svg|webp|ico|bmp|tiff?|pdf|docx?|xlsx?|pptx?|odt|ods|csv|txt|md|json|ya?ml|xml|zip|mp4|mov|mp3|wav|ogg|ttf|otf|woff2?|ts|js|py|psd|fig|blend|fbx|glb)`?$/i;
// (A folder within a folder of media, or a glob: not any path, "github.com/acme/payments-api", "fs01/finance/payroll" or a
// repository "github.com/acme/website/public", which are assets.)
const REPOSITORY_FOLDER = /^(?=[^/]*[a-z_])(?=.*(\/\*|\/(assets|images|img|media|static|public|sprites|textures|fonts|sounds|audio|icons|store-assets)\/))`?[a-z0-9_.-]+(\/[a-z0-9_.*-]+){2,}\/?`?$/;
export const isFileName = (text: string): boolean => FILE_EXTENSION.test(text) || REPOSITORY_FOLDER.test(text);
/** …or several in one cell ("`logo.svg` and `logo-dark.svg`", "`favicon.svg`, `.ico`, `icon-192.png`"). */
const fileNames = (text: string): boolean => {
  const parts = text.split(/\s*(?:[,;]|\band\b|\bund\b|\bet\b)\s*/).filter(Boolean);
  return parts.length > 1 && parts.every((p) => isFileName(p) || /^`?\.[a-z0-9]{2,5}`?$/i.test(p));
};

/**
 * Files listed as "assets" (a game's art, a site's images, a data room's documents): the column that
 * names the rows holds file names or paths. Nine labelled lists of files under an inventory's name were
 * no information asset inventory.
 */
function fileIndex(grid: Grid, r: Reading): boolean {
  if (r.kind !== 'assets' || !r.assignment) return false;
  const rows = rowsBelow(grid, r);
  // (An inventory of documents that classifies each, Confidential, C2, OFFICIAL or High, keeps them as information assets;
  // a game's art "classified" as Sprite or Music does not.)
  const classification = r.assignment.fields.get('classification');
  if (classification !== undefined) {
    const texts = rows.map((row) => grid.rows.get(row)?.get(classification)?.text.trim() ?? '').filter((t) => t && !notRatedYet(t));
    if (texts.length && texts.filter(schemeValue(texts)).length >= texts.length * 0.5) return false;
  }
  const cols = new Set([r.assignment.fields.get('name'), r.assignment.fields.get('id'), Math.min(...r.headers.map((h) => h.col))]);
  return [...cols].some((col) => {
    if (col === undefined) return false;
    const texts = rows.map((row) => grid.rows.get(row)?.get(col)?.text.trim() ?? '').filter(Boolean);
    return texts.length >= 3 && texts.filter((t) => isFileName(t) || fileNames(t)).length >= texts.length * 0.6;
  });
}

/**
 * Recurring activities read as a plan ("Risk register review | Quarterly | Security officer | Next due"): a column of
 * how often each recurs makes a schedule, not a plan of actions against risks (no labelled plan had one; thirteen
 * look-alikes did).
 */
function recurringSchedule(grid: Grid, r: Reading): boolean {
  if (r.kind !== 'treatment-plan') return false;
  const rows = rowsBelow(grid, r);
  // (A plan whose actions each name their risk, "R-01", 12 or its title, stays a plan however often it is reviewed; a
  // count 1, 2, 3… under a header that names no risk ("ID"), or "All" on every row, names none.)
  const riskId = r.assignment?.fields.get('riskId');
  if (riskId !== undefined) {
    const v = columnValues(grid, riskId, rows);
    const named = RISK_WORD.test(headerTokens(r.headers.find((h) => h.col === riskId)?.text ?? '').join(' '));
    if (!((v.numeric >= 0.8 && v.sequence >= 0.7 && !named) || v.distinct <= 0.2)) return false;
  }
  return r.headers.some((h) => {
    const v = columnValues(grid, h.col, rows);
    return v.count >= 3 && v.cadences >= 0.5;
  });
}

/**
 * A value of a classification scheme, among a column's values: a label or level word, a level number (0 to 5), or a
 * short code when most of the column follows one pattern ("C1" … "C4"; not "L1", "L2", "Menu", "UI").
 */
const schemeValue = (texts: string[]) => {
  const prefix = (t: string) => /^([A-Z]{1,2})[- ]?\d$/i.exec(t)?.[1]?.toUpperCase();
  const counts = new Map<string, number>();
  for (const t of texts) {
    const p = prefix(t);
    if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  // (The codes of one pattern on most of the column: "C1" … "C4" beside one "Pending".)
  const [usual, times] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const coded = (t: string) => times >= texts.length * 0.7 && prefix(t) === usual;
  return (t: string): boolean => recognise(classificationVocab, t) !== '' || isScaleWord(t) || /^[0-5]$/.test(t) || coded(t) || /^(official|official[- ]sensitive|tlp:\s?\w+)$/i.test(t);
};

/**
 * Lists of allowed values side by side, as a workbook's lookup sheet keeps them for its dropdowns ("Prawdopodobieństwo: 1–4 |
 * Decyzja: Redukcja, Akceptacja… | Właściciele ryzyk: nine names"): three or more columns, each a run of different values from
 * the header down, of unequal lengths. A register's columns repeat values (owners, statuses, ratings) and run as long as its rows.
 */
export function valueLists(grid: Grid, r: Reading): boolean {
  if (r.headers.length < 3) return false;
  const text = (row: number, col: number) => grid.rows.get(row)?.get(col)?.text.trim() ?? '';
  const cols = r.headers.map((h) => h.col);
  // (The lists end at the first row blank across them all: another table may follow, a second scale or a heat map.)
  let end = r.headerRow + 1;
  while (end <= grid.maxRow && cols.some((col) => text(end, col) !== '')) end++;
  const lengths: number[] = [];
  for (const col of cols) {
    // (A value met twice, or a sentence, ends it at once: a register's column soon repeats an owner or a rating.)
    const seen = new Set<string>();
    let row = r.headerRow + 1;
    for (let t = ''; row < end && (t = text(row, col)); row++) {
      if (seen.has(t) || t.length > 40) return false;
      seen.add(t);
    }
    for (let below = row; below < end; below++) if (text(below, col) !== '') return false;
    if (seen.size < 2) return false;
    lengths.push(seen.size);
  }
  // …and one list runs on alone for two rows or more below all the others (a register's rows fill its first column at least,
  // however short its trailing columns are), or the lists are of unequal lengths and kept apart by empty columns
  // ("Probabilidad | Descripción | | Impacto | Descripción | | Tratamiento").
  lengths.sort((a, b) => b - a);
  const apart = cols.some((col, i) => i > 0 && col > cols[i - 1]! + 1);
  return lengths[0]! >= lengths[1]! + 2 || (apart && lengths[0]! > lengths[lengths.length - 1]!);
}

/** Headers of a document's version and of its approval ("Version", "Versie"; "Approved on", "Goedgekeurd op", "Freigabe"). */
const VERSION = /^(version|versions|versie|versao|versione|verze|wersja|versija|verzija|razlicica|verzio|versio|εκδοση|ver|rev|revision|revisie)( no| nr)?$/;
const APPROVED = /(^| )(approved|approval|approuve|approuvee|approbation|goedgekeurd|goedkeuring|genehmigt|freigegeben|freigabe|aprobado|aprobacion|aprovado|aprovacao|approvato|approvazione|schvaleno|schvaleni|zatwierdzono|zatwierdzenie|patvirtinta|patvirtinimo|jovahagyva|jovahagyas|hyvaksytty|godkand|godkendt|godkjent|odobritve|odobreno|odobritev|odobrenja|odobren|εγκριση|εγκρι\S*)( |$)/;

/** A header that names a document ("Titre du document", "Document title", "Dokumentname", "Název dokumentu"). */
const DOCUMENT = /(^| )(document|documents|dokument|dokumente|dokumentu|dokumenta|dokumentov|dokumentname|dokumenttitel|documento|documentos|documenti|dokumentum|asiakirja|δοκουμεντο|εγγραφο|εγγραφου)( |$)/;

/** Rows each with their version and their approval, or a version beside a document's name: a register of controlled documents (policies, procedures), not of assets or risks. */
function documentIndex(r: Reading): boolean {
  // (Each name of a bilingual header counts: "Version / Versie", "Approuvé le / Goedgekeurd op".)
  const headed = (re: RegExp) => r.headers.some((h) => headerNames(h.text).some((n) => re.test(n)));
  return r.kind !== 'other' && headed(VERSION) && (headed(APPROVED) || headed(DOCUMENT));
}

/**
 * The best reading of a sheet is a look-alike's: a questionnaire, a list of findings, of bare actions, of tasks or of files, a schedule, a legend, a guide to columns, a
 * record of processing, a business impact analysis, a training record, or a responsibility chart whose rows are not keyed as a register's (an
 * action's risk, a control's number; a bare "ID" numbers a chart's tasks too).
 */
export function lookAlike(grid: Grid, best: Reading): boolean {
  const riskKey = best.headers.find((h) => h.col === best.assignment?.fields.get('riskId'))?.text ?? '';
  const keyed = best.assignment?.fields.has('controlId') || RISK_WORD.test(headerTokens(riskKey).join(' '));
  return questionnaire(grid, best) || taskList(grid, best) || findingsList(grid, best) || nonconformities(grid, best) || incidentsNamed(grid, best) || documentIndex(best) || bareActions(grid, best) || fileIndex(grid, best) || recurringSchedule(grid, best) || legendReading(grid, best) || columnGuide(grid, best) || headedAsOther(grid) || (raciChart(grid) && !keyed);
}
