import type { TopLevelSpec } from 'vega-lite';
import type { PrimBox } from '../analysis/discovery/primBox.js';
import type { FactorRange } from '../analysis/discovery/prim.js';
import { chartConfig } from './chartConfig.js';
import { chartDescription } from './chartMetadata.js';
import type { ChartOptions } from './chartOptions.js';

/**
 * A PRIM box's limits (EMA Workbench's `inspect(style='graph')`): one row per restricted
 * factor, its whole range as a grey bar from 0 to 1 (the data's minimum to maximum, so
 * factors of different units line up) and the box's part of it in blue, with the limits as
 * numbers and each restricted end's quasi-p-value in brackets (small: the limit matters;
 * above about 0.1: it may be noise). A categorical factor's bar is the share of its
 * categories in the box, labelled with them. Factors are sorted by how narrow the box is on
 * them, narrowest on top.
 *
 * Data columns of the spec: `factor`, `from`, `to` (shares of the range), `lowText`,
 * `highText`.
 *
 * @example
 * const found = prim(x, y);
 * const spec = boxLimitsChart(found.box, found.factors);
 */
export function boxLimitsChart(box: PrimBox, factors: readonly FactorRange[], options: ChartOptions = {}): TopLevelSpec {
  const { metadata = {} } = options;
  const restricted = box.limits.filter((l) => l.restricted);
  const values = restricted
    .map((l) => {
      const range = factors.find((f) => f.name === l.factor)!;
      if (l.categories !== null) {
        const share = l.categories.length / range.categories!.length;
        return { factor: l.factor, from: 0, to: share, lowText: `${l.categories.join(', ')}${qp(l.qpLow)}`, highText: '' };
      }
      const span = range.high! - range.low! || 1;
      return {
        factor: l.factor,
        from: (l.low! - range.low!) / span,
        to: (l.high! - range.low!) / span,
        lowText: `${number(l.low!)}${qp(l.qpLow)}`,
        highText: `${number(l.high!)}${qp(l.qpHigh)}`,
      };
    })
    .sort((a, b) => a.to - a.from - (b.to - b.from));
  const y = { field: 'factor', type: 'nominal' as const, title: null, sort: values.map((v) => v.factor) };
  const share = (field: string) => ({ field, type: 'quantitative' as const, title: TITLE, scale: { domain: [0, 1] }, axis: { format: '.0%' } });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: chartDescription(`limits of box ${box.index} on its ${restricted.length} restricted factors, as shares of each factor's range`, metadata),
    title: {
      text: metadata.title ?? `Box ${box.index}: limits on the restricted factors`,
      subtitle: `coverage ${percent(box.coverage)}, density ${percent(box.density)}; grey: the factor's range, blue: the box; (quasi-p-value)`,
    },
    width: options.width ?? 420,
    height: options.height ?? { step: 34 },
    config: chartConfig,
    data: { values },
    encoding: { y },
    layer: [
      {
        mark: { type: 'bar', color: '#e5e5e5', height: 10 },
        encoding: { x: { datum: 0, type: 'quantitative', title: TITLE, scale: { domain: [0, 1] }, axis: { format: '.0%' } }, x2: { datum: 1 } },
      },
      {
        mark: { type: 'bar', color: '#0072B2', height: 10 },
        encoding: { x: share('from'), x2: { field: 'to' } },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'top', dy: 8, fontSize: 10 },
        encoding: { x: share('from'), text: { field: 'lowText', type: 'nominal' } },
      },
      {
        mark: { type: 'text', align: 'right', baseline: 'top', dy: 8, fontSize: 10 },
        encoding: { x: share('to'), text: { field: 'highText', type: 'nominal' } },
      },
    ],
  };
}

const TITLE = "share of the factor's range (its minimum to maximum in the data)";

function number(v: number): string {
  return String(Number(v.toPrecision(3)));
}

function qp(p: number | null): string {
  return p === null ? '' : ` (${p < 0.001 ? p.toExponential(0) : Number(p.toPrecision(2))})`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
