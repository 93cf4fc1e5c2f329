import { describe, expect, it } from 'vitest';
import { type Canvas2D, drawHeatMap, textColourOn } from '../../../src/lib/charts/heatmap-png.ts';
import { defaultRiskMethod, type RiskMethodDraft } from '../../../src/lib/domain/entities/risk-method.ts';
import { heatMap, type RatedRisk } from '../../../src/lib/domain/risk/heatmap.ts';

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
}
interface Text {
  text: string;
  x: number;
  y: number;
}

/** A 2D context that records what is drawn. */
function fakeContext() {
  const rects: Rect[] = [];
  const texts: Text[] = [];
  const ctx: Canvas2D = {
    fillStyle: '#000000',
    strokeStyle: '#000000',
    lineWidth: 1,
    lineCap: 'butt',
    font: '10px sans-serif',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    fillRect(x, y, w, h) {
      rects.push({ x, y, w, h, fill: String(this.fillStyle) });
    },
    strokeRect() {},
    fillText(text, x, y) {
      texts.push({ text, x, y });
    },
    measureText: (text) => ({ width: text.length * 6.5 }),
    beginPath() {},
    moveTo() {},
    lineTo() {},
    stroke() {},
  };
  return { ctx, rects, texts };
}

const risk = (id: string, l: number, i: number): RatedRisk => ({ id, ref: id, inherent: { likelihood: l, impact: i }, residual: null });

/** A 4×4 method with three levels, built from the default one. */
function fourByFour(): RiskMethodDraft {
  const m = defaultRiskMethod();
  m.likelihoodScale = m.likelihoodScale.slice(0, 4);
  m.impactScale = m.impactScale.slice(0, 4);
  m.levels = [
    { code: 'acceptable', label: 'Acceptable', colour: '#43a047', minScore: 1, maxScore: 3, reviewMonths: 12, acceptedBy: 'risk_owner' },
    { code: 'tolerable', label: 'Tolerable', colour: '#fdd835', minScore: 4, maxScore: 8, reviewMonths: 12, acceptedBy: 'risk_owner' },
    { code: 'intolerable', label: 'Intolerable', colour: '#b71c1c', minScore: 9, maxScore: 16, reviewMonths: 3, acceptedBy: 'top_management' },
  ];
  m.appetite = 'tolerable';
  return m;
}

function draw(method: RiskMethodDraft, risks: RatedRisk[]) {
  const f = fakeContext();
  const map = heatMap(method, risks, 'inherent');
  const lay = drawHeatMap(f.ctx, method, map, 'Inherent risk');
  const { x, y, cellWidth, cellHeight } = lay.grid;
  const inGrid = (p: { x: number; y: number }) =>
    p.x >= x && p.x <= x + method.impactScale.length * cellWidth && p.y >= y && p.y <= y + method.likelihoodScale.length * cellHeight;
  const cellRects = f.rects.filter((r) => r.w === cellWidth && r.h === cellHeight);
  const numbersInGrid = f.texts.filter((t) => inGrid(t) && /^\d+$/.test(t.text));
  return { ...f, map, lay, cellRects, numbersInGrid };
}

describe('drawHeatMap', () => {
  it('draws one rectangle per cell of a 5×5 method, in the level colours', () => {
    const method = defaultRiskMethod();
    const { cellRects, map } = draw(method, []);
    expect(cellRects).toHaveLength(25);
    expect(cellRects.map((r) => r.fill)).toEqual(map.rows.flat().map((c) => c.level?.colour));
  });

  it('draws one rectangle per cell of a 4×4 method', () => {
    expect(draw(fourByFour(), []).cellRects).toHaveLength(16);
  });

  it('writes counts only in cells that hold risks', () => {
    const risks = [risk('a', 5, 5), risk('b', 5, 5), risk('c', 5, 5), risk('d', 2, 3), risk('e', 1, 1)];
    const { numbersInGrid, lay } = draw(defaultRiskMethod(), [...risks, { id: 'u', ref: 'u', inherent: null, residual: null }]);
    expect(numbersInGrid.map((t) => t.text).sort()).toEqual(['1', '1', '3']);
    const { x, y, cellWidth, cellHeight } = lay.grid;
    // The 3 is in the top-right cell (likelihood 5, impact 5).
    const three = numbersInGrid.find((t) => t.text === '3')!;
    expect(three.x).toBeGreaterThan(x + 4 * cellWidth);
    expect(three.y).toBeLessThan(y + cellHeight);
  });

  it('draws no numbers in the grid when no risk is rated', () => {
    expect(draw(defaultRiskMethod(), []).numbersInGrid).toEqual([]);
  });

  it('names every level, the axes, the title and the counts not placed', () => {
    for (const method of [defaultRiskMethod(), fourByFour()]) {
      const { texts } = draw(method, [risk('a', 1, 1), { id: 'u', ref: 'u', inherent: null, residual: null }]);
      const all = texts.map((t) => t.text);
      for (const lv of method.levels) expect(all).toContain(lv.label);
      expect(all).toContain('Inherent risk');
      expect(all).toContain('2 risks · 1 not rated at this stage');
      expect(all).toContain(`1 ${method.likelihoodScale[0]!.label}`);
      expect(all.some((t) => t.includes('within appetite'))).toBe(true);
    }
  });
});

describe('textColourOn', () => {
  it('picks dark text on light colours and white on dark ones', () => {
    expect(textColourOn('#f9a825')).toBe('#1b2430');
    expect(textColourOn('#ffffff')).toBe('#1b2430');
    expect(textColourOn('#c62828')).toBe('#ffffff');
    expect(textColourOn('#1f4e79')).toBe('#ffffff');
  });
});
