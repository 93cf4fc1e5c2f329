import type { Names } from '../../../lib/domain/soa/versions.ts';
import { liveLookups } from '../../../lib/state/workspace-data.svelte.ts';

/** Live names for snapshots, written as the stored snapshots write them (db/soa.ts snapshotNames). */
export function liveSnapshotNames(): { readonly names: Names; readonly ready: boolean } {
  const lookups = liveLookups(() => ['persons', 'risks', 'requirements', 'documents']);
  const named = (table: string, withRef: boolean) => (id: string) => {
    const n = lookups.current.labels.get(table)?.get(id);
    return n ? (withRef ? `${n.ref} ${n.title}`.trim() : n.title) : id;
  };
  const names: Names = { person: named('persons', false), risk: named('risks', true), requirement: named('requirements', true), document: named('documents', true) };
  return {
    names,
    get ready() {
      return lookups.ready;
    },
  };
}
