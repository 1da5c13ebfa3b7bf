import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from './spawnCli.js';

/** End-to-end tests of collabsim presets: spawn `node bin/collabsim.mjs` as a user would (helpers in spawnCli.ts). */
describe.concurrent('collabsim presets', { timeout: 120_000 }, () => {
  it('presets lists one line per preset', async () => {
    const { code, stdout } = await cli('presets');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^safety-house +\S.*$/m);
    expect(stdout.trimEnd().split('\n').length).toBe(readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).length);
  });
});
