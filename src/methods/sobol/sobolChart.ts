import type { TopLevelSpec } from 'vega-lite';
import { catalogueDescribeMetric } from '../../charts/catalogueDescribeMetric.js';
import { chartConfig } from '../../charts/chartConfig.js';
import type { SobolRow } from '../../charts/chartInputs.js';
import { chartDescription } from '../../charts/chartMetadata.js';
import type { ChartOptions } from '../../charts/chartOptions.js';
import { displayText } from '../../charts/displayText.js';
import { hasNoiseFloor } from '../noiseMark.js';
import { DUMMY_FACTOR } from '../withDummyFactor.js';
import { okabeIto } from '../../charts/okabeIto.js';
import { selectMetricRows } from '../../charts/selectMetricRows.js';

export interface SobolChartOptions extends ChartOptions {
  /** The metric to show; required when the rows hold several metrics. */
  metric?: string;
}

const FIRST = 'first order (S1)';
const TOTAL = 'total (ST)';

/**
 * Sobol' sensitivity indices of one metric: per factor, a bar for the first-order index
 * S1 (share of the metric's variance explained by the factor alone) and one for the total
 * index ST (alone plus all its interactions), each with its 95% interval as an error bar;
 * with a tested dummy factor (`dummy: true`), a dashed vertical rule at the dummy's ST.
 * Factors are sorted by ST, largest on top (ties by name). A large gap between ST and S1
 * means the factor acts through interactions. Indices are shares of variance, unitless.
 *
 * Data columns of the spec: `factor`, `index` (S1 or ST label), `value`, `low`, `high`.
 *
 * @example
 * const spec = sobolChart(sobolRows, { metric: 'successRate' });
 */
export function sobolChart(rows: readonly SobolRow[], options: SobolChartOptions = {}): TopLevelSpec {
  const { metadata = {}, describeMetric = catalogueDescribeMetric } = options;
  const selected = selectMetricRows(rows, options.metric, 'sobolChart');
  const sorted = [...selected.rows].sort(
    (a, b) => b.ST - a.ST || (a.factor < b.factor ? -1 : a.factor > b.factor ? 1 : 0),
  );
  const values = sorted.flatMap((r) => [
    { factor: displayText(r.factor), index: FIRST, value: r.S1, low: r.S1Low, high: r.S1High },
    { factor: displayText(r.factor), index: TOTAL, value: r.ST, low: r.STLow, high: r.STHigh },
  ]);
  const dummy = hasNoiseFloor(selected.rows) ? selected.rows.find((r) => r.factor === DUMMY_FACTOR) : undefined;
  const floor = dummy !== undefined && Number.isFinite(dummy.ST) ? dummy.ST : null;
  const { label } = describeMetric(selected.metric);
  const y = { field: 'factor', type: 'nominal' as const, title: null, sort: sorted.map((r) => displayText(r.factor)) };
  const yOffset = { field: 'index', type: 'nominal' as const, sort: [FIRST, TOTAL] };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: chartDescription(`Sobol' indices of ${label}, largest total index first`, metadata),
    title: {
      text: metadata.title ?? `Sobol' indices: ${label}`,
      subtitle:
        'share of variance due to the factor alone (S1) and with its interactions (ST); lines: 95% intervals' +
        (floor === null ? '' : "; dashed: the dummy's ST (noise floor)"),
    },
    width: options.width ?? 460,
    height: options.height ?? { step: 18 },
    config: chartConfig,
    data: { values },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          y,
          yOffset,
          x: { field: 'value', type: 'quantitative', title: "Sobol' index (share of variance)", axis: { tickCount: 6 } },
          color: {
            field: 'index',
            type: 'nominal',
            title: null,
            scale: { domain: [FIRST, TOTAL], range: [okabeIto[1], okabeIto[0]] },
            legend: { orient: 'bottom', direction: 'horizontal' },
          },
          tooltip: [
            { field: 'factor', type: 'nominal' },
            { field: 'index', type: 'nominal' },
            { field: 'value', type: 'quantitative', format: '.3f' },
            { field: 'low', type: 'quantitative', title: '95% low', format: '.3f' },
            { field: 'high', type: 'quantitative', title: '95% high', format: '.3f' },
          ],
        },
      },
      {
        mark: { type: 'rule', color: 'black' },
        encoding: { y, yOffset, x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } },
      },
      ...(floor === null
        ? []
        : [
            {
              data: { values: [{ noiseFloor: floor }] },
              mark: { type: 'rule' as const, color: '#888888', strokeDash: [4, 4] },
              encoding: { x: { field: 'noiseFloor', type: 'quantitative' as const } },
            },
          ]),
    ],
  };
}
