import { defineEntity, type DraftOf, type RecordOf } from '../model/entity.ts';
import type { Issue } from '../model/fields.ts';
import { bool, date, oneOf, refs, text } from '../model/fields.ts';
import { notBefore } from '../model/rules.ts';

/** 3.7 A person who holds roles, owns records or takes part in audits and reviews. */
export const personEntity = defineEntity({
  table: 'persons',
  label: 'Person',
  plural: 'People',
  refPrefix: 'PER',
  clause: '5.3',
  area: 'leadership',
  titleField: 'name',
  fields: {
    name: text('Name', { required: true, column: true, maxLength: 120 }),
    email: text('Work e-mail', { format: 'email', column: true }),
    jobTitle: text('Job title', { column: true }),
    orgUnit: text('Organisational unit'),
    kind: oneOf('Kind', ['employee', 'contractor', 'external', 'auditor'], { required: true, column: true }),
    isTopManagement: bool('Top management', { column: true }),
    roles: refs('Roles', 'roles'),
    startDate: date('Start date'),
    endDate: date('End date'),
    active: bool('Active', { column: true }),
  },
  rules: (d) => {
    const out: Issue[] = [];
    notBefore(out, d.startDate, d.endDate, 'endDate', 'End date is before the start date.');
    if (d.active && d.endDate && d.endDate < new Date().toISOString().slice(0, 10))
      out.push({ field: 'active', message: 'A person whose end date has passed cannot be active.' });
    return out;
  },
});
export type Person = RecordOf<typeof personEntity>;
export type PersonDraft = DraftOf<typeof personEntity>;
