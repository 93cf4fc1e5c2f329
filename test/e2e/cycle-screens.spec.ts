import type { Page } from '@playwright/test';
import { expect, loadExample, open, test } from './fixtures.ts';

/** Opens a screen and checks its title. */
async function screen(page: Page, route: string, title: string): Promise<void> {
  await open(page, route);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
}

test('each screen of clauses 4 to 7 shows what its part of the cycle needs', async ({ page }) => {
  await loadExample(page);

  await screen(page, 'scope', 'ISMS scope');
  await expect(page.getByText('The scope in force')).toBeVisible();
  await expect(page.locator('blockquote.statement')).toContainText('Northwind Route Insight');
  await expect(page.getByText('Northwind Labs research sandbox')).toBeVisible();
  await expect(page.getByText('Nimbus Cloud (inbound)')).toBeVisible();

  await screen(page, 'context', 'Context issues');
  await expect(page.getByText('Yes, relevant')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'External issues (7)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Internal issues (4)' })).toBeVisible();
  await expect(page.locator('.issues li', { hasText: 'Extreme weather' }).getByText('climate', { exact: true })).toBeVisible();

  await screen(page, 'parties', 'Interested parties');
  await expect(page.getByText('13 requirements:')).toBeVisible();
  const investors = page.locator('section.party', { hasText: 'Investors and board' });
  await expect(investors.locator('li', { hasText: 'Carbon footprint' }).getByText('Not addressed through the ISMS')).toBeVisible();
  await expect(page.locator('section.party', { hasText: 'Telematics hardware partners' }).getByText('Review overdue')).toBeVisible();

  await screen(page, 'policies', 'Policies');
  await expect(page.getByRole('heading', { level: 2, name: /Information security policy/ })).toContainText('version 2.0');
  await expect(page.getByRole('list', { name: 'What the policy must do' }).locator('li.ok')).toHaveCount(6);
  await expect(page.getByText('Topic-specific policies (5)')).toBeVisible();

  await screen(page, 'roles', 'Roles and people');
  await expect(page.locator('.duties li', { hasText: 'Makes sure the ISMS conforms' })).toContainText('Tomasz Nowak');
  await expect(page.locator('article', { hasText: 'Internal auditor' }).locator('p', { hasText: 'Held by:' })).toContainText('Robert Hale');

  await screen(page, 'objectives', 'Objectives');
  const phishing = page.locator('article', { hasText: 'Cut the phishing click rate below 5%' });
  await expect(phishing.getByRole('link', { name: 'Phishing simulation click rate' })).toBeVisible();
  await expect(phishing.locator('.rag')).toHaveText('green');
  await expect(page.getByText('CHG-001 Extend the ISMS scope to the data science team')).toBeVisible();

  await screen(page, 'competence', 'Competence');
  await expect(page.getByText('0 mandatory gaps')).toBeVisible();
  const incident = page.locator('section.role-matrix', { hasText: 'Incident manager' });
  await expect(incident.getByRole('row', { name: /Marcus Lee/ }).locator('.cell.expiring')).toBeVisible();
  await expect(incident.getByRole('row', { name: /Tomasz Nowak/ }).locator('.cell.missing')).toContainText('Add evidence');

  await screen(page, 'awareness', 'Awareness');
  await expect(page.getByText('Target met')).toBeVisible();
  await expect(page.locator('article', { hasText: 'All-hands briefing on policy version 2.0' })).toContainText('Attendance: 12 of 13');

  await screen(page, 'communication', 'Communication');
  await expect(page.getByRole('row', { name: /ISMS performance report/ })).toContainText('Quarterly');
  await expect(page.getByRole('row', { name: /Certification status/ })).toContainText('never');

  await screen(page, 'documents', 'Documents');
  await expect(page.getByText('15 of 15')).toBeVisible();
  const crypto = page.getByRole('row', { name: /Cryptography and key management policy/ });
  await expect(crypto).toContainText('In review');
  await expect(page.getByRole('row', { name: /Information security policy/ }).getByRole('link', { name: 'Open' })).toHaveAttribute('href', /^https:\/\//);
  await page.getByRole('link', { name: 'DOC-001' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'DOC-001 Information security policy' })).toBeVisible();
  const versions = page.getByRole('table').filter({ hasText: 'What changed' });
  await expect(versions.getByRole('row')).toHaveCount(4);
  await expect(versions.getByRole('row', { name: /^2\.0/ })).toContainText('current');
  await expect(versions.getByRole('row', { name: /^1\.1/ })).toContainText('superseded');
});

