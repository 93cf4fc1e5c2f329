/**
 * The app's areas, grouped as the standard's clauses are, each on its hash route. Register pages
 * list the entities they show; the other pages have their own views.
 */
export type NavGroup =
  | 'Overview'
  | 'Context (4)'
  | 'Leadership (5)'
  | 'Planning (6)'
  | 'Support (7)'
  | 'Operation (8)'
  | 'Performance evaluation (9)'
  | 'Improvement (10)'
  | 'Tools';

/** One register shown on a page, optionally limited to some records. */
export interface RegisterSpec {
  table: string;
  /** Tab title when a page has several registers; defaults to the entity's plural. */
  title?: string;
  /** Only records matching these field values; new records start with them. */
  where?: Record<string, readonly string[]>;
}

export interface Area {
  path: string;
  title: string;
  clause: string;
  group: NavGroup;
  /** One or two sentences in our own words: what this part of the ISMS is for. */
  intro: string;
  registers: RegisterSpec[];
}

export const navGroups: readonly NavGroup[] = [
  'Overview',
  'Context (4)',
  'Leadership (5)',
  'Planning (6)',
  'Support (7)',
  'Operation (8)',
  'Performance evaluation (9)',
  'Improvement (10)',
  'Tools',
];

export const areas: readonly Area[] = [
  { path: 'dashboard', title: 'Dashboard', clause: '', group: 'Overview', intro: 'Where the ISMS stands today and what needs attention.', registers: [] },
  { path: 'readiness', title: 'Readiness', clause: '', group: 'Overview', intro: 'How ready the ISMS is for a certification audit.', registers: [] },
  { path: 'due', title: 'Due and overdue', clause: '', group: 'Overview', intro: 'Reviews, approvals, actions, audits and expiring competence that are overdue or coming due, each linked to its record.', registers: [] },
  {
    path: 'scope',
    title: 'ISMS scope',
    clause: '4.3',
    group: 'Context (4)',
    intro: 'The boundary of the ISMS: which units, sites, processes and systems it covers, what is left out and why. A certificate is only worth what its scope says.',
    registers: [{ table: 'scopes' }],
  },
  {
    path: 'context',
    title: 'Context issues',
    clause: '4.1',
    group: 'Context (4)',
    intro: 'Internal and external factors that help or hinder the ISMS, including whether climate change matters to the organisation.',
    registers: [{ table: 'contextIssues' }],
  },
  {
    path: 'parties',
    title: 'Interested parties',
    clause: '4.2',
    group: 'Context (4)',
    intro: 'Who has a stake in information security here, what each of them requires, and which requirements the ISMS takes on.',
    registers: [{ table: 'interestedParties' }, { table: 'requirements' }],
  },
  {
    path: 'policies',
    title: 'Policies',
    clause: '5.2',
    group: 'Leadership (5)',
    intro: 'The information security policy and the topic-specific policies, as controlled documents with owners, approvals and review dates.',
    registers: [{ table: 'documents', title: 'Policies', where: { docType: ['is_policy', 'topic_policy'] } }],
  },
  {
    path: 'roles',
    title: 'Roles and people',
    clause: '5.3',
    group: 'Leadership (5)',
    intro: 'Who is responsible for what in the ISMS, and the people who hold those roles.',
    registers: [{ table: 'roles' }, { table: 'persons' }],
  },
  {
    path: 'risks',
    title: 'Risks',
    clause: '6.1.2',
    group: 'Planning (6)',
    intro: 'The risk register: each scenario with its owner, its rating before and after treatment, and the decision taken about it.',
    registers: [{ table: 'risks' }, { table: 'riskMethods' }],
  },
  {
    path: 'assets',
    title: 'Assets',
    clause: '6.1.2',
    group: 'Planning (6)',
    intro: 'What the organisation needs to protect, who owns it and how much it matters, with the threats and weaknesses that risks are built from.',
    registers: [{ table: 'assets' }, { table: 'threats' }, { table: 'vulnerabilities' }],
  },
  {
    path: 'soa',
    title: 'Statement of Applicability',
    clause: '6.1.3 d',
    group: 'Planning (6)',
    intro: 'Every Annex A control and every custom control: whether it applies, why, and how far it is implemented.',
    registers: [{ table: 'soaEntries' }, { table: 'soaVersions' }, { table: 'customControls' }],
  },
  {
    path: 'objectives',
    title: 'Objectives',
    clause: '6.2',
    group: 'Planning (6)',
    intro: 'Measurable security goals, with the plan to reach them and how progress is tracked.',
    registers: [{ table: 'objectives' }],
  },
  {
    path: 'changes',
    title: 'Planned changes',
    clause: '6.3',
    group: 'Planning (6)',
    intro: 'Changes to the ISMS itself, planned and approved before they are made.',
    registers: [{ table: 'plannedChanges' }],
  },
  {
    path: 'competence',
    title: 'Competence',
    clause: '7.2',
    group: 'Support (7)',
    intro: 'Evidence that the people in ISMS roles have the skills those roles need, and when that evidence expires.',
    registers: [{ table: 'competenceRequirements' }, { table: 'competenceRecords' }],
  },
  {
    path: 'awareness',
    title: 'Awareness',
    clause: '7.3',
    group: 'Support (7)',
    intro: 'Courses, briefings and campaigns that make everyone aware of the policy, their part in the ISMS and what happens when rules are not followed, with who took part.',
    registers: [{ table: 'awarenessActivities' }],
  },
  {
    path: 'communication',
    title: 'Communication',
    clause: '7.4',
    group: 'Support (7)',
    intro: 'The communication plan: what is communicated about the ISMS, when, to whom, by whom and how, with a record of each time it happened.',
    registers: [{ table: 'communications' }],
  },
  {
    path: 'documents',
    title: 'Documents',
    clause: '7.5',
    group: 'Support (7)',
    intro: 'The register of controlled documents: versions, owners, approvals, review dates and where each one lives.',
    registers: [{ table: 'documents' }, { table: 'documentVersions' }],
  },
  {
    path: 'treatment',
    title: 'Treatment plan',
    clause: '8.3',
    group: 'Operation (8)',
    intro: 'The actions that carry out risk treatment, with owners, due dates and progress.',
    registers: [{ table: 'treatmentActions' }],
  },
  {
    path: 'activities',
    title: 'Recurring activities',
    clause: '8.1',
    group: 'Operation (8)',
    intro: 'The activities that must happen at set intervals, such as access reviews and restore tests, with the record of each time they ran.',
    registers: [{ table: 'recurringActivities' }],
  },
  {
    path: 'metrics',
    title: 'Metrics',
    clause: '9.1',
    group: 'Performance evaluation (9)',
    intro: 'What is measured, how, how often and by whom, with every measurement kept as evidence.',
    registers: [{ table: 'metrics' }, { table: 'measurements' }],
  },
  {
    path: 'audits',
    title: 'Internal audits',
    clause: '9.2',
    group: 'Performance evaluation (9)',
    intro: 'The audits of the ISMS, who carried them out, and what they found.',
    registers: [{ table: 'auditProgrammes' }, { table: 'audits' }, { table: 'findings' }],
  },
  {
    path: 'reviews',
    title: 'Management reviews',
    clause: '9.3',
    group: 'Performance evaluation (9)',
    intro: 'Top management’s periodic look at the ISMS: what they considered, what they decided, and who does what next.',
    registers: [{ table: 'managementReviews' }],
  },
  {
    path: 'nonconformities',
    title: 'Nonconformities',
    clause: '10.2',
    group: 'Improvement (10)',
    intro: 'What did not meet a requirement, the immediate fix, the root cause, and the corrective actions that stop it recurring.',
    registers: [{ table: 'nonconformities' }, { table: 'correctiveActions' }],
  },
  {
    path: 'improvements',
    title: 'Improvements',
    clause: '10.1',
    group: 'Improvement (10)',
    intro: 'Ideas and opportunities to make the ISMS better, and whether they delivered.',
    registers: [{ table: 'improvements' }],
  },
  { path: 'import', title: 'Import', clause: '', group: 'Tools', intro: 'Bring in the registers you already keep in spreadsheets.', registers: [] },
  { path: 'export', title: 'Export', clause: '', group: 'Tools', intro: 'Workbooks for auditors, and backups.', registers: [] },
  {
    path: 'settings',
    title: 'Settings',
    clause: '',
    group: 'Tools',
    intro: 'This workspace, the other workspaces in this browser, and the history of every change.',
    registers: [{ table: 'settings' }, { table: 'importProfiles' }, { table: 'changeLog', title: 'History' }],
  },
];

/** The area on a path, or undefined for an unknown route. */
export function areaByPath(path: string): Area | undefined {
  return areas.find((a) => a.path === path);
}
