import type { RunRow } from './chartInputs.js';

/**
 * The runs that finished (`status` 'ok') and have a finite value of `metric`; charts of
 * run results leave failed runs out. Throws when none remain, naming the chart.
 *
 * @example
 * okRuns([{ status: 'failed', ... }, { status: 'ok', successRate: 0.4, ... }], 'successRate', 'heatmapChart');
 * // [the second row]
 */
export function okRuns(rows: readonly RunRow[], metric: string, chart: string): RunRow[] {
  const ok = rows.filter((r) => r.status === 'ok');
  ok.forEach((r) => {
    if (r[metric] === undefined) throw new Error(`${chart} found no column ${metric} in run ${r.run}`);
  });
  const usable = ok.filter((r) => typeof r[metric] === 'number' && Number.isFinite(r[metric]));
  if (usable.length === 0) throw new Error(`${chart} found no finished run with a value of ${metric}`);
  return usable;
}
