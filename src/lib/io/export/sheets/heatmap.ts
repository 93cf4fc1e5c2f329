import type { Borders, Worksheet } from 'exceljs';
import { riskLevel, withinAppetite } from '../../../domain/entities/risk-method.ts';
import { type RatedRisk, type Stage, heatMap } from '../../../domain/risk/heatmap.ts';
import type { Rating } from '../../../domain/model/fields.ts';
import type { ExportContext } from '../context.ts';
import { levelStyle, printSetup } from '../format.ts';
import { cellText } from '../safe.ts';

type Method = NonNullable<ExportContext['method']>;
const GRID_TOP = 4;

function ratedRisks(ctx: ExportContext): RatedRisk[] {
  return (ctx.snap.tables['risks'] ?? []).map((r) => ({ id: r.id, ref: r.ref, inherent: (r['inherent'] as Rating | null) ?? null, residual: (r['residual'] as Rating | null) ?? null }));
}

/** 4.8: a thick line around the cells within appetite. */
function appetiteBorder(m: Method, l: number, i: number): Partial<Borders> {
  const inside = (ll: number, ii: number): boolean =>
    ll >= 1 && ii >= 1 && ll <= m.likelihoodScale.length && ii <= m.impactScale.length && withinAppetite(m, { likelihood: ll, impact: ii });
  if (!inside(l, i)) return { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  const side = (out: boolean) => ({ style: out ? ('thick' as const) : ('thin' as const) });
  return { top: side(!inside(l + 1, i)), bottom: side(!inside(l - 1, i)), left: side(!inside(l, i - 1)), right: side(!inside(l, i + 1)) };
}

/** The grid: likelihood rows from the highest down, impact columns from the left; counts in the level colours. */
function grid(ws: Worksheet, m: Method, rows: ReturnType<typeof heatMap>['rows']): number {
  rows.forEach((row, n) => {
    const r = GRID_TOP + n;
    const l = row[0]?.likelihood ?? 0;
    ws.getCell(r, 1).value = cellText(`${l} ${m.likelihoodScale[l - 1]?.label ?? ''}`);
    ws.getCell(r, 1).font = { bold: true };
    ws.getRow(r).height = 30;
    row.forEach((cell, i) => {
      const c = ws.getCell(r, i + 2);
      // Empty cells show nothing, not 0 (4.8).
      c.value = cell.risks.length || null;
      c.alignment = { horizontal: 'center', vertical: 'middle' };
      if (cell.level) Object.assign(c, levelStyle(cell.level.colour));
      c.font = { ...c.font, bold: true, size: 14 };
      c.border = appetiteBorder(m, cell.likelihood, cell.impact);
    });
  });
  const axis = GRID_TOP + rows.length;
  m.impactScale.forEach((s, i) => {
    const c = ws.getCell(axis, i + 2);
    c.value = cellText(`${i + 1} ${s.label}`);
    c.font = { bold: true };
    c.alignment = { horizontal: 'center', wrapText: true };
  });
  ws.getCell(axis, 1).value = 'Likelihood ↑ / Impact →';
  return axis + 2;
}

/** The legend (the level names, so colour is never the only carrier) and the risks of each cell. */
function legend(ws: Worksheet, m: Method, risks: RatedRisk[], stage: Stage, row: number): void {
  const head = (r: number, labels: string[]) => labels.forEach((h, i) => Object.assign(ws.getCell(r, i + 1), { value: h, font: { bold: true } }));
  head(row, ['Level', 'Scores', 'Risks']);
  const rated = risks.filter((r) => r[stage]);
  m.levels.forEach((lv, n) => {
    const c = ws.getCell(row + 1 + n, 1);
    c.value = cellText(lv.label);
    Object.assign(c, levelStyle(lv.colour));
    ws.getCell(row + 1 + n, 2).value = m.scoreFunction === 'product' ? `${lv.minScore ?? ''}–${lv.maxScore ?? ''}` : 'by matrix cell';
    ws.getCell(row + 1 + n, 3).value = rated.filter((r) => riskLevel(m, r[stage]!)?.code === lv.code).length;
  });
  let r = row + m.levels.length + 2;
  ws.getCell(r, 1).value = 'The thick line surrounds the cells within the risk appetite.';
  r += 2;
  head(r, ['Cell', 'Level of the cell', 'Number of risks', 'Which risks']);
  const cells = heatMap(m, risks, stage).rows.flat().filter((c) => c.risks.length);
  const refs = new Map(risks.map((x) => [x.id, x.ref]));
  cells.forEach((c, n) => {
    const values = [`L${c.likelihood} × I${c.impact}`, c.level?.label ?? '—', c.risks.length, c.risks.map((id) => refs.get(id) ?? id).join(', ')];
    values.forEach((v, i) => (ws.getCell(r + 1 + n, i + 1).value = typeof v === 'string' ? cellText(v) : v));
    ws.getCell(r + 1 + n, 4).alignment = { wrapText: true, vertical: 'top' };
  });
}

/** A heat map sheet for one stage (inherent or residual), drawn as coloured cells with counts. */
export function writeHeatMapSheet(ws: Worksheet, ctx: ExportContext, stage: Stage): void {
  const title = stage === 'inherent' ? 'Inherent risk heat map' : 'Residual (target) risk heat map';
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getColumn(1).width = 24;
  const m = ctx.method;
  if (!m) {
    ws.getCell(2, 1).value = 'No approved risk method: risks cannot be placed on a map.';
    return;
  }
  for (let i = 0; i < m.impactScale.length; i++) ws.getColumn(i + 2).width = 14;
  ws.getColumn(m.impactScale.length + 2).width = 14;
  const risks = ratedRisks(ctx);
  const map = heatMap(m, risks, stage);
  const extra = map.outside ? ` · ${map.outside} rated outside the scales` : '';
  ws.getCell(2, 1).value = cellText(`${risks.length} risks · ${map.unrated} not rated at this stage${extra} · risk method version ${m.version} · as of ${ctx.snap.takenAt.slice(0, 10)}`);
  const next = grid(ws, m, map.rows);
  legend(ws, m, risks, stage, next);
  printSetup(ws, 1);
}
