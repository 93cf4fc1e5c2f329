/**
 * A small zip reader that trusts nothing in the file: it reads the central directory with bounds
 * checks and inflates entries in small slices, counting every byte, so a zip bomb is stopped
 * while it inflates and memory stays bounded.
 */
import { Inflate } from 'fflate';
import { ImportError } from './types.ts';
import { INFLATE_SLICE } from './limits.ts';

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  /** Offset of the local file header. */
  offset: number;
}

/** What may still be inflated; shared by all entries of one file. */
export interface InflateBudget {
  remaining: number;
  signal?: AbortSignal;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

const truncated = () =>
  new ImportError('truncated', 'The file is cut short: it was not completely downloaded or copied. Get the whole file again.');

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEocd(bytes: Uint8Array, dv: DataView): number {
  const last = bytes.length - 22;
  for (let i = last; i >= 0 && i >= last - 65535; i--) {
    if (dv.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}

/** Entry count, directory offset and size, from the (zip64) end records. */
function directoryBounds(bytes: Uint8Array, dv: DataView, eocd: number): { count: number; offset: number; size: number } {
  let count = dv.getUint16(eocd + 10, true);
  let size = dv.getUint32(eocd + 12, true);
  let offset = dv.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  if ((count === 0xffff || offset === MAX32) && locator >= 0 && dv.getUint32(locator, true) === EOCD64_LOCATOR) {
    const at = Number(dv.getBigUint64(locator + 8, true));
    if (at + 56 > bytes.length || dv.getUint32(at, true) !== EOCD64) throw truncated();
    count = Number(dv.getBigUint64(at + 32, true));
    size = Number(dv.getBigUint64(at + 40, true));
    offset = Number(dv.getBigUint64(at + 48, true));
  }
  if (offset + size > bytes.length) throw truncated();
  return { count, offset, size };
}

/** Sizes and offset from a zip64 extra field, for the fields the entry marked as 0xFFFFFFFF. */
function zip64Fields(dv: DataView, at: number, length: number, entry: ZipEntry): void {
  const end = at + length;
  while (at + 4 <= end) {
    const id = dv.getUint16(at, true);
    const len = dv.getUint16(at + 2, true);
    if (id === 0x0001) {
      let p = at + 4;
      const take = () => {
        const v = Number(dv.getBigUint64(p, true));
        p += 8;
        return v;
      };
      if (entry.size === MAX32 && p + 8 <= end) entry.size = take();
      if (entry.compressedSize === MAX32 && p + 8 <= end) entry.compressedSize = take();
      if (entry.offset === MAX32 && p + 8 <= end) entry.offset = take();
      return;
    }
    at += 4 + len;
  }
}

/** The entries of a zip archive, from its central directory. */
export function listEntries(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length < 22) throw truncated();
  const dv = view(bytes);
  const eocd = findEocd(bytes, dv);
  if (eocd < 0) throw truncated();
  const { count, offset } = directoryBounds(bytes, dv, eocd);
  const names = new TextDecoder();
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== CENTRAL) throw truncated();
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    if (p + 46 + nameLen + extraLen > bytes.length) throw truncated();
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(p + 46, p + 46 + nameLen)).replace(/\\/g, '/').replace(/^\/+/, ''),
      method: dv.getUint16(p + 10, true),
      encrypted: (dv.getUint16(p + 8, true) & 1) === 1,
      compressedSize: dv.getUint32(p + 20, true),
      size: dv.getUint32(p + 24, true),
      offset: dv.getUint32(p + 42, true),
    };
    zip64Fields(dv, p + 46 + nameLen, extraLen, entry);
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const dv = view(bytes);
  const at = entry.offset;
  if (at + 30 > bytes.length || dv.getUint32(at, true) !== LOCAL) throw truncated();
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw truncated();
  return bytes.subarray(start, end);
}

function bomb(): ImportError {
  return new ImportError(
    'zip-bomb',
    'The file expands to far more data than a workbook of its size can hold (a "zip bomb"). It was not read.',
  );
}

function charge(budget: InflateBudget, n: number): void {
  budget.remaining -= n;
  if (budget.remaining < 0) throw bomb();
}

/** The inflated content of one entry, charged against the budget; throws as soon as it overflows. */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  if (entry.encrypted) throw new ImportError('encrypted', 'The workbook is protected with a password. Remove the password in Excel, save, and try again.');
  if (entry.size > budget.remaining && entry.size !== MAX32) throw bomb();
  const data = entryData(bytes, entry);
  if (entry.method === 0) {
    charge(budget, data.length);
    return data.slice();
  }
  if (entry.method !== 8) {
    throw new ImportError('unreadable', `Part "${entry.name}" of the file uses a compression method workbooks do not use.`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    charge(budget, chunk.length);
    chunks.push(chunk);
    total += chunk.length;
  });
  try {
    for (let i = 0; i < data.length || i === 0; i += INFLATE_SLICE) {
      if (budget.signal?.aborted) throw new ImportError('cancelled', 'The import was cancelled.');
      const end = Math.min(data.length, i + INFLATE_SLICE);
      inflater.push(data.subarray(i, end), end >= data.length);
      if (end >= data.length) break;
    }
  } catch (e) {
    if (e instanceof ImportError) throw e;
    const code = (e as { code?: number }).code;
    if (code === 0) throw truncated();
    throw new ImportError('unreadable', `Part "${entry.name}" of the file is damaged and cannot be read.`);
  }
  const out = new Uint8Array(total);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}
