import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyzeWorkbook, ImportError, MAX_FILE_BYTES, type ImportErrorCode } from '../../../../src/lib/io/import/index.ts';
import {
  csvText, damagedWorkbook, markdownText, oleFile, passwordZip, plainText, randomBytes, tinyWorkbook, truncatedWorkbook, wordDocument, zipBomb,
} from '../../../fixtures/workbooks/hostile.ts';

async function refusal(bytes: Uint8Array, fileName = 'register.xlsx'): Promise<ImportError> {
  try {
    await analyzeWorkbook(bytes, { fileName });
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('the file was accepted');
}

const cases: [string, () => Uint8Array | Promise<Uint8Array>, ImportErrorCode, RegExp][] = [
  ['random bytes', () => randomBytes(4096), 'not-zip', /not an Excel workbook/],
  ['plain text', () => plainText, 'not-zip', /text file/],
  ['an empty file', () => new Uint8Array(0), 'empty', /empty/],
  ['only blanks and new lines', () => new TextEncoder().encode('  \n\n  '), 'empty', /empty/],
  ['a cut-off download', () => truncatedWorkbook(0.6), 'truncated', /cut short/],
  ['a zip cut inside its directory', () => truncatedWorkbook(0.98), 'truncated', /cut short/],
  ['a zip bomb', () => zipBomb(64), 'zip-bomb', /far more data/],
  ['an encrypted workbook (OLE with EncryptedPackage)', () => oleFile('EncryptedPackage'), 'encrypted', /password/],
  ['an .xls workbook', () => oleFile('Workbook'), 'xls', /\.xls/],
  ['a Word 97 document', () => oleFile('WordDocument'), 'not-workbook', /not a workbook/],
  ['CSV text named .xlsx', () => csvText, 'csv', /CSV text file.*can be read as CSV as it is/],
  ['Markdown text named .xlsx', () => markdownText, 'markdown', /Markdown/],
  ['a Word document (.docx)', () => wordDocument, 'not-workbook', /Word document/],
  ['a binary workbook (.xlsb)', () => zipSync({ 'xl/workbook.bin': new Uint8Array(8), 'xl/worksheets/sheet1.bin': new Uint8Array(8) }), 'not-workbook', /\.xlsb/],
  ['an empty zip archive', () => zipSync({}), 'empty', /empty zip/],
  ['a zip with password-protected parts', () => passwordZip(), 'encrypted', /password/],
  ['a workbook with damaged compressed data', () => damagedWorkbook(), 'unreadable', /damaged/],
  ['a file over the size limit', () => new Uint8Array(MAX_FILE_BYTES + 1), 'too-large', /up to 50 MB/],
];

describe('files that are not readable workbooks are refused with a code and a plain message', () => {
  it.each(cases)('%s', async (_, make, code, message) => {
    const e = await refusal(await make());
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });

  it('names the file in the message when the name is known', async () => {
    const e = await refusal(csvText, 'statement-of-applicability.xlsx');
    expect(e.message).toContain('statement-of-applicability.xlsx');
  });

  it('stops a zip bomb while inflating, before it is all in memory', async () => {
    const bomb = await zipBomb(160);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    const e = await refusal(bomb);
    // Inflated chunks are still held (no collection has run yet): this is what was allocated.
    const grown = process.memoryUsage().arrayBuffers - before;
    expect(e.code).toBe('zip-bomb');
    // The 160 MB never exist at once: inflating stops at the budget (32 MB for a small file).
    expect(grown).toBeLessThan(100 * 1024 * 1024);
  });

  it('reads a real workbook that passes every check', async () => {
    const a = await analyzeWorkbook(await tinyWorkbook());
    expect(a.sheets.map((s) => s.name)).toEqual(['Risks']);
  });
});

describe('cancelling', () => {
  it('rejects with code "cancelled" when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(analyzeWorkbook(await tinyWorkbook(), { signal: controller.signal })).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('rejects with code "cancelled" when aborted while it runs', async () => {
    const controller = new AbortController();
    const run = analyzeWorkbook(await tinyWorkbook(), {
      signal: controller.signal,
      onProgress: (_, stage) => {
        if (stage === 'reading') controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
  });
});

describe('progress', () => {
  it('reports fractions that only grow, from 0 to 1', async () => {
    const seen: number[] = [];
    await analyzeWorkbook(await tinyWorkbook(), { onProgress: (f) => seen.push(f) });
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(1);
    expect(seen.every((f, i) => i === 0 || f >= (seen[i - 1] ?? 0))).toBe(true);
  });
});
