import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { bool, controls, date, list, longText, oneOf, ref, refs, strings, text } from '../model/fields.ts';
import { needs, notBefore } from '../model/rules.ts';

const fields = {
  title: text('Title', { required: true, column: true, maxLength: 200 }),
  type: oneOf(
    'Type',
    ['internal', 'certification_stage1', 'certification_stage2', 'surveillance', 'recertification', 'supplier', 'customer'],
    {
      required: true,
      column: true,
      labels: {
        internal: 'Internal audit',
        certification_stage1: 'Certification, stage 1',
        certification_stage2: 'Certification, stage 2',
        supplier: 'Audit of a supplier',
        customer: 'Audit by a customer',
      },
    },
  ),
  programme: ref('Audit programme', 'auditProgrammes'),
  scopeDescription: longText('Scope', { help: 'Units, sites and processes covered.' }),
  clauses: strings('Clauses covered'),
  controls: controls('Controls covered'),
  criteria: longText('Criteria', { help: 'The standard, our own policies, contracts.' }),
  leadAuditor: ref('Lead auditor', 'persons', { column: true }),
  team: refs('Audit team', 'persons'),
  auditees: refs('Auditees', 'persons'),
  // 9.2.2: auditors are chosen so that nobody audits their own work.
  independenceDeclared: bool('Independence declared'),
  conflicts: longText('Conflicts of interest'),
  plannedDate: date('Planned date', { column: true }),
  startDate: date('Start date'),
  endDate: date('End date'),
  checks: list('Checklist', 'Check', {
    requirement: text('Requirement', { required: true, help: 'A clause or control id.' }),
    question: longText('Question'),
    sample: longText('Sample'),
    result: oneOf('Result', ['conform', 'nc_minor', 'nc_major', 'observation', 'ofi', 'not_checked'], {
      required: true,
      labels: {
        conform: 'Conforms',
        nc_minor: 'Minor nonconformity',
        nc_major: 'Major nonconformity',
        ofi: 'Opportunity for improvement',
      },
    }),
    note: longText('Note'),
  }),
  reportSummary: longText('Report summary'),
  reportConclusion: longText('Report conclusion'),
  reportIssuedAt: date('Report issued on'),
  reportDistributedTo: refs('Report sent to', 'persons'),
  status: oneOf('Status', ['planned', 'preparing', 'fieldwork', 'reporting', 'closed', 'cancelled'], {
    required: true,
    column: true,
  }),
};
export type AuditDraft = Values<typeof fields>;

/** 3.24 One audit of the ISMS, internal or external, with its checklist and report (9.2). */
export const auditEntity = defineEntity({
  table: 'audits',
  label: 'Audit',
  plural: 'Audits',
  refPrefix: 'AUD',
  clause: '9.2',
  area: 'performance',
  titleField: 'title',
  fields,
  rules: (d) => auditRules(d),
});
export type Audit = RecordOf<typeof auditEntity>;

function auditRules(d: AuditDraft): Issue[] {
  const out: Issue[] = [];
  notBefore(out, d.startDate, d.endDate, 'endDate', 'End date is before the start date.');
  notBefore(out, d.startDate, d.reportIssuedAt, 'reportIssuedAt', 'The report is dated before the audit started.');
  if (d.status === 'closed') {
    needs(out, d, 'reportIssuedAt', 'A closed audit needs the date its report was issued.');
    needs(out, d, 'independenceDeclared', 'A closed audit needs the auditors’ independence declaration.');
  }
  if (d.leadAuditor && d.auditees.includes(d.leadAuditor))
    out.push({ field: 'leadAuditor', message: 'The lead auditor cannot also be audited.' });
  if (d.team.some((p) => d.auditees.includes(p)))
    out.push({ field: 'team', message: 'An auditor cannot also be audited.' });
  return out;
}
