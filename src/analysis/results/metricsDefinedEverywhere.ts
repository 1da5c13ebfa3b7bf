import { designSize } from './designSize.js';
import { groupByPoint } from './groupByPoint.js';
import type { ResultsData } from '../../results/readResults.js';

/**
 * Splits the metrics of `data` into those with a value at every design point (which a
 * design-reading method such as Morris or Sobol' can analyse) and those missing at some point
 * (every run there failed or left the metric undefined, e.g. a rate with nothing to divide
 * by). Cost O(runs · metrics).
 *
 * @example
 * const { defined, missing } = metricsDefinedEverywhere(data);
 * analyzeResults({ ...data, metrics: defined }, { method: 'morris' });
 */
export function metricsDefinedEverywhere(data: ResultsData): { defined: string[]; missing: string[] } {
  const points = designSize(data.design);
  const defined: string[] = [];
  const missing: string[] = [];
  for (const metric of data.metrics) {
    const { offsets } = groupByPoint(data.point, data.values[metric], points);
    let complete = true;
    for (let p = 0; p < points && complete; p++) complete = offsets[p + 1] > offsets[p];
    (complete ? defined : missing).push(metric);
  }
  return { defined, missing };
}
