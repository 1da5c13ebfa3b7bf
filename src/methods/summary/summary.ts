import type { AnalysisMethodRoom } from '../AnalysisMethodRoom.js';
import { summaryRows, type SummaryTableRow } from './summaryRows.js';

/**
 * The summary analysis, for any design: per metric and design point, n, mean, sd, the
 * Student-t interval of the mean and the median. It ranks no factors.
 *
 * @example
 * ANALYSIS_METHODS.summary.analyze(input).rows[0]; // { metric: 'y', point: 0, n: 4, mean: 1.2, … }
 */
export const summary: AnalysisMethodRoom<{ method: 'summary'; rows: SummaryTableRow[] }> = {
  designs: 'any',
  columns: ['metric', 'point', 'n', 'mean', 'sd', 'ciLow', 'ciHigh', 'median'],
  analyze: ({ data, groups, confidence }) => ({
    method: 'summary',
    rows: data.metrics.flatMap((m) => summaryRows(m, groups.get(m)!, confidence)),
  }),
};
