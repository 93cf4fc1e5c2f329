import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { int, longText, oneOf, text } from '../model/fields.ts';

/** JSON of a whole record can be long; keep a generous bound rather than the paragraph default. */
const JSON_MAX = 1_000_000;

const fields = {
  seq: int('Sequence', { required: true, column: true, min: 1 }),
  ts: text('Time (UTC)', { required: true, column: true, maxLength: 40 }),
  actor: text('Changed by', { column: true, maxLength: 120 }),
  entityType: text('Record type', { required: true, column: true, maxLength: 60 }),
  recordId: text('Record id', { required: true, maxLength: 100 }),
  recordRef: text('Record', { column: true, maxLength: 40 }),
  op: oneOf('Operation', ['create', 'update', 'delete', 'import', 'restore', 'remap'], {
    required: true,
    column: true,
    labels: { remap: 'Re-mapped ratings' },
  }),
  before: longText('Before (JSON)', { maxLength: JSON_MAX }),
  after: longText('After (JSON)', { maxLength: JSON_MAX }),
  reason: longText('Reason'),
};
export type ChangeLogEntryDraft = Values<typeof fields>;

/** 3.29 One entry of the append-only change log: who changed what, and when (7.5.3). */
export const changeLogEntity = defineEntity({
  table: 'changeLog',
  label: 'Change-log entry',
  plural: 'Change log',
  refPrefix: 'LOG',
  clause: '7.5.3',
  area: 'system',
  titleField: 'ts',
  readOnly: true,
  fields,
  rules: (d) => changeLogRules(d),
});
export type ChangeLogEntry = RecordOf<typeof changeLogEntity>;

const TS_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

function isJson(v: string): boolean {
  try {
    JSON.parse(v);
    return true;
  } catch {
    return false;
  }
}

function changeLogRules(d: ChangeLogEntryDraft): Issue[] {
  const out: Issue[] = [];
  if (!TS_RE.test(d.ts) || Number.isNaN(Date.parse(d.ts)))
    out.push({ field: 'ts', message: 'Time must be a UTC timestamp such as 2025-03-31T09:30:00Z.' });
  for (const k of ['before', 'after'] as const)
    if (d[k].trim() !== '' && !isJson(d[k])) out.push({ field: k, message: `${k === 'before' ? 'Before' : 'After'} is not valid JSON.` });
  // 3.29: deletions and re-mapping must say why.
  if ((d.op === 'delete' || d.op === 'remap') && d.reason.trim() === '')
    out.push({ field: 'reason', message: 'Give a reason for a deletion or a re-mapping.' });
  return out;
}
