import type { Worksheet } from 'exceljs';
import { riskLevel } from '../../../domain/entities/risk-method.ts';
import { type ExportContext, personName } from '../context.ts';
import { cellText } from '../safe.ts';
import { levelStyle, printSetup } from '../format.ts';

type Method = NonNullable<ExportContext['method']>;

const bold = { bold: true } as const;
const HEAD_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F0' } } as const;

/** Writes a small headed table at `row`; returns the next free row (after a blank line). */
function block(ws: Worksheet, row: number, title: string, header: string[], rows: (string | number | null)[][]): number {
  ws.getCell(row, 1).value = title;
  ws.getCell(row, 1).font = { bold: true, size: 12 };
  header.forEach((h, i) => {
    const c = ws.getCell(row + 1, i + 1);
    c.value = h;
    c.font = bold;
    c.fill = HEAD_FILL;
  });
  rows.forEach((r, n) => r.forEach((v, i) => (ws.getCell(row + 2 + n, i + 1).value = typeof v === 'string' ? cellText(v) : v)));
  return row + 3 + rows.length;
}

function scales(ws: Worksheet, m: Method, row: number): number {
  const scale = (s: Method['likelihoodScale']) => s.map((x) => [x.value, x.label, x.description]);
  row = block(ws, row, 'Likelihood scale', ['Value', 'Label', 'Criterion'], scale(m.likelihoodScale));
  return block(ws, row, 'Impact scale', ['Value', 'Label', 'Criterion'], scale(m.impactScale));
}

/** 6.1.2 a: levels with their colours, and the acceptance criteria of each. */
function levels(ws: Worksheet, m: Method, row: number): number {
  const appetite = m.levels.findIndex((l) => l.code === m.appetite);
  const rows = m.levels.map((l, i) => [
    l.label,
    m.scoreFunction === 'product' ? l.minScore : null,
    m.scoreFunction === 'product' ? l.maxScore : null,
    l.reviewMonths,
    l.acceptedBy === 'top_management' ? 'Top management' : 'Risk owner',
    i <= appetite ? 'Yes' : 'No',
    i <= appetite ? 'No' : 'Yes, unless accepted by the authority named',
  ]);
  const next = block(ws, row, 'Risk levels and acceptance criteria', ['Level', 'Lowest score', 'Highest score', 'Review every (months)', 'Who may accept', 'Within appetite', 'Must be treated'], rows);
  m.levels.forEach((l, i) => Object.assign(ws.getCell(row + 2 + i, 1), levelStyle(l.colour)));
  const ap = m.levels[appetite];
  ws.getCell(next - 1, 1).value = cellText(`Risk appetite: ${ap?.label ?? m.appetite}, the highest level retained without further treatment.`);
  return next + 1;
}

/** The matrix in the levels' colours: likelihood upwards, impact to the right, each cell with its level. */
function matrix(ws: Worksheet, m: Method, row: number): number {
  ws.getCell(row, 1).value = 'Matrix (likelihood × impact → level)';
  ws.getCell(row, 1).font = { bold: true, size: 12 };
  const L = m.likelihoodScale.length;
  for (let l = L; l >= 1; l--) {
    const r = row + 1 + (L - l);
    ws.getCell(r, 1).value = cellText(`${l} ${m.likelihoodScale[l - 1]?.label ?? ''}`);
    ws.getCell(r, 1).font = bold;
    m.impactScale.forEach((_, i) => {
      const lv = riskLevel(m, { likelihood: l, impact: i + 1 });
      const c = ws.getCell(r, i + 2);
      c.value = cellText(lv?.label ?? '—');
      c.alignment = { horizontal: 'center', vertical: 'middle' };
      if (lv) Object.assign(c, levelStyle(lv.colour));
    });
  }
  m.impactScale.forEach((s, i) => {
    const c = ws.getCell(row + 1 + L, i + 2);
    c.value = cellText(`${i + 1} ${s.label}`);
    c.font = bold;
    c.alignment = { horizontal: 'center', wrapText: true };
  });
  ws.getCell(row + 1 + L, 1).value = 'Likelihood ↑ / Impact →';
  return row + L + 3;
}

/** The risk method sheet: version and approval, scales with criteria, levels, appetite, matrix. */
export function writeMethodSheet(ws: Worksheet, ctx: ExportContext): void {
  ws.getColumn(1).width = 26;
  ws.getColumn(2).width = 28;
  ws.getColumn(3).width = 60;
  ws.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  for (let i = 4; i <= 9; i++) ws.getColumn(i).width = 18;
  ws.getCell(1, 1).value = 'Risk assessment method (6.1.2)';
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  const m = ctx.method;
  if (!m) {
    ws.getCell(2, 1).value = 'No approved risk method in this workspace.';
    return;
  }
  const approval = m.approvedAt ? `approved by ${personName(ctx, m.approvedBy) || '(not recorded)'} on ${m.approvedAt}` : m.status;
  const how = m.scoreFunction === 'matrix' ? 'a level chosen for each cell of the matrix' : 'the score likelihood × impact, in bands';
  ws.getCell(2, 1).value = cellText(`Version ${m.version} (${approval}). The level of a risk is found by ${how}.`);
  ws.getCell(3, 1).value = cellText(`Reassess the register every ${m.assessmentIntervalMonths ?? '—'} months, and after: ${m.triggers || '—'}`);
  ws.getCell(3, 1).alignment = { wrapText: false };
  let row = scales(ws, m, 5);
  row = levels(ws, m, row);
  matrix(ws, m, row);
  printSetup(ws, 1);
}
