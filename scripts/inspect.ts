/**
 * `npm run inspect -- <file or folder>… [--json] [--records]`: prints what the importer
 * understood of each workbook (sheet kind, header row, records, SoA edition, field per column).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeWorkbook, ImportError } from '../src/lib/io/import/index.ts';
import { textFormatOf, workbookToRead } from '../src/lib/io/import/text-files.ts';
import { formatRefusal, formatWorkbook, jsonSummary } from './inspect-format.ts';

const WORKBOOK = /\.(xlsx|xlsm|xls|xltx|xltm|csv|txt|md|markdown)$/i;

function files(paths: string[]): string[] {
  return paths.flatMap((p) => {
    if (!statSync(p).isDirectory()) return [p];
    return readdirSync(p)
      .filter((f) => WORKBOOK.test(f))
      .sort()
      .map((f) => join(p, f));
  });
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const withRecords = args.includes('--records');
  const paths = args.filter((a) => !a.startsWith('--'));
  if (paths.length === 0) {
    console.error('Usage: npm run inspect -- <file or folder>… [--json] [--records]');
    return 2;
  }
  const out: unknown[] = [];
  for (const file of files(paths)) {
    const name = file.split('/').pop() ?? file;
    const started = performance.now();
    try {
      const bytes = new Uint8Array(readFileSync(file));
      // Text files are read as the import screen reads a file with this name.
      const input = await workbookToRead(bytes, textFormatOf(name), name);
      const read = await analyzeWorkbook(input.workbook, { fileName: name });
      const analysis = { ...read, notes: [...input.notes, ...read.notes] };
      const ms = Math.round(performance.now() - started);
      if (json) out.push(withRecords ? { file, ...analysis } : jsonSummary(file, analysis));
      else console.log(`${formatWorkbook(file, analysis, ms)}\n`);
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      if (json) out.push({ file, error: { code: e.code, message: e.message } });
      else console.log(`${formatRefusal(file, e.code, e.message)}\n`);
    }
  }
  if (json) console.log(JSON.stringify(out, null, 2));
  // Refused files are results, not failures: the exit code says only whether the command ran.
  return 0;
}

process.exitCode = await main();
