import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { bool, date, group, longText, oneOf, ref, text } from '../model/fields.ts';
import { needs, notBefore } from '../model/rules.ts';
import { findingSources } from './finding.ts';

const ncStatuses = [
  'open',
  'contained',
  'analysed',
  'action_planned',
  'action_done',
  'verifying',
  'closed',
  'reopened',
] as const;
type NcStatus = (typeof ncStatuses)[number];

const fields = {
  title: text('Title', { required: true, column: true, maxLength: 200 }),
  source: oneOf('Source', findingSources, { column: true }),
  finding: ref('Finding', 'findings'),
  requirement: text('Requirement not met', { required: true, maxLength: 120, help: 'A clause or control id.' }),
  description: longText('Description', { required: true }),
  severity: oneOf('Severity', ['major', 'minor'], { column: true }),
  detectedAt: date('Detected on'),
  detectedBy: ref('Detected by', 'persons'),
  owner: ref('Owner', 'persons', { column: true }),
  dueDate: date('Due date', { column: true }),
  correction: group('Correction', {
    action: longText('What was done now', { required: true }),
    doneAt: date('Done on'),
    by: ref('Done by', 'persons'),
  }),
  rootCause: group('Root cause', {
    method: oneOf('Method', ['five_whys', 'fishbone', 'fault_tree', 'other'], {
      required: true,
      labels: { five_whys: 'Five whys', fishbone: 'Fishbone diagram' },
    }),
    cause: longText('Cause', { required: true }),
    category: oneOf('Category', ['people', 'process', 'technology', 'supplier', 'documentation', 'resources']),
  }),
  similarElsewhereChecked: bool('Checked whether it occurs elsewhere'),
  similarElsewhereFindings: longText('What that check found'),
  caNeeded: oneOf('Corrective action needed', ['yes', 'no', 'undecided']),
  caNotNeededReason: longText('Why no corrective action is needed'),
  ismsChange: ref('Change to the ISMS', 'plannedChanges'),
  status: oneOf('Status', ncStatuses, { required: true, column: true }),
  closedAt: date('Closed on'),
};
export type NonconformityDraft = Values<typeof fields>;

/** 3.25 A nonconformity, its correction and root cause, and the decision on corrective action (10.2; section 8.3). */
export const nonconformityEntity = defineEntity({
  table: 'nonconformities',
  label: 'Nonconformity',
  plural: 'Nonconformities',
  refPrefix: 'NC',
  clause: '10.2',
  area: 'improvement',
  titleField: 'title',
  fields,
  rules: (d) => nonconformityRules(d),
});
export type Nonconformity = RecordOf<typeof nonconformityEntity>;

/** How far along the lifecycle a status is; a reopened NC goes back to analysed. */
function stage(s: NcStatus): number {
  return s === 'reopened' ? ncStatuses.indexOf('analysed') : ncStatuses.indexOf(s);
}

function nonconformityRules(d: NonconformityDraft): Issue[] {
  const out: Issue[] = [];
  if (d.caNeeded === 'no' && d.caNotNeededReason.trim() === '')
    out.push({ field: 'caNotNeededReason', message: 'Say why no corrective action is needed.' });
  notBefore(out, d.detectedAt, d.dueDate, 'dueDate', 'Due date is before the date it was detected.');
  notBefore(out, d.detectedAt, d.correction?.doneAt, 'correction.doneAt', 'The correction is dated before the nonconformity was detected.');
  if (!d.status) return out;
  const at = stage(d.status);
  // 8.3: the guards of each state, checked on the record itself.
  if (at > stage('open')) {
    needs(out, d, 'severity', 'Set the severity before moving on from open.');
    needs(out, d, 'owner', 'Name an owner before moving on from open.');
  }
  if (at >= stage('contained')) needs(out, d, 'correction', 'Record the correction once the nonconformity is contained.');
  if (at >= stage('analysed')) needs(out, d, 'rootCause', 'Record the root cause once the nonconformity is analysed.');
  if (at >= stage('action_planned')) {
    if (d.caNeeded !== 'yes' && d.caNeeded !== 'no')
      out.push({ field: 'caNeeded', message: 'Decide whether corrective action is needed.' });
    needs(out, d, 'similarElsewhereChecked', 'Check whether it occurs elsewhere before planning action.');
  }
  if (d.status === 'closed') needs(out, d, 'closedAt', 'Give the date the nonconformity was closed.');
  else if (d.closedAt) out.push({ field: 'closedAt', message: 'Only a closed nonconformity has a closing date.' });
  notBefore(out, d.detectedAt, d.closedAt, 'closedAt', 'Closed before it was detected.');
  if (d.caNeeded === 'no' && at >= stage('action_planned') && d.status !== 'closed')
    out.push({ field: 'status', message: 'With no corrective action needed, the next status is closed.' });
  return out;
}
