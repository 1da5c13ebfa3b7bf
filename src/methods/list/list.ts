import { groupDigits } from '../groupDigits.js';
import type { DesignSpec } from '../../experiment/designs/types.js';
import type { DesignMethodRoom } from '../DesignMethodRoom.js';
import { listDesign } from './listDesign.js';

/**
 * The listed points, as given. Its runs are summarised per point (`summary`); a report shows
 * distributions by factor.
 *
 * @example
 * DESIGN_METHODS.list.generate({ method: 'list', points: [{ x1: 0 }, { x1: 1 }] }, factors, rng).points.length; // 2
 */
export const list: DesignMethodRoom<Extract<DesignSpec, { method: 'list' }>> = {
  generate: (spec, factors) => listDesign(factors, spec.points),
  size: (spec, factors) => {
    const points = Array.isArray(spec.points) ? spec.points.length : 0;
    return { points, formula: `${groupDigits(points)} listed points`, advice: 'list fewer points', work: points * factors.length };
  },
  describe: (_design, points) => `list: the listed points (${points})`,
  article: 'a',
  analysis: 'summary',
  pointCharts: ['heatmap', 'distribution'],
  levels: false,
  pointwise: true,
};
