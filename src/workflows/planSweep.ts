import { deriveSeed } from '../random/deriveSeed.js';
import { generateDesign } from '../methods/generateDesign.js';
import { experimentRecord } from '../results/experimentRecord.js';
import { sweepPlan, type SweepPlan } from '../results/sweepPlan.js';
import type { NormalizedExperiment } from '../experiment/types.js';
import type { Design } from '../experiment/designs/types.js';
import { crossVariants } from '../experiment/designs/crossVariants.js';

/**
 * Fixes a sweep before it runs: generates the design from the experiment's root seed (the
 * design's own stream is `deriveSeed(root, -1)`, apart from every run's stream) and numbers
 * the runs point-major. Without factors (replications alone) the design is one point with no
 * factors; with variants it is crossed with them (`crossVariants`).
 *
 * @example
 * planSweep(experiment).total; // design points × replications
 */
export function planSweep(experiment: NormalizedExperiment): SweepPlan {
  const factors = experiment.variants ? experiment.factors.slice(1) : experiment.factors;
  const base: Design =
    factors.length === 0
      ? { method: experiment.design.method, factors: [], points: [{}], layout: {} }
      : generateDesign(experiment.design, factors, designSeed(experiment.seed));
  const design = experiment.variants
    ? crossVariants(base, experiment.variants.map((v) => v.name), experiment.reference ?? experiment.variants[0].name)
    : base;
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
