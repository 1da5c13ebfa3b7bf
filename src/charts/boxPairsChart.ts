import type { TopLevelSpec } from 'vega-lite';
import type { PrimBox } from '../analysis/discovery/primBox.js';
import { chartConfig } from './chartConfig.js';
import { chartDescription } from './chartMetadata.js';
import type { ChartOptions } from './chartOptions.js';

export interface BoxPairsChartOptions extends ChartOptions {
  /** Name of a case of interest in the legend (default "of interest"). */
  interestLabel?: string;
  /** At most this many cases are drawn, an even spread over the rows (default 4000). */
  maxPoints?: number;
}

/**
 * A scatter of the cases over two numeric factors (the two the box restricts most, in a
 * report), cases of interest in orange on top of the others in blue, with the box's limits
 * on these two factors drawn as a rectangle (EMA Workbench's `show_pairs_scatter`, one
 * pair). A good box holds most orange points and few blue ones; the other factors' limits are
 * not shown, so some blue points inside are expected.
 *
 * `x` and `y` are the two factors' values per case, `interest` whether each case is of
 * interest. Data columns of the spec: `x`, `y`, `case`.
 *
 * @example
 * const spec = boxPairsChart({ name: 'x1', values: x.x1 }, { name: 'x2', values: x.x2 }, y, found.box);
 */
export function boxPairsChart(
  x: { name: string; values: ArrayLike<number> },
  y: { name: string; values: ArrayLike<number> },
  interest: ArrayLike<number | boolean>,
  box: PrimBox,
  options: BoxPairsChartOptions = {},
): TopLevelSpec {
  const { metadata = {} } = options;
  const label = options.interestLabel ?? 'of interest';
  const limit = (name: string) => {
    const found = box.limits.find((l) => l.factor === name);
    if (!found || found.low === null || found.high === null) throw new Error(`boxPairsChart requires numeric factor ${name} in the box`);
    return found;
  };
  const lx = limit(x.name);
  const ly = limit(y.name);
  const n = interest.length;
  const step = Math.max(1, Math.ceil(n / (options.maxPoints ?? 4000)));
  const points: { x: number; y: number; case: string }[] = [];
  for (let i = 0; i < n; i += step) points.push({ x: x.values[i], y: y.values[i], case: interest[i] ? label : 'other' });
  points.sort((a, b) => Number(a.case === label) - Number(b.case === label));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: chartDescription(`${points.length} cases over ${x.name} and ${y.name}, with box ${box.index} drawn`, metadata),
    title: {
      text: metadata.title ?? `Cases over ${x.name} and ${y.name}, box ${box.index}`,
      subtitle: `orange: ${label}; rectangle: the box's limits on these two factors${step > 1 ? ` (every ${step}th case shown)` : ''}`,
    },
    width: options.width ?? 340,
    height: options.height ?? 300,
    config: chartConfig,
    layer: [
      {
        data: { values: points },
        mark: { type: 'circle', size: 14, opacity: 0.6 },
        encoding: {
          x: { field: 'x', type: 'quantitative', title: x.name, scale: { zero: false } },
          y: { field: 'y', type: 'quantitative', title: y.name, scale: { zero: false } },
          color: { field: 'case', type: 'nominal', title: null, scale: { domain: ['other', label], range: ['#56B4E9', '#E69F00'] } },
        },
      },
      {
        data: { values: [{ x: lx.low, x2: lx.high, y: ly.low, y2: ly.high }] },
        mark: { type: 'rect', fill: null, stroke: '#000000', strokeWidth: 2 },
        encoding: { x: { field: 'x', type: 'quantitative' }, x2: { field: 'x2' }, y: { field: 'y', type: 'quantitative' }, y2: { field: 'y2' } },
      },
    ],
  };
}
