import { defineEntity, type DraftOf, type RecordOf } from '../model/entity.ts';
import { date, int, longText, oneOf, strings, text } from '../model/fields.ts';

/** 3.1 One organisation's ISMS. Its id is also its own `workspaceId`. */
export const workspaceEntity = defineEntity({
  table: 'workspaces',
  label: 'Workspace',
  plural: 'Workspaces',
  refPrefix: 'WS',
  clause: '4',
  area: 'system',
  titleField: 'name',
  fields: {
    name: text('Name', { required: true, column: true, maxLength: 120 }),
    legalName: text('Legal name', { column: true }),
    sector: text('Sector', { column: true }),
    headcount: int('Headcount', { min: 0 }),
    countries: strings('Countries'),
    edition: oneOf('ISO/IEC 27001 edition', ['2022', '2013'], { required: true, column: true }),
    // Amd 1:2024 (4.1): the organisation decides whether climate change is a relevant issue.
    climateChangeRelevant: oneOf('Climate change relevant', ['yes', 'no', 'not_assessed'], {
      required: true,
      labels: { not_assessed: 'Not assessed yet' },
    }),
    climateRationale: longText('Climate decision rationale'),
    climateAssessedAt: date('Climate decision date'),
  },
  rules: (d) =>
    d.climateChangeRelevant !== 'not_assessed' && d.climateChangeRelevant !== null && d.climateRationale.trim() === ''
      ? [{ field: 'climateRationale', message: 'Say why climate change is or is not a relevant issue.' }]
      : [],
});
export type Workspace = RecordOf<typeof workspaceEntity>;
export type WorkspaceDraft = DraftOf<typeof workspaceEntity>;
