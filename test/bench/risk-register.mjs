// `npm run bench`: how the risk register copes with a large workspace, in the system's Chromium
// against the built app. It prints figures; it asserts nothing (speed is never a test).
//   RISKS=50000 npm run bench
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const RISKS = Number(process.env.RISKS ?? 50000);
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chrome)) {
  console.error(`The bench needs Chromium at ${chrome}: apt-get install -y chromium, or set CHROME_PATH.`);
  process.exit(1);
}
const port = 4177;
const base = `http://127.0.0.1:${port}/isms/`;
const server = spawn('npx', ['vite', 'preview', '--base', '/isms/', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
const browser = await chromium.launch({
  executablePath: chrome,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

try {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const page = await browser.newPage({ viewport: { width: 1366, height: 850 } });
  await page.goto(base);
  await page.getByRole('button', { name: 'Load the example ISMS' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await page.evaluate(fill, RISKS);
  await page.goto(`${base}#/settings`);
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  const total = RISKS + 40;
  const figures = [];
  const time = async (label, fn) => {
    const t = performance.now();
    await fn();
    figures.push([label, Math.round(performance.now() - t)]);
  };
  await time('open the register', async () => {
    await page.goto(`${base}#/risks`);
    await page.getByText(`${total} of ${total} risks`).waitFor({ timeout: 120000 });
  });
  await time('search (one keystroke burst)', async () => {
    await page.getByRole('searchbox', { name: 'Search risks' }).fill('number 4999');
    await page.getByText(`11 of ${total} risks`).waitFor();
  });
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByText(`${total} of ${total} risks`).waitFor();
  await time('filter by owner (index)', async () => {
    await page.getByLabel('Filter by owner').selectOption({ index: 2 });
    await page.waitForFunction((n) => !(document.querySelector('.register-bar .count')?.textContent ?? '').startsWith(`${n} of`), total);
  });
  await time('sort by inherent rating', async () => {
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('button', { name: 'Inherent', exact: true }).click();
    await page.waitForURL(/sort=inherent/);
    await page.getByText(`${total} of ${total} risks`).waitFor();
  });
  const scroll = await page.evaluate(async () => {
    const box = document.querySelector('.vscroll');
    const times = [];
    let last = performance.now();
    for (let k = 0; k < 120; k++) {
      box.scrollTop += 600;
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    times.sort((a, b) => a - b);
    return { median: times[60], p95: times[114], rows: document.querySelectorAll('tr.vrow').length };
  });
  await time('open the heat maps', async () => {
    await page.goto(`${base}#/risks?view=heatmaps`);
    await page.locator('.heatmap a').first().waitFor({ timeout: 120000 });
  });
  console.log(`Risk register with ${total} risks (Chromium ${browser.version()})`);
  for (const [label, ms] of figures) console.log(`  ${label.padEnd(32)} ${String(ms).padStart(6)} ms`);
  console.log(`  ${'scroll frame, median / p95'.padEnd(32)} ${scroll.median.toFixed(1)} / ${scroll.p95.toFixed(1)} ms (${scroll.rows} rows in the DOM)`);
} finally {
  await browser.close();
  server.kill();
}

/** Writes `n` generated risks straight into the open workspace (in the page, one transaction). */
function fill(n) {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('isms-workbench');
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction(['meta', 'risks', 'persons'], 'readwrite');
      tx.objectStore('meta').get('lastWorkspaceId').onsuccess = (e) => {
        const ws = e.target.result.value;
        tx.objectStore('persons').getAll().onsuccess = (pe) => {
          const owners = pe.target.result.filter((x) => x.workspaceId === ws).map((x) => x.id);
          const store = tx.objectStore('risks');
          const now = new Date().toISOString();
          for (let k = 0; k < n; k++) {
            const i = 1 + ((k * 7) % 5);
            store.put({
              id: crypto.randomUUID(), workspaceId: ws, ref: `GEN-${String(k).padStart(5, '0')}`, createdAt: now, updatedAt: now, rev: 1,
              title: `Generated risk number ${k} about supplier data`, description: 'Generated for the bench.', kind: 'infosec_risk',
              approach: 'scenario_based', assets: [], threats: [], vulnerabilities: [], riskSources: '', consequence: '', cia: [], category: null,
              owner: owners[k % owners.length], existingControls: [], inherent: { likelihood: 1 + (k % 5), impact: i },
              treatmentOption: k % 3 ? 'modify' : null, treatmentRationale: '', plannedControls: k % 3 ? [{ edition: '2022', id: 'A.8.7' }] : [],
              residual: k % 3 ? { likelihood: 1, impact: i } : null, acceptance: null, status: k % 2 ? 'assessed' : 'in_treatment',
              lastReviewedAt: null, nextReviewDue: k % 10 ? '2099-01-01' : '2020-01-01',
            });
          }
        };
      };
      tx.oncomplete = () => resolve(null);
      tx.onerror = () => reject(tx.error);
    };
  });
}
