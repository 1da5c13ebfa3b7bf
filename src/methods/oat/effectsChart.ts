import type { TopLevelSpec } from 'vega-lite';
import { catalogueDescribeMetric } from '../../charts/catalogueDescribeMetric.js';
import { chartConfig } from '../../charts/chartConfig.js';
import type { OatEffectRow } from '../../charts/chartInputs.js';
import { chartDescription } from '../../charts/chartMetadata.js';
import type { ChartOptions } from '../../charts/chartOptions.js';
import { lowerFirst, metricTitle } from '../../charts/describeMetric.js';
import { displayText } from '../../charts/displayText.js';
import { levelLabel } from '../../charts/levels.js';
import { okabeIto } from '../../charts/okabeIto.js';
import { selectMetricRows } from '../../charts/selectMetricRows.js';

export interface EffectsChartOptions extends ChartOptions {
  /** The metric to show; required when the rows hold several metrics. */
  metric?: string;
}

/**
 * A tornado chart of one-at-a-time effects on one metric: one horizontal bar per factor,
 * from 0 to its effect (metric at the factor's high value minus at its low value, in the
 * metric's unit), with its 95% interval as a black rule; the largest |effect| on top
 * (ties by factor name). Blue bars raise the metric, orange bars lower it (Okabe–Ito).
 * Each factor's axis label shows the values it was moved between ("manpower (0.5 → 1.5)").
 *
 * Data columns of the spec: `factor`, `label`, `effect`, `effectLow`, `effectHigh`,
 * `low`, `high`, `direction`.
 *
 * @example
 * const spec = effectsChart(oatRows, { metric: 'successRate' });
 */
export function effectsChart(rows: readonly OatEffectRow[], options: EffectsChartOptions = {}): TopLevelSpec {
  const { metadata = {}, describeMetric = catalogueDescribeMetric } = options;
  const selected = selectMetricRows(rows, options.metric, 'effectsChart');
  const { label } = describeMetric(selected.metric);
  const lower = lowerFirst(label);
  const raises = `raises ${lower}`;
  const lowers = `lowers ${lower}`;
  const sorted = [...selected.rows].sort(
    (a, b) => Math.abs(b.effect) - Math.abs(a.effect) || (a.factor < b.factor ? -1 : a.factor > b.factor ? 1 : 0),
  );
  const values = sorted.map((r) => ({
    factor: displayText(r.factor),
    label: `${displayText(r.factor)} (${levelLabel(r.low)} → ${levelLabel(r.high)})`,
    effect: r.effect,
    effectLow: r.effectLow,
    effectHigh: r.effectHigh,
    low: r.low,
    high: r.high,
    direction: r.effect >= 0 ? raises : lowers,
  }));
  const xTitle = metricTitle(selected.metric, describeMetric, 'Effect on');
  const y = {
    field: 'label',
    type: 'nominal' as const,
    title: null,
    sort: values.map((v) => v.label),
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: chartDescription(`one-at-a-time effects on ${label}, largest first`, metadata),
    title: {
      text: metadata.title ?? `What moves ${lower}`,
      subtitle: 'effect of moving each factor from its low to its high value, with 95% interval',
    },
    width: options.width ?? 460,
    height: options.height ?? Math.max(120, 28 * values.length),
    config: chartConfig,
    data: { values },
    layer: [
      {
        mark: { type: 'bar', height: { band: 0.7 } },
        encoding: {
          y,
          x: { field: 'effect', type: 'quantitative', title: xTitle, axis: { tickCount: 6 } },
          color: {
            field: 'direction',
            type: 'nominal',
            title: 'Moving the factor up',
            scale: { domain: [raises, lowers], range: [okabeIto[0], okabeIto[1]] },
            legend: { orient: 'bottom', direction: 'horizontal' },
          },
          tooltip: [
            { field: 'factor', type: 'nominal', title: 'factor' },
            { field: 'low', type: 'nominal', title: 'low value' },
            { field: 'high', type: 'nominal', title: 'high value' },
            { field: 'effect', type: 'quantitative', title: 'effect', format: '.4~g' },
            { field: 'effectLow', type: 'quantitative', title: '95% low', format: '.4~g' },
            { field: 'effectHigh', type: 'quantitative', title: '95% high', format: '.4~g' },
          ],
        },
      },
      {
        mark: { type: 'rule', color: 'black', strokeWidth: 1.5 },
        encoding: { y, x: { field: 'effectLow', type: 'quantitative' }, x2: { field: 'effectHigh' } },
      },
      {
        data: { values: [{}] },
        mark: { type: 'rule', color: '#444444' },
        encoding: { x: { datum: 0, type: 'quantitative' } },
      },
    ],
  };
}
