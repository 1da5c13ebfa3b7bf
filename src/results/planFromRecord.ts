import type { ExperimentRecord } from './experimentRecord.js';
import { sweepPlan, type SweepPlan } from './sweepPlan.js';

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
  return sweepPlan(record.experiment, record.design, text);
}
