import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['**/*.browser.test.ts', 'node_modules/**'],
    testTimeout: 60_000,
    // fixtures that sweep several experiments in beforeAll (tests/results/resultsFixture.ts) take over the default 10 s on a loaded machine
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
