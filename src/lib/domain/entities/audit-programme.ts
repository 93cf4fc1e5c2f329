import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Issue, Values } from '../model/fields.ts';
import { controls, date, list, longText, oneOf, ref, strings, text } from '../model/fields.ts';
import { needs, notBefore } from '../model/rules.ts';

const fields = {
  title: text('Title', { required: true, column: true, maxLength: 200 }),
  periodFrom: date('Period from', { required: true, column: true }),
  periodTo: date('Period to', { required: true, column: true }),
  // 9.2.2: the programme's content.
  objectives: longText('Objectives'),
  scopeCoverage: longText('Scope coverage', { help: 'How the audits together cover the scope: units, sites, processes.' }),
  riskBasis: longText('Frequency and importance', {
    help: 'How the importance of processes, changes and earlier results set what is audited and how often.',
  }),
  methods: longText('Methods', { help: 'Interviews, document review, sampling of records, observation, technical checks.' }),
  responsibilities: longText('Responsibilities and resources'),
  planningRules: longText('Planning rules', { help: 'Notice to auditees and what an audit plan contains.' }),
  reportingRules: longText('Reporting rules', { help: 'To whom results go and within how many days.' }),
  plannedAudits: list('Planned audits', 'Planned audit', {
    title: text('Title', { required: true, maxLength: 200 }),
    plannedDate: date('Planned for'),
    scope: longText('Scope'),
    clauses: strings('Clauses'),
    controls: controls('Controls'),
    auditor: ref('Auditor', 'persons'),
    audit: ref('Audit record', 'audits'),
  }),
  approvedBy: ref('Approved by', 'persons', { column: true }),
  approvedAt: date('Approved on'),
  status: oneOf('Status', ['draft', 'approved', 'in_progress', 'completed'], { required: true, column: true }),
};
export type AuditProgrammeDraft = Values<typeof fields>;

/** 3.24 The audit programme: which audits, when, by whom and how, over a period (9.2.2). */
export const auditProgrammeEntity = defineEntity({
  table: 'auditProgrammes',
  label: 'Audit programme',
  plural: 'Audit programmes',
  refPrefix: 'APR',
  clause: '9.2',
  area: 'performance',
  titleField: 'title',
  fields,
  rules: (d) => auditProgrammeRules(d),
});
export type AuditProgramme = RecordOf<typeof auditProgrammeEntity>;

function auditProgrammeRules(d: AuditProgrammeDraft): Issue[] {
  const out: Issue[] = [];
  notBefore(out, d.periodFrom, d.periodTo, 'periodTo', 'Period end is before the period start.');
  if (d.status && d.status !== 'draft') {
    needs(out, d, 'approvedBy', 'An approved programme needs its approver.');
    needs(out, d, 'approvedAt', 'An approved programme needs an approval date.');
  }
  const seen = new Set<string>();
  d.plannedAudits.forEach((p, i) => {
    if (p.audit && seen.has(p.audit)) out.push({ field: `plannedAudits.${i}.audit`, message: 'This audit is already linked to another planned audit.' });
    if (p.audit) seen.add(p.audit);
  });
  return out;
}
