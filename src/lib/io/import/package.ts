/**
 * Rebuilds a workbook package that ExcelJS can load safely: only the sheets' cell data, shared
 * strings and styles. Everything ExcelJS would expand cell by cell (data validations over whole
 * columns, merged ranges, defined names, conditional formats, tables) is left out; the merges are
 * read here and handed to the analysis instead, clipped to the cells in use.
 */
import { strFromU8, strToU8, zipSync } from 'fflate';
import { ImportError } from './types.ts';
import { MAX_ROWS } from './limits.ts';
import { attributes, dropPrefix, escapeXml, relationships, rootPrefix, startTags } from './xml.ts';

export interface SheetPart {
  name: string;
  hidden: boolean;
  /** Merged ranges as written ("A1:D2"). */
  merges: string[];
  /** True when rows past MAX_ROWS were left out. */
  cutRows: boolean;
}

export interface RebuiltWorkbook {
  bytes: Uint8Array;
  sheets: SheetPart[];
  date1904: boolean;
}

/** Reads one part of the original package (inflating it within the budget), or undefined. */
export type PartReader = (path: string) => Uint8Array | undefined;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

function text(read: PartReader, path: string): string | undefined {
  const bytes = read(path);
  return bytes ? strFromU8(bytes) : undefined;
}

function dirOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
}

function relsPathOf(path: string): string {
  const dir = dirOf(path);
  return `${dir ? `${dir}/` : ''}_rels/${path.slice(dir ? dir.length + 1 : 0)}.rels`;
}

function workbookPath(read: PartReader): string {
  const root = text(read, '_rels/.rels');
  const main = root ? relationships(root, '').find((r) => r.type.endsWith('/officeDocument')) : undefined;
  return main?.target ?? 'xl/workbook.xml';
}

function cutAfterRows(data: string): { data: string; cut: boolean } {
  let at = -1;
  for (let n = 0; n <= MAX_ROWS; n++) {
    at = data.indexOf('<row', at + 1);
    if (at < 0) return { data, cut: false };
  }
  return { data: data.slice(0, at), cut: true };
}

/** The sheet's cell data in a minimal worksheet part, and its merges. */
export function sanitizeSheet(xml: string): { xml: string; merges: string[]; cutRows: boolean } {
  const prefix = rootPrefix(xml, 'worksheet');
  const merges = startTags(xml, 'mergeCell')
    .map((t) => attributes(t).get('ref') ?? '')
    .filter(Boolean);
  const open = new RegExp(`<${prefix}sheetData\\b[^>]*?(/?)>`).exec(xml);
  let data = '';
  if (open && open[1] !== '/') {
    const end = xml.indexOf(`</${prefix}sheetData>`, open.index);
    data = xml.slice(open.index + open[0].length, end < 0 ? xml.length : end);
  }
  // Styled but empty cells (a whole formatted sheet can hold millions) carry nothing to read.
  data = dropPrefix(data, prefix).replace(/<c\b[^>]*\/>/g, '').replace(/<c\b[^>]*>\s*<\/c>/g, '');
  const { data: kept, cut } = cutAfterRows(data);
  const root = `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">`;
  return { xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${root}<sheetData>${kept}</sheetData></worksheet>`, merges, cutRows: cut };
}

function workbookXml(sheets: SheetPart[], date1904: boolean): string {
  const list = sheets
    .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}">${date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${list}</sheets></workbook>`;
}

function workbookRels(count: number, styles: boolean, strings: boolean): string {
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
  const items = Array.from({ length: count }, (_, i) => rel(`rId${i + 1}`, 'worksheet', `worksheets/sheet${i + 1}.xml`));
  if (styles) items.push(rel('rIdStyles', 'styles', 'styles.xml'));
  if (strings) items.push(rel('rIdStrings', 'sharedStrings', 'sharedStrings.xml'));
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">${items.join('')}</Relationships>`;
}

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

function withoutPrefix(xml: string | undefined, root: string): string | undefined {
  return xml === undefined ? undefined : dropPrefix(xml, rootPrefix(xml, root));
}

/** The sanitised package, or an ImportError when the zip holds no workbook. */
export function rebuildWorkbook(read: PartReader, names: readonly string[]): RebuiltWorkbook {
  const wbPath = workbookPath(read);
  const wb = text(read, wbPath);
  if (wb === undefined) {
    if (names.some((n) => /workbook\.bin$/i.test(n))) {
      throw new ImportError('not-workbook', 'The file is an Excel binary workbook (.xlsb). Open it in Excel and save it as .xlsx.');
    }
    const what = names.some((n) => n.startsWith('word/')) ? 'a Word document' : names.some((n) => n.startsWith('ppt/')) ? 'a PowerPoint file' : 'a zip archive';
    throw new ImportError('not-workbook', `The file is ${what}, not an Excel workbook.`);
  }
  const rels = relationships(text(read, relsPathOf(wbPath)) ?? '', dirOf(wbPath));
  const byId = new Map(rels.map((r) => [r.id, r]));
  const date1904 = startTags(wb, 'workbookPr').some((t) => ['1', 'true'].includes(attributes(t).get('date1904') ?? ''));
  const files: Record<string, Uint8Array> = {};
  const sheets: SheetPart[] = [];
  for (const tag of startTags(wb, 'sheet')) {
    const a = attributes(tag);
    const rel = byId.get(a.get('id') ?? '');
    if (!rel || !rel.type.endsWith('/worksheet')) continue;
    const xml = text(read, rel.target);
    if (xml === undefined) continue;
    const clean = sanitizeSheet(xml);
    sheets.push({ name: a.get('name') ?? `Sheet${sheets.length + 1}`, hidden: (a.get('state') ?? 'visible') !== 'visible', merges: clean.merges, cutRows: clean.cutRows });
    files[`xl/worksheets/sheet${sheets.length}.xml`] = strToU8(clean.xml);
  }
  if (sheets.length === 0) throw new ImportError('empty', 'The workbook has no worksheets.');
  const styles = withoutPrefix(text(read, rels.find((r) => r.type.endsWith('/styles'))?.target ?? 'xl/styles.xml'), 'styleSheet');
  const strings = withoutPrefix(text(read, rels.find((r) => r.type.endsWith('/sharedStrings'))?.target ?? 'xl/sharedStrings.xml'), 'sst');
  if (styles !== undefined) files['xl/styles.xml'] = strToU8(styles);
  if (strings !== undefined) files['xl/sharedStrings.xml'] = strToU8(strings);
  files['xl/workbook.xml'] = strToU8(workbookXml(sheets, date1904));
  files['xl/_rels/workbook.xml.rels'] = strToU8(workbookRels(sheets.length, styles !== undefined, strings !== undefined));
  files['_rels/.rels'] = strToU8(ROOT_RELS);
  return { bytes: zipSync(files, { level: 0 }), sheets, date1904 };
}
