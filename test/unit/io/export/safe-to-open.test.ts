import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IsmsDatabase } from '../../../../src/lib/db/database.ts';
import { exportAuditorWorkbook, exportCsv } from '../../../../src/lib/io/export/index.ts';
import { cellText, csvField, toCsv } from '../../../../src/lib/io/export/safe.ts';
import { headerTexts, openXlsx } from './helpers.ts';
import { HOSTILE, hostileWorkspace } from './hostile.ts';

let db: IsmsDatabase;
let ws: string;
let bytes: Uint8Array;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  ({ db, ws } = await hostileWorkspace());
  bytes = (await exportAuditorWorkbook(db, ws)).data as Uint8Array;
  wb = await openXlsx(bytes);
}, 60_000);

/** Every cell of the workbook with its sheet. */
function cells(): { sheet: string; cell: ExcelJS.Cell }[] {
  const out: { sheet: string; cell: ExcelJS.Cell }[] = [];
  for (const s of wb.worksheets) s.eachRow((row) => row.eachCell((cell) => out.push({ sheet: s.name, cell })));
  return out;
}
const textOf = (c: ExcelJS.Cell): string => (typeof c.value === 'object' && c.value && 'text' in c.value ? String(c.value.text) : String(c.value));

describe('an exported workbook is safe to open', { timeout: 60_000 }, () => {
  it('keeps text that starts like a formula as text, exactly as entered', () => {
    const all = cells();
    for (const want of [HOSTILE.person, HOSTILE.asset, HOSTILE.riskTitle, HOSTILE.description]) {
      const found = all.filter(({ cell }) => cell.value === want);
      expect(found.length, want.slice(0, 30)).toBeGreaterThan(0);
      for (const { cell } of found) expect(cell.type).toBe(ExcelJS.ValueType.String);
    }
    const risk = wb.getWorksheet('Risk register')!;
    expect(risk.getCell(2, headerTexts(risk, 1).indexOf('Risk owner') + 1).value).toBe(HOSTILE.person);
    expect(all.some(({ cell }) => cell.type === ExcelJS.ValueType.Formula)).toBe(false);
    for (const [p, data] of Object.entries(unzipSync(bytes))) if (p.startsWith('xl/worksheets/sheet')) expect(strFromU8(data)).not.toMatch(/<f[ >]/);
  });

  it('makes links clickable only for https:, http: and mailto:', () => {
    const links = cells().filter(({ cell }) => cell.type === ExcelJS.ValueType.Hyperlink);
    expect(links.map(({ cell }) => (cell.value as ExcelJS.CellHyperlinkValue).hyperlink).sort()).toEqual([HOSTILE.docLink, HOSTILE.partyMail].sort());
    const unsafe = cells().filter(({ cell }) => textOf(cell) === HOSTILE.docUnsafe);
    expect(unsafe).toHaveLength(1);
    expect(unsafe[0]!.cell.type).toBe(ExcelJS.ValueType.String);
    for (const [p, data] of Object.entries(unzipSync(bytes)))
      if (p.endsWith('.rels')) for (const m of strFromU8(data).matchAll(/TargetMode="External"[^>]*|Target="([^"]+)"[^>]*TargetMode="External"/g)) expect(m[0]).not.toMatch(/javascript:|file:|data:/i);
  });

  it('drops characters a workbook cannot hold, and caps text at Excel’s cell limit', () => {
    expect(cellText('a\u0000b\u0007c\u001Fd\tE\nF')).toBe('abcd\tE\nF');
    // What XML would lose is spelled out as spreadsheet programs read it back.
    expect(cellText('a\r\nb _x0041_')).toBe('a_x000D_\nb _x005F_x0041_');
    expect(cellText('x'.repeat(40000))).toHaveLength(32767);
    expect(cellText('🚀 漢字')).toBe('🚀 漢字');
  });
});

describe('CSV exports are escaped against formula injection', { timeout: 60_000 }, () => {
  it('prefixes a single quote to text starting with = + - @ tab, CR or LF, and quotes every text field', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '\nx'].map(csvField)).toEqual(["\"'=1+1\"", "\"'+1\"", "\"'-1\"", "\"'@SUM(A1)\"", "\"'\tx\"", "\"'\rx\"", "\"'\nx\""]);
    expect(csvField('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvField(-3)).toBe('-3');
    expect(toCsv([['a', 1], ['b', 2]])).toBe('\uFEFF"a",1\r\n"b",2\r\n');
  });

  it('writes a register with its headers and hostile text neutralised', async () => {
    const file = await exportCsv(db, ws, 'risks');
    expect(file.name).toMatch(/^evil-quoted-co-risks-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = String(file.data);
    expect(text.startsWith('\uFEFF"Risk ID","Risk","Description"')).toBe(true);
    expect(text).toContain(`"'${HOSTILE.riskTitle.replace(/"/g, '""')}"`);
    expect(text).toContain(`"'${HOSTILE.description.slice(0, 14)}`);
    expect(text).toContain(`"'${HOSTILE.person.replace(/"/g, '""')}"`);
    expect(text).not.toMatch(/(^|,)"?[=+@]/m);
  });
});
