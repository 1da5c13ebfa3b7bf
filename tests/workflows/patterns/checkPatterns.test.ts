import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SweepInterrupted } from '../../../src/experiment/runPool.js';
import { simulate } from '../../../src/model/simulate.js';
import { runSeed } from '../../../src/results/runSeed.js';
import { loadPreset } from '../../../src/scenario/loadPreset.js';
import { checkPatterns } from '../../../src/workflows/patterns/checkPatterns.js';
import { readPatternFile } from '../../../src/workflows/patterns/readPatternFile.js';

const root = mkdtempSync(join(tmpdir(), 'collabsim-patterns-check-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const at = (name: string) => join(root, name);

// a small, quick file: one year of the radicalisation approach, 4 paired runs
writeFileSync(
  at('small.yaml'),
  'scenario: radicalisation-pga\nweeks: 52\nreplications: 4\nseed: 3\npatterns:\n' +
    '  - { name: trust helps, factor: mutualTrust, from: 0.2, to: 0.8, metrics: [sharingSuccessRate, meanOrgTrust], expect: increase }\n' +
    '  - { name: level, metric: meanOrgTrust, expect: range, range: [0, 1] }\n' +
    '  - { name: false claim, factor: mutualTrust, from: 0.2, to: 0.8, metric: meanOrgTrust, expect: decrease }\n' +
    '  - { name: gap, factor: mutualTrust, from: 0.2, to: 0.8, metric: meanOrgTrust, expect: decrease, knownGap: "measured: trust rises" }\n',
);

describe('checkPatterns', () => {
  it('settles each claim on paired runs with common random numbers and writes patterns.csv', async () => {
    const check = await checkPatterns(at('small.yaml'), { out: at('w0'), workers: 0 });
    expect(check.results.map((r) => [r.pattern, r.metric, r.status])).toEqual([
      ['trust helps', 'sharingSuccessRate', 'pass'],
      ['trust helps', 'meanOrgTrust', 'pass'],
      ['level', 'meanOrgTrust', 'pass'],
      ['false claim', 'meanOrgTrust', 'fail'],
      ['gap', 'meanOrgTrust', 'known-gap'],
    ]);
    expect(check.counts).toEqual({ pass: 3, fail: 1, 'known-gap': 1, 'gap-holds': 0 });
    expect(check.plan.sweeps).toHaveLength(2); // the three mutualTrust claims share one sweep
    const csv = readFileSync(at('w0/patterns.csv'), 'utf8').split('\n');
    expect(csv[0]).toBe('pattern,metric,effect,low,high,expect,pass,status,scenario,contrast,interval,n,rule,knownGap');
    expect(csv[4]).toMatch(/^false claim,meanOrgTrust,0\.\d+,0\.\d+,0\.\d+,decrease,false,fail,radicalisation-pga,mutualTrust 0\.2 → 0\.8,95%,4,95% interval below 0,$/);
    // the level claim is the mean of the scenario's own runs, with the sweep's seeds
    const scenario = loadPreset('radicalisation-pga');
    const own = [0, 1, 2, 3].map((r) => simulate(scenario, { seed: runSeed(3, 0, r, true), weeks: 52, weekly: false }).summary.meanOrgTrust);
    expect(check.results[2].effect).toBeCloseTo(own.reduce((a, b) => a + b) / 4, 12);
  });

  it('gives the same bytes with worker threads, and after an interruption and resume', async () => {
    await checkPatterns(at('small.yaml'), { out: at('w2'), workers: 2 });
    const reference = readFileSync(at('w0/patterns.csv'), 'utf8');
    expect(readFileSync(at('w2/patterns.csv'), 'utf8')).toBe(reference);
    const controller = new AbortController();
    const interrupted = checkPatterns(at('small.yaml'), {
      out: at('cut'),
      workers: 0,
      signal: controller.signal,
      onProgress: (p) => p.sweep === 1 && p.done >= 2 && controller.abort(),
    });
    await expect(interrupted).rejects.toBeInstanceOf(SweepInterrupted);
    expect(existsSync(at('cut/patterns.csv'))).toBe(false);
    const resumed = await checkPatterns(at('small.yaml'), { out: at('cut'), workers: 0, resume: true });
    expect(readFileSync(at('cut/patterns.csv'), 'utf8')).toBe(reference);
    expect(resumed.counts.fail).toBe(1);
  });

  it('refuses a folder that already holds results unless asked to resume or replace them', async () => {
    await expect(checkPatterns(readPatternFile(at('small.yaml')), { out: at('w0'), workers: 0 })).rejects.toThrow(
      `results folder ${at('w0')} already exists; use --resume to continue it or --force to replace it`,
    );
    const again = await checkPatterns(at('small.yaml'), { out: at('w0'), workers: 0, resume: true });
    expect(again.counts.pass).toBe(3);
  });
});
