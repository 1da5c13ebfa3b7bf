import type { TopLevelSpec } from 'vega-lite';
import { catalogueDescribeMetric } from './catalogueDescribeMetric.js';
import { chartConfig } from './chartConfig.js';
import type { RunRow } from './chartInputs.js';
import { chartDescription } from './chartMetadata.js';
import type { ChartOptions } from './chartOptions.js';
import { metricTitle } from './describeMetric.js';
import { levelLabel, sortedLevels } from './levels.js';
import { okabeIto } from './okabeIto.js';
import { okRuns } from './okRuns.js';

export interface DistributionChartOptions extends ChartOptions {
  /** The metric whose distribution over runs is shown. */
  metric: string;
  /** The factor (or `scenario`) whose levels get one column each. */
  factor: string;
  /**
   * `strip` (default): every run as a dot, spread sideways, over a light box plot;
   * `boxplot`: box (quartiles), whiskers (1.5 × IQR) and outlying runs only.
   */
  style?: 'strip' | 'boxplot';
}

/** The golden-ratio conjugate: i·φ mod 1 spreads points evenly without randomness. */
const PHI = 0.6180339887498949;

/**
 * The distribution of a metric over runs, per level of a factor: a box plot (median,
 * quartiles, whiskers at 1.5 × IQR) with, in the `strip` style, every finished run as a
 * dot. The sideways spread of the dots is deterministic (the golden-ratio sequence over the
 * runs in each level, in run order), so the same rows give the same picture.
 * Failed runs are left out.
 *
 * Data columns of the spec: `level`, `value`, `run`, `jitter` (in [-0.4, 0.4]).
 *
 * @example
 * const spec = distributionChart(runRows, { metric: 'successRate', factor: 'manpower' });
 */
export function distributionChart(rows: readonly RunRow[], options: DistributionChartOptions): TopLevelSpec {
  const { metric, factor, style = 'strip', metadata = {}, describeMetric = catalogueDescribeMetric } = options;
  const runs = okRuns(rows, metric, 'distributionChart');
  const missing = runs.find((r) => r[factor] === undefined);
  if (missing) throw new Error(`distributionChart found no column ${factor} in run ${missing.run}`);
  const levels = sortedLevels(runs.map((r) => r[factor]));
  const values = levels.flatMap((level) =>
    runs
      .filter((r) => r[factor] === level)
      .sort((a, b) => a.run - b.run)
      .map((r, i) => ({
        level: levelLabel(level),
        value: r[metric] as number,
        run: r.run,
        jitter: Math.round((((i * PHI) % 1) - 0.5) * 0.8 * 1e6) / 1e6,
      })),
  );
  const { label } = describeMetric(metric);
  const x = { field: 'level', type: 'nominal' as const, title: factor, sort: levels.map(levelLabel), axis: { labelAngle: 0 } };
  const y = { field: 'value', type: 'quantitative' as const, title: metricTitle(metric, describeMetric) };
  const box =
    style === 'boxplot'
      ? { mark: { type: 'boxplot' as const, extent: 1.5, size: 28, color: okabeIto[0] }, encoding: { x, y } }
      : {
          mark: {
            type: 'boxplot' as const,
            extent: 1.5,
            size: 36,
            outliers: false,
            box: { color: '#d9d9d9' },
            median: { color: 'black' },
            rule: { color: '#888888' },
            ticks: false,
          },
          encoding: { x, y },
        };
  const dots = {
    mark: { type: 'point' as const, filled: true, size: 22, opacity: 0.65, color: okabeIto[0] },
    encoding: {
      x,
      y,
      xOffset: { field: 'jitter', type: 'quantitative' as const, scale: { domain: [-0.5, 0.5] } },
      tooltip: [
        { field: 'run', type: 'quantitative' as const },
        { field: 'level', type: 'nominal' as const, title: factor },
        { field: 'value', type: 'quantitative' as const, title: label, format: '.4~g' },
      ],
    },
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: chartDescription(`distribution of ${label} over runs per ${factor} level`, metadata),
    title: {
      text: metadata.title ?? `${label} by ${factor}`,
      subtitle: style === 'strip' ? `each dot is a run (${runs.length} runs); box: median and quartiles` : `box: median and quartiles of ${runs.length} runs; dots: outlying runs`,
    },
    width: options.width ?? Math.max(240, Math.min(640, 80 * levels.length)),
    height: options.height ?? 300,
    config: chartConfig,
    data: { values },
    layer: style === 'strip' ? [box, dots] : [box],
  };
}
