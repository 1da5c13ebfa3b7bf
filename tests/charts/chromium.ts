/**
 * Headless Chromium for the *.browser.test.ts files (run with `npm run test:browser`;
 * scripts/test-browser.sh installs /usr/bin/chromium first): launching it, and opening an
 * HTML report while recording what would make it fail in a reader's browser.
 */
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium with no network extras (sync, updates, QUIC). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/**
 * Opens the report `file` from file:// in a new page and waits until its charts have
 * rendered. `problems` collects console errors and warnings and page errors; `requests`
 * every request other than the file itself (a report must need no network).
 */
export async function openReport(browser: Browser, file: string): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  const url = pathToFileURL(file).href;
  const page = await browser.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (request.url() !== url) requests.push(request.url());
  });
  await page.goto(url);
  // page code is passed as strings: this project's TypeScript has no DOM types
  await page.waitForFunction('window.collabsimCharts !== undefined');
  await page.evaluate('window.collabsimCharts.then(() => true)');
  return { page, problems, requests };
}
