import { analysisMessages } from '../../errors/messages.js';
import { AnalysisError } from './AnalysisError.js';
import { pointMeans, type PointGroups } from './groupByPoint.js';

/**
 * The mean over replicates at every design point, for estimators that read the design by
 * position (Sobol', Morris): replicates whose value is missing (failed, or the metric
 * undefined in that run) are left out of the mean; a point with no value at all breaks the
 * design, so it throws an `AnalysisError` naming the first such point and how many there are.
 *
 * @example
 * completeMeans('y', groups, 'sobol'); // Float64Array of one mean per design point
 */
export function completeMeans(metric: string, groups: PointGroups, method: string): Float64Array {
  const means = pointMeans(groups);
  let first = -1;
  let empty = 0;
  for (let p = 0; p < means.length; p++) {
    if (Number.isNaN(means[p])) {
      if (first < 0) first = p;
      empty++;
    }
  }
  if (empty > 0) {
    throw new AnalysisError(analysisMessages.incompletePoints(method, metric, empty, first));
  }
  return means;
}
