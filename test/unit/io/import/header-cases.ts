import type { RecordKind } from '../../../../src/lib/io/import/types.ts';

/** The [header, field] lists of each kind as one table of [kind, header, field] cases. */
export function headerCases(lists: Record<RecordKind, [string, string][]>): [RecordKind, string, string][] {
  return (Object.entries(lists) as [RecordKind, [string, string][]][]).flatMap(([kind, list]) => list.map(([header, field]): [RecordKind, string, string] => [kind, header, field]));
}
