import type { TopLevelSpec } from 'vega-lite';
import { catalogueDescribeMetric } from '../../charts/catalogueDescribeMetric.js';
import { placeLabels } from '../../charts/placeLabels.js';
import { chartConfig } from '../../charts/chartConfig.js';
import type { MorrisRow } from '../../charts/chartInputs.js';
import { chartDescription } from '../../charts/chartMetadata.js';
import type { ChartOptions } from '../../charts/chartOptions.js';
import { displayText } from '../../charts/displayText.js';
import { okabeIto } from '../../charts/okabeIto.js';
import { selectMetricRows } from '../../charts/selectMetricRows.js';
import { hasNoiseFloor } from '../noiseMark.js';
import { DUMMY_FACTOR } from '../withDummyFactor.js';

export interface MorrisChartOptions extends ChartOptions {
  /** The metric to show; required when the rows hold several metrics. */
  metric?: string;
}

/**
 * The Morris screening plot of one metric (Campolongo, Cariboni & Saltelli 2007): each
 * factor is a point at μ* (mean absolute elementary effect: how much it matters) and σ
 * (standard deviation of its elementary effects: how much that depends on the other
 * factors, i.e. non-linearity or interactions), labelled with its name, with μ*'s 95%
 * interval as a horizontal rule. Factors near the origin can be fixed; factors to the
 * right matter; factors high up interact. Both axes are in the metric's unit per
 * elementary step of the factor. When the rows were tested against a dummy factor (the
 * design's `dummy: true`), a dashed vertical rule marks the dummy's μ*, the noise floor.
 *
 * Data columns of the spec: `factor`, `mu`, `muStar`, `sigma`, `muStarLow`, `muStarHigh`.
 *
 * @example
 * const spec = morrisChart(morrisRows, { metric: 'successRate' });
 */
export function morrisChart(rows: readonly MorrisRow[], options: MorrisChartOptions = {}): TopLevelSpec {
  const { metadata = {}, describeMetric = catalogueDescribeMetric } = options;
  const selected = selectMetricRows(rows, options.metric, 'morrisChart');
  const values = [...selected.rows]
    .sort((a, b) => b.muStar - a.muStar || (a.factor < b.factor ? -1 : a.factor > b.factor ? 1 : 0))
    .map((r) => ({
      factor: displayText(r.factor),
      mu: r.mu,
      muStar: r.muStar,
      sigma: r.sigma,
      muStarLow: r.muStarLow,
      muStarHigh: r.muStarHigh,
    }));
  const dummy = hasNoiseFloor(selected.rows) ? selected.rows.find((r) => r.factor === DUMMY_FACTOR) : undefined;
  const floor = dummy !== undefined && Number.isFinite(dummy.muStar) ? dummy.muStar : null;
  const { label, unit } = describeMetric(selected.metric);
  const inUnit = unit === '' ? '' : ` (${unit})`;
  const width = options.width ?? 460;
  const height = options.height ?? 320;
  // Fixed domains (a margin past the largest value) so the labels can be placed in pixels,
  // apart from each other and the points, in order of importance (placeLabels).
  const xMax = domainEnd(values.flatMap((v) => [v.muStar, v.muStarHigh]));
  const yMax = domainEnd(values.map((v) => v.sigma));
  const placements = placeLabels(
    values.map((v) => ({ x: (v.muStar / xMax) * width, y: height - (v.sigma / yMax) * height, text: v.factor })),
    width,
    height,
    LABEL_SIZE,
  );
  const labelled = values.map((v, i) => ({
    ...v,
    labelMuStar: (placements[i].x / width) * xMax,
    labelSigma: ((height - placements[i].y) / height) * yMax,
    labelAlign: placements[i].align,
    leader: placements[i].leader,
  }));
  // A line from a point to its label, for labels pushed away from crowded points.
  const leaders = {
    transform: [{ filter: 'datum.leader' }],
    mark: { type: 'rule' as const, color: '#bbbbbb', strokeWidth: 0.8 },
    encoding: {
      x: { field: 'muStar', type: 'quantitative' as const },
      y: { field: 'sigma', type: 'quantitative' as const },
      x2: { field: 'labelMuStar' },
      y2: { field: 'labelSigma' },
    },
  };
  const x = {
    field: 'muStar',
    type: 'quantitative' as const,
    title: `μ*: mean absolute elementary effect${inUnit}`,
    scale: { domain: [0, xMax], nice: false },
  };
  const y = {
    field: 'sigma',
    type: 'quantitative' as const,
    title: `σ: spread of elementary effects${inUnit}`,
    scale: { domain: [0, yMax], nice: false },
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: chartDescription(`Morris screening of ${label}: μ* against σ per factor`, metadata),
    title: {
      text: metadata.title ?? `Morris screening: ${label}`,
      subtitle:
        'right: the factor matters; up: its effect depends on other factors' +
        (floor === null ? '' : "; dashed: the dummy's μ* (noise floor)"),
    },
    width,
    height,
    config: chartConfig,
    data: { values: labelled },
    encoding: { x, y },
    layer: [
      {
        mark: { type: 'rule', color: '#888888' },
        encoding: { x: { field: 'muStarLow', type: 'quantitative' }, x2: { field: 'muStarHigh' } },
      },
      {
        mark: { type: 'point', filled: true, size: 60, color: okabeIto[0] },
        encoding: {
          tooltip: [
            { field: 'factor', type: 'nominal' },
            { field: 'muStar', type: 'quantitative', title: 'μ*', format: '.4~g' },
            { field: 'sigma', type: 'quantitative', title: 'σ', format: '.4~g' },
            { field: 'mu', type: 'quantitative', title: 'μ', format: '.4~g' },
            { field: 'muStarLow', type: 'quantitative', title: 'μ* 95% low', format: '.4~g' },
            { field: 'muStarHigh', type: 'quantitative', title: 'μ* 95% high', format: '.4~g' },
          ],
        },
      },
      ...(labelled.some((v) => v.leader) ? [leaders] : []),
      ...(['left', 'right', 'center'] as const).map((align) => ({
        transform: [{ filter: { field: 'labelAlign', equal: align } }],
        mark: { type: 'text' as const, align, baseline: 'middle' as const, fontSize: LABEL_SIZE },
        encoding: {
          x: { field: 'labelMuStar', type: 'quantitative' as const },
          y: { field: 'labelSigma', type: 'quantitative' as const },
          text: { field: 'factor', type: 'nominal' as const },
        },
      })),
      ...(floor === null
        ? []
        : [
            {
              data: { values: [{ noiseFloor: floor }] },
              mark: { type: 'rule' as const, color: '#888888', strokeDash: [4, 4] },
              encoding: {
                x: { field: 'noiseFloor', type: 'quantitative' as const },
                y: { value: 0 },
                y2: { value: 'height' as const },
              },
            },
          ]),
    ],
  };
}

/** Font size of the factor labels, in pixels. */
const LABEL_SIZE = 11;

/** The end of an axis from 0: 12% past the largest finite value, or 1 when there is none. */
function domainEnd(values: readonly number[]): number {
  const largest = Math.max(0, ...values.filter((v) => Number.isFinite(v)));
  return largest > 0 ? largest * 1.12 : 1;
}
