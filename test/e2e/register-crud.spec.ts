import { dataRows, expect, loadExample, open, test } from './fixtures.ts';

test('create, edit and delete a record in a register; the changes survive a reload', async ({ page }) => {
  await loadExample(page);
  await open(page, 'context?view=registers');
  await expect(dataRows(page).first()).toBeVisible();
  const before = await dataRows(page).count();

  // An empty form saves nothing and names each problem beside its field.
  await page.getByRole('button', { name: 'New context issue' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Create context issue' }).click();
  await expect(dialog.getByText('Nothing was saved')).toBeVisible();
  await expect(dialog.locator('.field.invalid').first()).toBeVisible();
  await expect(dialog.getByLabel("Title")).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dataRows(page)).toHaveCount(before);

  // Create.
  await page.getByRole('button', { name: 'New context issue' }).click();
  await dialog.getByLabel("Title").fill('New data-residency law in a key market');
  await dialog.getByLabel("Description").fill('A customer country plans to require that personal data stays in the country.');
  await dialog.getByLabel("Origin").selectOption('external');
  await dialog.getByLabel('Category').selectOption('legal');
  await dialog.getByLabel("Effect on the ISMS").selectOption('negative');
  await dialog.getByLabel('Relevance').selectOption('high');
  await dialog.getByLabel("Status").selectOption('active');
  await dialog.getByRole('button', { name: 'Create context issue' }).click();
  await expect(dialog).toBeHidden();
  await expect(dataRows(page)).toHaveCount(before + 1);
  const row = dataRows(page).filter({ hasText: 'New data-residency law' });
  await expect(row).toHaveCount(1);

  // Edit.
  await row.getByRole('button').first().click();
  await dialog.getByLabel("Title").fill('Data-residency law adopted in a key market');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(dataRows(page).filter({ hasText: 'Data-residency law adopted' })).toHaveCount(1);

  await page.reload();
  await expect(dataRows(page).filter({ hasText: 'Data-residency law adopted' })).toHaveCount(1);

  // Delete, after confirming.
  await dataRows(page).filter({ hasText: 'Data-residency law adopted' }).getByRole('button').first().click();
  await dialog.getByRole('button', { name: 'Delete…' }).click();
  await dialog.getByRole('button', { name: /Yes, delete/ }).click();
  await expect(dialog).toBeHidden();
  await expect(dataRows(page)).toHaveCount(before);
  await page.reload();
  await expect(dataRows(page)).toHaveCount(before);
  await expect(dataRows(page).filter({ hasText: 'Data-residency law' })).toHaveCount(0);

  // The history records all three changes.
  await open(page, 'settings?tab=changeLog');
  await expect(dataRows(page).filter({ hasText: 'Context issue' }).filter({ hasText: 'delete' })).toHaveCount(1);
});

test('a record that is still linked cannot be deleted', async ({ page }) => {
  await loadExample(page);
  await open(page, 'roles?tab=persons');
  await dataRows(page).first().getByRole('button').first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Delete…' }).click();
  await dialog.getByRole('button', { name: /Yes, delete/ }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'still linked' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  await expect(dataRows(page).first()).toBeVisible();
});
