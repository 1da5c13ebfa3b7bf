import type { Design } from '../experiment/designs/types.js';
import type { RunContext } from '../experiment/executeBatch.js';
import type { NormalizedExperiment } from '../experiment/types.js';
import { variantLayout } from './variantLayout.js';

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
      basePoints: variantLayout(design)?.basePoints ?? design.points.length,
    },
  };
}
