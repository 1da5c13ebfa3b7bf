import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempRoot } from '../analysis/results/fixtures.js';
import { readRunTimeout } from '../../src/experiment/readRunTimeout.js';
import { cli } from './runCli.js';

/**
 * `runTimeout` in an experiment file (seconds one run may take on a worker; `--run-timeout`
 * replaces it) and `--run-timeout` on `explore`: bad values are refused with exit 2 naming the
 * key or option, and the key changes nothing in `experiment.json`.
 */
const root = tempRoot('run-timeout');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const at = (name: string) => join(root, name);
const base = 'model: ishigami\nseed: 1\nreplications: 1\ndesign: { method: lhs, samples: 3 }\n';

describe('runTimeout in the experiment file', () => {
  it('is read from the file, and absent when the file has none', () => {
    writeFileSync(at('slow.yaml'), `${base}runTimeout: 1200\n`);
    writeFileSync(at('plain.yaml'), base);
    expect(readRunTimeout(at('slow.yaml'))).toBe(1200);
    expect(readRunTimeout(at('plain.yaml'))).toBeUndefined();
  });

  it.each([
    ['0', 'expected a number above 0, found 0'],
    ['-5', 'expected a number above 0, found -5'],
    ['soon', 'expected a number'],
  ])('refuses runTimeout: %s with exit 2 naming the key, writing nothing', async (value, message) => {
    writeFileSync(at('bad.yaml'), `${base}runTimeout: ${value}\n`);
    const result = await cli('sweep', at('bad.yaml'), '--out', at('bad'), '--workers', '0', '--quiet');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`bad.yaml: runTimeout: ${message}`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(at('bad'))).toBe(false);
  });

  it('sweeps with it (the option overriding it) and leaves experiment.json as without it', async () => {
    writeFileSync(at('timed.yaml'), `${base}runTimeout: 30\n`);
    writeFileSync(at('untimed.yaml'), base);
    expect((await cli('sweep', at('timed.yaml'), '--out', at('timed'), '--workers', '1', '--quiet')).code).toBe(0);
    expect((await cli('sweep', at('timed.yaml'), '--out', at('timed-option'), '--workers', '1', '--quiet', '--run-timeout', '60')).code).toBe(0);
    expect((await cli('sweep', at('untimed.yaml'), '--out', at('untimed'), '--workers', '1', '--quiet')).code).toBe(0);
    const record = (name: string) => readFileSync(join(at(name), 'experiment.json'), 'utf8').replace(/"name": "\w+"/, '');
    expect(record('timed')).toBe(record('untimed'));
    expect(readFileSync(join(at('timed'), 'runs.csv'), 'utf8')).toBe(readFileSync(join(at('untimed'), 'runs.csv'), 'utf8'));
    expect(readFileSync(join(at('timed-option'), 'runs.csv'), 'utf8')).toBe(readFileSync(join(at('untimed'), 'runs.csv'), 'utf8'));
  }, 120_000);

  it('with --workers 0, where nothing can stop a run: --run-timeout exits 2 writing nothing, the file\'s key gets a warning', async () => {
    writeFileSync(at('plain0.yaml'), base);
    const refused = await cli('sweep', at('plain0.yaml'), '--out', at('in-thread'), '--workers', '0', '--run-timeout', '5', '--quiet');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--run-timeout needs worker threads: with --workers 0 the runs go in this thread');
    expect(existsSync(at('in-thread'))).toBe(false);
    writeFileSync(at('timed0.yaml'), `${base}runTimeout: 30\n`);
    const warned = await cli('sweep', at('timed0.yaml'), '--out', at('in-thread-file'), '--workers', '0', '--quiet');
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain('timed0.yaml sets runTimeout, which is not applied with --workers 0');
  }, 120_000);
});

describe('explore --run-timeout', () => {
  it('is an option of explore, and a bad value is refused with exit 2 naming it', async () => {
    const result = await cli('explore', 'safety-house', '--out', at('explore'), '--run-timeout', '-1', '--quiet');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--run-timeout: expected a positive number, found -1');
  });

  it('is refused with --workers 0, exit 2', async () => {
    const result = await cli('explore', 'safety-house', '--out', at('explore0'), '--workers', '0', '--run-timeout', '5', '--quiet');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--run-timeout needs worker threads');
    expect(existsSync(at('explore0'))).toBe(false);
  });
});
