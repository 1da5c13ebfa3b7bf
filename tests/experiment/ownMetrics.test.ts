import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadExperimentFile, loadPreset, runSweep, setScenarioPath } from '../../src/index.js';
import { SweepInterrupted } from '../../src/experiment/runPool.js';
import { simulateObserved } from '../../src/model/simulateObserved.js';
import { cli } from '../cli/runCli.js';

const root = mkdtempSync(join(tmpdir(), 'collabsim-own-metrics-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const fixtures = resolve(__dirname, 'fixtures/ownMetrics');

/** An experiment file in `root` whose metricsModule is the fixture `module`. */
function experimentFile(name: string, module: string, extra: string[] = []): string {
  const file = join(root, `${name}.yaml`);
  writeFileSync(
    file,
    [
      'scenario: safety-house',
      'weeks: 12',
      'seed: 7',
      'replications: 3',
      'design: { method: grid, levels: 2 }',
      'factors:',
      '  sharedNarrative: [0, 1]',
      'metrics: [meanOrgTrust, casesOpen]',
      `metricsModule: ${join(fixtures, module)}`,
      ...extra,
    ].join('\n'),
  );
  return file;
}

const csv = (dir: string): string => readFileSync(join(dir, 'runs.csv'), 'utf8');

describe('own metrics from a module', () => {
  it('adds a column per own metric, the same with 0 or 2 workers and across a resume, recorded in experiment.json', async () => {
    const file = experimentFile('own', 'peakBacklog.ts');
    const swept = await cli('sweep', file, '--out', join(root, 'w0'), '--workers', '0', '--quiet');
    expect(swept.stderr).toBe('');
    expect(swept.code).toBe(0);
    await cli('sweep', file, '--out', join(root, 'w2'), '--workers', '2', '--quiet');
    const header = csv(join(root, 'w0')).split('\n')[0];
    expect(header).toBe('run,point,replicate,seed,status,sharedNarrative,meanOrgTrust,casesOpen,peakOpenCases,finalVacancies,error');
    expect(csv(join(root, 'w2'))).toBe(csv(join(root, 'w0')));

    const record = JSON.parse(readFileSync(join(root, 'w0', 'experiment.json'), 'utf8'));
    expect(record.experiment.metricsModule).toBe(join(fixtures, 'peakBacklog.ts'));
    expect(record.experiment.ownMetrics.map((m: { name: string }) => m.name)).toEqual(['peakOpenCases', 'finalVacancies']);

    // the values are what the observers see in a run of that design point and seed
    const row = csv(join(root, 'w0')).split('\n')[4].split(',');
    const scenario = setScenarioPath(loadPreset('safety-house'), 'sharedNarrative', Number(row[5]));
    let peak = 0;
    const run = simulateObserved(scenario, { seed: Number(row[3]), weeks: 12 }, [{ observeWeek: (s) => (peak = Math.max(peak, s.open.length)) }]);
    expect(Number(row[8])).toBe(peak);
    expect(peak).toBeGreaterThan(0);
    expect(Number(row[7])).toBe(run.summary.casesOpen);

    // analysis and charts take them like built-in metrics
    expect((await cli('analyze', join(root, 'w0'))).code).toBe(0);
    const analysis = readFileSync(join(root, 'w0', 'analysis', 'oat.csv'), 'utf8');
    expect(analysis).toContain('peakOpenCases');
    const spec = join(root, 'effects.vl.json');
    expect((await cli('plot', join(root, 'w0'), '--chart', 'effects', '--metric', 'peakOpenCases', '--out', spec)).code).toBe(0);
    expect(readFileSync(spec, 'utf8')).toContain('peakOpenCases (cases)');

    // interrupted and resumed on 2 workers: the same bytes
    const experiment = loadExperimentFile(file);
    const controller = new AbortController();
    await expect(
      runSweep(experiment, { out: join(root, 'resume'), workers: 0, signal: controller.signal, onProgress: (p) => p.done >= 2 && controller.abort() }),
    ).rejects.toBeInstanceOf(SweepInterrupted);
    const resumed = await runSweep(experiment, { out: join(root, 'resume'), workers: 2, resume: true });
    expect(resumed.resumed).toBeGreaterThanOrEqual(2);
    expect(csv(join(root, 'resume'))).toBe(csv(join(root, 'w0')));
  });

  it('runs the own metrics in `collabsim run --metrics-module` too', async () => {
    const out = join(root, 'run1');
    const result = await cli('run', 'safety-house', '--weeks', '12', '--seed', '3', '--metrics-module', join(fixtures, 'peakBacklog.ts'), '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/peakOpenCases/);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).summary;
    expect(Number.isFinite(summary.peakOpenCases)).toBe(true);
    expect(Number.isFinite(summary.finalVacancies)).toBe(true);
  });

  it('marks a run failed, naming the metric, when an own metric is not finite', async () => {
    const file = experimentFile('nan', 'notFinite.mjs');
    const swept = await cli('sweep', file, '--out', join(root, 'nan'), '--workers', '0', '--quiet');
    expect(swept.code).toBe(1);
    expect(csv(join(root, 'nan'))).toContain('own metric brokenRatio gave NaN, expected a finite number');
  });

  it.each([
    ['missing.mjs', /metricsModule: expected a JavaScript or TypeScript module, found no file .*missing\.mjs/],
    ['throws.mjs', /metrics module .*throws\.mjs cannot be loaded: syntax of the study is wrong/],
    ['noDefault.mjs', /metrics module .*noDefault\.mjs has no default export/],
    ['wrongShape.mjs', /metrics module .*wrongShape\.mjs: default\[0\]: expected observer\(\) to return \{ observeWeek\?\(state\), finish\(state\) \}, found no finish function/],
    ['clash.mjs', /metrics module .*clash\.mjs: metric "successRate" has the name of a built-in metric; rename it/],
  ])('refuses %s before any run: exit 2, nothing written', async (module, message) => {
    const file = experimentFile(`bad-${module}`, module);
    const out = join(root, `bad-${module}`);
    const result = await cli('sweep', file, '--out', out, '--workers', '0', '--quiet');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
    const run = await cli('run', 'safety-house', '--weeks', '3', '--metrics-module', join(fixtures, module), '--out', `${out}-run`);
    expect(run.code).toBe(2);
    expect(existsSync(`${out}-run`)).toBe(false);
  });
});
