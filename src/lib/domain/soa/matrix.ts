/**
 * The risk–control matrix: which control treats which risk, how, and who answers for it. Some
 * organisations present their SoA this way; it is a view of the same treatment data.
 */
import type { ControlRef } from '../model/fields.ts';
import { controlKey } from './controls.ts';

export interface MatrixRisk {
  id: string;
  ref: string;
  title: string;
  owner: string | null;
  treatmentOption: string | null;
  plannedControls: readonly ControlRef[];
  existingControls: readonly ControlRef[];
}
export interface MatrixAction {
  id: string;
  ref: string;
  risks: readonly string[];
  controls: readonly ControlRef[];
  owner: string | null;
  status: string | null;
}

export type Via = 'existing' | 'planned' | 'action';
export interface MatrixCell {
  via: Via[];
  /** The person accountable: the owner of the action that puts it in place, else the risk owner. */
  accountable: string | null;
  actions: string[];
}

export interface RiskControlMatrix {
  risks: MatrixRisk[];
  controls: ControlRef[];
  cell(riskId: string, control: ControlRef): MatrixCell | undefined;
}

/** The matrix of every risk that names at least one control, over every control named. */
export function riskControlMatrix(risks: readonly MatrixRisk[], actions: readonly MatrixAction[]): RiskControlMatrix {
  const cells = new Map<string, MatrixCell>();
  const controls = new Map<string, ControlRef>();
  const mark = (risk: MatrixRisk, c: ControlRef, via: Via, action?: MatrixAction): void => {
    const k = `${risk.id}|${controlKey(c)}`;
    controls.set(controlKey(c), c);
    const cell = cells.get(k) ?? { via: [], accountable: risk.owner, actions: [] };
    if (!cell.via.includes(via)) cell.via.push(via);
    if (action) {
      cell.actions.push(action.ref);
      if (action.owner) cell.accountable = action.owner;
    }
    cells.set(k, cell);
  };
  const byId = new Map(risks.map((r) => [r.id, r]));
  for (const r of risks) {
    for (const c of r.existingControls) mark(r, c, 'existing');
    for (const c of r.plannedControls) mark(r, c, 'planned');
  }
  for (const a of actions) {
    if (a.status === 'cancelled') continue;
    for (const id of a.risks) {
      const r = byId.get(id);
      if (r) for (const c of a.controls) mark(r, c, 'action', a);
    }
  }
  const used = new Set([...cells.keys()].map((k) => k.slice(0, k.indexOf('|'))));
  return {
    risks: risks.filter((r) => used.has(r.id)),
    controls: [...controls.values()].toSorted(compareControls),
    cell: (riskId, c) => cells.get(`${riskId}|${controlKey(c)}`),
  };
}

/** Annex A before custom controls, then by id in number order (A.5.2 before A.5.10). */
export function compareControls(a: ControlRef, b: ControlRef): number {
  const rank = (c: ControlRef): number => (c.edition === 'custom' ? 1 : 0);
  return rank(a) - rank(b) || a.id.localeCompare(b.id, undefined, { numeric: true });
}

/** The matrix as a table of text, first row the header: for CSV or a workbook sheet. */
export function matrixTable(m: RiskControlMatrix, name: (personId: string | null) => string): string[][] {
  const head = ['Risk', 'Risk title', 'Treatment', ...m.controls.map((c) => c.id)];
  const rows = m.risks.map((r) => [
    r.ref,
    r.title,
    r.treatmentOption ?? '',
    ...m.controls.map((c) => {
      const cell = m.cell(r.id, c);
      return cell ? `${cell.via.join(' + ')}${cell.accountable ? ` (${name(cell.accountable)})` : ''}` : '';
    }),
  ]);
  return [head, ...rows];
}
