import type { Worksheet } from 'exceljs';
import { SCHEMA_VERSION } from '../../../db/database.ts';
import { APP_NAME, APP_VERSION } from '../app-info.ts';
import { type ExportContext, latestApproved } from '../context.ts';
import { printSetup } from '../format.ts';
import { cellText } from '../safe.ts';
import { soaVersionText } from './soa.ts';

/** A sheet listed on the cover: its name and what it holds. */
export interface Contents {
  name: string;
  about: string;
}

/** A moment as local date and time with its offset from UTC: "2025-03-31 14:05 (UTC+02:00)". */
export function localTime(iso: string, d = new Date(iso)): string {
  const pad = (n: number): string => String(Math.abs(n)).padStart(2, '0');
  const off = -d.getTimezoneOffset();
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${date} ${pad(d.getHours())}:${pad(d.getMinutes())} (UTC${off >= 0 ? '+' : '-'}${pad(Math.trunc(off / 60))}:${pad(off % 60)})`;
}

function facts(ctx: ExportContext, fingerprint: string): [string, string][] {
  const ws = ctx.snap.workspace;
  const scope = latestApproved(ctx.snap.tables['scopes'] ?? []) ?? ctx.snap.tables['scopes']?.[0];
  const m = ctx.method;
  return [
    ['Organisation', [ws['name'], ws['legalName']].filter(Boolean).map(String).join(' — ')],
    ['ISMS scope', scope ? `${String(scope['title'])} (version ${String(scope['version'] || '—')}, ${String(scope['status'])})` : 'No scope recorded'],
    ['Scope statement', scope ? String(scope['statement'] ?? '') : ''],
    ['ISO/IEC 27001 edition', ctx.edition],
    ['Exported on', `${localTime(ctx.snap.takenAt)}; ${ctx.snap.takenAt} UTC`],
    ['Data as of', ctx.snap.takenAt.slice(0, 10)],
    ['Risk method', m ? `Version ${m.version} (${m.status})` : 'No approved risk method'],
    ['Statement of Applicability', soaVersionText(ctx)],
    ['Change log', `${ctx.snap.lastChangeSeq} changes recorded; this export shows the state after change ${ctx.snap.lastChangeSeq}.`],
    ['Made with', `${APP_NAME} ${APP_VERSION} (data schema version ${SCHEMA_VERSION})`],
    ['Content fingerprint (SHA-256)', fingerprint || 'Not available: the page was not served over HTTPS.'],
  ];
}

/** The cover: who, what scope, which edition, when, made by which version, and a fingerprint of the content. */
export function writeCover(ws: Worksheet, ctx: ExportContext, fingerprint: string, contents: readonly Contents[]): void {
  ws.getColumn(1).width = 30;
  ws.getColumn(2).width = 100;
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  ws.getColumn(1).alignment = { vertical: 'top' };
  ws.getCell(1, 1).value = cellText(`Information security management system — ${String(ctx.snap.workspace['name'])}`);
  ws.getCell(1, 1).font = { bold: true, size: 16 };
  const rows = facts(ctx, fingerprint);
  rows.forEach(([k, v], i) => {
    ws.getCell(3 + i, 1).value = k;
    ws.getCell(3 + i, 1).font = { bold: true };
    ws.getCell(3 + i, 2).value = cellText(v);
  });
  let r = 4 + rows.length;
  ws.getCell(r, 1).value = 'Sheets in this workbook';
  ws.getCell(r, 1).font = { bold: true, size: 13 };
  contents.forEach((c, i) => {
    ws.getCell(r + 1 + i, 1).value = cellText(c.name);
    ws.getCell(r + 1 + i, 2).value = cellText(c.about);
  });
  r += contents.length + 2;
  ws.getCell(r, 1).value = 'About the fingerprint';
  ws.getCell(r, 1).font = { bold: true };
  ws.getCell(r, 2).value = 'A SHA-256 hash of every record of the workspace in a fixed order. Two exports of unchanged data carry the same fingerprint, whenever they were made; any change to the data gives a different one.';
  printSetup(ws, 1);
  ws.pageSetup.orientation = 'portrait';
}
