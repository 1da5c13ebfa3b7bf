import type { ExperimentRecord } from './experimentRecord.js';
import type { SweepPlan } from './planSweep.js';

/**
 * Rebuilds a sweep's plan from the text of its `experiment.json`, using the stored design
 * rather than generating it again, so a folder made by another collabsim version can still be
 * read and merged.
 *
 * @example
 * planFromRecord(readFileSync('results/demo/experiment.json', 'utf8')).total;
 */
export function planFromRecord(text: string): SweepPlan {
  const record = JSON.parse(text) as ExperimentRecord;
  const { experiment, design } = record;
  return {
    experiment,
    design,
    total: design.points.length * experiment.replications,
    record: text,
    context: {
      points: design.points,
      replications: experiment.replications,
      seed: experiment.seed,
      commonRandomNumbers: experiment.commonRandomNumbers,
      metricCount: experiment.metrics.length,
    },
  };
}
