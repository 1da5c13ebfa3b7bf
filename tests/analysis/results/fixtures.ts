import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeExperiment } from '../../../src/experiment/normalizeExperiment.js';
import { runSweep } from '../../../src/workflows/runSweep.js';
import type { Experiment, NormalizedExperiment } from '../../../src/experiment/types.js';

/** A normalised experiment over a built-in model (`ishigami`, `linear`, `sobol-g`). */
export function builtinExperiment(input: Omit<Experiment, 'design'> & Pick<Experiment, 'design'>): NormalizedExperiment {
  const result = normalizeExperiment(input, { name: input.model ?? 'test' });
  if (!result.experiment) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.experiment;
}

/** A fresh temporary folder for one test file's results. */
export function tempRoot(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `collabsim-${prefix}-`));
}

/** Sweeps `experiment` in this thread into `dir` and returns `dir`. */
export async function sweep(experiment: NormalizedExperiment, dir: string): Promise<string> {
  await runSweep(experiment, { out: dir, workers: 0 });
  return dir;
}
