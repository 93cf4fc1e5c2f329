import { defineEntity, type DraftOf, type RecordOf } from '../model/entity.ts';
import { bool, date, list, longText, oneOf, ref, refs, strings, text } from '../model/fields.ts';

/** 3.2 The ISMS scope (4.3): what is inside the boundary, what is outside and why. */
export const scopeEntity = defineEntity({
  table: 'scopes',
  label: 'ISMS scope',
  plural: 'ISMS scope',
  refPrefix: 'SCP',
  clause: '4.3',
  area: 'context',
  titleField: 'title',
  fields: {
    title: text('Title', { required: true, column: true }),
    statement: longText('Scope statement', {
      required: true,
      help: 'One paragraph, as it would appear on a certificate.',
    }),
    orgUnits: strings('Organisational units in scope'),
    locations: strings('Locations in scope', { column: true }),
    processes: strings('Processes in scope'),
    services: strings('Services in scope'),
    technology: strings('Technology in scope'),
    exclusions: list('Exclusions', 'Exclusion', {
      item: text('Excluded item', { required: true }),
      justification: longText('Justification', { required: true }),
    }),
    interfaces: list('Interfaces and dependencies', 'Interface', {
      party: text('Party', { required: true }),
      description: longText('What they do for us, or we for them', { required: true }),
      direction: oneOf('Direction', ['inbound', 'outbound', 'both']),
    }),
    noInterfacesConfirmed: bool('No interfaces (confirmed)'),
    issuesConsidered: refs('Context issues considered', 'contextIssues'),
    requirementsConsidered: refs('Requirements considered', 'requirements'),
    version: text('Version', { column: true }),
    status: oneOf('Status', ['draft', 'approved', 'superseded'], { required: true, column: true }),
    approvedBy: ref('Approved by', 'persons'),
    approvedAt: date('Approved on'),
    lastReviewedAt: date('Last reviewed'),
    nextReviewDue: date('Next review due', { column: true }),
  },
  rules: (d) => {
    const out = [];
    const inScope = [d.orgUnits, d.locations, d.processes, d.services, d.technology].flat();
    if (inScope.length === 0)
      out.push({ field: 'orgUnits', message: 'Name at least one unit, location, process, service or technology in scope.' });
    if (d.status === 'approved' && (!d.approvedBy || !d.approvedAt))
      out.push({ field: 'approvedBy', message: 'An approved scope needs an approver and an approval date.' });
    if (d.noInterfacesConfirmed && d.interfaces.length > 0)
      out.push({ field: 'noInterfacesConfirmed', message: 'Interfaces are listed, so "no interfaces" cannot be confirmed.' });
    return out;
  },
});
export type Scope = RecordOf<typeof scopeEntity>;
export type ScopeDraft = DraftOf<typeof scopeEntity>;
