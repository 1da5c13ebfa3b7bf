import type { TopLevelSpec } from 'vega-lite';
import type { PrimBox } from '../analysis/discovery/primBox.js';
import { chartConfig } from './chartConfig.js';
import { chartDescription } from './chartMetadata.js';
import type { ChartOptions } from './chartOptions.js';

export interface TradeoffChartOptions extends ChartOptions {
  /** The box to mark (default: the last of the trajectory). */
  chosen?: number;
}

/**
 * PRIM's trade-off plot (Bryant & Lempert 2010; EMA Workbench's `show_tradeoff`): one point
 * per box on the peeling and pasting trajectory, coverage (share of the cases of interest in
 * the box) across, density (share of the box's cases that are of interest) up, coloured by
 * the number of restricted factors (viridis). Peeling moves up and to the left: each box is
 * denser but catches fewer cases. The chosen box is ringed and labelled. Both axes are
 * shares from 0 to 1.
 *
 * Data columns of the spec: `box`, `coverage`, `density`, `restricted`, `phase`, `chosen`.
 *
 * @example
 * const spec = tradeoffChart(prim(x, y).trajectory, { chosen: 12 });
 */
export function tradeoffChart(trajectory: readonly PrimBox[], options: TradeoffChartOptions = {}): TopLevelSpec {
  if (trajectory.length === 0) throw new Error('tradeoffChart requires at least one box');
  const { metadata = {} } = options;
  const chosen = options.chosen ?? trajectory.length - 1;
  const values = trajectory.map((b) => ({
    box: b.index,
    coverage: b.coverage,
    density: b.density,
    restricted: b.restricted,
    phase: b.phase,
    chosen: b.index === chosen,
  }));
  const axis = (field: string, title: string) => ({ field, type: 'quantitative' as const, title, scale: { domain: [0, 1] }, axis: { format: '.0%' } });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: chartDescription(`coverage and density of the ${trajectory.length} boxes on PRIM's trajectory, box ${chosen} marked`, metadata),
    title: {
      text: metadata.title ?? 'Trade-off: coverage against density',
      subtitle: `each point a box on the peeling and pasting trajectory; ringed: box ${chosen}`,
    },
    width: options.width ?? 380,
    height: options.height ?? 300,
    config: chartConfig,
    data: { values },
    encoding: { x: axis('coverage', 'coverage (share of cases of interest in the box)'), y: axis('density', 'density (share of the box that is of interest)') },
    layer: [
      {
        mark: { type: 'circle', size: 60, opacity: 0.9 },
        encoding: {
          color: { field: 'restricted', type: 'ordinal', title: 'restricted factors', scale: { scheme: 'viridis' } },
          tooltip: [
            { field: 'box', type: 'quantitative' },
            { field: 'phase', type: 'nominal' },
            { field: 'coverage', type: 'quantitative', format: '.3f' },
            { field: 'density', type: 'quantitative', format: '.3f' },
            { field: 'restricted', type: 'quantitative', title: 'restricted factors' },
          ],
        },
      },
      {
        transform: [{ filter: 'datum.chosen' }],
        mark: { type: 'point', size: 260, strokeWidth: 2, color: '#D55E00' },
      },
      {
        transform: [{ filter: 'datum.chosen' }, { calculate: "'box ' + datum.box", as: 'label' }],
        mark: { type: 'text', dx: 12, dy: -10, align: 'left', color: '#D55E00', fontWeight: 'bold' },
        encoding: { text: { field: 'label', type: 'nominal' } },
      },
    ],
  };
}
