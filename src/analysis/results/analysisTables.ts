import { toCsv } from '../../results/toCsv.js';
import { toJson } from '../../results/toJson.js';
import type { Analysis } from './analyzeResults.js';
import type { AnalysisMethod } from './chooseMethod.js';
import type { Comparison } from './compareResults.js';

/** The columns of each analysis CSV, in order (documented in docs/analysis.md). */
export const ANALYSIS_COLUMNS = {
  summary: ['metric', 'point', 'n', 'mean', 'sd', 'ciLow', 'ciHigh', 'median'],
  oat: ['metric', 'factor', 'low', 'high', 'effect', 'effectLow', 'effectHigh', 'standardized', 'rank'],
  sobol: ['metric', 'factor', 'S1', 'S1Low', 'S1High', 'ST', 'STLow', 'STHigh'],
  morris: ['metric', 'factor', 'mu', 'muStar', 'sigma', 'muStarLow', 'muStarHigh'],
} as const satisfies Record<AnalysisMethod, readonly string[]>;

/** The columns of `sobol2.csv`, written when the design has second-order blocks. */
export const SOBOL_PAIR_COLUMNS = ['metric', 'factorA', 'factorB', 'S2', 'S2Low', 'S2High'] as const;

/**
 * The files an analysis is saved as, by file name: `<method>.csv` (the rows, columns as in
 * {@link ANALYSIS_COLUMNS}; NaN, such as an interval from one value, is an empty field),
 * `<method>.json` (everything: the context — results, design, runs, failed, confidence,
 * bootstrap, noise shares — and the rows; NaN is null) and, for a Sobol' design with second
 * order, `sobol2.csv`. Same analysis, same bytes.
 *
 * @example
 * Object.keys(analysisFiles(analysis)); // ['oat.csv', 'oat.json']
 */
export function analysisFiles(analysis: Analysis): Record<string, string> {
  const files: Record<string, string> = {
    [`${analysis.method}.csv`]: toCsv(analysis.rows, ANALYSIS_COLUMNS[analysis.method]),
    [`${analysis.method}.json`]: toJson(analysis),
  };
  if (analysis.method === 'sobol' && analysis.secondOrder.length > 0) {
    files['sobol2.csv'] = toCsv(analysis.secondOrder, SOBOL_PAIR_COLUMNS);
  }
  return files;
}

/** The columns of `compare.csv`. */
export const COMPARISON_COLUMNS = [
  'metric',
  'n',
  'pairs',
  'excluded',
  'meanA',
  'meanB',
  'difference',
  'ciLow',
  'ciHigh',
  'sdDifference',
  'effectSize',
  'replicationsNeeded',
] as const;

/**
 * The files a comparison is saved as: `compare.csv` (columns {@link COMPARISON_COLUMNS}) and
 * `compare.json` (the pairing, both folders, and the rows; NaN is null).
 *
 * @example
 * Object.keys(comparisonFiles(comparison)); // ['compare.csv', 'compare.json']
 */
export function comparisonFiles(comparison: Comparison): Record<string, string> {
  return { 'compare.csv': toCsv(comparison.rows, COMPARISON_COLUMNS), 'compare.json': toJson(comparison) };
}
