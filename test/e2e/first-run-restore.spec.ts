import { writeFile } from 'node:fs/promises';
import { expect, loadExample, open, test } from './fixtures.ts';

test('a backup restores from the first-run screen of a fresh browser, and a damaged file is refused', async ({ page, browser }, info) => {
  await loadExample(page);
  await open(page, 'export');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a full backup' }).click()]);
  const file = `${info.outputDir}/backup.json`;
  await download.saveAs(file);

  // A fresh browser profile: nothing stored, the first-run screen.
  const fresh = await browser.newContext({ baseURL: info.project.use.baseURL });
  const other = await fresh.newPage();
  await other.goto('./');
  const broken = `${info.outputDir}/broken.json`;
  await writeFile(broken, '{"format":"isms-workbench-backup","tables":');
  await other.getByLabel('Choose a backup file…').setInputFiles(broken);
  await expect(other.getByRole('alert')).toContainText('broken.json was not restored');
  await expect(other.getByRole('button', { name: 'Load the example ISMS' })).toBeVisible();

  await other.getByLabel('Choose a backup file…').setInputFiles(file);
  await expect(other.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(other.getByRole('combobox', { name: 'Workspace' }).locator('option:checked')).toHaveText('Northwind Analytics');
  await other.goto('./#/risks');
  await expect(other.getByText('40 of 40 risks')).toBeVisible();
  await fresh.close();
});
