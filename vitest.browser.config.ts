import { defineConfig } from 'vitest/config';

/**
 * The browser tests (files ending in .browser.test.ts, headless Chromium), which the default
 * config excludes; run by scripts/test-browser.sh. A separate config because vitest applies
 * the default config's `exclude` even to files named on the command line.
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.browser.test.ts'],
    exclude: ['node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
