import type { Page } from '@playwright/test';
import { hostileBytes, registerWorkbook, soaWorkbook } from '../fixtures/import-e2e.ts';
import { expect, open, test } from './fixtures.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function choose(page: Page, name: string, buffer: Buffer): Promise<void> {
  await open(page, 'import');
  await page.getByLabel('Choose a file…').setInputFiles({ name, mimeType: XLSX, buffer });
}

async function commit(page: Page, fileName: string): Promise<void> {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Imported “${fileName}”` })).toBeVisible();
}

test('import a register and an SoA, adjust the mapping, re-import an edited copy, undo, refuse a hostile file', async ({ page }) => {
  await open(page);
  await page.getByLabel('Organisation name').fill('Import Test Org');
  await page.getByRole('button', { name: 'Start an empty workspace' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /ISMS scope/ })).toBeVisible();

  // The register: the analysis proposes the columns; the user maps the one it cannot guess.
  await choose(page, 'register.xlsx', await registerWorkbook());
  await expect(page.getByRole('tab', { name: 'Risk Register', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Header row')).toHaveValue('3');
  await expect(page.getByLabel('Field of column B (Risk Title)')).toHaveValue('title');
  await page.getByLabel('Field of column C (Zzz)').selectOption('asset');
  // A 1–3 likelihood scale is spread onto the workspace's 1–5, with the rule shown.
  await expect(page.getByText("Numbers on a 1–3 scale onto the workspace's 1–5: 1→1, 2→3, 3→5.").first()).toBeVisible();
  // A status word it does not know is translated by the user.
  await page.getByLabel('Status: “Parked” becomes').selectOption('monitoring');

  // Another sheet read again as another kind (the worker runs again); the register's choices stay.
  await page.getByRole('tab', { name: /^Cover/ }).click();
  await page.getByLabel('This sheet holds').selectOption('assets');
  await expect(page.getByRole('tab', { name: 'Cover · Asset inventory' })).toBeVisible();
  await page.getByLabel('This sheet holds').selectOption('other');
  await expect(page.getByText('This sheet is not imported.')).toBeVisible();
  await page.getByRole('tab', { name: 'Risk Register', exact: true }).click();
  await expect(page.getByLabel('Field of column C (Zzz)')).toHaveValue('asset');
  await expect(page.getByLabel('Status: “Parked” becomes')).toHaveValue('monitoring');

  const preview = page.getByRole('region', { name: 'Preview of Risk Register' });
  await expect(preview.getByRole('list', { name: 'Records' })).toContainText('4 new');
  await expect(preview.getByRole('list', { name: 'Records' })).toContainText('1 rejected');
  const rejected = preview.getByRole('table', { name: 'Rejected rows of Risk Register' });
  await expect(rejected.locator('tbody tr')).toHaveCount(1);
  await expect(rejected.locator('tbody tr').first()).toContainText('8');
  await expect(rejected.locator('tbody tr').first()).toContainText('D “Risk Owner”');
  await expect(rejected.locator('tbody tr').first()).toContainText('Risk owner is required.');
  await commit(page, 'register.xlsx');

  await open(page, 'risks');
  await expect(page.getByText('4 of 4 risks')).toBeVisible();
  await expect(page.getByText('Laptop stolen from a car')).toBeVisible();
  await expect(page.getByText('Cloud supplier outage', { exact: true })).toBeVisible();

  // The SoA: ids, applicability in three languages, status words; R1 is linked by its id.
  await choose(page, 'soa.xlsx', await soaWorkbook());
  await expect(page.getByRole('region', { name: 'Preview of SoA' }).getByRole('list', { name: 'Records' })).toContainText('5 new');
  await commit(page, 'soa.xlsx');
  await open(page, 'soa');
  await page.getByPlaceholder('Search id or title').fill('A.5.1');
  const a51 = page.locator('tr[data-control="A.5.1"]');
  await expect(a51.getByLabel(/^Implementation:/)).toHaveValue('implemented');
  await expect(a51.getByLabel(/^Applicable:/)).toHaveValue('yes');
  await page.getByPlaceholder('Search id or title').fill('A.5.3');
  await expect(page.locator('tr[data-control="A.5.3"]').getByLabel(/^Applicable:/)).toHaveValue('no');

  // The edited copy: the saved mapping is applied, and records are updated, not duplicated.
  await choose(page, 'register-v2.xlsx', await registerWorkbook(true));
  await expect(page.getByText(/The saved mapping “register\.xlsx — Risk Register” was applied/)).toBeVisible();
  await expect(page.getByLabel('Field of column C (Zzz)')).toHaveValue('asset');
  const counts = page.getByRole('region', { name: 'Preview of Risk Register' }).getByRole('list', { name: 'Records' });
  await expect(counts).toContainText('0 new');
  await expect(counts).toContainText('2 updated');
  await expect(counts).toContainText('2 unchanged');
  // The preview says what each update changes.
  await page.getByText('What the 2 updated records change').click();
  const changes = page.getByRole('list', { name: 'Changes of Risk Register' });
  await expect(changes).toContainText('Title: “Cloud supplier outage” → “Cloud supplier outage for a week”');
  await commit(page, 'register-v2.xlsx');
  await open(page, 'risks');
  await expect(page.getByText('4 of 4 risks')).toBeVisible();
  await expect(page.getByText('Cloud supplier outage for a week')).toBeVisible();

  // Undo the last import: the earlier title is back.
  await open(page, 'import');
  await page.getByRole('button', { name: 'Undo last import…' }).click();
  await page.getByRole('button', { name: 'Yes, undo the import' }).click();
  await expect(page.getByText(/The import of “register-v2\.xlsx” was undone/)).toBeVisible();
  await open(page, 'risks');
  await expect(page.getByText('Cloud supplier outage', { exact: true })).toBeVisible();

  // Another layout: no saved mapping fits it, but the word the user mapped before ("Zzz") is learnt.
  await choose(page, 'moved.csv', Buffer.from('Risk Title,Zzz,Risk ID,Likelihood\nPrinter leaks scans,Printers,R9,2\nVisitor tailgates,Front door,R10,3\nUSB stick lost,Laptops,R11,2\n'));
  await expect(page.getByText('Mapped as in your earlier imports: “Zzz” → Assets.')).toBeVisible();
  await expect(page.getByLabel('Field of column B (Zzz)')).toHaveValue('asset');

  // A hostile file: random bytes named .xlsx are refused with a message naming the file; nothing changes.
  await choose(page, 'random.xlsx', hostileBytes());
  await expect(page.getByRole('alert').filter({ hasText: 'random.xlsx' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
  await open(page, 'risks');
  await expect(page.getByText('4 of 4 risks')).toBeVisible();
});
