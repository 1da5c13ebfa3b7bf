import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [file, png] of process.argv.slice(2).map((a) => a.split('='))) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction('window.collabsimCharts !== undefined');
  await page.evaluate('window.collabsimCharts.then(() => true)');
  console.log(file, 'errors:', problems, 'charts', await page.locator('figure.chart').count(), 'rendered', await page.locator('figure.chart[data-rendered]').count());
  const height = Number(await page.evaluate('document.documentElement.scrollHeight'));
  console.log('height', height);
  for (let y = 0, k = 0; y < height; y += 1800, k++) {
    await page.screenshot({ path: png.replace('.png', `_${k}.png`), fullPage: true, clip: { x: 0, y, width: 1100, height: Math.min(1800, height - y) } });
  }
  await page.close();
}
await browser.close();
