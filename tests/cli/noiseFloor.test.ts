import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempRoot } from '../analysis/results/fixtures.js';
import { cli, sweepExperiments } from './runCli.js';

const root = tempRoot('noise-floor-cli');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const at = (name: string) => join(root, name);

beforeAll(() =>
  sweepExperiments(root, {
    // y = x1 + 0 · x2: x1 matters, x2 does not
    morris: 'model: linear\nconstants: { c: [1, 0] }\nseed: 4\ndesign: { method: morris, trajectories: 8, dummy: true }\n',
    sobol: 'model: linear\nconstants: { c: [1, 0] }\nseed: 4\ndesign: { method: sobol, samples: 64, dummy: true }\n',
  }),
);

describe('the noise floor on the command line', () => {
  it('analyze prints distinguishable per factor and the rule, for morris and sobol', async () => {
    for (const method of ['morris', 'sobol']) {
      const result = await cli('analyze', at(method), '--bootstrap', '200');
      expect(result).toMatchObject({ code: 0, stderr: '' });
      const rows = result.stdout.split('\n').filter((l) => /^y\s/.test(l)).map((l) => l.split(/\s+/));
      expect(rows.map((r) => r[1])).toEqual(['x1', 'x2', 'dummy']);
      expect(rows[0].at(-1)).toBe('true');
      expect(rows[1].at(-1)).toBe('false');
      expect(rows[2]).toHaveLength(rows[0].length - 1); // the dummy's own field is empty
      const index = method === 'sobol' ? 'ST' : 'μ*';
      expect(result.stdout).toContain(`distinguishable = false (≈ noise): ${index} not distinguishable from the dummy's`);
      expect(result.stdout).toContain(`seeds: common random numbers, so the dummy's ${index} is exactly 0`);
    }
  });

  it('the report marks the factors against the dummy, and the Morris chart has the dummy rule', async () => {
    const result = await cli('report', at('morris'));
    expect(result.code).toBe(0);
    const html = readFileSync(join(at('morris'), 'report.html'), 'utf8');
    expect(html).toContain('vs dummy');
    expect(html).toContain('≈ noise');
    expect(html).toContain('noise floor');
    expect(html).toContain('noiseFloor');
  });

  it('exits 2 and writes nothing for a dummy that is not true or false, or a factor named dummy', async () => {
    writeFileSync(at('bad-value.yaml'), 'model: linear\ndesign: { method: morris, trajectories: 4, dummy: yes-please }\n');
    const value = await cli('sweep', at('bad-value.yaml'), '--out', at('bad-value'), '--quiet');
    expect(value).toMatchObject({ code: 2, stdout: '' });
    expect(value.stderr).toContain(`${at('bad-value.yaml')}: design.dummy: expected true or false, found "yes-please"`);
    writeFileSync(at('bad-name.yaml'), 'scenario: safety-house\ndesign: { method: sobol, samples: 8, dummy: true }\nfactors: { dummy: [0, 1], regie: [0, 1] }\n');
    const named = await cli('sweep', at('bad-name.yaml'), '--out', at('bad-name'), '--quiet');
    expect(named).toMatchObject({ code: 2, stdout: '' });
    expect(named.stderr).toContain(
      `${at('bad-name.yaml')}: factors.dummy: factor name "dummy" is taken by the design's dummy factor (design.dummy: true); rename the factor or set dummy: false`,
    );
    for (const r of [value, named]) expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(at('bad-value'))).toBe(false);
    expect(existsSync(at('bad-name'))).toBe(false);
  });

  it('explore marks the preconditions not distinguishable from the dummy and prints the floor; --no-dummy does not', async () => {
    const args = ['radicalisation-pga', '--trajectories', '2', '--replications', '1', '--weeks', '104', '--workers', '0', '--quiet'];
    const result = await cli('explore', ...args, '--out', at('explore'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const ranked = result.stdout.split('\n').filter((l) => /^\s+\d+ [~ ]\w/.test(l));
    expect(ranked).toHaveLength(14);
    expect(ranked.some((l) => /^\s+\d+ ~/.test(l))).toBe(true);
    expect(result.stdout).toMatch(/\n {5}dummy \(noise floor\) +\d/);
    expect(result.stdout).toContain("~ ≈ noise: μ* not distinguishable from the dummy's (a factor the model never reads)");
    expect(result.stdout).toContain("seeds: independent per design point, so the dummy's μ* is the replication noise: the floor");
    const plain = await cli('explore', ...args, '--out', at('explore-plain'), '--no-dummy');
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain('~');
    expect(plain.stdout).not.toContain('noise floor');
    expect(JSON.parse(readFileSync(join(at('explore-plain'), 'experiment.json'), 'utf8')).design.points).toHaveLength(2 * 15);
  });
});
