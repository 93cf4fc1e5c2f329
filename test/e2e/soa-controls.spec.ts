import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, loadExample, open, test } from './fixtures.ts';

/** The rows of a CSV whose every field is quoted, as the matrix export writes it. */
function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"')));
}

async function controlsTab(page: Page, query = ''): Promise<void> {
  await open(page, `soa?tab=controls${query}`);
  await expect(page.getByRole('tab', { name: 'Controls', selected: true })).toBeVisible();
}

test('browse controls by attribute and search, and open one with its linked risks', async ({ page }) => {
  await loadExample(page);
  await controlsTab(page);
  const shown = page.getByText(/^\d+ of \d+ controls$/);
  await expect(shown).toHaveText(/^(\d+) of \1 controls$/);

  // An attribute tag and a word of the title: the filters narrow the list and stay in the URL.
  await page.getByLabel('Filter by control type').selectOption('Corrective');
  await page.getByLabel('Search controls by id or title').fill('backup');
  await expect(page).toHaveURL(/tab=controls/);
  await expect(page).toHaveURL(/controlType=Corrective/);
  const backup = page.getByRole('button', { name: 'A.8.13 Information backup' });
  await expect(backup).toBeVisible();
  await expect(shown).toHaveText(/^1 of \d+ controls$/);
  await page.getByLabel('Filter by control type').selectOption('Detective');
  await expect(backup).toBeHidden();
  await expect(page.getByText('No control matches the search or filters.')).toBeVisible();

  // Search by id, with and without the A. prefix, after a reload from the URL.
  await controlsTab(page, '&q=5.15');
  await expect(page.getByRole('button', { name: 'A.5.15 Access control' })).toBeVisible();
  await page.getByLabel('Search controls by id or title').fill('a.8.13');
  await expect(page.getByRole('button', { name: /^A\.5\.15 / })).toBeHidden();

  await page.getByRole('button', { name: 'A.8.13 Information backup' }).click();
  const detail = page.getByRole('dialog', { name: /Control A\.8\.13/ });
  await expect(detail).toBeVisible();
  await expect(detail.getByText('Corrective')).toBeVisible();
  await expect(detail.getByRole('heading', { name: 'In the Statement of Applicability' })).toBeVisible();
  const risk = detail.getByRole('link', { name: /Ransomware/ });
  await expect(risk).toBeVisible();
  await expect(risk).toHaveAttribute('href', /^#\/risks\?q=RSK-\d+&open=/);
  await expect(detail.getByRole('link', { name: 'Edit its row in the Statement' })).toHaveAttribute('href', '#/soa?control=2022%3AA.8.13');
});

test('the risk–control matrix downloads as CSV', async ({ page }) => {
  await loadExample(page);
  await open(page, 'soa?tab=matrix');
  const grid = page.getByRole('table');
  await expect(grid.getByRole('columnheader', { name: /^A\.8\.13/ })).toBeVisible();
  const ransomware = grid.getByRole('row', { name: /Ransomware/ }).first();
  await expect(ransomware.getByRole('cell', { name: /A\.8\.13: .*treatment action/ })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^risk-control-matrix-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parseCsv(await readFile(await download.path(), 'utf8'));
  const [head, ...body] = rows;
  expect(head?.slice(0, 3)).toEqual(['Risk', 'Risk title', 'Treatment']);
  const col = head!.indexOf('A.8.13');
  expect(col).toBeGreaterThan(2);
  const row = body.find((r) => /Ransomware/.test(r[1] ?? ''));
  expect(row?.[0]).toMatch(/^RSK-\d+$/);
  expect(row?.[col]).toMatch(/action/);
  expect(body.every((r) => r.length === head!.length)).toBe(true);

  // The export follows the filter: searching for one control leaves only that column.
  await page.getByLabel('Search risks or controls').fill('A.8.13');
  const [filtered] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const small = parseCsv(await readFile(await filtered.path(), 'utf8'));
  expect(small[0]).toEqual(['Risk', 'Risk title', 'Treatment', 'A.8.13']);
  expect(small.length).toBeGreaterThan(1);
});

test('add a control set, and refuse one whose ids clash', async ({ page }) => {
  await loadExample(page);
  await open(page, 'soa?tab=custom');
  const count = page.getByText(/custom controls? in \d+ sets?$/);
  await expect(count).toHaveText('2 custom controls in 1 set');

  await page.getByRole('button', { name: 'Add a control set…' }).click();
  let dialog = page.getByRole('dialog', { name: 'Add a control set' });
  await dialog.getByLabel('Control set').fill('Cloud security');
  await dialog.getByLabel('Controls, one per line').fill('CLD.1\tCloud account inventory\nCLD.2 ; Shared responsibility matrix');
  await expect(dialog.getByText('2 controls ready to save')).toBeVisible();
  await dialog.getByRole('button', { name: 'Save the set (2 controls)' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Added 2 controls to the control set “Cloud security”' })).toBeVisible();
  const set = page.getByRole('region', { name: /Control set: Cloud security/ });
  await expect(set.getByText('Cloud account inventory')).toBeVisible();
  await expect(set.getByText('Shared responsibility matrix')).toBeVisible();
  await expect(count).toHaveText('4 custom controls in 2 sets');

  // A set with an id of an existing custom control (other case) and an Annex A id: nothing saved.
  await page.getByRole('button', { name: 'Add a control set…' }).click();
  dialog = page.getByRole('dialog', { name: 'Add a control set' });
  await dialog.getByLabel('Control set').fill('Clashing set');
  await dialog.getByLabel('Controls, one per line').fill('CLD.3 ; Fine on its own\ncld.1 ; Same id as a custom control\n5.1 | Same id as Annex A');
  await dialog.getByRole('button', { name: /Save the set/ }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Nothing was saved');
  await expect(alert).toContainText('cld.1 is already used by');
  await expect(alert).toContainText('5.1: Control id is an Annex A id');
  page.once('dialog', (d) => void d.accept());
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(count).toHaveText('4 custom controls in 2 sets');
  await expect(page.getByText('Fine on its own')).toHaveCount(0);

  // The new set is a group of the controls browser.
  await controlsTab(page);
  await page.getByLabel('Filter by theme or set').selectOption('Cloud security');
  await expect(page.getByText(/^\d+ of \d+ controls$/)).toHaveText(/^2 of \d+ controls$/);
  await expect(page.getByRole('button', { name: 'CLD.2 Shared responsibility matrix' })).toBeVisible();
});
