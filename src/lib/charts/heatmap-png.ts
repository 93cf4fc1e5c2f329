import { type RiskMethodDraft, withinAppetite } from '../domain/entities/risk-method.ts';
import { type HeatCell, heatMap, type RatedRisk, type Stage } from '../domain/risk/heatmap.ts';

/** The parts of a 2D canvas context the heat map draws with (a CanvasRenderingContext2D has them all). */
export interface Canvas2D {
  fillStyle: string | CanvasGradient | CanvasPattern;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  lineCap: CanvasLineCap;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
  fillRect(x: number, y: number, w: number, h: number): void;
  strokeRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
}

/** What `heatMap()` returns: the cells, rows from the highest likelihood down, and what could not be placed. */
export type HeatMapData = ReturnType<typeof heatMap>;

export interface HeatMapDrawOptions {
  /** Width and height of one cell, in canvas units (default 88 × 72). */
  cellWidth?: number;
  cellHeight?: number;
}

/** Where drawHeatMap put things, in canvas units (before any scaling of the context). */
export interface HeatMapLayout {
  width: number;
  height: number;
  grid: { x: number; y: number; cellWidth: number; cellHeight: number };
}

const INK = '#1b2430';
const MUTED = '#5b6675';
const NO_LEVEL = '#e8edf3';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const PAD = 16;
const TICKS = 132;

function channels(hex: string): [number, number, number] {
  const n = /^#[0-9a-f]{6}$/i.test(hex) ? parseInt(hex.slice(1), 16) : 0xe8edf3;
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function luminance(hex: string): number {
  const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = channels(hex).map(lin) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The text colour (dark ink or white) with the better WCAG contrast on a background colour. */
export function textColourOn(background: string): string {
  const bg = luminance(background);
  const onWhite = 1.05 / (bg + 0.05);
  const onInk = (bg + 0.05) / (luminance(INK) + 0.05);
  return onInk >= onWhite ? INK : '#ffffff';
}

/** A level colour mixed with white (`amount` 0 = unchanged, 1 = white), for backgrounds under drawings. */
export function tint(hex: string, amount: number): string {
  const mixed = channels(hex).map((c) => Math.round(c + (255 - c) * amount));
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** The colour of a cell: its level's colour, or a neutral grey when no level covers it. */
export function cellColour(cell: Pick<HeatCell, 'level'>): string {
  return cell.level?.colour ?? NO_LEVEL;
}

/** The text, shortened with an ellipsis so that it fits in `max` units. */
function fit(ctx: Canvas2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let t = text;
  while (t.length > 1 && ctx.measureText(`${t}…`).width > max) t = t.slice(0, -1);
  return `${t}…`;
}

function caption(map: HeatMapData): string {
  const total = map.rows.flat().reduce((n, c) => n + c.risks.length, 0) + map.unrated + map.outside;
  const parts = [`${total} risk${total === 1 ? '' : 's'}`, `${map.unrated} not rated at this stage`];
  if (map.outside) parts.push(`${map.outside} rated outside the scales`);
  return parts.join(' · ');
}

type Method = Pick<RiskMethodDraft, 'likelihoodScale' | 'impactScale' | 'levels' | 'scoreFunction' | 'matrix' | 'appetite'>;

/** The legend items laid out in rows that fit `width`. */
function legendRows(ctx: Canvas2D, method: Method, width: number): { label: string; colour: string; x: number; row: number }[] {
  ctx.font = `12px ${FONT}`;
  const out: { label: string; colour: string; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const lv of method.levels) {
    const w = 18 + ctx.measureText(lv.label).width + 16;
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    out.push({ label: lv.label, colour: lv.colour, x, row });
    x += w;
  }
  return out;
}

function appetiteNote(method: Method): string {
  const lv = method.levels.find((l) => l.code === method.appetite);
  return lv ? `Thick line: within appetite (up to ${lv.label})` : 'No appetite level set';
}

/** The size and grid position drawHeatMap will use. */
export function layoutHeatMap(ctx: Canvas2D, method: Method, options: HeatMapDrawOptions = {}): HeatMapLayout {
  const cellWidth = options.cellWidth ?? 88;
  const cellHeight = options.cellHeight ?? 72;
  const gridW = method.impactScale.length * cellWidth;
  const width = Math.max(PAD * 2 + TICKS + gridW, 420);
  const legend = legendRows(ctx, method, width - PAD * 2);
  const legendH = ((legend.at(-1)?.row ?? 0) + 1) * 22 + 20;
  const grid = { x: PAD + TICKS, y: PAD + 24 + 20 + 12 + 18, cellWidth, cellHeight };
  const height = grid.y + method.likelihoodScale.length * cellHeight + 20 + 20 + 12 + legendH + PAD;
  return { width, height, grid };
}

function drawCells(ctx: Canvas2D, method: Method, map: HeatMapData, lay: HeatMapLayout): void {
  const { x: gx, y: gy, cellWidth: cw, cellHeight: ch } = lay.grid;
  ctx.textAlign = 'center';
  map.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const x = gx + c * cw;
      const y = gy + r * ch;
      const bg = cellColour(cell);
      ctx.fillStyle = bg;
      ctx.fillRect(x, y, cw, ch);
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 1;
      ctx.strokeRect(x, y, cw, ch);
      ctx.fillStyle = textColourOn(bg);
      if (cell.risks.length) {
        ctx.font = `700 24px ${FONT}`;
        ctx.textBaseline = 'middle';
        ctx.fillText(String(cell.risks.length), x + cw / 2, y + ch / 2 - 6);
      }
      ctx.font = `11px ${FONT}`;
      ctx.textBaseline = 'bottom';
      ctx.fillText(fit(ctx, cell.level?.label ?? 'No level', cw - 6), x + cw / 2, y + ch - 5);
    }),
  );
}

