import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every browser test runs with two guards: the page must cause no Content-Security-Policy
 * violation, and it must not request anything from another origin. Either fails the test.
 */
export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const foreign: string[] = [];
      const violations: string[] = [];
      const errors: string[] = [];
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
        foreign.push(url);
        return route.abort();
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
        });
      });
      page.on('console', (m) => {
        if (/Content Security Policy|CSP violation/i.test(m.text())) violations.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await use();
      expect(foreign, 'requests to another origin').toEqual([]);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app on a route (relative to the app's sub-path). */
export async function open(page: Page, route = ''): Promise<void> {
  await page.goto(route ? `./#/${route}` : './');
}

/** From the first-run screen, loads the example ISMS and waits for the dashboard. */
export async function loadExample(page: Page): Promise<void> {
  await open(page);
  await page.getByRole('button', { name: 'Load the example ISMS' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
}

/** The data rows of the register table on the page (not the "nothing here" row). */
export function dataRows(page: Page) {
  return page.locator('table.data tbody tr.clickable');
}
