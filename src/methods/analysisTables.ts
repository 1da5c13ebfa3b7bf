import { toCsv } from '../results/toCsv.js';
import { toJson } from '../results/toJson.js';
import type { Analysis } from './analyzeResults.js';
import { analysisMethod, ANALYSIS_METHODS, type AnalysisMethod } from './registry.js';

/** The columns of each analysis CSV, in order (documented in docs/analysis.md), from each method's room. */
export const ANALYSIS_COLUMNS = Object.fromEntries(
  Object.entries(ANALYSIS_METHODS).map(([method, room]) => [method, room.columns]),
) as { readonly [M in AnalysisMethod]: (typeof ANALYSIS_METHODS)[M]['columns'] };

/**
 * The files an analysis is saved as, by file name: `<method>.csv` (the rows, columns as in
 * {@link ANALYSIS_COLUMNS}; NaN, such as an interval from one value, is an empty field),
 * `<method>.json` (everything: the context — results, design, runs, failed, confidence,
 * bootstrap, noise shares — and the rows; NaN is null) and the method's extra tables (for a
 * Sobol' design with second order, `sobol2.csv`). Same analysis, same bytes.
 *
 * @example
 * Object.keys(analysisFiles(analysis)); // ['oat.csv', 'oat.json']
 */
export function analysisFiles(analysis: Analysis): Record<string, string> {
  const files: Record<string, string> = {
    [`${analysis.method}.csv`]: toCsv(analysis.rows, analysisColumns(analysis)),
    [`${analysis.method}.json`]: toJson(analysis),
  };
  for (const table of extraTables(analysis)) files[table.file] = toCsv(table.rows, table.columns);
  return files;
}

/**
 * The columns of an analysis's CSV: the method's, after `variant` for an experiment with
 * variants (see `analyzeResults`).
 *
 * @example
 * analysisColumns(summaryOfCovenant)[0]; // 'variant'
 */
export function analysisColumns(analysis: Analysis): readonly string[] {
  const columns = ANALYSIS_COLUMNS[analysis.method];
  return 'byVariant' in analysis ? ['variant', ...columns] : columns;
}

/**
 * The tables an analysis holds besides its rows (Sobol' second-order indices), as its room
 * names them.
 *
 * @example
 * extraTables(sobolAnalysis).map((t) => t.file); // ['sobol2.csv'] with second-order blocks
 */
export function extraTables(analysis: Analysis) {
  return analysisMethod(analysis.method).extraTables?.(analysis) ?? [];
}
