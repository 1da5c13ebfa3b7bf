import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratch, fixture } from './spawnCli.js';

/** End-to-end tests of collabsim run: spawn `node bin/collabsim.mjs` as a user would (helpers in spawnCli.ts). */
describe.concurrent('collabsim run', { timeout: 120_000 }, () => {
  it('run prints a summary table of a preset', async () => {
    const { code, stdout, stderr } = await cli('run', 'safety-house', '--weeks', '26', '--seed', '3');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^safety-house: seed 3, 26 weeks\n\nmetric +value +unit\n/);
    expect(stdout).toMatch(/^casesArrived +\d+ +cases$/m);
  });

  it('run --out writes the results, refuses to overwrite, and --force adds without deleting', async () => {
    const out = join(scratch(), 'results');
    const first = await cli('run', fixture, '--weeks', '12', '--out', out);
    expect(first.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['scenario.normalized.json', 'summary.json', 'weekly.csv']);
    const csv = readFileSync(join(out, 'weekly.csv'), 'utf8').trimEnd().split('\n');
    expect(csv[0]).toMatch(/^week,casesArrived,/);
    expect(csv).toHaveLength(13);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary).toMatchObject({ scenario: 'small-network', seed: 1, weeks: 12 });
    // No case is successAge (52) weeks old after 12 weeks: the success rate is missing (null), not 0.
    expect(summary.summary.successRate).toBeNull();
    expect(csv[1].split(',')[csv[0].split(',').indexOf('successRate')]).toBe('');
    expect(JSON.parse(readFileSync(join(out, 'scenario.normalized.json'), 'utf8')).weeks).toBe(12);

    const before = statSync(join(out, 'weekly.csv')).mtimeMs;
    const again = await cli('run', fixture, '--weeks', '12', '--out', out);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(
      `output folder ${out} already exists and is not empty; use --force to write into it\nrun "collabsim run --help" for usage\n`,
    );
    expect(statSync(join(out, 'weekly.csv')).mtimeMs).toBe(before);

    const forced = await cli('run', fixture, '--weeks', '12', '--out', out, '--force', '--format', 'json');
    expect(forced.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['scenario.normalized.json', 'summary.json', 'weekly.csv', 'weekly.json']);
    expect(JSON.parse(readFileSync(join(out, 'weekly.json'), 'utf8'))).toHaveLength(12);
  });

  it('the same seed gives the same bytes', async () => {
    const [a, b] = [join(scratch(), 'a'), join(scratch(), 'b')];
    await Promise.all([cli('run', fixture, '--weeks', '8', '--seed', '9', '--out', a), cli('run', fixture, '--weeks', '8', '--seed', '9', '--out', b)]);
    for (const f of ['weekly.csv', 'summary.json', 'scenario.normalized.json']) {
      expect(readFileSync(join(a, f), 'utf8'), f).toBe(readFileSync(join(b, f), 'utf8'));
    }
  });

  it('usage and input mistakes exit 2 with a readable message and a suggestion', async () => {
    const [option, preset] = await Promise.all([cli('run', 'safety-house', '--sed', '3'), cli('run', 'safty-house')]);
    expect(option).toMatchObject({ code: 2, stdout: '', stderr: 'unknown option --sed; did you mean --seed?\nrun "collabsim run --help" for usage\n' });
    expect(preset).toMatchObject({ code: 2, stdout: '', stderr: 'safty-house: no scenario file or preset named "safty-house"; did you mean "safety-house"?\n' });
  });
});
