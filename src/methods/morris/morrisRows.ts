import { morrisEffects, type MorrisFactorEffects } from './morrisEffects.js';
import { completeMeans } from '../../analysis/results/completeMeans.js';
import type { PointGroups } from '../../analysis/results/groupByPoint.js';
import type { BootstrapOptions } from '../sobol/sobolRows.js';

/** One row of `morris.csv`: the Morris screening measures of one factor for one metric. */
export interface MorrisTableRow extends MorrisFactorEffects {
  metric: string;
}

/**
 * The `morris` table of one metric from a morris design: `morrisEffects` of the mean over
 * replicates at each design point, sorted by μ* (largest first). Every design point needs at
 * least one successful run. Cost O(points + bootstrap · trajectories · k).
 *
 * @example
 * morrisRows('y', groups, layout)[0]; // { metric: 'y', factor: 'x3', mu: 3, muStar: 3, sigma: 0, … }
 */
export function morrisRows(
  metric: string,
  groups: PointGroups,
  layout: Record<string, unknown>,
  options: BootstrapOptions = {},
): MorrisTableRow[] {
  return morrisEffects(completeMeans(metric, groups, 'morris'), layout, options)
    .map((e) => ({ metric, ...e }))
    .sort((a, b) => b.muStar - a.muStar);
}
