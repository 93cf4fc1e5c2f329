import type { ControlRef, Rating } from '../../../lib/domain/model/fields.ts';
import type { MatrixAction, MatrixRisk } from '../../../lib/domain/soa/matrix.ts';
import { live, type Live } from '../../../lib/state/live.svelte.ts';
import { session } from '../../../lib/state/session.svelte.ts';

/** A risk as the matrix shows it, with the rating its level filter reads. */
export interface MatrixRiskRow extends MatrixRisk {
  inherent: Rating | null;
}

export interface MatrixSource {
  risks: MatrixRiskRow[];
  actions: MatrixAction[];
}

const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
const textOrNull = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** The risks and treatment actions of the workspace, as the risk–control matrix needs them. */
export function liveMatrixSource(): Live<MatrixSource> {
  return live(
    () => session.workspaceId,
    async (ws) => {
      if (!ws) return { risks: [], actions: [] };
      const [risks, actions] = await Promise.all([
        session.db.records('risks').where({ workspaceId: ws }).toArray(),
        session.db.records('treatmentActions').where({ workspaceId: ws }).toArray(),
      ]);
      return {
        risks: risks
          .map((r) => ({
            id: r.id,
            ref: r.ref,
            title: String(r['title'] ?? ''),
            owner: textOrNull(r['owner']),
            treatmentOption: textOrNull(r['treatmentOption']),
            plannedControls: list<ControlRef>(r['plannedControls']),
            existingControls: list<ControlRef>(r['existingControls']),
            inherent: (r['inherent'] as Rating | null | undefined) ?? null,
          }))
          .toSorted((a, b) => a.ref.localeCompare(b.ref, undefined, { numeric: true })),
        actions: actions.map((a) => ({
          id: a.id,
          ref: a.ref,
          risks: list<string>(a['risks']),
          controls: list<ControlRef>(a['controls']),
          owner: textOrNull(a['owner']),
          status: textOrNull(a['status']),
        })),
      };
    },
    { risks: [], actions: [] } as MatrixSource,
  );
}
