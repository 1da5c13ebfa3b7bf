import { deriveSeed } from '../random/deriveSeed.js';
import { generateDesign } from './designs/generateDesign.js';
import type { Design } from './designs/types.js';
import { experimentRecord } from './experimentRecord.js';
import type { RunContext } from './executeBatch.js';
import type { NormalizedExperiment } from './types.js';

/** Everything fixed before the first run: the design, the run count and `experiment.json`. */
export interface SweepPlan {
  experiment: NormalizedExperiment;
  design: Design;
  /** points × replications */
  total: number;
  /** The exact text of `experiment.json`. */
  record: string;
  /** What workers need to turn a run number into a point and a seed. */
  context: RunContext;
}

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
 * The plan of an experiment whose design and `experiment.json` text are already fixed
 * (by `planSweep`, or read back by `planFromRecord`): the run count and the workers' context.
 *
 * @example
 * sweepPlan(experiment, design, record).total; // design points × replications
 */
export function sweepPlan(experiment: NormalizedExperiment, design: Design, record: string): SweepPlan {
  return {
    experiment,
    design,
    total: design.points.length * experiment.replications,
    record,
    context: {
      points: design.points,
      replications: experiment.replications,
      seed: experiment.seed,
      commonRandomNumbers: experiment.commonRandomNumbers,
      metricCount: experiment.metrics.length,
    },
  };
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
