import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { simulateParticles } from '../../../src/workflows/calibrate/simulateParticles.js';

const root = mkdtempSync(join(tmpdir(), 'collabsim-calibration-failures-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a calibration whose runs or workers fail', () => {
  it('counts a proposal whose model calls process.exit as a miss (NaN), and puts process.exit back', () => {
    const realExit = process.exit;
    const run = (point: Record<string, unknown>) => {
      if ((point.mu as number) > 0.5) process.exit(3);
      return { metrics: [point.mu as number] };
    };
    const { summaries } = simulateParticles(run, { points: [{ mu: 0.25 }, { mu: 0.75 }, { mu: 0.5 }], seeds: [[1, 2], [3], [4]] }, [0]);
    expect(summaries).toEqual([[0.25], [Number.NaN], [0.5]]);
    expect(process.exit).toBe(realExit);
  });

  it('exits 1 with a plain message when its worker threads cannot start', () => {
    const file = join(root, 'calibration.yaml');
    writeFileSync(
      file,
      'model: normal-mean\nconstants: { sigma: 1, n: 100 }\nseed: 3\nparameters:\n  mu: { prior: uniform, range: [-1, 1] }\n' +
        'targets:\n  - { metric: y, observed: 0.002, scale: 0.005 }\npopulation: 20\ngenerations: 2\npredictive: 5\n',
    );
    // workers inherit the parent's Node options; with --input-type (meant for -e alone) none can start
    const script = 'const { main } = await import("./src/cli/main.ts"); process.exitCode = await main(process.argv.slice(1));';
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script, 'calibrate', file, '--out', join(root, 'out'), '--workers', '1'],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("the worker threads cannot start (--input-type can only be used with string input");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 90_000);
});
