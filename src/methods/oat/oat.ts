import { groupDigits } from '../groupDigits.js';
import { levelLabel } from '../../charts/levels.js';
import type { DesignSpec } from '../../experiment/designs/types.js';
import type { DesignMethodRoom } from '../DesignMethodRoom.js';
import { oatDesign, type OatStep } from './oatDesign.js';

/**
 * The one-at-a-time design: a baseline and, per factor, its low and high value with the other
 * factors at baseline. Analysed by main effects (`oat`); a report shows a factor's time series
 * and distributions from the baseline runs and the runs that move it.
 *
 * @example
 * DESIGN_METHODS.oat.generate({ method: 'oat' }, factors, rng).points.length; // 2k + 1
 */
export const oat: DesignMethodRoom<Extract<DesignSpec, { method: 'oat' }>> = {
  generate: (spec, factors) => oatDesign(factors, spec.baseline),
  size: (_spec, factors) => {
    const points = 1 + factors.reduce((sum, f) => sum + (f.kind === 'values' ? f.values.length - 1 : 2), 0);
    return { points, formula: `a baseline and the other values of ${groupDigits(factors.length)} factors`, advice: 'use fewer factors or values', work: points * factors.length };
  },
  describe(design, points) {
    const baseline = Object.entries((design.layout.baseline ?? {}) as Record<string, number | string>)
      .map(([f, v]) => `${f} = ${levelLabel(v)}`)
      .join(', ');
    return `oat: one factor at a time around the baseline ${baseline} (${points})`;
  },
  article: 'an',
  analysis: 'oat',
  pointCharts: ['distribution'],
  levels: true,
  pointwise: true,
  usedValues(design, index) {
    const baseline = design.layout.baseline as Record<string, number | string> | undefined;
    const name = design.factors[index].name;
    return baseline?.[name] !== undefined ? `baseline ${levelLabel(baseline[name])}` : '';
  },
  slice(design, rows, factor) {
    const steps = design.layout.steps as OatStep[];
    return rows.filter((r) => steps[r.point]?.factor === null || steps[r.point]?.factor === factor);
  },
  sliceText: {
    timeseries: ' (the runs at baseline and those that move it; the other factors stay at baseline)',
    distribution: (factor) =>
      `Each dot is a finished run, at baseline or with ${factor} moved and the other factors at baseline; the box shows the median and quartiles.`,
  },
};
