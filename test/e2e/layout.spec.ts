import { dataRows, expect, loadExample, open, test } from './fixtures.ts';

test('at phone width the navigation opens from a Menu button and registers stay usable', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await loadExample(page);
  const nav = page.getByRole('navigation', { name: 'ISMS areas' });
  await expect(nav).toBeHidden();
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(nav).toBeVisible();
  await nav.getByRole('link', { name: /Risks/ }).click();
  await expect(nav).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Risks');
  await expect(dataRows(page).first()).toBeVisible();
  // Nothing overflows sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the register and its form can be used with the keyboard alone', async ({ page }) => {
  await loadExample(page);
  await open(page, 'improvements?view=registers');
  // locator.press focuses the element and presses the key on it in one step: a focus() followed by a
  // separate key press could land on a row the register re-renders in between (seen on a loaded machine).
  await page.getByRole('button', { name: 'New improvement' }).press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  const first = dataRows(page).first().getByRole('button').first();
  await first.press('Enter');
  await expect(dialog).toBeVisible();
});

test('register tabs follow the tabs pattern: arrow keys move between them', async ({ page }) => {
  await loadExample(page);
  await open(page, 'assets');
  const first = page.getByRole('tab', { name: 'Assets' });
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await first.focus();
  await page.keyboard.press('ArrowRight');
  const second = page.getByRole('tab', { name: 'Threats' });
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(second).toBeFocused();
  await expect(page).toHaveURL(/tab=threats/);
  await expect(page.getByRole('tabpanel')).toBeVisible();
  await expect(dataRows(page).first()).toBeVisible();
});
