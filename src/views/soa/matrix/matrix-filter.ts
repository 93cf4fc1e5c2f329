/**
 * The filter of the risk–control matrix, as written in the URL (`#/soa?tab=matrix&level=high`),
 * and the matrix it leaves: the risks and controls that pass, without empty rows or columns.
 */
import type { ControlRef } from '../../../lib/domain/model/fields.ts';
import { controlKey } from '../../../lib/domain/soa/controls.ts';
import type { MatrixRisk, RiskControlMatrix } from '../../../lib/domain/soa/matrix.ts';

export interface MatrixFilter {
  /** Finds risks by ref or title and controls by id or title. */
  q: string;
  /** A level code of the risk method, for the inherent rating. */
  level: string;
  /** A treatment option, or `none` for risks without one. */
  treatment: string;
  /** A theme, clause or control set. */
  group: string;
}

const KEYS = ['q', 'level', 'treatment', 'group'] as const;

/** Reads the filter from a route query. */
export function parseMatrixFilter(query: Record<string, string>): MatrixFilter {
  return { q: query['q'] ?? '', level: query['level'] ?? '', treatment: query['treatment'] ?? '', group: query['group'] ?? '' };
}

/** The filter as the query of the matrix tab (empty values left out). */
export function matrixFilterQuery(f: MatrixFilter): Record<string, string> {
  const out: Record<string, string> = { tab: 'matrix' };
  for (const k of KEYS) if (f[k]) out[k] = f[k];
  return out;
}

/** What the filter needs to know beyond the matrix. */
export interface MatrixContext {
  levelOf: (r: MatrixRisk) => string | undefined;
  groupOf: (c: ControlRef) => string;
  titleOf: (c: ControlRef) => string;
}

/** The id of a control as typed without the `A.` prefix (`5.15` finds `A.5.15`). */
const bare = (s: string): string => s.toLowerCase().replace(/^a\./, '');

/**
 * The part of the matrix the filter keeps. A search keeps the risks it finds with all their
 * controls, and the controls it finds with all the risks they treat.
 */
export function filterMatrix(m: RiskControlMatrix, f: MatrixFilter, ctx: MatrixContext): RiskControlMatrix {
  const risks = m.risks.filter(
    (r) => (!f.level || ctx.levelOf(r) === f.level) && (!f.treatment || (f.treatment === 'none' ? !r.treatmentOption : r.treatmentOption === f.treatment)),
  );
  const controls = m.controls.filter((c) => !f.group || ctx.groupOf(c) === f.group);
  const needle = f.q.trim().toLowerCase();
  let pairs = (r: MatrixRisk, c: ControlRef): boolean => m.cell(r.id, c) !== undefined;
  if (needle) {
    const riskHit = new Set(risks.filter((r) => `${r.ref} ${r.title}`.toLowerCase().includes(needle)).map((r) => r.id));
    const controlHit = new Set(
      controls.filter((c) => bare(c.id).includes(bare(needle)) || ctx.titleOf(c).toLowerCase().includes(needle)).map(controlKey),
    );
    pairs = (r, c) => m.cell(r.id, c) !== undefined && (riskHit.has(r.id) || controlHit.has(controlKey(c)));
  }
  const keptRisks = risks.filter((r) => controls.some((c) => pairs(r, c)));
  const keptControls = controls.filter((c) => keptRisks.some((r) => pairs(r, c)));
  return { risks: keptRisks, controls: keptControls, cell: (id, c) => m.cell(id, c) };
}
