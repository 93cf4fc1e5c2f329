import type { Page } from '@playwright/test';
import { expect, loadExample, open, test } from './fixtures.ts';

/** Opens the import screen and chooses a file with the given lines as its text. */
async function chooseText(page: Page, name: string, lines: string[], mimeType = 'text/csv'): Promise<void> {
  await open(page, 'import');
  await page.getByLabel('Choose a file…').setInputFiles({ name, mimeType, buffer: Buffer.from(lines.join('\n')) });
}

// Semicolons, as spreadsheet programs in much of Europe write CSV.
const CSV = ['Risk ID;Risk;Asset;Likelihood;Impact;Risk owner', 'R-901;Courier loses a backup tape;Backup tapes;2;4;Helen Marsh', 'R-902;Shared admin password leaks;Admin accounts;3;4;Helen Marsh'];

test('a CSV register is read as CSV, also when it arrives with a workbook name', async ({ page }) => {
  await loadExample(page);

  // A CSV text named .xlsx is refused as a workbook, with the offer to read it as CSV.
  await chooseText(page, 'register.xlsx', CSV, 'application/octet-stream');
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText('CSV text file');
  await refusal.getByRole('button', { name: 'Read it as CSV' }).click();
  await expect(page.getByRole('tab', { name: /Risk register/ })).toBeVisible();
  await expect(page.getByLabel('Field of column A (Risk ID)')).toHaveValue('id');
  await expect(page.getByRole('region', { name: /^Preview of/ }).getByRole('list', { name: 'Records' })).toContainText('2 new');

  // A real .csv file is read as CSV straight away.
  await chooseText(page, 'register.csv', CSV);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByLabel('Field of column D (Likelihood)')).toHaveValue('likelihood');

  // A field fills one column: giving it to another column says which column lost it.
  await page.getByLabel('Field of column C (Asset)').selectOption('title');
  await expect(page.getByLabel('Field of column B (Risk)')).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: 'now comes from column C' })).toContainText('column B (Risk) is no longer imported');
});

test('reading a large file can be cancelled; the page stays usable and nothing is written', async ({ page }) => {
  await loadExample(page);
  await open(page, 'risks');
  await expect(page.getByText('40 of 40 risks')).toBeVisible();
  // 60,000 rows: long enough to read that Cancel is there to press.
  const rows = Array.from({ length: 60000 }, (_, i) => `R-${100000 + i};Risk number ${i} in a long register;Asset ${i % 50};${(i % 5) + 1};${(i % 4) + 1};Helen Marsh`);
  await chooseText(page, 'huge.csv', ['Risk ID;Risk;Asset;Likelihood;Impact;Risk owner', ...rows]);
  await expect(page.getByRole('progressbar', { name: 'Reading the workbook' })).toBeVisible();
  // The page answers while the worker reads: Cancel works before the reading ends.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('alert')).toContainText('Reading “huge.csv” was cancelled.');
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
  await open(page, 'risks');
  await expect(page.getByText('40 of 40 risks')).toBeVisible();
});

test('a register in Japanese is understood: headers run together, rating and option words translated', async ({ page }) => {
  await loadExample(page);
  const csv = [
    'リスクID,リスク名,対象資産,発生可能性,影響度,リスク所有者,対応方針,管理策,残留発生可能性,残留影響度',
    'R-950,ランサムウェア感染,ファイルサーバー,高,中,情報システム部,低減,A.8.13,低,中',
    'R-951,委託先からの情報漏えい,顧客データ,低,高,総務部,移転,A.5.20,低,中',
    'R-952,ノートPCの紛失,業務用ノートPC,中,低,情報システム部,受容,,中,低',
  ];
  await chooseText(page, 'リスク台帳.csv', csv);
  await expect(page.getByRole('tab', { name: /Risk register/ })).toBeVisible();
  const columns: [string, string][] = [['A (リスクID)', 'id'], ['B (リスク名)', 'title'], ['C (対象資産)', 'asset'], ['D (発生可能性)', 'likelihood'], ['E (影響度)', 'impact'], ['F (リスク所有者)', 'owner'], ['G (対応方針)', 'treatment'], ['H (管理策)', 'controls'], ['I (残留発生可能性)', 'residualLikelihood'], ['J (残留影響度)', 'residualImpact']];
  for (const [column, field] of columns) {
    await expect(page.getByLabel(`Field of column ${column}`)).toHaveValue(field);
  }
  // Words of a low/medium/high scale land by rank on the workspace's 1–5; options on the app's options.
  await expect(page.getByLabel('Inherent likelihood: “高” becomes')).toHaveValue('5');
  await expect(page.getByLabel('Treatment option: “移転” becomes')).toHaveValue('share');
  await expect(page.getByRole('region', { name: /^Preview of/ }).getByRole('list', { name: 'Records' })).toContainText('3 new');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported “リスク台帳.csv”' })).toBeVisible();
  await open(page, 'risks');
  await expect(page.getByText('43 of 43 risks')).toBeVisible();
  await expect(page.getByText('委託先からの情報漏えい')).toBeVisible();
});

