import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// The tests never download a browser: they use the system's Chromium (Debian's package).
const chrome = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
if (!existsSync(chrome)) {
  throw new Error(
    `The browser tests need Chromium at ${chrome}, which is missing. Install it with ` +
      '"apt-get install -y chromium" (Debian/Ubuntu), or point CHROME_PATH at a Chromium or Chrome binary.',
  );
}

// E2E_PORT and E2E_DIST let two checkouts (or two people) run the browser tests side by side.
const port = Number(process.env['E2E_PORT'] ?? 4173);
const outDir = process.env['E2E_DIST'] ?? 'dist';
// Served from a sub-path, as on a static host such as https://example.org/isms/.
export const baseURL = `http://127.0.0.1:${port}/isms/`;

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL,
    viewport: { width: 1366, height: 850 },
    launchOptions: {
      executablePath: chrome,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx vite preview --base /isms/ --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: baseURL,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
