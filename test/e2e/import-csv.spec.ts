import { expect, loadExample, open, test } from './fixtures.ts';

// Semicolons, as spreadsheet programs in much of Europe write CSV.
const CSV = ['Risk ID;Risk;Asset;Likelihood;Impact;Risk owner', 'R-901;Courier loses a backup tape;Backup tapes;2;4;Helen Marsh', 'R-902;Shared admin password leaks;Admin accounts;3;4;Helen Marsh'].join('\n');

test('a CSV register is read as CSV, also when it arrives with a workbook name', async ({ page }) => {
  await loadExample(page);

  // A CSV text named .xlsx is refused as a workbook, with the offer to read it as CSV.
  await open(page, 'import');
  await page.getByLabel('Choose a workbook…').setInputFiles({ name: 'register.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(CSV) });
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText('CSV text file');
  await refusal.getByRole('button', { name: 'Read it as CSV' }).click();
  await expect(page.getByRole('tab', { name: /Risk register/ })).toBeVisible();
  await expect(page.getByLabel('Field of column A (Risk ID)')).toHaveValue('id');
  await expect(page.getByRole('region', { name: /^Preview of/ }).getByRole('list', { name: 'Records' })).toContainText('2 new');

  // A real .csv file is read as CSV straight away.
  await open(page, 'import');
  await page.getByLabel('Choose a workbook…').setInputFiles({ name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByLabel('Field of column D (Likelihood)')).toHaveValue('likelihood');
});

test('reading a large file can be cancelled; the page stays usable and nothing is written', async ({ page }) => {
  await loadExample(page);
  await open(page, 'risks');
  await expect(page.getByText('40 of 40 risks')).toBeVisible();
  // 60,000 rows: long enough to read that Cancel is there to press.
  const rows = Array.from({ length: 60000 }, (_, i) => `R-${100000 + i};Risk number ${i} in a long register;Asset ${i % 50};${(i % 5) + 1};${(i % 4) + 1};Helen Marsh`);
  await open(page, 'import');
  await page.getByLabel('Choose a workbook…').setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.from(['Risk ID;Risk;Asset;Likelihood;Impact;Risk owner', ...rows].join('\n')) });
  await expect(page.getByRole('progressbar', { name: 'Reading the workbook' })).toBeVisible();
  // The page answers while the worker reads: Cancel works before the reading ends.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('alert')).toContainText('Reading “huge.csv” was cancelled.');
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
  await open(page, 'risks');
  await expect(page.getByText('40 of 40 risks')).toBeVisible();
});
