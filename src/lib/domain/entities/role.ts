import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { date, longText, refs, someOf, text } from '../model/fields.ts';

const fields = {
  name: text('Name', { required: true, column: true, maxLength: 120 }),
  description: longText('Description'),
  responsibilities: longText('Responsibilities'),
  authorities: longText('Authorities', { help: 'What the role may decide or approve.' }),
  // 5.3 a and b: both duties must be held by someone.
  duty: someOf(
    'ISMS duties',
    ['ensure_conformity', 'report_performance', 'approve_policy', 'accept_risk', 'approve_soa', 'audit'],
    {
      column: true,
      labels: {
        ensure_conformity: 'Makes sure the ISMS conforms',
        report_performance: 'Reports ISMS performance to top management',
        approve_policy: 'Approves policies',
        accept_risk: 'Accepts risks',
        approve_soa: 'Approves the SoA',
        audit: 'Audits the ISMS',
      },
    },
  ),
  holders: refs('Holders', 'persons', { column: true }),
  communicatedAt: date('Communicated on', { column: true }),
  communicationChannel: text('Communicated how', { help: 'For example an intranet page, a memo or a briefing.' }),
};
export type RoleDraft = Values<typeof fields>;

/** 3.5 A role with its responsibilities and authorities, assigned and communicated (5.3). */
export const roleEntity = defineEntity({
  table: 'roles',
  label: 'Role',
  plural: 'Roles',
  refPrefix: 'ROL',
  clause: '5.3',
  area: 'leadership',
  titleField: 'name',
  fields,
  rules: (d) => roleRules(d),
});
export type Role = RecordOf<typeof roleEntity>;

function roleRules(d: RoleDraft): Issue[] {
  const out: Issue[] = [];
  if (d.communicatedAt && d.communicationChannel.trim() === '')
    out.push({ field: 'communicationChannel', message: 'Say how the role was communicated.' });
  return out;
}
