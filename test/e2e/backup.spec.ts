import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { dataRows, expect, loadExample, open, test } from './fixtures.ts';

const switcher = (page: Page) => page.getByRole('combobox', { name: 'Workspace' });

/** Downloads a full backup of the open workspace from the Export page and returns where it was saved. */
async function backup(page: Page, dir: string): Promise<string> {
  await open(page, 'export');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a full backup' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^northwind-analytics-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const path = `${dir}/${download.suggestedFilename()}`;
  await download.saveAs(path);
  return path;
}

test('backs up, then restores as a new workspace and over the open one', async ({ page }, info) => {
  await loadExample(page);
  await open(page, 'settings');
  await expect(page.getByTestId('last-backup')).toContainText('No backup');
  const file = await backup(page, info.outputDir);
  await expect(page.getByTestId('last-backup')).toContainText('Last backup:');
  const parsed = JSON.parse(await readFile(file, 'utf8')) as { format: string; tables: Record<string, unknown[]> };
  expect(parsed.format).toBe('isms-workbench-backup');
  expect(parsed.tables['risks']).toHaveLength(40);
  await open(page, 'settings');
  await expect(page.getByTestId('last-backup')).toContainText('Last backup:');

  // As a new workspace.
  await open(page, 'export');
  await page.getByLabel('Backup file (.json)').setInputFiles(file);
  await expect(page.getByTestId('backup-summary')).toContainText('Backup of Northwind Analytics');
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByText('restored as the new workspace “Northwind Analytics (2)”')).toBeVisible();
  await expect(switcher(page).locator('option:checked')).toHaveText('Northwind Analytics (2)');
  await open(page, 'risks');
  await expect(page.getByText('40 of 40 risks')).toBeVisible();

  // Over the open workspace: a record added since the backup goes, after confirmation and a safety backup.
  await open(page, 'assets');
  await page.getByRole('button', { name: 'New asset' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Added after the backup');
  await dialog.locator('#f-type').selectOption('information');
  await dialog.locator('#f-owner').selectOption({ index: 1 });
  await dialog.getByRole('button', { name: 'Create asset' }).click();
  await expect(dialog).toBeHidden();
  await expect(dataRows(page).filter({ hasText: 'Added after the backup' })).toHaveCount(1);
  await open(page, 'export');
  await page.getByLabel('Backup file (.json)').setInputFiles(file);
  await expect(page.getByTestId('backup-summary')).toBeVisible();
  await page.getByLabel(/Over this workspace/).check();
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore over this workspace?' });
  await expect(confirm).toBeVisible();
  const [safety] = await Promise.all([page.waitForEvent('download'), confirm.getByRole('button', { name: /^Restore over/ }).click()]);
  expect(safety.suggestedFilename()).toMatch(/safety-backup/);
  const kept = JSON.parse(await readFile((await safety.path())!, 'utf8')) as { tables: Record<string, { name?: string }[]> };
  expect(kept.tables['assets']!.some((a) => a.name === 'Added after the backup')).toBe(true);
  await expect(page.getByText('was restored from the backup')).toBeVisible();
  await open(page, 'assets');
  await expect(dataRows(page).filter({ hasText: 'Added after the backup' })).toHaveCount(0);
  await expect(switcher(page).locator('option')).toHaveText([/Northwind Analytics$/, 'Northwind Analytics (2)', /Manage/]);
});

test('refuses a damaged backup and writes nothing', async ({ page }, info) => {
  await loadExample(page);
  await mkdir(info.outputDir, { recursive: true });
  const damaged = `${info.outputDir}/damaged.json`;
  await writeFile(damaged, '{"format":"isms-workbench-backup","schemaVersion":1');
  await open(page, 'export');
  await page.getByLabel('Backup file (.json)').setInputFiles(damaged);
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
  await expect(page.getByRole('button', { name: 'Restore', exact: true })).toHaveCount(0);
  const newer = `${info.outputDir}/newer.json`;
  const good = JSON.parse(await readFile(await backup(page, info.outputDir), 'utf8')) as Record<string, unknown>;
  await writeFile(newer, JSON.stringify({ ...good, schemaVersion: 999 }));
  await page.getByLabel('Backup file (.json)').setInputFiles(newer);
  await expect(page.getByRole('alert')).toContainText('newer version of ISMS Workbench');
  await expect(switcher(page).locator('option')).toHaveCount(2);
});
