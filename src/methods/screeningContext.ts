import { replicateNoiseShare } from '../analysis/replicateNoiseShare.js';
import type { PointGroups } from '../analysis/results/groupByPoint.js';
import type { AnalysisInput } from './AnalysisMethodRoom.js';

/** Bootstrap settings and replicate noise of the Sobol' and Morris analyses. */
export interface ScreeningContext {
  bootstrap: number;
  seed: number;
  /**
   * Per metric: the share of the output variance that is replicate noise
   * (`replicateNoiseShare`); null with one replicate per point.
   */
  noiseShare: Record<string, number | null>;
  /**
   * The design's dummy factor (`dummy: true`), against which `distinguishable` tests every
   * factor, and whether the runs shared common random numbers (then the dummy's index is
   * exactly 0, and the test is against 0 and the estimator's sampling noise) or had
   * independent seeds (then the dummy's index is the replication noise); null without a dummy.
   */
  noiseFloor: { factor: string; commonRandomNumbers: boolean } | null;
}

/**
 * What the screening analyses (Sobol', Morris) report besides their rows: the bootstrap's
 * resamples and seed, and per metric the share of the variance that is replicate noise, since
 * they estimate from the mean over replicates per point; and the dummy factor, if any.
 *
 * @example
 * screeningContext(input).noiseShare.y; // 0.02: 2% of y's variance is replicate noise
 */
export function screeningContext(input: AnalysisInput): ScreeningContext {
  const { data, groups } = input;
  return {
    bootstrap: input.bootstrap,
    seed: input.seed,
    noiseShare: Object.fromEntries(
      data.metrics.map((m) => [m, data.experiment.replications > 1 ? noiseShare(groups.get(m)!) : null]),
    ),
    noiseFloor:
      typeof data.design.layout.dummy === 'string'
        ? { factor: data.design.layout.dummy, commonRandomNumbers: data.experiment.commonRandomNumbers }
        : null,
  };
}

function noiseShare(groups: PointGroups): number {
  const byPoint: Float64Array[] = [];
  for (let p = 0; p + 1 < groups.offsets.length; p++) {
    byPoint.push(groups.values.subarray(groups.offsets[p], groups.offsets[p + 1]));
  }
  return replicateNoiseShare(byPoint);
}
