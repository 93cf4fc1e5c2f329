import { dataRows, expect, loadExample, open, test } from './fixtures.ts';

test('the due view lists overdue and coming work by kind, each linked to its record', async ({ page }) => {
  await loadExample(page);
  await page.getByRole('link', { name: 'Due and overdue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Due and overdue' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Reviews/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Actions/ })).toBeVisible();
  await expect(page.getByText(/\d+ overdue · \d+ due soon/)).toBeVisible();

  // A narrower window lists fewer items; overdue ones stay.
  const count = () => page.locator('table.data tbody tr').count();
  const wide = await count();
  await page.getByLabel('Show what falls due within').selectOption('7');
  await expect.poll(count).toBeLessThan(wide);
  await expect(page.locator('table.data tbody tr').filter({ hasText: 'Overdue' }).first()).toBeVisible();

  // An overdue treatment action opens in its register.
  const action = page.locator('table.data tbody tr').filter({ hasText: 'Treatment action' }).filter({ hasText: 'Overdue' }).first();
  const ref = (await action.locator('.ref').textContent())!.trim();
  await action.getByRole('link').click();
  await expect(page).toHaveURL(/#\/treatment/);
  await expect(dataRows(page).filter({ hasText: ref })).toHaveCount(1);
});

test('an empty workspace has nothing due', async ({ page }) => {
  await open(page);
  await page.getByLabel('Organisation name').fill('Nothing Due Ltd');
  await page.getByRole('button', { name: 'Start an empty workspace' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /ISMS scope/ })).toBeVisible();
  await open(page, 'due');
  await expect(page.getByText('Nothing is overdue or due within 30 days.')).toBeVisible();
});
