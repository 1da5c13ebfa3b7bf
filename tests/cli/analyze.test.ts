import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempRoot } from '../analysis/results/fixtures.js';
import { cli, sweepExperiments } from './runCli.js';

const root = tempRoot('analyze-cli');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const at = (name: string) => join(root, name);

const EXPERIMENTS = {
  // y = x1 − 2 x2 + 3 x3 on [0, 1]³: OAT effects 1, −2, 3
  oat: 'model: linear\nseed: 4\nreplications: 2\ndesign: { method: oat }\n',
  sobol: 'model: ishigami\nseed: 4\ndesign: { method: sobol, samples: 512 }\n',
  morris: 'model: linear\nseed: 4\ndesign: { method: morris, trajectories: 8 }\n',
};

beforeAll(() => sweepExperiments(root, EXPERIMENTS));

const header = (file: string) => readFileSync(file, 'utf8').split('\n')[0];

describe('collabsim analyze', () => {
  it('analyses an oat sweep: prints the ranked effects and writes analysis/oat.csv and .json', async () => {
    const result = await cli('analyze', at('oat'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`oat of ${at('oat')}: oat design, 14 runs (2 per point)`);
    const table = result.stdout.split('\n').filter((l) => /^y\s/.test(l));
    expect(table.map((l) => l.split(/\s+/)[1])).toEqual(['x3', 'x2', 'x1']);
    expect(result.stdout).toContain(`wrote ${join(at('oat'), 'analysis', 'oat.csv')}, ${join(at('oat'), 'analysis', 'oat.json')}`);
    expect(readFileSync(join(at('oat'), 'analysis', 'oat.csv'), 'utf8')).toBe(
      'metric,factor,low,high,effect,effectLow,effectHigh,standardized,rank\n' +
        'y,x3,0,1,3,3,3,,1\ny,x2,0,1,-2,-2,-2,,2\ny,x1,0,1,1,1,1,,3\n',
    );
    const json = JSON.parse(readFileSync(join(at('oat'), 'analysis', 'oat.json'), 'utf8'));
    expect(json).toMatchObject({ method: 'oat', design: 'oat', runs: 14, failed: 0, rows: [{ factor: 'x3', standardized: null }, {}, {}] });
  });

  it('writes each method with exactly its documented columns', async () => {
    const summary = await cli('analyze', at('oat'), '--method', 'summary');
    expect(summary.code).toBe(0);
    expect(header(join(at('oat'), 'analysis', 'summary.csv'))).toBe('metric,point,n,mean,sd,ciLow,ciHigh,median');
    const sobol = await cli('analyze', at('sobol'), '--bootstrap', '100', '--out', at('sobol-analysis'));
    expect(sobol.code).toBe(0);
    expect(sobol.stdout).toContain('intervals: 95%, 100 bootstrap resamples, seed 0');
    expect(header(join(at('sobol-analysis'), 'sobol.csv'))).toBe('metric,factor,S1,S1Low,S1High,ST,STLow,STHigh,distinguishable');
    expect(readFileSync(join(at('sobol-analysis'), 'sobol.csv'), 'utf8')).toMatch(/\ny,x1,[^\n]+\ny,x2,[^\n]+\ny,x3,/);
    const morris = await cli('analyze', at('morris'), '--metric', 'y');
    expect(morris.code).toBe(0);
    expect(header(join(at('morris'), 'analysis', 'morris.csv'))).toBe('metric,factor,mu,muStar,sigma,muStarLow,muStarHigh,distinguishable');
  });

  it('never overwrites a table without --force', async () => {
    const again = await cli('analyze', at('morris'));
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`${join(at('morris'), 'analysis', 'morris.csv')} already exists; use --force to overwrite it`);
    expect((await cli('analyze', at('morris'), '--force')).code).toBe(0);
  });

  it('exits 2 with a clear message for user mistakes', async () => {
    const missing = await cli('analyze', at('nope'));
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toBe(`results folder ${at('nope')} not found\nrun "collabsim analyze --help" for usage\n`);
    const mismatch = await cli('analyze', at('oat'), '--method', 'sobol');
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toContain('method sobol needs a sobol design; these results hold an oat design, which oat or summary can analyse');
    const metric = await cli('analyze', at('oat'), '--metric', 'yy');
    expect(metric).toMatchObject({ code: 2 });
    expect(metric.stderr).toContain('unknown metric "yy"; did you mean "y"?');
    const bootstrap = await cli('analyze', at('sobol'), '--bootstrap', '-1');
    expect(bootstrap.stderr).toContain('--bootstrap: expected an integer from 0 to 1000000, found -1');
    for (const r of [missing, mismatch, metric, bootstrap]) expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(at('sobol'), 'analysis'))).toBe(false);
  });
});
