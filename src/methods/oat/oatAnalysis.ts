import type { AnalysisMethodRoom } from '../AnalysisMethodRoom.js';
import { effectsChart } from './effectsChart.js';
import { oatRows, type OatTableRow } from './oatRows.js';

/**
 * The one-at-a-time analysis of oat and grid designs: each factor's main effect from its low
 * to its high value, paired by replicate, with a Student-t interval, ranked by |effect|; drawn
 * as a tornado chart (`effects`).
 *
 * @example
 * ANALYSIS_METHODS.oat.analyze(input).rows[0]; // { metric: 'y', factor: 'x3', effect: 3, rank: 1, … }
 */
export const oatAnalysis: AnalysisMethodRoom<{ method: 'oat'; rows: OatTableRow[] }> = {
  designs: ['oat', 'grid'],
  columns: ['metric', 'factor', 'low', 'high', 'effect', 'effectLow', 'effectHigh', 'standardized', 'rank'],
  analyze: ({ data, confidence }) => ({ method: 'oat', rows: data.metrics.flatMap((m) => oatRows(data, m, confidence)) }),
  effects: {
    chart: 'effects',
    draw: (rows, options) => effectsChart(rows, options),
    importance: (row) => Math.abs(row.effect),
    guide:
      'Effect: the change in the metric when the factor moves from its low to its high value ' +
      "(with the other factors at baseline in an oat design, averaged over the other factors' levels in a grid), " +
      'paired by replicate, with a 95% Student-t interval; an interval that includes 0 is not distinguishable ' +
      'from replicate noise. Standardized: the effect in standard deviations of the replicate noise. ' +
      'Rank 1 is the largest absolute effect.',
    table: (rows) => ({
      columns: ['rank', 'factor', 'low', 'high', 'effect', '95% low', '95% high', 'standardized'],
      rows: [...rows]
        .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))
        .map((r) => ({
          rank: r.rank,
          factor: r.factor,
          low: r.low,
          high: r.high,
          effect: r.effect,
          '95% low': r.effectLow,
          '95% high': r.effectHigh,
          standardized: r.standardized,
        })),
    }),
    bootstrap: false,
  },
};
