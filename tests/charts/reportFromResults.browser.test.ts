/**
 * Opens reports made by `collabsim report` from real results (a grid sweep of the
 * safety-house preset with weekly rows, a Morris sweep of the linear model and a 52-week run)
 * in headless Chromium, and checks that every chart renders with no console errors, page
 * errors or network requests. Run with `npm run test:browser` (scripts/test-browser.sh).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../cli/runCli.js';
import { launchChromium, openReport } from './chromium.js';
import { makeResults, type FixtureName } from '../results/resultsFixture.js';

describe('reports from real results in Chromium', () => {
  let browser: Browser;
  let fixture: Awaited<ReturnType<typeof makeResults>>;

  beforeAll(async () => {
    fixture = await makeResults(['scenario', 'morris', 'run']);
    browser = await launchChromium();
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
      const { page, problems, requests } = await openReport(browser, file);
      expect(await page.locator('figure.chart[data-rendered] > svg').count()).toBe(charts);
      expect(await page.locator('figure.chart-error').count()).toBe(0);
      expect(await page.locator('g.role-mark').count()).toBeGreaterThan(charts);
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
      await page.close();
    });
  }
});
