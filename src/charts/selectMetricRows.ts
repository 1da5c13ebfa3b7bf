/**
 * Picks the rows of one metric from analysis rows that may hold several metrics. Without
 * a requested metric, the rows must all be about the same metric.
 *
 * @example
 * selectMetricRows([{ metric: 'a' }, { metric: 'b' }], 'b', 'effectsChart'); // [{ metric: 'b' }]
 */
export function selectMetricRows<T extends { metric: string }>(
  rows: readonly T[],
  metric: string | undefined,
  chart: string,
): { metric: string; rows: T[] } {
  const metrics = [...new Set(rows.map((r) => r.metric))];
  if (metrics.length === 0) throw new Error(`${chart} requires at least one row`);
  if (metric === undefined) {
    if (metrics.length > 1) {
      throw new Error(`${chart} found several metrics (${metrics.join(', ')}); choose one with the metric option`);
    }
    return { metric: metrics[0], rows: [...rows] };
  }
  const selected = rows.filter((r) => r.metric === metric);
  if (selected.length === 0) {
    throw new Error(`${chart} found no rows for metric ${metric} (available: ${metrics.join(', ')})`);
  }
  return { metric, rows: selected };
}
