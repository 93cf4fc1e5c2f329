import type { RiskMethodDraft } from '../../../lib/domain/entities/risk-method.ts';
import type { Issue } from '../../../lib/domain/model/fields.ts';

export { reachableScores } from '../../../lib/domain/entities/risk-method.ts';
export { localToday as today } from '../../../lib/domain/due.ts';
export {
  type ScaleRow,
  type ScaleName,
  type MatrixCell,
  defaultScale,
  resizeScale,
  nextMajor,
  bandLevel,
  fillMatrix,
  spreadBands,
} from '../../../lib/domain/risk/method-editing.ts';

/** The id of the input that edits a field path (`levels.2.minScore` → `rm-levels-2-minScore`). */
export function fieldId(path: string): string {
  return `rm-${path.replace(/\./g, '-')}`;
}

/** The id of a matrix cell's select. */
export function cellId(likelihood: number, impact: number): string {
  return `rm-cell-${likelihood}-${impact}`;
}

/** Where the user fixes an issue: the id of the input it belongs to. */
export function issueTarget(issue: Issue, d: RiskMethodDraft): string {
  const path = issue.field;
  const cell = /^matrix\.(\d+)/.exec(path);
  if (cell) {
    const c = d.matrix[Number(cell[1])];
    if (c?.likelihood && c.impact) return cellId(c.likelihood, c.impact);
  }
  if (path === 'matrix') {
    // Rule messages name the cell: "Cell L4 × I2 has a lower level…".
    const named = /L(\d+) ?× ?I(\d+)/.exec(issue.message);
    if (d.scoreFunction !== 'matrix') return 'rm-scoreFunction';
    return named ? cellId(Number(named[1]), Number(named[2])) : cellId(d.likelihoodScale.length, 1);
  }
  if (path === 'levels') return fieldId('levels.0.code');
  if (path.startsWith('likelihoodScale.') && path.endsWith('.value')) return 'rm-likelihoodScale';
  if (path.startsWith('impactScale.') && path.endsWith('.value')) return 'rm-impactScale';
  return fieldId(path);
}

/** Where an issue is, in words, then its message: "Likelihood level 3: Label is required." */
export function issueText(issue: Issue, d: RiskMethodDraft): string {
  const [head, index] = issue.field.split('.');
  const n = Number(index);
  if (index === undefined || !Number.isInteger(n)) return issue.message;
  let place = '';
  if (head === 'likelihoodScale') place = `Likelihood level ${n + 1}`;
  else if (head === 'impactScale') place = `Impact level ${n + 1}`;
  else if (head === 'levels') {
    const label = d.levels[n]?.label ?? '';
    // Rule messages about a level already start with its label.
    if (label && issue.message.startsWith(label)) return issue.message;
    place = `Risk level ${label || n + 1}`;
  } else if (head === 'matrix' && d.matrix[n]) place = `Cell L${d.matrix[n].likelihood} × I${d.matrix[n].impact}`;
  return place && !issue.message.startsWith('Cell ') ? `${place}: ${issue.message}` : issue.message;
}

