import { deriveSeed } from '../random/deriveSeed.js';
import { generateDesign } from '../methods/generateDesign.js';
import { experimentRecord } from '../results/experimentRecord.js';
import { sweepPlan, type SweepPlan } from '../results/sweepPlan.js';
import type { NormalizedExperiment } from '../experiment/types.js';

/**
 * Fixes a sweep before it runs: generates the design from the experiment's root seed (the
 * design's own stream is `deriveSeed(root, -1)`, apart from every run's stream) and numbers
 * the runs point-major.
 *
 * @example
 * planSweep(experiment).total; // design points × replications
 */
export function planSweep(experiment: NormalizedExperiment): SweepPlan {
  const design = generateDesign(experiment.design, experiment.factors, designSeed(experiment.seed));
  return sweepPlan(experiment, design, experimentRecord(experiment, design));
}

/**
 * The seed the design is drawn with: `deriveSeed(root, -1)`, a stream no run uses.
 *
 * @example
 * designSeed(20201001) !== deriveSeed(20201001, 0); // true
 */
export function designSeed(root: number): number {
  return deriveSeed(root, -1);
}
