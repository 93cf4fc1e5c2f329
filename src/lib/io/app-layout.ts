import type { CanonicalField, RecordKind } from './import/types.ts';

/**
 * The header text the app writes for each canonical field in its own workbooks. The importer
 * knows these headers exactly (confidence 1), so an exported workbook re-imports without questions.
 */
export const appHeaders: { [K in RecordKind]: Record<CanonicalField<K>, string> } = {
  risks: {
    id: 'Risk ID',
    title: 'Risk',
    description: 'Description',
    asset: 'Assets',
    threat: 'Threats',
    vulnerability: 'Vulnerabilities',
    owner: 'Risk owner',
    likelihood: 'Inherent likelihood',
    impact: 'Inherent impact',
    score: 'Inherent score',
    level: 'Inherent level',
    treatment: 'Treatment option',
    controls: 'Controls',
    residualLikelihood: 'Residual likelihood',
    residualImpact: 'Residual impact',
    residualScore: 'Residual score',
    residualLevel: 'Residual level',
    status: 'Status',
    reviewDate: 'Next review',
    notes: 'Notes',
  },
  soa: {
    controlId: 'Control ID',
    controlTitle: 'Control',
    applicable: 'Applicable',
    justification: 'Justification',
    status: 'Implementation status',
    owner: 'Control owner',
    evidence: 'Evidence',
    notes: 'Notes',
  },
  assets: {
    id: 'Asset ID',
    name: 'Asset',
    type: 'Asset type',
    owner: 'Asset owner',
    classification: 'Classification',
  },
  'treatment-plan': {
    riskId: 'Risk ID',
    action: 'Treatment action',
    owner: 'Action owner',
    dueDate: 'Due date',
    status: 'Action status',
  },
};

/**
 * Columns the app's own workbooks carry beyond the canonical fields, by the record field they
 * hold. They are not canonical fields of the analysis (a stable surface); the import's mapping
 * reads them by their exact header, so that an exported workbook re-imports without losing them.
 */
export const appExtraHeaders = {
  risks: {
    // The labels of the risk's fields, which the register's remaining columns are headed with.
    riskSources: 'Risk source',
    existingControls: 'Existing controls',
    plannedControls: 'Planned controls',
    importedLevel: 'Level in the imported file',
    importedResidualLevel: 'Residual level in the imported file',
  },
  soa: {
    reasons: 'Reasons for inclusion',
    risks: 'Linked risks',
  },
  assets: {
    // The labels of the asset's fields, as the inventory's remaining columns are headed.
    description: 'Description',
    custodian: 'Custodian',
    valueC: 'Confidentiality value',
    valueI: 'Integrity value',
    valueA: 'Availability value',
    location: 'Location',
    lifecycle: 'Lifecycle',
    lastReviewedAt: 'Last reviewed',
    nextReviewDue: 'Next review due',
  },
  'treatment-plan': {},
} satisfies Record<RecordKind, Record<string, string>>;
