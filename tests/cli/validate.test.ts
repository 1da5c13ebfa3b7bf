import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fixture, expected } from './spawnCli.js';

/** End-to-end tests of collabsim validate: spawn `node bin/collabsim.mjs` as a user would (helpers in spawnCli.ts). */
describe.concurrent('collabsim validate', { timeout: 120_000 }, () => {
  it('validate prints ok for valid files and presets', async () => {
    const { code, stdout, stderr } = await cli('validate', fixture, 'tests/fixtures/valid/extends-small.yaml', 'safety-house');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(`ok  ${fixture}\nok  tests/fixtures/valid/extends-small.yaml\nok  safety-house\n`);
  });

  it('validate prints every problem of every file and exits 2, without a stack trace', async () => {
    const files = ['many-problems.yaml', 'billion-laughs.yaml', 'not-utf8.yaml'];
    const { code, stdout, stderr } = await cli('validate', fixture, ...files.map((f) => `tests/fixtures/invalid/${f}`));
    expect(code).toBe(2);
    expect(stdout).toBe(`ok  ${fixture}\n`);
    expect(stderr).toBe(files.map(expected).join(''));
  });
});
