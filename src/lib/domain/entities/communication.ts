import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { date, list, longText, oneOf, ref, text } from '../model/fields.ts';

/** How often a communication happens, or what sets it off. */
export const communicationFrequencies = ['once', 'on_event', 'monthly', 'quarterly', 'half_yearly', 'yearly'] as const;

const fields = {
  subject: text('What', { required: true, column: true, maxLength: 200 }),
  frequency: oneOf('When', communicationFrequencies, {
    required: true,
    column: true,
    labels: { on_event: 'When it happens', half_yearly: 'Every six months' },
  }),
  trigger: text('Occasion', { help: 'For example "a new policy version" or "a notifiable breach".' }),
  direction: oneOf('Direction', ['internal', 'external'], { column: true }),
  audience: text('With whom', { required: true, column: true }),
  communicator: ref('Who communicates (role)', 'roles', { column: true }),
  channel: oneOf('How', ['email', 'intranet', 'meeting', 'briefing', 'training', 'website', 'portal', 'letter', 'report', 'other'], {
    column: true,
  }),
  document: ref('Document', 'documents', { help: 'What is communicated, when it is a document (the policy, a report).' }),
  notes: longText('Notes'),
  nextDue: date('Next due'),
  log: list('Log', 'Occurrence', {
    at: date('On', { required: true }),
    by: ref('By', 'persons'),
    note: longText('What was communicated'),
    evidence: text('Evidence', { maxLength: 2000 }),
  }),
  status: oneOf('Status', ['active', 'retired'], { required: true }),
};
export type CommunicationDraft = Values<typeof fields>;

/** 3.22 One item of the communication plan: what, when, with whom, who and how (7.4). */
export const communicationEntity = defineEntity({
  table: 'communications',
  label: 'Communication',
  plural: 'Communication plan',
  refPrefix: 'COM',
  clause: '7.4',
  area: 'support',
  titleField: 'subject',
  fields,
  rules: (d) => communicationRules(d),
});
export type Communication = RecordOf<typeof communicationEntity>;

function communicationRules(d: CommunicationDraft): Issue[] {
  const out: Issue[] = [];
  if (d.frequency === 'on_event' && d.trigger.trim() === '')
    out.push({ field: 'trigger', message: 'Say what occasion sets off this communication.' });
  return out;
}
