import { groupDigits } from '../groupDigits.js';
import { levelLabel } from '../../charts/levels.js';
import type { DesignSpec } from '../../experiment/designs/types.js';
import type { DesignMethodRoom } from '../DesignMethodRoom.js';
import { gridDesign } from './gridDesign.js';

/**
 * The grid (full factorial) design: every combination of each factor's levels. Analysed by
 * one-at-a-time main effects averaged over the other factors' levels (`oat`); a report shows
 * time series and distributions by the most important factor and a heat map of the top two.
 *
 * @example
 * DESIGN_METHODS.grid.generate({ method: 'grid', levels: 3 }, factors, rng).points.length; // 3^k
 */
export const grid: DesignMethodRoom<Extract<DesignSpec, { method: 'grid' }>> = {
  generate: (spec, factors) => gridDesign(factors, spec.levels ?? 3),
  size(spec, factors) {
    const counts = factors.map((f) => (f.kind === 'values' ? f.values.length : (spec.levels ?? 3)));
    const points = counts.reduce((product, n) => product * n, 1);
    return { points, formula: `${counts.map(groupDigits).join(' × ')} levels`, advice: 'use fewer levels or fewer factors', work: points * factors.length };
  },
  describe: (design, points) => `grid: full factorial, ${String(design.layout.levels ?? '?')} levels per range factor (${points})`,
  article: 'a',
  analysis: 'oat',
  pointCharts: ['heatmap', 'distribution'],
  levels: true,
  pointwise: true,
  usedValues(design, index) {
    const levelValues = design.layout.levelValues as Array<Array<number | string>> | undefined;
    return levelValues?.[index] !== undefined ? `levels ${levelValues[index].map(levelLabel).join(', ')}` : '';
  },
};
