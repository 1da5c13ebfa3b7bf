import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/scenario/loadScenarioFile.js';

/**
 * End-to-end: spawn `node bin/collabsim.mjs` as a user would, and check the output, the files
 * and the exit status. Each spawn costs about a second (tsx registration), so the cases are
 * few (16 spawns) and run concurrently; main.test.ts covers the other usage errors in-process.
 */
const run = promisify(execFile);

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/collabsim.mjs', ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const scratch = () => mkdtempSync(join(tmpdir(), 'collabsim-cli-'));
const fixture = 'tests/fixtures/valid/small-network.yaml';
const expected = (name: string) => readFileSync(`tests/fixtures/invalid/${name}.expected.txt`, 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe.concurrent('collabsim', { timeout: 120_000 }, () => {
  it('--help lists the commands and the exit statuses', async () => {
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    for (const command of ['run <scenario>', 'validate <files..>', 'presets', 'init <file>']) expect(stdout).toContain(command);
    expect(stdout).toContain('exit status: 0 ok, 1 unexpected failure, 2 usage or input error');
  });

  it('--version prints the package version', async () => {
    expect(await cli('--version')).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

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

  it('presets lists one line per preset', async () => {
    const { code, stdout } = await cli('presets');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^safety-house +\S.*$/m);
    expect(stdout.trimEnd().split('\n').length).toBe(readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).length);
  });

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
