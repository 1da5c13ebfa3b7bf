import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempRoot } from '../analysis/results/fixtures.js';
import { cli, sweepExperiments } from './runCli.js';

const root = tempRoot('compare-cli');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const at = (name: string) => join(root, name);

// Two scenarios of the linear model on the same oat design and seeds: y differs by 2·x3
const EXPERIMENTS = {
  base: 'model: linear\nseed: 4\nreplications: 3\ndesign: { method: oat }\n',
  steeper: 'model: linear\nconstants: { c: [1, -2, 5] }\nseed: 4\nreplications: 3\ndesign: { method: oat }\n',
  reseeded: 'model: linear\nseed: 5\nreplications: 3\ndesign: { method: oat }\n',
};

beforeAll(() => sweepExperiments(root, EXPERIMENTS));

describe('collabsim compare', () => {
  it('compares two results folders run with the same seeds', async () => {
    const result = await cli('compare', at('steeper'), at('base'), '--out', at('cmp'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`A − B: A = ${at('steeper')}, B = ${at('base')}; paired by point and replicate`);
    // oat points: x3 = 0.5 at 5 points, 0 and 1 at one each: mean 2·x3 = 1
    const row = readFileSync(join(at('cmp'), 'compare.csv'), 'utf8').split('\n')[1].split(',');
    expect(row.slice(0, 4)).toEqual(['y', '3', '21', '0']);
    expect(Number(row[6])).toBeCloseTo(1, 12);
  });

  it('compares two design points of one folder and reports the replications needed', async () => {
    const result = await cli('compare', at('base'), '--point-a', '6', '--point-b', '5', '--width', '0.1');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`A = ${at('base')} point 6, B = ${at('base')} point 5; paired by replicate`);
    expect(result.stdout).toMatch(/\ny\s+3\s+3\s+0\s+-?[\d.]+\s+-?[\d.]+\s+3\s/); // x3 from 0 to 1: +3
    expect(result.stdout).toContain("replicationsNeeded: for a half-width of 0.1 × each metric's level (halfWidth, in its units)");
  });

  it('takes --width relative to each metric, or per metric as metric=W (issue 15, item 17)', async () => {
    const rowOf = (dir: string) => {
      const [header, line] = readFileSync(join(dir, 'compare.csv'), 'utf8').split('\n');
      const names = header.split(',');
      return Object.fromEntries(line.split(',').map((v, i) => [names[i], v]));
    };
    expect((await cli('compare', at('steeper'), at('base'), '--width', '0.1', '--out', at('relative'))).code).toBe(0);
    const relative = rowOf(at('relative'));
    expect(Number(relative.halfWidth)).toBeCloseTo((0.1 * (Math.abs(Number(relative.meanA)) + Math.abs(Number(relative.meanB)))) / 2, 12);
    expect((await cli('compare', at('steeper'), at('base'), '--width', 'y=0.25', '--out', at('absolute'))).code).toBe(0);
    expect(Number(rowOf(at('absolute')).halfWidth)).toBe(0.25);
    const bad = await cli('compare', at('steeper'), at('base'), '--width', 'y=wide');
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.stderr).toContain('--width y: expected a positive number, found "wide"');
  });

  it('refuses runs with different seeds and other mistakes, with exit status 2', async () => {
    const seeds = await cli('compare', at('base'), at('reseeded'));
    expect(seeds.code).toBe(2);
    expect(seeds.stderr).toMatch(/^runs are not paired: replicate 0 of point 0 has seed \d+ in .*base and \d+ in .*reseeded; compare needs runs with the same seeds/);
    const one = await cli('compare', at('base'));
    expect(one.stderr).toContain('to compare two design points of one results folder, give --point-a and --point-b');
    const width = await cli('compare', at('base'), '--point-a', '0', '--point-b', '1', '--width', '0');
    expect(width.stderr).toContain('--width: expected a positive number, found 0');
    const missing = await cli('compare', at('base'), at('nope'));
    expect(missing.stderr).toContain(`results folder ${at('nope')} not found`);
    for (const r of [seeds, one, width, missing]) expect(r.code).toBe(2);
  });

  it('sweep --until-ci adds replications until the intervals are narrow enough', async () => {
    const result = await cli('sweep', at('base.yaml'), '--out', at('precise'), '--workers', '0', '--quiet', '--replications', '1', '--until-ci', '0.5');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('2 replications: widest 95% interval 0 (y at point 0), narrower than 0.5');
    const shard = await cli('sweep', at('base.yaml'), '--out', at('x'), '--until-ci', '0.5', '--shard', '1/2');
    expect(shard).toMatchObject({ code: 2 });
    expect(shard.stderr).toContain('--until-ci runs the whole sweep; it cannot be used with --shard');
  });
});
