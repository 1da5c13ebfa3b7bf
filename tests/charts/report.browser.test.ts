/**
 * Opens an HTML report in headless Chromium and checks that every chart renders, with no
 * console errors, no page errors and no network requests. Needs /usr/bin/chromium: run it
 * with `npm run test:browser` (scripts/test-browser.sh installs Chromium first). The default
 * `vitest run` excludes *.browser.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../../src/charts/renderHtmlReport.js';
import { launchChromium, openReport } from './chromium.js';
import { sampleReport } from './reportFixture.js';

describe('HTML report in Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'collabsim-report-'));
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('renders every chart from file:// with no errors and no network requests', async () => {
    const file = join(dir, 'report.html');
    writeFileSync(file, renderHtmlReport(sampleReport));
    const { page, problems, requests } = await openReport(browser, file);

    expect(await page.locator('figure.chart').count()).toBe(3);
    expect(await page.locator('figure.chart[data-rendered] > svg').count()).toBe(3);
    expect(await page.locator('figure.chart-error').count()).toBe(0);
    // data marks are drawn: 3 effect bars, 9 trust cells
    expect(await page.locator('#chart-2 g.mark-rect.role-mark path').count()).toBe(3);
    expect(await page.locator('#chart-3 g.mark-rect.role-mark path').count()).toBe(9);
    // hostile partner names stayed text
    expect(await page.evaluate('typeof window.pwned')).toBe('undefined');
    expect(await page.locator('img').count()).toBe(0);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('renders the same from setContent', async () => {
    const page = await browser.newPage();
    await page.setContent(renderHtmlReport(sampleReport));
    await page.waitForFunction(`document.querySelectorAll('figure.chart[data-rendered] > svg').length === 3`);
    await page.close();
  });
});