test('an SoA row that decides a group of controls at once is shown as rejected, with how to import it', async ({ page }) => {
  await loadExample(page);
  const csv = [
    'Controle;Aplicável;Justificativa;Status',
    'A.5.15 Controle de acesso;S;Login e papéis;Implementado',
    'A.7.x Controles físicos;S;Arquivo, aparelhos;Planejado',
    'A.8.13 Backup;S;Histórico e export;Parcial',
  ];
  await chooseText(page, 'SoA.csv', csv);
  await expect(page.getByRole('tab', { name: /SoA/ })).toBeVisible();
  const preview = page.getByRole('region', { name: /^Preview of/ });
  await expect(preview.getByRole('list', { name: 'Records' })).toContainText('1 rejected');
  const rejected = preview.getByRole('table', { name: /^Rejected rows of/ });
  await expect(rejected.locator('tbody tr')).toHaveCount(1);
  await expect(rejected.locator('tbody tr').first()).toContainText('A.7.x names a group of controls, not one control');
  await page.screenshot({ path: test.info().outputPath('soa-group-row.png'), fullPage: true });
});

test('a register of levels only comes in as draft risks that keep the file’s level', async ({ page }) => {
  await loadExample(page);
  const csv = ['Ref,Risk,Owner,Risk Level,Status', 'R-960,Phishing of finance staff,Helen Marsh,High,Open', 'R-961,Laptop left on a train,Helen Marsh,Critical,Open'];
  await chooseText(page, 'levels.csv', csv);
  await expect(page.getByLabel('Field of column D (Risk Level)')).toHaveValue('level');
  const preview = page.getByRole('region', { name: /^Preview of/ });
  await expect(preview.getByRole('list', { name: 'Records' })).toContainText('2 new');
  await expect(preview).toContainText('imported as drafts, each keeping the level the file gave');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported “levels.csv”' })).toBeVisible();
  await open(page, 'risks');
  const row = page.getByRole('row').filter({ hasText: 'Laptop left on a train' });
  await expect(row).toContainText('“Critical” (file)');
  await expect(row).toContainText('Draft');
  await row.getByRole('button', { name: 'R-961' }).click();
  await expect(page.getByRole('dialog')).toContainText('In the file: “Critical”.');
});

test('a 2013 SoA imported into a workspace on the 2022 edition is carried over to the 2022 controls, to be confirmed', async ({ page }) => {
  await open(page);
  await page.getByLabel('Organisation name').fill('Carry Over Ltd');
  await page.getByRole('button', { name: 'Start an empty workspace' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /ISMS scope/ })).toBeVisible();
  const csv = [
    'Control,Title,Applicable,Justification,Status',
    'A.5.1.1,Policies for information security,Yes,Board decision,Implemented',
    'A.5.1.2,Review of the policies,Yes,Yearly review,Planned',
    'A.12.6.1,Management of technical vulnerabilities,Yes,Scanner in place,Implemented',
  ];
  await chooseText(page, 'soa-2013.csv', csv);
  const preview = page.getByRole('region', { name: /^Preview of/ });
  await expect(preview.getByRole('list', { name: 'Records' })).toContainText('2 new');
  await expect(preview).toContainText('its 3 rows are carried over to 2 controls of the 2022 edition');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported “soa-2013.csv”' })).toBeVisible();
  await open(page, 'soa');
  await page.getByRole('tab', { name: 'Controls', exact: true }).click();
  const a51 = page.getByRole('listitem').filter({ hasText: 'Policies for information security' }).first();
  await expect(a51).toContainText('Applicable');
  await expect(a51).toContainText('Planned');
  await page.screenshot({ path: test.info().outputPath('soa-2013-carried.png'), fullPage: true });
  await a51.getByText('Policies for information security').click();
  await expect(page.getByText('[A.5.1.1] Board decision').first()).toBeVisible();
  await expect(page.getByText(/to be confirmed/i).first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('soa-2013-control.png'), fullPage: true });
});

