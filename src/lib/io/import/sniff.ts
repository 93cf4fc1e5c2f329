/**
 * What a file is, from its first bytes: a zip (an .xlsx/.xlsm), an old Office binary (.xls, or an
 * encrypted .xlsx, which Office stores in the same container), or text (CSV, Markdown, a web page).
 */
import { ImportError } from './types.ts';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** True when `bytes` contains `text` written as UTF-16LE (the names inside an OLE container). */
function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < text.length; k++) {
      if (bytes[i + 2 * k] !== text.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

function oleError(bytes: Uint8Array): ImportError {
  if (hasUtf16(bytes, 'EncryptedPackage')) {
    return new ImportError('encrypted', 'The workbook is protected with a password. Open it in Excel, remove the password (File › Info › Protect Workbook), save, and try again.');
  }
  if (hasUtf16(bytes, 'Workbook') || hasUtf16(bytes, 'Book')) {
    return new ImportError('xls', 'This is an old Excel workbook (.xls, Excel 97–2003). Open it in Excel or LibreOffice and save it as .xlsx, then import that file.');
  }
  return new ImportError('not-workbook', 'This is an old Office document, not a workbook. Save the data as an .xlsx workbook and import that.');
}

function decodeText(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, 64 * 1024);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head.subarray(2));
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head.subarray(2));
  let control = 0;
  for (const b of head) {
    if (b === 0) return null;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > head.length / 100) return null;
  return new TextDecoder().decode(head).replace(/^\uFEFF/, '');
}

function looksLikeMarkdown(lines: string[]): boolean {
  const piped = lines.filter((l) => /^\s*\|.*\|\s*$/.test(l)).length;
  const ruler = lines.some((l) => /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(l));
  return (piped >= 2 && ruler) || /^#{1,6}\s/.test(lines[0] ?? '');
}

function cells(line: string, sep: string): number {
  let n = 1;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === sep && !quoted) n++;
  }
  return n;
}

function looksLikeCsv(lines: string[]): boolean {
  const sample = lines.slice(0, 50);
  if (sample.length < 2) return false;
  return [',', ';', '\t', '|'].some((sep) => {
    const first = cells(sample[0] ?? '', sep);
    if (first < 2) return false;
    const same = sample.filter((l) => cells(l, sep) === first).length;
    return same >= Math.ceil(sample.length * 0.8);
  });
}

function textError(text: string, name: string): ImportError {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const trimmed = text.trimStart().toLowerCase();
  if (looksLikeMarkdown(lines)) {
    return new ImportError('markdown', `${name} is Markdown text, not an Excel workbook, although its name says .xlsx. Its tables can be read as Markdown as it is (or once it is renamed to .md); nothing was imported.`);
  }
  if (trimmed.startsWith('<?xml') && trimmed.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
    return new ImportError('not-workbook', `${name} is an "XML Spreadsheet 2003" file. Open it in Excel and save it as .xlsx.`);
  }
  if (/^<(!doctype html|html|table)/.test(trimmed)) {
    return new ImportError('not-workbook', `${name} is a web page, not a workbook. Open it in Excel and save it as .xlsx.`);
  }
  if (looksLikeCsv(lines)) {
    return new ImportError('csv', `${name} is a CSV text file, not an Excel workbook, although its name says .xlsx. It can be read as CSV as it is (or renamed to .csv), or opened in Excel and saved as .xlsx; nothing was imported.`);
  }
  return new ImportError('not-zip', `${name} is a text file, not an Excel workbook.`);
}

/**
 * Null when the bytes start like a zip archive; otherwise the ImportError that says what the
 * file is instead.
 */
export function sniff(bytes: Uint8Array, fileName?: string): ImportError | null {
  const name = fileName ? `“${fileName}”` : 'The file';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) return null;
  if (startsWith(bytes, OLE_MAGIC)) return oleError(bytes);
  const text = decodeText(bytes);
  if (text !== null && text.trim() === '') return new ImportError('empty', `${name} is empty.`);
  if (text !== null) return textError(text, name);
  return new ImportError('not-zip', `${name} is not an Excel workbook (.xlsx): its content is neither a workbook nor text.`);
}