/** 4.8: a thick line along the edges of the region of cells within appetite. */
function drawAppetiteLine(ctx: Canvas2D, method: Method, map: HeatMapData, lay: HeatMapLayout): void {
  const { x: gx, y: gy, cellWidth: cw, cellHeight: ch } = lay.grid;
  const inside = map.rows.map((row) => row.map((c) => withinAppetite(method, c)));
  const at = (r: number, c: number) => inside[r]?.[c] ?? false;
  ctx.strokeStyle = INK;
  ctx.lineWidth = 4;
  ctx.lineCap = 'square';
  const line = (x1: number, y1: number, x2: number, y2: number) => {
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
  };
  inside.forEach((row, r) =>
    row.forEach((inApp, c) => {
      if (!inApp) return;
      const [x, y] = [gx + c * cw, gy + r * ch];
      if (!at(r - 1, c)) line(x, y, x + cw, y);
      if (!at(r + 1, c)) line(x, y + ch, x + cw, y + ch);
      if (!at(r, c - 1)) line(x, y, x, y + ch);
      if (!at(r, c + 1)) line(x + cw, y, x + cw, y + ch);
    }),
  );
}

function drawAxes(ctx: Canvas2D, method: Method, lay: HeatMapLayout): void {
  const { x: gx, y: gy, cellWidth: cw, cellHeight: ch } = lay.grid;
  const L = method.likelihoodScale.length;
  ctx.fillStyle = INK;
  ctx.font = `12px ${FONT}`;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  method.likelihoodScale.forEach((s, n) => {
    ctx.fillText(fit(ctx, `${n + 1} ${s.label}`, TICKS - 10), gx - 8, gy + (L - 1 - n) * ch + ch / 2);
  });
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  method.impactScale.forEach((s, n) => {
    ctx.fillText(fit(ctx, `${n + 1} ${s.label}`, cw - 4), gx + n * cw + cw / 2, gy + L * ch + 6);
  });
  ctx.font = `600 12px ${FONT}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'bottom';
  ctx.fillText('Likelihood ↑', PAD, gy - 6);
  ctx.textBaseline = 'top';
  ctx.fillText('Impact →', gx, gy + L * ch + 26);
}

function drawLegend(ctx: Canvas2D, method: Method, lay: HeatMapLayout): void {
  const top = lay.grid.y + method.likelihoodScale.length * lay.grid.cellHeight + 20 + 20 + 12;
  const items = legendRows(ctx, method, lay.width - PAD * 2);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (const it of items) {
    const y = top + it.row * 22;
    ctx.fillStyle = it.colour;
    ctx.fillRect(PAD + it.x, y, 14, 14);
    ctx.fillStyle = INK;
    ctx.fillText(it.label, PAD + it.x + 18, y + 7);
  }
  ctx.fillStyle = MUTED;
  ctx.fillText(appetiteNote(method), PAD, top + ((items.at(-1)?.row ?? 0) + 1) * 22 + 7);
}

/**
 * 4.8: draws a heat map on a 2D canvas context: title and counts, one filled rectangle per cell in
 * its level colour with the count (none for empty cells) and the level name, axis values and
 * labels, the appetite line and a legend. Returns where it drew.
 */
export function drawHeatMap(ctx: Canvas2D, method: Method, map: HeatMapData, title: string, options: HeatMapDrawOptions = {}): HeatMapLayout {
  const lay = layoutHeatMap(ctx, method, options);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, lay.width, lay.height);
  ctx.fillStyle = INK;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  ctx.font = `700 18px ${FONT}`;
  ctx.fillText(fit(ctx, title, lay.width - PAD * 2), PAD, PAD);
  ctx.fillStyle = MUTED;
  ctx.font = `13px ${FONT}`;
  ctx.fillText(caption(map), PAD, PAD + 26);
  drawCells(ctx, method, map, lay);
  drawAppetiteLine(ctx, method, map, lay);
  drawAxes(ctx, method, lay);
  drawLegend(ctx, method, lay);
  return lay;
}

const SCALE = 2;

/** Sizes the canvas to the layout at twice the scale, then draws on it. */
function paint(canvas: { width: number; height: number }, ctx: Canvas2D & { scale(x: number, y: number): void }, method: Method, map: HeatMapData, title: string): void {
  const lay = layoutHeatMap(ctx, method);
  canvas.width = lay.width * SCALE;
  canvas.height = lay.height * SCALE;
  // Resizing resets the context, so the scale is set after it.
  ctx.scale(SCALE, SCALE);
  drawHeatMap(ctx, method, map, title);
}

/** A PNG of the heat map of a stage, drawn at twice its size for sharp printing. */
export async function heatMapPng(method: Method, risks: readonly RatedRisk[], stage: Stage, title: string): Promise<Blob> {
  const map = heatMap(method, risks, stage);
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(1, 1);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw images.');
    paint(canvas, ctx, method, map, title);
    return canvas.convertToBlob({ type: 'image/png' });
  }
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw images.');
  paint(canvas, ctx, method, map, title);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The image could not be made.'))), 'image/png'),
  );
}