// An ISMS kept as Markdown in a repository: a table under each heading.
const MARKDOWN = [
  '# ISMS of Example Ltd', // 1
  '', // 2
  '## Risk register', // 3
  '', // 4
  '| ID | Risk | Likelihood | Impact | Owner |', // 5
  '|----|------|:---:|:---:|-------|', // 6
  '| R-970 | **Courier loses a backup tape** | 2 | 4 | Helen Marsh |', // 7
  '| R-971 | Shared admin password leaks | 3 | 4 | Helen Marsh |', // 8
  '', // 9
  '## Statement of Applicability', // 10
  '', // 11
  '| Control | Applicable | Justification |', // 12
  '|---|---|---|', // 13
  '| A.5.1 | Yes | Board decision |', // 14
  '| A.5.99 | Yes | Typo in the number |', // 15
];

test('the tables of a Markdown file are read as sheets, also when it arrives with a workbook name', async ({ page }) => {
  await loadExample(page);
  await chooseText(page, 'isms.xlsx', MARKDOWN, 'application/octet-stream');
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText('is Markdown text');
  await refusal.getByRole('button', { name: 'Read its tables' }).click();
  await expect(page.getByRole('tab', { name: /^Risk register$/ })).toBeVisible();
  await expect(page.getByLabel('Field of column B (Risk)')).toHaveValue('title');
  // Bold marks are not part of the title.
  await expect(page.getByRole('region', { name: /^Preview of/ })).not.toContainText('**');

  // A real .md file is read straight away; a rejected row is numbered as its line in the file.
  await chooseText(page, 'isms.md', MARKDOWN, 'text/markdown');
  await expect(page.getByText(/rows are numbered as the lines of the file/)).toBeVisible();
  await page.getByRole('tab', { name: /Statement of Applicability/ }).click();
  const rejected = page.getByRole('table', { name: /^Rejected rows of/ });
  await expect(rejected.locator('tbody tr')).toHaveCount(1);
  await expect(rejected.locator('tbody tr').first()).toContainText('15');
  await expect(rejected.locator('tbody tr').first()).toContainText('A “Control”');
  await expect(rejected.locator('tbody tr').first()).toContainText('A.5.99 is not a control of Annex A 2022');
  await page.screenshot({ path: test.info().outputPath('markdown-soa.png'), fullPage: true });
  // The edition of the control numbers can be set by hand: the rows are read again against it.
  await expect(page.getByLabel('Control numbers')).toHaveValue('2022');
  await page.getByLabel('Control numbers').selectOption('2013');
  await expect(rejected).toContainText('A.5.1 names a group of controls');
  await expect(rejected).toContainText('A.5.99 is not a control of Annex A 2013');
  // The choice is saved with the mapping: the same layout comes back read as 2013.
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported “isms.md”' })).toBeVisible();
  await chooseText(page, 'isms-2.md', MARKDOWN, 'text/markdown');
  await page.getByRole('tab', { name: /Statement of Applicability/ }).click();
  await expect(page.getByLabel('Control numbers')).toHaveValue('2013');
});

