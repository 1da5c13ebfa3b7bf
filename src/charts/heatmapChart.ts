import type { TopLevelSpec } from 'vega-lite';
import { catalogueDescribeMetric } from './catalogueDescribeMetric.js';
import { chartConfig } from './chartConfig.js';
import type { RunRow } from './chartInputs.js';
import { chartDescription } from './chartMetadata.js';
import type { ChartOptions } from './chartOptions.js';
import { metricTitle } from './describeMetric.js';
import { levelLabel, sortedLevels } from './levels.js';
import { meanInterval } from './meanInterval.js';
import { okRuns } from './okRuns.js';

export interface HeatmapChartOptions extends ChartOptions {
  /** The metric whose mean colours the cells. */
  metric: string;
  /** The factor along the horizontal axis. */
  x: string;
  /** The factor along the vertical axis (largest value on top). */
  y: string;
}

/** More levels than this on one axis means the design is not a grid over the two factors. */
const MAX_LEVELS = 40;

/**
 * A heat map of a metric's mean over two factors of a grid sweep: one cell per
 * combination of their levels, coloured by the mean over the finished runs in it
 * (viridis: dark is low, yellow is high) and printed in the cell with the number of runs
 * in the tooltip. Failed runs are left out. Use it for grid designs; a design that
 * samples many distinct values (LHS, Sobol') has no cells to average over.
 *
 * Data columns of the spec: `x`, `y` (level labels), `mean`, `low`, `high`, `n`.
 *
 * @example
 * const spec = heatmapChart(runRows, { metric: 'successRate', x: 'manpower', y: 'trust' });
 */
export function heatmapChart(rows: readonly RunRow[], options: HeatmapChartOptions): TopLevelSpec {
  const { metric, metadata = {}, describeMetric = catalogueDescribeMetric } = options;
  const runs = okRuns(rows, metric, 'heatmapChart');
  for (const factor of [options.x, options.y]) {
    const missing = runs.find((r) => r[factor] === undefined);
    if (missing) throw new Error(`heatmapChart found no column ${factor} in run ${missing.run}`);
  }
  const xLevels = sortedLevels(runs.map((r) => r[options.x]));
  const yLevels = sortedLevels(runs.map((r) => r[options.y]));
  for (const [factor, levels] of [[options.x, xLevels], [options.y, yLevels]] as const) {
    if (levels.length > MAX_LEVELS) {
      throw new Error(`heatmapChart needs a grid: ${factor} has ${levels.length} distinct values (at most ${MAX_LEVELS})`);
    }
  }
  const cells = new Map<string, number[]>();
  for (const r of runs) {
    const key = JSON.stringify([r[options.x], r[options.y]]);
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key)!.push(r[metric] as number);
  }
  const values = yLevels.flatMap((yv) =>
    xLevels.flatMap((xv) => {
      const cell = cells.get(JSON.stringify([xv, yv]));
      return cell ? [{ x: levelLabel(xv), y: levelLabel(yv), ...meanInterval(cell) }] : [];
    }),
  );
  const means = values.map((v) => v.mean);
  const middle = (Math.min(...means) + Math.max(...means)) / 2;
  const { label } = describeMetric(metric);
  const colourTitle = metricTitle(metric, describeMetric, 'Mean');
  const x = { field: 'x', type: 'ordinal' as const, title: options.x, sort: xLevels.map(levelLabel), axis: { labelAngle: 0 } };
  const y = { field: 'y', type: 'ordinal' as const, title: options.y, sort: yLevels.map(levelLabel).reverse() };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: chartDescription(`mean ${label} per combination of ${options.x} and ${options.y}`, metadata),
    title: {
      text: metadata.title ?? `${label} by ${options.x} and ${options.y}`,
      subtitle: `mean over the finished runs in each cell (${runs.length} runs)`,
    },
    width: options.width ?? Math.max(200, Math.min(560, 56 * xLevels.length)),
    height: options.height ?? Math.max(160, Math.min(420, 40 * yLevels.length)),
    config: chartConfig,
    data: { values },
    encoding: { x, y },
    layer: [
      {
        mark: { type: 'rect' },
        encoding: {
          color: {
            field: 'mean',
            type: 'quantitative',
            title: colourTitle.length > 28 ? colourTitle.replace(' (', '\n(').split('\n') : colourTitle,
            scale: { scheme: 'viridis' },
          },
          tooltip: [
            { field: 'x', type: 'ordinal', title: options.x },
            { field: 'y', type: 'ordinal', title: options.y },
            { field: 'mean', type: 'quantitative', title: 'mean', format: '.4~g' },
            { field: 'low', type: 'quantitative', title: '95% low', format: '.4~g' },
            { field: 'high', type: 'quantitative', title: '95% high', format: '.4~g' },
            { field: 'n', type: 'quantitative', title: 'runs' },
          ],
        },
      },
      {
        mark: { type: 'text', fontSize: 11 },
        encoding: {
          text: { field: 'mean', type: 'quantitative', format: '.3~g' },
          color: { condition: { test: `datum.mean < ${middle}`, value: 'white' }, value: 'black' },
        },
      },
    ],
  };
}
