import type { Locator } from '@playwright/test';
import { expect, loadExample, open, test } from './fixtures.ts';

/** Chooses the option of a select whose text contains `text`. */
async function pick(select: Locator, text: string): Promise<void> {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  await select.selectOption(value ?? '');
}

test('a nonconformity goes from its record through correction, root cause and corrective action to its effectiveness check', async ({ page }) => {
  await loadExample(page);
  await open(page, 'nonconformities');
  await expect(page.getByRole('list', { name: 'Nonconformities' }).getByRole('listitem').filter({ hasText: 'NC-' })).toHaveCount(2);

  // 1. Record it.
  await page.getByRole('button', { name: 'Record a nonconformity' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('Title').fill('Visitor log not kept at the Bristol office');
  await dialog.locator('#f-source').selectOption('internal_audit');
  await dialog.getByLabel('Requirement not met').fill('A.7.2');
  await dialog.getByLabel('Description').fill('Visitors signed in on loose sheets that were thrown away each week.');
  await dialog.locator('#f-severity').selectOption('minor');
  await pick(dialog.locator('#f-owner'), 'Grace Whitfield');
  await expect(dialog.getByLabel('Root cause')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Create nonconformity' }).click();
  await expect(dialog).toBeHidden();

  const card = page.locator('.nc-card', { hasText: 'Visitor log not kept' });
  await expect(card.locator('.nc-progress li.current')).toHaveText(/Correction$/);
  await card.getByRole('link', { name: 'Visitor log not kept at the Bristol office' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Visitor log not kept/ })).toBeVisible();
  await expect(page.getByText('Status: open')).toBeVisible();
  await expect(page.getByText('Record the correction first.')).toBeVisible();

  // 2. The correction: the status moves to contained with it.
  await page.getByRole('button', { name: 'Record the correction' }).click();
  dialog = page.getByRole('dialog');
  await expect(dialog.locator('#f-status')).toHaveValue('contained');
  await dialog.getByLabel('What was done now').fill('Started a bound visitor book kept at reception for two years.');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Status: contained')).toBeVisible();

  // 3. The root cause, the check elsewhere and the decision that corrective action is needed.
  await page.getByRole('button', { name: 'Record the root cause' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Cause', exact: true }).fill('The office procedure did not say how long visitor records are kept.');
  await dialog.getByLabel('Checked whether it occurs elsewhere').check();
  await dialog.getByLabel('What that check found').fill('Leeds keeps its visitor log for two years already.');
  await dialog.locator('#f-caNeeded').selectOption('yes');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Status: analysed')).toBeVisible();
  await expect(page.getByText('Plan at least one corrective action.')).toBeVisible();

  // 4. A corrective action with an owner and a due date; the status follows on request.
  await page.getByRole('button', { name: 'Add a corrective action' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('What will be done').fill('Add visitor record retention to the office security procedure.');
  await dialog.getByLabel('Due date').fill('2030-01-31');
  await dialog.getByRole('button', { name: 'Create corrective action' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Set the status to action planned' }).click();
  await expect(page.getByText('Status: action planned')).toBeVisible();
  await expect(page.getByText('Every corrective action must be implemented.')).toBeVisible();

  // Implemented, with evidence.
  await page.getByRole('button', { name: /^Record CA-\d+ as implemented$/ }).click();
  dialog = page.getByRole('dialog');
  await expect(dialog.locator('#f-status')).toHaveValue('implemented');
  await dialog.getByLabel('Evidence').fill('Office security procedure v1.4, section 3.');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/needs an effectiveness check/)).toBeVisible();
  await page.getByRole('button', { name: 'Set the status to verifying' }).click();
  await expect(page.getByText('Status: verifying')).toBeVisible();

  // 5. The effectiveness check: not effective first, which asks to reopen.
  await page.getByRole('button', { name: /^Check the effectiveness of CA-\d+$/ }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Effective when').fill('Six months of visitor records can be shown at the next audit.');
  await dialog.locator('#f-effectiveness-result').selectOption('not_effective');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/not effective: reopen the analysis/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Close NC-/ })).toHaveCount(0);

  await page.getByRole('button', { name: /^Edit the check of CA-\d+$/ }).click();
  dialog = page.getByRole('dialog');
  await dialog.locator('#f-effectiveness-result').selectOption('effective');
  await dialog.getByLabel('Note').fill('Records for six months were shown at reception.');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.ca-list').getByText('Effective', { exact: true })).toBeVisible();

  // 6. Closed by the effectiveness check.
  await page.getByRole('button', { name: /^Close NC-\d+$/ }).click();
  await expect(page.getByText('Status: closed')).toBeVisible();
  await expect(page.getByText(/^Closed on \d{4}-\d{2}-\d{2}\.$/)).toBeVisible();
  await expect(page.locator('.nc-steps > li.done')).toHaveCount(5);

  await page.getByRole('link', { name: '← All nonconformities' }).click();
  await expect(page.locator('.nc-card', { hasText: 'Visitor log not kept' })).toHaveCount(0);
  await page.getByLabel('Show closed ones').check();
  await expect(page.locator('.nc-card', { hasText: 'Visitor log not kept' }).locator('.nc-progress li.done')).toHaveCount(7);
});
