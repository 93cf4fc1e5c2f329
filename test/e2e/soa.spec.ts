import type { Page } from '@playwright/test';
import { expect, loadExample, open, test } from './fixtures.ts';

/** The SoA table row of a control, found through the search box. */
async function rowOf(page: Page, id: string) {
  await page.getByPlaceholder('Search id or title').fill(id);
  const row = page.locator(`tr[data-control="${id}"]`);
  await expect(row).toHaveCount(1);
  return row;
}

test('mark controls, approve a version, change entries and compare them with that version', async ({ page }) => {
  await loadExample(page);
  await open(page, 'soa');
  await expect(page.getByRole('tab', { name: 'Statement' })).toHaveAttribute('aria-selected', 'true');

  // Mark a control's implementation in the table itself.
  let row = await rowOf(page, 'A.8.12');
  await row.getByLabel(/^Implementation:/).selectOption('partially_implemented');
  await expect(row.getByLabel(/^Implementation:/)).toHaveValue('partially_implemented');

  // Bulk change: the same owner for every control shown by a search.
  await page.getByPlaceholder('Search id or title').fill('8.1');
  await page.getByLabel('Select all shown').check();
  const bulk = page.getByRole('region', { name: 'Change the selected rows' });
  await expect(bulk).toContainText(/\d+ selected/);
  await bulk.getByLabel('Owner').selectOption({ label: 'Helen Marsh' });
  await expect(page.locator('tr[data-control="A.8.10"]')).toContainText('Helen Marsh');
  await expect(page.locator('tr[data-control="A.8.19"]')).toContainText('Helen Marsh');
  await bulk.getByRole('button', { name: 'Clear selection' }).click();

  // Approve: the draft becomes version 1.1, frozen.
  await page.getByRole('tab', { name: 'Versions and approval' }).click();
  await page.getByLabel('Approved by').selectOption({ label: 'Helen Marsh (top management)' });
  await page.getByLabel('What changed').fill('Data leakage prevention partly in place; technology controls reassigned.');
  await page.getByRole('button', { name: 'Approve version 1.1' }).click();
  const versions = page.locator('table.data').filter({ hasText: 'What changed' });
  await expect(versions.locator('tbody tr').first()).toContainText('1.1');
  // Just approved: the frozen version and the draft are the same.
  await expect(page.getByText('No differences between version 1.1 and the current draft.')).toBeVisible();

  // Change an entry after approval: exclude a control without saying why.
  await page.getByRole('tab', { name: 'Statement' }).click();
  row = await rowOf(page, 'A.5.7');
  await row.getByLabel(/^Applicable:/).selectOption('no');
  await expect(row).toContainText('Excluded without a justification');

  // Compare the draft with version 1.1: exactly that control, field by field.
  await page.getByRole('tab', { name: 'Versions and approval' }).click();
  await page.getByRole('button', { name: 'Compare with draft' }).first().click();
  const diff = page.locator('table.diff');
  await expect(diff.locator('tbody th[scope="row"]')).toHaveCount(1);
  await expect(diff).toContainText('A.5.7');
  await expect(diff.locator('tr', { hasText: 'Applicable' })).toContainText('Yes');
  await expect(diff.locator('tr', { hasText: 'Applicable' }).locator('ins')).toHaveText('No');

  // Approving now asks first, listing the flagged row.
  await page.getByLabel('Approved by').selectOption({ label: 'Helen Marsh (top management)' });
  await page.getByRole('button', { name: 'Approve version 1.2' }).click();
  const ask = page.getByRole('alert').filter({ hasText: 'still need attention' });
  await expect(ask).toContainText('A.5.7');
  await ask.getByRole('button', { name: 'Go back and fix them' }).click();
  await expect(versions.locator('tbody tr')).toHaveCount(2);

  // The print view of the approved version.
  await versions.locator('tbody tr').first().getByRole('link', { name: 'Print view' }).click();
  const doc = page.getByRole('article', { name: 'Statement of Applicability version 1.1' });
  await expect(doc).toContainText('Approved by Helen Marsh');
  await expect(doc).toContainText('Northwind');
  await expect(doc.locator('tbody tr')).toHaveCount(95);
});

test('move a 2013 workspace to 2022 and find every former justification again', async ({ page }) => {
  await open(page);
  await page.getByLabel('Organisation name').fill('Legacy Ltd');
  await page.getByRole('button', { name: 'Start an empty workspace' }).click();
  await expect(page.getByRole('combobox').first()).toHaveValue(/.+/);
  await expect(page.locator('.topbar')).toContainText('ISMS Workbench');
  await open(page, 'settings');
  await page.getByLabel('ISO/IEC 27001 edition').selectOption('2013');
  await page.getByRole('button', { name: 'Save changes' }).first().click();
  await open(page, 'soa');
  await page.getByRole('button', { name: 'Add 114 rows to decide' }).click();
  await expect(page.getByText('controls have no row yet')).toBeHidden();
  await expect(page.getByText('114 of 114 controls')).toBeVisible();

  const justify = async (id: string, applicable: 'yes' | 'no', text: string) => {
    const row = await rowOf(page, id);
    await row.getByRole('button', { name: new RegExp(`^Open ${id.replace(/\./g, '\\.')} `) }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Applicable', exact: true }).selectOption(applicable);
    await dialog.getByLabel(applicable === 'yes' ? 'Why it is included' : 'Why it is excluded').fill(text);
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toBeHidden();
  };
  await justify('A.9.1.1', 'yes', 'Customer data is kept apart by role.');
  await justify('A.11.1.6', 'no', 'Offices only: no delivery or loading areas.');
  await justify('A.18.2.3', 'no', 'Technical compliance reviews are run by the parent company.');

  await page.getByRole('tab', { name: 'Move to 2022' }).click();
  await page.getByRole('button', { name: 'Preview the move' }).click();
  await expect(page.getByText('New in 2022: decide')).toHaveCount(11);
  await page.getByRole('button', { name: 'Move to 2022…' }).click();
  await page.getByRole('button', { name: 'Yes, move to 2022' }).click();
  await expect(page.getByRole('tab', { name: 'Move to 2022' })).toHaveCount(0);
  await expect(page.locator('.soa-filters .count')).toHaveText(/of 93 controls/);

  const carried = async (id: string, field: string, text: string) => {
    const row = await rowOf(page, id);
    await row.getByRole('button', { name: /^Open / }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel(field)).toHaveValue(new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  };
  await carried('A.5.15', 'Why it is included', '[A.9.1.1] Customer data is kept apart by role.');
  await carried('A.7.2', 'Why it is excluded', '[A.11.1.6] Offices only: no delivery or loading areas.');
  await carried('A.5.36', 'Why it is excluded', '[A.18.2.3] Technical compliance reviews are run by the parent company.');
  await carried('A.8.8', 'Why it is excluded', '[A.18.2.3] Technical compliance reviews are run by the parent company.');

  // The 2013 SoA stays, read-only, among the versions.
  await page.getByRole('tab', { name: 'Versions and approval' }).click();
  const archived = page.locator('table.data tbody tr').filter({ hasText: 'Archived' });
  await expect(archived).toContainText('2013');
  await expect(archived).toContainText('114');
});
