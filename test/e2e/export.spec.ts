import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Download, Page } from '@playwright/test';
import { expect, loadExample, open, test } from './fixtures.ts';

/** Clicks a button and returns the file it downloads. */
async function downloadBy(page: Page, name: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { download, bytes: await readFile((await download.path())!) };
}

async function workbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

test('exports the auditor workbook, the SoA alone and a register as CSV through the page', async ({ page }) => {
  await loadExample(page);
  await open(page, 'export');
  await expect(page.getByRole('heading', { level: 1, name: 'Export' })).toBeVisible();

  const auditor = await downloadBy(page, 'Download the auditor workbook');
  expect(auditor.download.suggestedFilename()).toMatch(/^northwind-analytics-auditor-workbook-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(page.getByText('Auditor workbook downloaded.')).toBeVisible();
  const wb = await workbook(auditor.bytes);
  expect(wb.worksheets.slice(0, 7).map((s) => s.name)).toEqual(['Cover', 'Risk method', 'Risk register', 'Inherent heat map', 'Residual heat map', 'Treatment plan', 'Statement of Applicability']);
  const risks = wb.getWorksheet('Risk register')!;
  expect(risks.getCell('A1').value).toBe('Risk ID');
  expect(risks.actualRowCount).toBe(41);
  expect(risks.getCell('A2').value).toBe('RSK-001');
  const soa = wb.getWorksheet('Statement of Applicability')!;
  expect(soa.getCell('A2').value).toBe('A.5.1');
  expect(soa.actualRowCount).toBe(1 + 93 + 2);
  let fingerprint = '';
  wb.getWorksheet('Cover')!.eachRow((row) => void (row.getCell(1).value === 'Content fingerprint (SHA-256)' && (fingerprint = String(row.getCell(2).value))));
  expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);

  const soaOnly = await workbook((await downloadBy(page, 'Statement of Applicability only')).bytes);
  expect(soaOnly.worksheets.map((s) => s.name)).toEqual(['Cover', 'Statement of Applicability', 'Lists']);

  await page.getByLabel('Register', { exact: true }).selectOption({ label: 'Nonconformities' });
  const csv = await downloadBy(page, 'Download CSV');
  expect(csv.download.suggestedFilename()).toMatch(/^northwind-analytics-nonconformities-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = csv.bytes.toString('utf8');
  expect(text.startsWith('\uFEFF"Nonconformity ID","Title"')).toBe(true);
  expect(text.trimEnd().split('\r\n')).toHaveLength(4);
});

test('the export page works on a phone-sized screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loadExample(page);
  await open(page, 'export');
  const button = page.getByRole('button', { name: 'Risk register only' });
  await button.scrollIntoViewIfNeeded();
  const box = await button.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
  const { download, bytes } = await downloadBy(page, 'Risk register only');
  expect(download.suggestedFilename()).toMatch(/risk-register/);
  expect((await workbook(bytes)).worksheets.map((s) => s.name)).toEqual(['Cover', 'Risk register', 'Risk method', 'Inherent heat map', 'Residual heat map', 'Lists']);
  // The outcome stays in view, although the button was far down the page.
  await expect(page.getByText('Risk register downloaded.')).toBeInViewport();
});
