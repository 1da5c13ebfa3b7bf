/**
 * Opens reports made by `collabsim report` from real results (a grid sweep of the
 * safety-house preset with weekly rows, a Morris sweep of the linear model and a 52-week run)
 * in headless Chromium, and checks that every chart renders with no console errors, page
 * errors or network requests. Run with `npm run test:browser` (scripts/test-browser.sh).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, makeResults, type FixtureName } from './results/resultsFixture.js';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe('reports from real results in Chromium', () => {
  let browser: Browser;
  let fixture: Awaited<ReturnType<typeof makeResults>>;

  beforeAll(async () => {
    fixture = await makeResults(['scenario', 'morris', 'run']);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    fixture?.remove();
  });

  for (const name of ['scenario', 'morris', 'run'] as FixtureName[]) {
    it(`renders every chart of the ${name} report with no errors`, async () => {
      const file = join(fixture.dir(name), 'report.html');
      expect((await cli('report', fixture.dir(name))).code).toBe(0);
      const charts = readFileSync(file, 'utf8').match(/<figure class="chart"/g)?.length ?? 0;
      expect(charts).toBeGreaterThanOrEqual(1);
      const page = await browser.newPage();
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        if (request.url() !== pathToFileURL(file).href) requests.push(request.url());
      });
      await page.goto(pathToFileURL(file).href);
      await page.waitForFunction('window.collabsimCharts !== undefined');
      await page.evaluate('window.collabsimCharts.then(() => true)');
      expect(await page.locator('figure.chart[data-rendered] > svg').count()).toBe(charts);
      expect(await page.locator('figure.chart-error').count()).toBe(0);
      expect(await page.locator('g.role-mark').count()).toBeGreaterThan(charts);
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
      await page.close();
    });
  }
});