test('each screen of clauses 9 and 10 shows its records, and the review pack prints without the app around it', async ({ page }) => {
  await loadExample(page);

  await screen(page, 'audits', 'Internal audits');
  await expect(page.locator('p.coverage .tag.ok')).toHaveCount(7);
  await expect(page.getByRole('row', { name: /Follow-up: access control/ }).getByRole('button', { name: 'Create the audit record' })).toBeVisible();
  await page.getByRole('tab', { name: 'Audits' }).click();
  await expect(page.getByRole('row', { name: /Internal ISMS audit/ })).toContainText('2 minor NC, 1 observation, 1 OFI, 1 good practice');
  await expect(page.getByRole('row', { name: /Internal ISMS audit/ }).getByText('Declared')).toBeVisible();

  await screen(page, 'reviews', 'Management reviews');
  await expect(page.getByRole('list', { name: 'Management reviews' })).toContainText('Inputs addressed: 10 of 10');
  await page.getByRole('link', { name: /MR-001/ }).click();
  await expect(page.locator('.pack-input')).toHaveCount(10);
  await expect(page.locator('.pack-input', { hasText: 'Changes in what interested parties need and expect' })).toContainText('9.3.2 c');
  await expect(page.locator('.pack-input', { hasText: 'Monitoring and measurement results' })).toContainText('6 active metrics: 4 green, 2 amber.');
  await expect(page.getByRole('heading', { name: 'Outputs' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sidebar')).toBeHidden();
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print the review pack' })).toBeHidden();
  await expect(page.locator('.pack-input').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.sidebar')).toBeVisible();

  await screen(page, 'nonconformities', 'Nonconformities');
  await expect(page.locator('.nc-card', { hasText: 'Critical supplier reviews overdue' }).locator('.nc-progress li.current')).toHaveText(/Actions implemented$/);
  await page.getByLabel('Show closed ones').check();
  await expect(page.locator('.nc-card.closed')).toContainText('Access reviews skipped the code hosting service');

  await screen(page, 'improvements', 'Improvements');
  await expect(page.locator('section.board-col', { hasText: 'Implemented' })).toContainText('Benefit achieved');
  await expect(page.locator('section.board-col', { hasText: 'In progress' })).toContainText('Record metric results in the ISMS app');
});

test('a new scope version is drafted, approved and replaces the one in force', async ({ page }) => {
  await loadExample(page);
  await open(page, 'scope');
  await page.getByRole('button', { name: 'Start a new version' }).click();
  await expect(page.getByText('Draft of the next version')).toBeVisible();
  await expect(page.locator('.scope-meta')).toContainText('version 1.3');
  const form = page.locator('form.approve');
  await form.getByLabel('Approved by').selectOption({ label: 'Helen Marsh (top management)' });
  await form.getByRole('button', { name: 'Approve and put in force' }).click();
  await expect(page.getByText('The scope in force')).toBeVisible();
  await expect(page.locator('.scope-meta')).toContainText('version 1.3');
  await expect(page.getByRole('row', { name: /^1\.2/ })).toContainText('superseded');
});

test('a review prepared from today’s records has every input pre-filled, and an input is marked addressed', async ({ page }) => {
  await loadExample(page);
  await open(page, 'reviews');
  await page.getByRole('button', { name: 'Prepare a review from today’s records' }).click();
  await expect(page.getByText('Inputs (0 of 10 addressed)')).toBeVisible();
  const prev = page.locator('.pack-input', { hasText: 'Actions from earlier reviews' });
  await expect(prev.locator('.recorded')).toContainText('5 actions from 1 earlier review');
  await prev.getByRole('button', { name: 'Mark as addressed' }).click();
  await expect(page.getByText('Inputs (1 of 10 addressed)')).toBeVisible();
  await expect(prev.getByText('Addressed', { exact: true })).toBeVisible();
});

test('a new document version is approved and made current; the one before it is superseded', async ({ page }) => {
  await loadExample(page);
  await open(page, 'documents');
  await page.getByRole('row', { name: /Backup policy/ }).getByRole('link', { name: /^DOC-/ }).click();
  await page.getByRole('button', { name: 'New version' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('#f-version')).toHaveValue('2.1');
  await dialog.locator('#f-status').selectOption('approved');
  const approver = await dialog.locator('#f-approver option', { hasText: 'Priya Raman' }).getAttribute('value');
  await dialog.locator('#f-approver').selectOption(approver ?? '');
  await dialog.getByLabel('Approved on').fill('2026-01-10');
  await dialog.getByLabel('What changed').fill('Backups of the new data science feature store added.');
  await dialog.getByRole('button', { name: 'Create document version' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Make 2.1 current' }).click();
  const versions = page.getByRole('table').filter({ hasText: 'What changed' });
  await expect(versions.getByRole('row', { name: /^2\.1/ })).toContainText('current');
  await expect(versions.getByRole('row', { name: /^2\.0/ })).toContainText('superseded');
  await expect(page.locator('dl.doc-facts')).toContainText('2.1 · Published');
});
