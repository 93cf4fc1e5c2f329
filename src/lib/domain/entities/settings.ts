import { defineEntity, type RecordOf } from '../model/entity.ts';
import type { Values } from '../model/fields.ts';
import { int, text } from '../model/fields.ts';

const fields = {
  actorName: text('Your name', { column: true, maxLength: 120, help: 'Recorded in the change log as the person who made each change.' }),
  riskReviewMonthsDefault: int('Review risks every (months)', { required: true, column: true, min: 1, max: 36 }),
  documentReviewMonths: int('Review documents every (months)', { required: true, column: true, min: 1, max: 60 }),
  objectiveUpdateMonths: int('Update objectives every (months)', { required: true, min: 1, max: 12 }),
  auditIntervalMonths: int('Internal audit every (months)', { required: true, column: true, min: 1, max: 36 }),
  reviewIntervalMonths: int('Management review every (months)', { required: true, column: true, min: 1, max: 36 }),
  awarenessTargetPct: int('Awareness target (%)', { required: true, min: 0, max: 100 }),
  dueSoonDays: int('Show as due soon (days ahead)', { required: true, min: 0, max: 365 }),
};
export type SettingsDraft = Values<typeof fields>;

/** Section 2: a workspace's review cadences and thresholds, and the name its change log records (all clauses). */
export const settingsEntity = defineEntity({
  table: 'settings',
  label: 'Settings',
  plural: 'Settings',
  refPrefix: 'SET',
  clause: '4',
  area: 'system',
  titleField: 'actorName',
  singleton: true,
  fields,
});
export type Settings = RecordOf<typeof settingsEntity>;

/** The defaults of section 2: yearly reviews, objectives every quarter, 95% awareness. */
export function defaultSettings(): SettingsDraft {
  return {
    actorName: '',
    riskReviewMonthsDefault: 12,
    documentReviewMonths: 12,
    objectiveUpdateMonths: 3,
    auditIntervalMonths: 12,
    reviewIntervalMonths: 12,
    awarenessTargetPct: 95,
    dueSoonDays: 30,
  };
}
