/**
 * The mapping half of the import, usable from Node, a worker or the page: a sheet's analysis and
 * its mapping in, the records' drafts and a preview against the workspace out.
 *
 *   const snap = await loadSnapshot(db, workspaceId);
 *   const mapping = mappingFromAnalysis(sheet);              // or mappingFromProfile(profile, sheet)
 *   const plan = buildPlan(snap, [{ analysis: sheet, mapping }]);
 *   await commitImport(db, workspaceId, { fileName, writes: plan.writes }, actor);
 */
export { buildPlan, planImport } from './plan.ts';
export { loadSnapshot, snapshotStamp, type WorkspaceSnapshot } from './snapshot.ts';
export { extraFieldGuess, extraFieldOf, extraHeaders, isAppLayout, mappableFields } from './extra-fields.ts';
export { proposeTranslations, withTranslation, valueMapsOf, translatedFields } from './translate.ts';
export { PERSON_CHOICE } from './row.ts';
export {
  findProfile,
  keepsNotes,
  layoutSignature,
  learnedHeaders,
  mappingFromAnalysis,
  mappingFromProfile,
  NOTE_COLUMN,
  profileDraft,
  profileOverride,
  profileWrite,
  withColumnField,
  withLearnedHeaders,
  type LearnedColumn,
} from './profile.ts';
export type * from './types.ts';
