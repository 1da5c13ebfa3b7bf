import type { AnalysisMethodRoom } from '../AnalysisMethodRoom.js';
import { screeningContext, type ScreeningContext } from '../screeningContext.js';
import { hasNoiseFloor, noiseColumn } from '../noiseMark.js';
import { morrisChart } from './morrisChart.js';
import { morrisRows, type MorrisTableRow } from './morrisRows.js';

/**
 * The Morris screening of a morris design: μ, μ* and σ of the elementary effects of the mean
 * over replicates per point, with bootstrap intervals for μ*; factors ranked by μ* and drawn
 * on the μ*–σ plane (`morris`).
 *
 * @example
 * ANALYSIS_METHODS.morris.analyze(input).rows[0]; // { metric: 'y', factor: 'x3', mu: 3, muStar: 3, sigma: 0, … }
 */
export const morrisAnalysis: AnalysisMethodRoom<ScreeningContext & { method: 'morris'; rows: MorrisTableRow[] }> = {
  designs: ['morris'],
  columns: ['metric', 'factor', 'mu', 'muStar', 'sigma', 'muStarLow', 'muStarHigh', 'distinguishable'],
  analyze(input) {
    const { data, groups, confidence, bootstrap, seed } = input;
    const rows = data.metrics.flatMap((m) => morrisRows(m, groups.get(m)!, data.design.layout, { bootstrap, seed, confidence }));
    return { ...screeningContext(input), method: 'morris', rows };
  },
  effects: {
    chart: 'morris',
    draw: (rows, options) => morrisChart(rows, options),
    importance: (row) => row.muStar,
    guide:
      'μ*: the mean absolute elementary effect (Campolongo, Cariboni & Saltelli 2007), the change in the metric ' +
      "per full range of the factor, a measure of how much it matters; σ: the spread of its elementary effects " +
      '(non-linearity or interactions); μ: the signed mean. Interval: 95% bootstrap percentile interval of μ* ' +
      'over trajectories. Replicates are averaged per design point first. Factors are ranked by μ*. ' +
      'With a dummy factor (a factor the model never reads), "≈ noise" marks a factor whose μ* is not ' +
      "distinguishable from the dummy's (95% paired bootstrap interval of the difference not above 0), and " +
      "the dashed line in the chart is the dummy's μ*: the noise floor.",
    table: (rows) => ({
      columns: ['rank', 'factor', 'μ*', 'μ* 95% low', 'μ* 95% high', 'μ', 'σ', ...(hasNoiseFloor(rows) ? ['vs dummy'] : [])],
      rows: [...rows]
        .sort((a, b) => b.muStar - a.muStar)
        .map((r, i) => ({
          rank: i + 1,
          factor: r.factor,
          'μ*': r.muStar,
          'μ* 95% low': r.muStarLow,
          'μ* 95% high': r.muStarHigh,
          μ: r.mu,
          σ: r.sigma,
          'vs dummy': noiseColumn(r),
        })),
    }),
    bootstrap: true,
  },
};
