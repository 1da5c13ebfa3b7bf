import type { AnalysisMethodRoom } from '../AnalysisMethodRoom.js';
import { screeningContext, type ScreeningContext } from '../screeningContext.js';
import { hasNoiseFloor, noiseColumn } from '../noiseMark.js';
import { sobolChart } from './sobolChart.js';
import { sobolRows, type SobolPairTableRow, type SobolTableRow } from './sobolRows.js';

/** The columns of `sobol2.csv`, written when the design has second-order blocks. */
export const SOBOL_PAIR_COLUMNS = ['metric', 'factorA', 'factorB', 'S2', 'S2Low', 'S2High'] as const;

/**
 * The Sobol' analysis of a sobol design: first-order and total indices S1 and ST (and S2 with
 * second-order blocks) of the mean over replicates per point, with seeded bootstrap intervals;
 * factors ranked by ST and drawn as index bars (`sobol`).
 *
 * @example
 * ANALYSIS_METHODS.sobol.analyze(input).rows[0]; // { metric: 'y', factor: 'x1', S1: 0.31, ST: 0.56, … }
 */
export const sobolAnalysis: AnalysisMethodRoom<
  ScreeningContext & { method: 'sobol'; rows: SobolTableRow[]; secondOrder: SobolPairTableRow[] }
> = {
  designs: ['sobol'],
  columns: ['metric', 'factor', 'S1', 'S1Low', 'S1High', 'ST', 'STLow', 'STHigh', 'distinguishable'],
  analyze(input) {
    const { data, groups, confidence, bootstrap, seed } = input;
    const tables = data.metrics.map((m) => sobolRows(m, groups.get(m)!, data.design.layout, { bootstrap, seed, confidence }));
    return {
      ...screeningContext(input),
      method: 'sobol',
      rows: tables.flatMap((t) => t.factors),
      secondOrder: tables.flatMap((t) => t.pairs),
    };
  },
  extraTables: (result) => (result.secondOrder.length > 0 ? [{ file: 'sobol2.csv', columns: SOBOL_PAIR_COLUMNS, rows: result.secondOrder }] : []),
  effects: {
    chart: 'sobol',
    draw: (rows, options) => sobolChart(rows, options),
    importance: (row) => row.ST,
    guide:
      "S1: the share of the metric's variance the factor explains alone; ST: alone and through all its " +
      'interactions (Saltelli et al. 2010; Jansen 1999). Intervals: 95% bootstrap percentile intervals. ' +
      'A factor with ST near 0 can be fixed; a large gap between ST and S1 means it acts through interactions. ' +
      'Replicates are averaged per design point first. Factors are ranked by ST. With a dummy factor (a ' +
      'factor the model never reads), "≈ noise" marks a factor whose ST is not distinguishable from the ' +
      "dummy's (95% bootstrap interval of the difference, on the same resamples, not above 0), and the dashed " +
      "line in the chart is the dummy's ST: the noise floor.",
    table: (rows) => ({
      columns: ['rank', 'factor', 'S1', 'S1 95% low', 'S1 95% high', 'ST', 'ST 95% low', 'ST 95% high', ...(hasNoiseFloor(rows) ? ['vs dummy'] : [])],
      rows: [...rows]
        .sort((a, b) => b.ST - a.ST)
        .map((r, i) => ({
          rank: i + 1,
          factor: r.factor,
          S1: r.S1,
          'S1 95% low': r.S1Low,
          'S1 95% high': r.S1High,
          ST: r.ST,
          'ST 95% low': r.STLow,
          'ST 95% high': r.STHigh,
          'vs dummy': noiseColumn(r),
        })),
    }),
    bootstrap: true,
  },
};
