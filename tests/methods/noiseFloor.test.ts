import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { DesignSpec } from '../../src/experiment/designs/types.js';
import { normalizeExperiment } from '../../src/experiment/normalizeExperiment.js';
import type { Experiment, NormalizedExperiment } from '../../src/experiment/types.js';
import { analysisFiles } from '../../src/methods/analysisTables.js';
import { analyzeResults, type Analysis } from '../../src/methods/analyzeResults.js';
import { readResults } from '../../src/results/readResults.js';
import { runSweep } from '../../src/workflows/runSweep.js';
import { ignoresInput, oneMatters } from '../experiment/fixtures/testModels.js';

const root = mkdtempSync(join(tmpdir(), 'collabsim-noise-floor-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const MODELS = { ignoresInput, oneMatters };
const MORRIS: DesignSpec = { method: 'morris', trajectories: 40, dummy: true };
const SOBOL: DesignSpec = { method: 'sobol', samples: 256, dummy: true };

/** An experiment over a test model (run from its module by workers) or a built-in model. */
function experiment(input: Experiment, module?: keyof typeof MODELS): NormalizedExperiment {
  const file = fileURLToPath(new URL('../experiment/fixtures/testModels.ts', import.meta.url));
  const context = module
    ? { name: module, model: { source: { kind: 'module' as const, module: file, export: module, constants: {} }, model: MODELS[module] } }
    : { name: 'builtin' };
  const result = normalizeExperiment(input, context);
  if (!result.experiment) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.experiment;
}

async function sweepAndAnalyze(name: string, e: NormalizedExperiment, workers = 0): Promise<Analysis> {
  await runSweep(e, { out: join(root, name), workers });
  return analyzeResults(await readResults(join(root, name), {}), { bootstrap: 1000, seed: 0 });
}

function flags(analysis: Analysis): Record<string, boolean | null> {
  return Object.fromEntries((analysis.rows as { factor: string; distinguishable: boolean | null }[]).map((r) => [r.factor, r.distinguishable]));
}

describe('the noise floor: a dummy factor and the distinguishable column', () => {
  for (const design of [MORRIS, SOBOL]) {
    // The test is one-sided at 2.5%, so a noise-only factor is flagged in about 1 run of 40 whatever
    // the seed: over 200 seeds of this design, 10 of 400 (morris) and 13 of 400 (sobol) noise-only
    // factors were flagged. The seeds here are fixed, not chosen.
    it(`${design.method}: a factor the model ignores (output pure noise) is not distinguishable from the dummy`, async () => {
      const e = experiment({ design, replications: 2, seed: 11, commonRandomNumbers: false }, 'ignoresInput');
      const analysis = await sweepAndAnalyze(`ignores-${design.method}`, e);
      expect(analysis.failed).toBe(0); // the model throws if the dummy reaches it
      expect(flags(analysis)).toEqual({ x: false, dummy: null });
      expect(analysis).toMatchObject({ noiseFloor: { factor: 'dummy', commonRandomNumbers: false } });
    });

    it(`${design.method}: on linear with c = [1, 0], x1 is distinguishable and x2 (coefficient 0) is not`, async () => {
      const e = experiment({ model: 'linear', constants: { c: [1, 0] }, design });
      const analysis = await sweepAndAnalyze(`linear-${design.method}`, e);
      expect(flags(analysis)).toEqual({ x1: true, x2: false, dummy: null });
      const csv = analysisFiles(analysis)[`${design.method}.csv`];
      expect(csv).toMatch(/\ny,x1,[^\n]*,true\n/);
      expect(csv).toMatch(/\ny,x2,[^\n]*,false\n/);
      expect(csv).toMatch(/\ny,dummy,[^\n]*,\n/);
    });

    it(`${design.method}: with noise and independent seeds, the factor that matters is distinguishable and the ignored one is not`, async () => {
      const e = experiment({ design, replications: 2, seed: 5, commonRandomNumbers: false }, 'oneMatters');
      const analysis = await sweepAndAnalyze(`one-matters-${design.method}`, e);
      expect(flags(analysis)).toEqual({ a: true, b: false, dummy: null });
    });
  }

  it('gives the same results and tables with 1 and 2 workers', async () => {
    const e = experiment({ design: MORRIS, replications: 2, seed: 3, commonRandomNumbers: false }, 'oneMatters');
    const one = analysisFiles(await sweepAndAnalyze('workers-1', e, 1));
    const two = analysisFiles(await sweepAndAnalyze('workers-2', e, 2));
    expect(readFileSync(join(root, 'workers-2', 'runs.csv'), 'utf8')).toBe(readFileSync(join(root, 'workers-1', 'runs.csv'), 'utf8'));
    expect(two['morris.csv']).toBe(one['morris.csv']);
  });

  it('with common random numbers the dummy scores exactly 0', async () => {
    const e = experiment({ design: MORRIS, replications: 2, seed: 3, commonRandomNumbers: true }, 'ignoresInput');
    const analysis = await sweepAndAnalyze('crn', e);
    const dummy = (analysis.rows as { factor: string; muStar: number }[]).find((r) => r.factor === 'dummy')!;
    expect(dummy.muStar).toBe(0);
    expect(analysis).toMatchObject({ noiseFloor: { factor: 'dummy', commonRandomNumbers: true } });
  });

  it('without a dummy the design, the tables and runs.csv are as before, and distinguishable is empty', async () => {
    const e = experiment({ model: 'linear', design: { method: 'morris', trajectories: 4 } });
    const analysis = await sweepAndAnalyze('no-dummy', e);
    expect(flags(analysis)).toEqual({ x1: null, x2: null, x3: null });
    expect(analysis).toMatchObject({ noiseFloor: null });
    const lines = analysisFiles(analysis)['morris.csv'].trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines.slice(1)) expect(line).toMatch(/^y,x\d,[^\n]*,$/);
    expect(readFileSync(join(root, 'no-dummy', 'runs.csv'), 'utf8').split('\n')[0]).toBe('run,point,replicate,seed,status,x1,x2,x3,y,error');
    const withDummy = experiment({ model: 'linear', design: { method: 'morris', trajectories: 4, dummy: true } });
    await runSweep(withDummy, { out: join(root, 'with-dummy'), workers: 0 });
    // the dummy is a column of the design, not of the runs: runs.csv has no column for it
    expect(readFileSync(join(root, 'with-dummy', 'runs.csv'), 'utf8').split('\n')[0]).toBe('run,point,replicate,seed,status,x1,x2,x3,y,error');
  });

  it('refuses a factor named dummy when the design adds one', () => {
    const result = normalizeExperiment(
      { model: 'linear', constants: { c: [1, 2] }, design: { method: 'sobol', samples: 8, dummy: true }, factors: { x1: [0, 1] } },
      { name: 'ok' },
    );
    expect(result.problems).toEqual([]);
    const named = normalizeExperiment(
      { scenario: 'safety-house', design: { method: 'morris', trajectories: 4, dummy: true }, factors: { dummy: [0, 1] } },
      { name: 'named' },
    );
    expect(named.problems.map((p) => p.message).join('\n')).toMatch(/dummy/);
  });
});
