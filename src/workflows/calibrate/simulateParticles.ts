import type { RunFunction } from '../../experiment/buildRunFunction.js';
import type { DesignPoint } from '../../experiment/designs/types.js';
import { guardProcessExit } from '../../experiment/guardProcessExit.js';

/** Proposals to simulate: each a design point (the parameters by name) and its replicates' seeds. */
export interface ParticleBatch {
  points: DesignPoint[];
  /** seeds[i][r]: the seed of replicate r of proposal i. */
  seeds: number[][];
}

/**
 * Simulates each proposal of a batch once per seed and returns its summaries, one per
 * target: the mean over the replicates of the target's metric (`targetMetrics[k]` is the
 * index of target k's metric among the run's metrics). A run that throws, calls `process.exit`
 * (`guardProcessExit`) or gives a missing value makes the proposal's summaries NaN, a miss
 * that no tolerance accepts. Also returns
 * the milliseconds spent in the runs (for the overhead share the benchmark reports).
 *
 * @example
 * simulateParticles(run, { points: [{ mu: 1 }], seeds: [[7]] }, [0]).summaries; // [[1.13…]]
 */
export function simulateParticles(run: RunFunction, batch: ParticleBatch, targetMetrics: readonly number[]): { summaries: number[][]; ms: number } {
  const start = performance.now();
  const summaries = guardProcessExit(() => batch.points.map((point, i) => summarise(run, point, batch.seeds[i], targetMetrics)));
  return { summaries, ms: performance.now() - start };
}

/** One proposal's summaries: the mean of each target's metric over its seeds, or NaN for each when a run fails. */
function summarise(run: RunFunction, point: DesignPoint, seeds: readonly number[], targetMetrics: readonly number[]): number[] {
  const sums = new Array<number>(targetMetrics.length).fill(0);
  for (const seed of seeds) {
    let metrics: (number | null)[];
    try {
      metrics = run(point, seed).metrics;
    } catch {
      return sums.map(() => Number.NaN);
    }
    for (let k = 0; k < targetMetrics.length; k++) {
      const value = metrics[targetMetrics[k]];
      sums[k] += value === null ? Number.NaN : value;
    }
  }
  return sums.map((sum) => sum / seeds.length);
}
