import type { Design } from '../experiment/designs/types.js';
import { libraryVersion } from './libraryVersion.js';
import { runSeed } from './runSeed.js';
import { seedPoint, variantLayout } from './variantLayout.js';
import { toJson } from './toJson.js';
import type { NormalizedExperiment } from '../experiment/types.js';

/** The content of `experiment.json`. */
export interface ExperimentRecord {
  collabsim: string;
  experiment: NormalizedExperiment;
  design: Design;
  runs: { total: number; order: string };
  seeds: {
    root: number;
    commonRandomNumbers: boolean;
    rule: string;
    /** CRN: the seed of each replicate. Otherwise: `[point][replicate]`. */
    seeds: number[] | number[][];
  };
}

/**
 * Builds `experiment.json`: the normalised experiment, the design matrix, the library version
 * and the seeds; nothing about how the sweep ran (workers, shards, times), so every way of
 * running the same experiment writes the same bytes.
 *
 * @example
 * JSON.parse(experimentRecord(experiment, design)).runs.total; // points × replications
 */
export function experimentRecord(experiment: NormalizedExperiment, design: Design): string {
  const { seed, replications, commonRandomNumbers } = experiment;
  const replicates = Array.from({ length: replications }, (_, r) => r);
  const record: ExperimentRecord = {
    collabsim: libraryVersion(),
    experiment,
    design,
    runs: {
      total: design.points.length * replications,
      order: 'point-major: run = point × replications + replicate',
    },
    seeds: {
      root: seed,
      commonRandomNumbers,
      rule: commonRandomNumbers ? 'deriveSeed(root, replicate)' : variantLayout(design) ? 'deriveSeed(root, point mod basePoints, replicate)' : 'deriveSeed(root, point, replicate)',
      seeds: commonRandomNumbers
        ? replicates.map((r) => runSeed(seed, 0, r, true))
        : design.points.map((_, p) => replicates.map((r) => runSeed(seed, seedPoint(design, p), r, false))),
    },
  };
  return toJson(record);
}
