import { parseExperimentRecord } from './readExperimentRecord.js';
import { sweepPlan, type SweepPlan } from './sweepPlan.js';

/**
 * Rebuilds a sweep's plan from the text of its `experiment.json`, using the stored design
 * rather than generating it again, so a folder made by another collabsim version can still be
 * read and merged.
 *
 * @example
 * planFromRecord(readExperimentText('results/demo/experiment.json')).total;
 */
export function planFromRecord(text: string, file = 'experiment.json'): SweepPlan {
  const record = parseExperimentRecord(text, file);
  return sweepPlan(record.experiment, record.design, text);
}