test('a column with no field can be kept in the notes, with its header, and the choice is saved for the next file', async ({ page }) => {
  await loadExample(page);
  const csv = ['Risk ID,Risk,Likelihood,Impact,Risk owner,Ticket', 'R-980,Backups not tested,2,4,Helen Marsh,SEC-75', 'R-981,Weak vendor reviews,3,3,Helen Marsh,SEC-92'];
  await chooseText(page, 'ticket-risks.csv', csv);
  const column = page.getByLabel('Field of column F (Ticket)');
  await expect(column).toHaveValue('');
  await column.selectOption({ label: 'Kept in the notes' });
  await expect(page.getByText(/column was not matched/)).toHaveCount(0);
  await expect(column).toHaveValue('+notes');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported “ticket-risks.csv”' })).toBeVisible();
  await open(page, 'risks');
  await page.getByRole('row').filter({ hasText: 'Backups not tested' }).getByRole('button', { name: 'R-980' }).click();
  await expect(page.getByRole('dialog').getByLabel('Description')).toHaveValue('Notes:\nTicket: SEC-75');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  // The saved mapping keeps the column in the notes when a file of the same layout comes again.
  await chooseText(page, 'ticket-risks-2.csv', csv);
  await expect(page.getByLabel('Field of column F (Ticket)')).toHaveValue('+notes');
  // References to another framework are kept in the notes without asking.
  await chooseText(page, 'soc2-risks.csv', ['Risk ID,Risk,Likelihood,Impact,Risk owner,SOC 2 criteria', 'R-982,Logs kept too briefly,2,3,Helen Marsh,CC7.2']);
  await expect(page.getByLabel('Field of column F (SOC 2 criteria)')).toHaveValue('+notes');
});

test('an owner named by a role goes to the person who holds it; a team named as owner is pointed out', async ({ page }) => {
  await loadExample(page);
  const csv = ['Risk ID,Risk,Likelihood,Impact,Risk owner', 'R-990,Supplier portal left open,2,4,ISMS manager', 'R-991,Office printer keeps scans,3,2,IT', 'R-992,Old laptops not wiped,2,3,Risk owner'];
  await chooseText(page, 'owners.csv', csv);
  const teams = page.getByTestId('team-owners');
  await expect(teams).toContainText('“IT” looks like a team or a role, not a person');
  await expect(teams).not.toContainText('ISMS manager');
  await expect(page.getByTestId('role-owners')).toContainText('“ISMS manager” → Tomasz Nowak');
  // "Risk owner" is a role ten people hold: the file does not say which of them.
  await expect(page.getByTestId('shared-roles')).toContainText('“Risk owner” (held by 10): a role that several people hold');
  await expect(teams).not.toContainText('Risk owner');
  await page.screenshot({ path: test.info().outputPath('team-owners.png'), fullPage: true });
  // "IT" is given to Helen Marsh right in the preview: nobody named "IT" is added.
  await page.getByLabel('Rows naming “IT” go to').selectOption({ label: 'Helen Marsh' });
  await expect(teams).toHaveCount(0);
  await expect(page.getByText('Also added, because rows name them')).not.toContainText('IT');
  await page.screenshot({ path: test.info().outputPath('team-owner-chosen.png'), fullPage: true });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported “owners.csv”' })).toBeVisible();
  await open(page, 'risks');
  await expect(page.getByRole('row').filter({ hasText: 'Supplier portal left open' })).toContainText('Tomasz Nowak');
  await expect(page.getByRole('row').filter({ hasText: 'Office printer keeps scans' })).toContainText('Helen Marsh');
  // The choice is saved with the mapping: the next file of this layout gives "IT" to Helen Marsh again.
  await chooseText(page, 'owners-2.csv', ['Risk ID,Risk,Likelihood,Impact,Risk owner', 'R-993,Guest Wi-Fi reaches the printers,2,3,IT']);
  await expect(page.getByLabel('Rows naming “IT” go to').locator('option:checked')).toHaveText('Helen Marsh');
});

