import type { SweepWeeklyRow, WeeklyRow } from './chartInputs.js';
import { levelLabel, sortedLevels } from './levels.js';
import { meanInterval } from './meanInterval.js';

/** A time series aggregated per group and week, ready for a chart. */
export interface WeeklyMeans {
  /** The groups' levels, sorted (numbers ascending, then text). */
  groups: Array<number | string>;
  /** Per group (by label) and week, in that order: the mean over runs, its 95% interval and n. */
  values: Array<{ group: string; week: number } & ReturnType<typeof meanInterval>>;
  /** Per group, in order of first appearance: the number of runs it averages (for the subtitle). */
  runCounts: number[];
}

/**
 * Aggregates weekly rows for a time series: per level of `groupBy` (one group, `all runs`,
 * without it) and week, the mean of `metric` over runs with its 95% Student-t interval
 * (`meanInterval`). Values that are not finite numbers (a rate undefined in a quiet week)
 * are left out of that week's mean, but the run still counts for its group. Throws, naming
 * the row, when a row lacks the metric or the grouping column. Cost O(rows · log rows).
 *
 * @example
 * weeklyMeans([{ week: 1, run: 0, point: 0, y: 1 }, { week: 1, run: 1, point: 0, y: 3 }], 'y', undefined).values[0];
 * // { group: 'all runs', week: 1, mean: 2, low: …, high: …, n: 2 }
 */
export function weeklyMeans(
  rows: ReadonlyArray<WeeklyRow | SweepWeeklyRow>,
  metric: string,
  groupBy: string | undefined,
): WeeklyMeans {
  const cells = new Map<number | string, Map<number, number[]>>();
  const runsPerGroup = new Map<number | string, Set<unknown>>();
  rows.forEach((row, index) => {
    const value = row[metric];
    if (typeof value !== 'number') {
      throw new Error(`timeseriesChart found no numeric column ${metric} in row ${index}`);
    }
    const group = groupBy === undefined ? 'all runs' : row[groupBy];
    if (group === undefined) throw new Error(`timeseriesChart found no column ${groupBy} in row ${index}`);
    if (!runsPerGroup.has(group)) runsPerGroup.set(group, new Set());
    runsPerGroup.get(group)!.add(row.run ?? 0);
    if (!Number.isFinite(value)) return;
    if (!cells.has(group)) cells.set(group, new Map());
    const weeks = cells.get(group)!;
    if (!weeks.has(row.week)) weeks.set(row.week, []);
    weeks.get(row.week)!.push(value);
  });

  const groups = sortedLevels(runsPerGroup.keys());
  const labelOf = groupLabel(groupBy);
  const values = groups.flatMap((group) => {
    const weeks = cells.get(group) ?? new Map<number, number[]>();
    return [...weeks.keys()]
      .sort((a, b) => a - b)
      .map((week) => ({ group: labelOf(group), week, ...meanInterval(weeks.get(week)!) }));
  });
  return { groups, values, runCounts: [...runsPerGroup.values()].map((s) => s.size) };
}

/**
 * How a group's level is labelled: `point 3` for design points, else the level itself.
 *
 * @example
 * groupLabel('point')(3); // 'point 3'
 */
export function groupLabel(groupBy: string | undefined): (level: number | string) => string {
  return (g) => (groupBy === 'point' ? `point ${levelLabel(g)}` : levelLabel(g));
}
