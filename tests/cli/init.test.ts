import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/scenario/loadScenarioFile.js';
import { cli, scratch } from './spawnCli.js';

/** End-to-end tests of collabsim init: spawn `node bin/collabsim.mjs` as a user would (helpers in spawnCli.ts). */
describe.concurrent('collabsim init', { timeout: 120_000 }, () => {
  it('init writes a valid commented scenario and will not overwrite it', async () => {
    const dir = scratch();
    const file = join(dir, 'my-network.yaml');
    const from = join(dir, 'variant.yaml');
    const [made, fromPreset] = await Promise.all([cli('init', file), cli('init', from, '--from', 'safety-house')]);
    expect(made).toMatchObject({ code: 0, stdout: `wrote ${file}\n` });
    expect(fromPreset.code).toBe(0);
    expect(loadScenarioFile(file).name).toBe('my-network');
    expect(loadScenarioFile(from).organisations).toEqual(loadScenarioFile('scenarios/safety-house.yaml').organisations);
    expect(readFileSync(file, 'utf8')).toMatch(/^# /);
    const again = await cli('init', file);
    expect(again).toMatchObject({ code: 2, stderr: `${file} already exists; use --force to overwrite it\nrun "collabsim init --help" for usage\n` });
  });
});
