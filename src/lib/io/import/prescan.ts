/**
 * The checks every file passes before ExcelJS sees it: size, what the bytes really are, a zip
 * that is whole and not encrypted, and an inflated size within a budget (zip bombs stop here).
 * The result is a rebuilt, minimal package (see package.ts) plus workbook-level notes.
 */
import { ImportError } from './types.ts';
import { MAX_FILE_BYTES, inflateBudget } from './limits.ts';
import { sniff } from './sniff.ts';
import { listEntries, readEntry, type InflateBudget, type ZipEntry } from './zip.ts';
import { rebuildWorkbook, type RebuiltWorkbook } from './package.ts';

export interface PrescanResult extends RebuiltWorkbook {
  notes: string[];
}

function megabytes(n: number): string {
  return `${Math.round(n / (1024 * 1024))} MB`;
}

/** Only the parts the analysis needs are ever inflated (never media, macros or caches). */
function wanted(name: string): boolean {
  return /^(_rels\/\.rels|\[Content_Types\]\.xml|.*\/_rels\/[^/]+\.rels|.*(workbook|styles|sharedStrings)[^/]*\.xml|.*\/worksheets\/[^/]+\.xml)$/i.test(name);
}

function macroNote(entries: ZipEntry[], contentTypes: string): string[] {
  const macros = entries.some((e) => /vbaProject\.bin$/i.test(e.name)) || /macroEnabled/i.test(contentTypes);
  return macros ? ['The workbook contains macros; they were ignored and never run. Only its data was read.'] : [];
}

/** Checks and unpacks a workbook file; throws an ImportError saying what is wrong with it. */
export function prescan(bytes: Uint8Array, options: { fileName?: string; signal?: AbortSignal } = {}): PrescanResult {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new ImportError('too-large', `The file is ${megabytes(bytes.length)}; the importer reads workbooks up to ${megabytes(MAX_FILE_BYTES)}. Remove unused sheets, images or formatting, or split the workbook.`);
  }
  if (bytes.length === 0) throw new ImportError('empty', `${options.fileName ? `“${options.fileName}”` : 'The file'} is empty (0 bytes).`);
  const refused = sniff(bytes, options.fileName);
  if (refused) throw refused;
  const entries = listEntries(bytes);
  if (entries.length === 0) throw new ImportError('empty', 'The file is an empty zip archive, not a workbook.');
  if (entries.some((e) => e.encrypted && wanted(e.name))) {
    throw new ImportError('encrypted', 'The workbook is protected with a password. Remove the password in Excel, save, and try again.');
  }
  const budget: InflateBudget = { remaining: inflateBudget(bytes.length), signal: options.signal };
  const byName = new Map<string, ZipEntry>();
  for (const e of entries) if (wanted(e.name)) byName.set(e.name.toLowerCase(), e);
  const cache = new Map<string, Uint8Array | undefined>();
  const read = (path: string): Uint8Array | undefined => {
    const key = path.toLowerCase();
    if (!cache.has(key)) {
      const entry = byName.get(key);
      cache.set(key, entry ? readEntry(bytes, entry, budget) : undefined);
    }
    return cache.get(key);
  };
  const contentTypes = read('[Content_Types].xml');
  const rebuilt = rebuildWorkbook(
    read,
    entries.map((e) => e.name),
  );
  const notes = macroNote(entries, contentTypes ? new TextDecoder().decode(contentTypes) : '');
  for (const s of rebuilt.sheets) {
    if (s.cutRows) notes.push(`Sheet “${s.name}” has more rows than the importer reads; only the first ones were read.`);
  }
  return { ...rebuilt, notes };
}
