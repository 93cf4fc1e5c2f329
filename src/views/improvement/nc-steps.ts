/** The fields of a nonconformity each step of its lifecycle records (10.2; DOMAIN.md 8.3). */
export const RECORD_FIELDS = ['title', 'source', 'finding', 'requirement', 'description', 'severity', 'detectedAt', 'detectedBy', 'owner', 'dueDate'] as const;
export const CORRECTION_FIELDS = ['correction'] as const;
export const ANALYSIS_FIELDS = ['rootCause', 'similarElsewhereChecked', 'similarElsewhereFindings', 'caNeeded', 'caNotNeededReason', 'ismsChange'] as const;
export const ACTION_PLAN_FIELDS = ['description', 'owner', 'dueDate', 'status'] as const;
export const ACTION_DONE_FIELDS = ['status', 'implementedAt', 'evidence'] as const;
export const ACTION_CHECK_FIELDS = ['effectiveness'] as const;
