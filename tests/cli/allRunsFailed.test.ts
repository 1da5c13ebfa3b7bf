import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempRoot } from '../analysis/results/fixtures.js';
import { cli } from './runCli.js';

/**
 * A sweep whose runs all fail is a failure, not a success: it still writes its results folder
 * (every run recorded with its error), then exits 1 with one plain line saying so and where
 * the errors are, and no stack trace. A sweep with only some failed runs still exits 0.
 */
const root = tempRoot('all-failed');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const at = (name: string) => join(root, name);

describe('collabsim sweep when every run fails', () => {
  it('exits 1 saying all N runs failed and where their errors are recorded', async () => {
    // ishigami's constant a must be one number: with a list every run throws
    writeFileSync(at('broken.yaml'), 'model: ishigami\nconstants: { a: [1] }\nseed: 1\nreplications: 2\ndesign: { method: lhs, samples: 3 }\n');
    const result = await cli('sweep', at('broken.yaml'), '--out', at('broken'), '--workers', '0', '--quiet');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^wrote .*broken: 6 runs \(6 failed\) in \d+ s\n$/);
    expect(result.stderr).toBe(`all 6 runs failed; each run's error is in the error column of ${join(at('broken'), 'runs.csv')}\n`);
    const rows = readFileSync(join(at('broken'), 'runs.csv'), 'utf8').trimEnd().split('\n').slice(1);
    expect(rows).toHaveLength(6);
    expect(rows.every((row) => row.includes(',failed,'))).toBe(true);
  });

  it('exits 0 when some runs succeed', async () => {
    writeFileSync(at('fine.yaml'), 'model: ishigami\nseed: 1\nreplications: 1\ndesign: { method: lhs, samples: 3 }\n');
    const result = await cli('sweep', at('fine.yaml'), '--out', at('fine'), '--workers', '0', '--quiet');
    expect(result).toMatchObject({ code: 0, stderr: '' });
  });
});
