import { toCsv } from '../../results/toCsv.js';
import { toJson } from '../../results/toJson.js';
import type { Comparison } from './compareResults.js';

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
  'halfWidth',
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
