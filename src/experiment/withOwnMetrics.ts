import { loadMetricsModule } from './loadMetricsModule.js';
import type { NormalizedExperiment } from './types.js';

/**
 * The experiment with its own metrics loaded and checked (`loadMetricsModule`): their names
 * appended to `metrics` and their name, unit and description in `ownMetrics`, so
 * `experiment.json` records them and `runs.csv` gets a column each. An experiment without a
 * `metricsModule`, or whose module was already loaded, is returned as it is. Throws an
 * `OwnMetricsError` (exit 2) before any run when the module cannot be used.
 *
 * @example
 * const experiment = await withOwnMetrics(loadExperimentFile('study.yaml'));
 * experiment.metrics; // ['successRate', 'peakBacklog']
 */
export async function withOwnMetrics(experiment: NormalizedExperiment): Promise<NormalizedExperiment> {
  if (experiment.metricsModule === undefined || experiment.ownMetrics !== undefined) return experiment;
  const factors = experiment.factors.map((f) => f.name);
  const metrics = await loadMetricsModule(experiment.metricsModule, factors);
  return {
    ...experiment,
    metrics: [...experiment.metrics, ...metrics.map((m) => m.name)],
    ownMetrics: metrics.map(({ name, unit, description }) => ({ name, unit, description })),
  };
}
