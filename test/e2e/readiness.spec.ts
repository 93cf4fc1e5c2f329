import { expect, loadExample, open, test, dataRows } from './fixtures.ts';

/** A business date `months` months before today, in the browser's sense of today. */
function monthsAgo(months: number): string {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - months);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-01`;
}

test('the example ISMS shows its readiness; an internal audit older than 12 months fails R12, whose fix link leads to the audits', async ({ page }) => {
  await loadExample(page);
  await open(page, 'readiness');
  const figure = page.getByTestId('readiness-figure');
  await expect(figure).toHaveText(/^\d{1,3}%$/);
  expect(Number((await figure.textContent())!.replace('%', ''))).toBeGreaterThan(0);
  const failing = async () => Number(/(\d+) failing/.exec((await page.locator('.summary').textContent()) ?? '')?.[1]);
  const failingBefore = await failing();

  // One row per item, each with its status in words.
  const r01 = page.locator('tr[data-item="R01"]');
  await expect(r01).toContainText('ISMS scope');
  await expect(r01.locator('.status')).toHaveText(/Pass/);
  await expect(page.locator('tr[data-item="R15.access-control"]')).toContainText('Access control policy');
  const r12 = page.locator('tr[data-item="R12"]');
  await expect(r12).toContainText('Internal audit programme and results');
  await expect(r12.locator('.status')).toHaveText(/Pass/);

  // The example's audit passes R12, so R12 lists no records: open the audits, and move the internal audit's dates 13 months back.
  await expect(r12.getByRole('link', { name: /AUD-\d+/ })).toHaveCount(0);
  await open(page, 'audits?view=registers&tab=audits');
  await expect(page.getByRole('heading', { level: 1, name: /Internal audits/ })).toBeVisible();
  const row = dataRows(page).filter({ hasText: /internal/i }).first();
  await row.getByRole('button').first().click();
  const dialog = page.getByRole('dialog');
  const old = monthsAgo(13);
  for (const label of ['Planned date', 'Start date', 'End date', 'Report issued on']) await dialog.getByLabel(label, { exact: true }).fill(old);
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();

  // Back on the readiness page, R12 fails, blocks certification, and says why.
  await open(page, 'readiness');
  await expect(r12.locator('.status')).toHaveText(/Fail/);
  await expect(r12).toContainText('An internal audit was closed within the last 12 months');
  await expect(r12).toContainText('Blocker');
  await expect(page.locator('.blockers').getByRole('link', { name: /R12/ })).toBeVisible();
  expect(await failing()).toBe(failingBefore + 1);

  // Its fix link opens the internal audits.
  await r12.getByRole('link', { name: /^Fix R12/ }).click();
  await expect(page).toHaveURL(/#\/audits/);
  await expect(page.getByRole('heading', { level: 1, name: /Internal audits/ })).toBeVisible();
});

test('the roadmap takes an empty workspace from its first stage', async ({ page }) => {
  await open(page);
  await page.getByLabel('Organisation name').fill('Roadmap Test Ltd');
  await page.getByRole('button', { name: 'Start an empty workspace' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /ISMS scope/ })).toBeVisible();
  await open(page, 'readiness?view=roadmap');
  const stages = page.locator('ol.roadmap > li');
  await expect(stages).toHaveCount(12);
  await expect(stages.first()).toContainText('Management support and scope');
  await expect(stages.first()).toContainText('You are here');
  await expect(stages.last()).toContainText('Certification audit, stages 1 and 2');
  await stages.first().getByRole('link').click();
  await expect(page).toHaveURL(/#\/scope/);
});
