import type { Locator, Page } from '@playwright/test';
import { dataRows, expect, open, test } from './fixtures.ts';

/** Chooses the option of a select whose text contains `text`. */
async function pick(select: Locator, text: string): Promise<void> {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  await select.selectOption(value ?? '');
}

async function person(page: Page, name: string, top = false): Promise<void> {
  await open(page, 'roles?tab=persons');
  await page.getByRole('button', { name: 'New person' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await dialog.getByLabel('Kind').selectOption('employee');
  if (top) await dialog.getByLabel('Top management').check();
  await dialog.getByLabel('Active').check();
  await dialog.getByRole('button', { name: 'Create person' }).click();
  await expect(dialog).toBeHidden();
}

async function risk(page: Page, title: string, owner: string, inherent: [number, number], residual?: [number, number]): Promise<void> {
  await open(page, 'risks');
  await page.getByRole('button', { name: 'New risk' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Description').fill(`Scenario: ${title}.`);
  await pick(dialog.locator('#f-owner'), owner);
  await dialog.locator('#f-inherent').selectOption(String(inherent[0]));
  await dialog.locator('#f-inherent-impact').selectOption(String(inherent[1]));
  if (residual) {
    await dialog.locator('#f-treatmentOption').selectOption('retain');
    await dialog.locator('#f-residual').selectOption(String(residual[0]));
    await dialog.locator('#f-residual-impact').selectOption(String(residual[1]));
  }
  await dialog.getByRole('button', { name: 'Create risk' }).click();
  await expect(dialog).toBeHidden();
}

async function setScales(page: Page, size: number): Promise<void> {
  await open(page, 'risks?view=method');
  await page.getByLabel('Number of likelihood levels').selectOption(String(size));
  await page.getByLabel('Number of impact levels').selectOption(String(size));
  await page.getByRole('button', { name: 'Spread the bands evenly over the scores' }).click();
  await page.getByRole('button', { name: 'Review and apply…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // The message of an earlier change may still be shown: wait for a new one.
  const applied = page.getByText(/in force; \d+ risks? re-mapped/);
  const before = await applied.allTextContents();
  await dialog.getByRole('button', { name: 'Apply new method' }).click();
  await expect.poll(async () => (await applied.allTextContents()).some((t) => !before.includes(t))).toBe(true);
}

test('a 4×4 method, risks on its heat map, a cell drill-down, an acceptance, and a change to 5×5', async ({ page }) => {
  await open(page);
  await page.getByLabel('Organisation name').fill('Risk Test Org');
  await page.getByRole('button', { name: 'Start an empty workspace' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /ISMS scope/ })).toBeVisible();

  await person(page, 'Olivia Owner');
  await person(page, 'Tom Top', true);
  await person(page, 'Ivan Other');

  // Configure a 4×4 method (there are no risks yet, so nothing to re-map).
  await setScales(page, 4);
  await expect(page.getByText('4 likelihood × 4 impact levels')).toBeVisible();

  await risk(page, 'Laptop stolen from a car', 'Olivia Owner', [4, 4], [2, 2]);
  await risk(page, 'Payroll export sent to the wrong person', 'Olivia Owner', [4, 4]);
  await risk(page, 'Office printer jam loses a page', 'Olivia Owner', [1, 2]);
  await open(page, 'risks');
  await expect(page.getByText('3 of 3 risks')).toBeVisible();

  // The inherent heat map counts two risks in L4×I4; its cell opens exactly those risks.
  await open(page, 'risks?view=heatmaps');
  const cell = page.getByRole('link', { name: /^Likelihood 4, impact 4: 2 risks/ }).first();
  await expect(cell).toBeVisible();
  await expect(page.getByRole('link', { name: /^Likelihood 1, impact 2: 1 risk/ }).first()).toBeVisible();
  await cell.click();
  await expect(page.getByText('2 of 3 risks')).toBeVisible();
  await expect(page.getByText('Inherent cell: likelihood 4 × impact 4')).toBeVisible();
  await expect(dataRows(page)).toHaveCount(2);
  await expect(dataRows(page).filter({ hasText: 'RSK-001' })).toHaveCount(1);
  await expect(dataRows(page).filter({ hasText: 'RSK-002' })).toHaveCount(1);

  // Accept the residual risk: someone without the authority is refused at the field, the owner is not.
  await dataRows(page).filter({ hasText: 'RSK-001' }).getByRole('button').first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Accept the residual risk…' }).click();
  await pick(dialog.getByLabel('Accepted by'), 'Ivan Other');
  await dialog.getByLabel('Why it is acceptable').fill('Laptops are encrypted; the loss would be the device only.');
  await dialog.getByRole('button', { name: 'Accept residual risk' }).click();
  await expect(dialog.locator('#acc-err')).toContainText('accepted by its owner (or top management)');
  await pick(dialog.getByLabel('Accepted by'), 'Olivia Owner');
  await dialog.getByRole('button', { name: 'Accept residual risk' }).click();
  await expect(page.getByText('RSK-001: residual risk accepted.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await open(page, 'risks');
  await expect(dataRows(page).filter({ hasText: 'RSK-001' }).getByText('Accepted')).toBeVisible();

  // Change to 5×5 through the preview: every risk is still there, re-mapped (4 → 5, 1 → 1, 2 → 2).
  await setScales(page, 5);
  await open(page, 'risks');
  await expect(page.getByText('3 of 3 risks')).toBeVisible();
  await expect(dataRows(page).filter({ hasText: 'RSK-001' }).locator('.c-inherent')).toContainText('25');
  await expect(dataRows(page).filter({ hasText: 'RSK-002' }).locator('.c-inherent')).toContainText('25');
  await expect(dataRows(page).filter({ hasText: 'RSK-003' }).locator('.c-inherent')).toContainText('2');
  // The acceptance moved with the rating, so it is still valid.
  await expect(dataRows(page).filter({ hasText: 'RSK-001' }).getByText('Accepted')).toBeVisible();

  // The change log keeps each risk's ratings from before the change.
  await open(page, 'settings?tab=changeLog');
  await expect(dataRows(page).filter({ hasText: 'Re-mapped ratings' }).first()).toBeVisible();
});

test('a heat map can be saved as a PNG image', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Load the example ISMS' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await open(page, 'risks?view=heatmaps');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Save as PNG/ }).first().click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('heat-map-inherent.png');
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  const png = Buffer.concat(chunks);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.length).toBeGreaterThan(5000);
});
