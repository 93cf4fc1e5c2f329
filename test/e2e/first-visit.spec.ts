import { areas } from '../../src/views/areas.ts';
import { dataRows, expect, loadExample, open, test } from './fixtures.ts';

test('a first visit offers the example, and the example fills every area of clauses 4 to 10', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('heading', { level: 1, name: 'ISMS Workbench' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start an empty workspace' })).toBeVisible();
  await expect(page.getByText('Choose a backup file…')).toBeVisible();

  await loadExample(page);
  await expect(page.getByRole('heading', { name: 'Needs attention' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Certification readiness/ })).toContainText(/\d+%.*1 blocker/);

  // Areas with screens of their own are checked by their own specs (cycle-screens.spec.ts, soa.spec.ts).
  const ownScreens = new Set(['settings', 'risks', 'soa', 'scope', 'context', 'parties', 'policies', 'roles', 'objectives', 'competence', 'awareness', 'communication', 'documents', 'audits', 'reviews', 'nonconformities', 'improvements']);
  for (const area of areas.filter((a) => a.registers.length > 0 && !ownScreens.has(a.path))) {
    await open(page, area.path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(area.title);
    const tabs = page.getByRole('tab');
    const tabCount = area.registers.length > 1 ? area.registers.length : 0;
    await expect(tabs).toHaveCount(tabCount);
    for (let i = 0; i < Math.max(tabCount, 1); i++) {
      if (tabCount) await tabs.nth(i).click();
      await expect(dataRows(page).first(), `${area.path}: tab ${i + 1} shows records`).toBeVisible();
    }
  }

  // The risks area has its own screens: the register, the heat maps and the method.
  await open(page, 'risks');
  await expect(page.getByRole('tab')).toHaveText(['Register', 'Heat maps', 'Risk method']);
  await expect(page.getByText('40 of 40 risks')).toBeVisible();
  // The SoA: every Annex A control and the example's two custom controls.
  await open(page, 'soa');
  await expect(page.locator('.soa-filters .count')).toHaveText('95 of 95 controls');
  await expect(page.locator('tr[data-control]')).toHaveCount(95);
  await open(page, 'settings?tab=changeLog');
  await expect(dataRows(page).first()).toBeVisible();
});

test('an unknown route shows a not-found page, not a blank one', async ({ page }) => {
  await loadExample(page);
  await open(page, 'no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
});

test('a register filter lives in the URL and survives a reload', async ({ page }) => {
  await loadExample(page);
  await open(page, 'risks');
  await page.getByRole('searchbox', { name: 'Search Risks' }).fill('ransomware');
  await expect(page).toHaveURL(/q=ransomware/);
  const shown = await dataRows(page).count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(40);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search Risks' })).toHaveValue('ransomware');
  await expect(dataRows(page)).toHaveCount(shown);
});
