import { dataRows, expect, loadExample, open, test } from './fixtures.ts';

test('a second workspace is independent of the first, and the last one used opens next time', async ({ page }) => {
  await loadExample(page);
  await open(page, 'settings');
  await page.getByLabel('New workspace').fill('Second Org');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByText('Workspace “Second Org” created and opened.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Workspace' }).locator('option:checked')).toHaveText('Second Org');

  await open(page, 'risks');
  await expect(page.getByText('0 of 0 risks')).toBeVisible();
  await expect(dataRows(page)).toHaveCount(0);

  // Create a person in the second workspace only.
  await open(page, 'roles?tab=persons');
  await page.getByRole('button', { name: 'New person' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole("textbox", { name: "Name", exact: true }).fill('Only In Second');
  await dialog.getByLabel("Kind").selectOption('employee');
  await dialog.getByRole('button', { name: 'Create person' }).click();
  await expect(dataRows(page)).toHaveCount(1);

  // The last workspace used opens on the next visit.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Workspace' }).locator('option:checked')).toHaveText('Second Org');
  await expect(dataRows(page)).toHaveCount(1);

  // Switch back: the example is untouched and does not see the new person.
  const switcher = page.getByRole('combobox', { name: 'Workspace' });
  const exampleId = await switcher.locator('option', { hasNotText: /Second Org|Manage/ }).getAttribute('value');
  await switcher.selectOption(exampleId!);
  await expect(switcher.locator('option:checked')).toHaveText(/Northwind/);
  await open(page, 'roles?tab=persons');
  await expect(dataRows(page).filter({ hasText: 'Only In Second' })).toHaveCount(0);
  await open(page, 'risks');
  await expect(page.getByText('40 of 40 risks')).toBeVisible();
});

test('rename, and delete only after typing the name', async ({ page }) => {
  await open(page);
  await page.getByLabel('Organisation name').fill('Temp Org');
  await page.getByRole('button', { name: 'Start an empty workspace' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /ISMS scope/ })).toBeVisible();

  // A new workspace's dashboard leads through the first steps, none of them done yet.
  await open(page, 'dashboard');
  await expect(page.getByRole('heading', { name: 'First steps' })).toBeVisible();
  await expect(page.locator('.first-steps li')).toHaveCount(7);
  await expect(page.locator('.first-steps li.done')).toHaveCount(0);

  await open(page, 'settings');
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New name').fill('Renamed Org');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.locator('.ws-list strong')).toHaveText('Renamed Org');

  await page.getByRole('button', { name: 'Delete…' }).click();
  const dialog = page.getByRole('dialog');
  const confirm = dialog.getByRole('button', { name: 'Delete workspace' });
  await dialog.getByLabel('Type the workspace name to confirm').fill('renamed');
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Type the workspace name to confirm').fill('Renamed Org');
  await confirm.click();
  // With no workspace left, the first-run screen is back.
  await expect(page.getByRole('button', { name: 'Load the example ISMS' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Load the example ISMS' })).toBeVisible();
});