test('the preview is planned again when the user comes back from adding a person in another tab', async ({ page, context }) => {
  await loadExample(page);
  await chooseText(page, 'new-owner.csv', ['Risk ID,Risk,Likelihood,Impact,Risk owner', 'R-995,Badge reader fails open,2,4,Jane Doe']);
  await expect(page.getByText('Also added, because rows name them')).toContainText('Jane Doe');
  const other = await context.newPage();
  await open(other, 'roles?tab=persons');
  await other.getByRole('button', { name: 'New person' }).click();
  const dialog = other.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Jane Doe');
  await dialog.getByLabel('Kind').selectOption('employee');
  await dialog.getByRole('button', { name: 'Create person' }).click();
  await expect(dialog).toBeHidden();
  await other.close();
  await page.bringToFront();
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(page.getByText('Also added, because rows name them')).toHaveCount(0);
});

test('a legend of status words is not imported, and the screen says how to import it anyway', async ({ page }) => {
  await loadExample(page);
  await chooseText(page, 'status-legend.csv', ['Status,Meaning', 'Open,The finding is known and nobody works on it yet', 'In progress,Corrective action is being worked on', 'Closed,Evidence reviewed and the finding closed']);
  await expect(page.getByText(/Read as something else \(not imported\) \(\d+% sure\): to import it, choose what it holds and its header row\./)).toBeVisible();
  await expect(page.getByText('Nothing to import: no sheet is set to be imported.')).toBeVisible();
});

test('another set’s controls with their status (SOC 2) come in as custom controls of that set, each with its SoA entry', async ({ page }) => {
  await loadExample(page);
  const csv = [
    'TSC,Control Description,Implementation,Status',
    'CC6.1,Logical access is restricted to authorised users,"Role-based access via the IdP, MFA enforced",Implemented',
    'CC6.2,New users are authorised before access is granted,Manager approval in the ticketing tool,Implemented',
    'CC7.2,Anomalies are monitored and analysed,Alerts reviewed daily by the on-call engineer,Planned',
  ];
  await chooseText(page, 'soc2.csv', csv);
  await expect(page.getByRole('tab', { name: /Statement of Applicability/ })).toBeVisible();
  const preview = page.getByRole('region', { name: /^Preview of/ });
  await expect(preview.getByRole('list', { name: 'Records' })).toContainText('3 new');
  await expect(preview).toContainText('those of another set (SOC 2): each is added as a custom control');
  await expect(page.getByText('Also added, because rows name them')).toContainText('Custom controls: CC6.1, CC6.2, CC7.2');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported “soc2.csv”' })).toContainText('3 custom controls they name');
  await open(page, 'soa');
  await page.getByRole('tab', { name: 'Controls', exact: true }).click();
  await expect(page.getByText('Control set: SOC 2')).toBeVisible();
  const cc72 = page.getByRole('listitem').filter({ hasText: 'Anomalies are monitored and analysed' }).first();
  await expect(cc72).toContainText('Planned');
  await page.screenshot({ path: test.info().outputPath('soa-soc2-set.png'), fullPage: true });
});

test('a gap plan that names no risks imports once the user chooses the risk its actions treat and their due date', async ({ page }) => {
  await loadExample(page);
  await chooseText(page, 'remediation-roadmap.csv', ['#,Finding,Owner,Effort', '1,Introduce a leaver checklist that removes access on the last day,Helen Marsh,Low', '2,Enforce MFA on the customer portal,Helen Marsh,Medium']);
  await expect(page.getByRole('tab', { name: /Risk treatment plan/ })).toBeVisible();
  const preview = page.getByRole('region', { name: /^Preview of/ });
  await expect(preview.getByRole('list', { name: 'Records' })).toContainText('2 rejected');
  await expect(preview).toContainText('Choose above the risk that actions naming none treat');
  const risk = page.getByLabel('Risk treated by actions that name none');
  const first = await risk.locator('option').nth(1).getAttribute('value');
  await risk.selectOption(first!);
  await page.getByLabel('Due date of actions that give none').fill('2026-12-31');
  await expect(preview.getByRole('list', { name: 'Records' })).toContainText('2 new');
  await expect(preview).toContainText('Actions whose row names no risk treat');
  await page.screenshot({ path: test.info().outputPath('gap-plan-chosen-risk.png'), fullPage: true });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported “remediation-roadmap.csv”' })).toBeVisible();
});
