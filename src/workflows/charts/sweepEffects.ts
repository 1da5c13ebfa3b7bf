import { AnalysisError } from '../../analysis/results/AnalysisError.js';
import { analyzeResults } from '../../analysis/results/analyzeResults.js';
import type { DesignMethod } from '../../experiment/designs/types.js';
import type { MorrisRow, OatEffectRow, SobolRow } from '../../charts/chartInputs.js';
import { readAnalysisRows } from '../../results/readAnalysisRows.js';
import type { SweepFolder } from '../../results/ResultsFolder.js';
import { ResultsInputError } from './ResultsInputError.js';
import { sweepResultsData } from './sweepResultsData.js';

/**
 * The effects of a sweep's factors on one metric, by the method its design supports, and
 * where the numbers come from (`analysis/oat.csv`, or computed with the analysis defaults).
 */
export type SweepEffects = { metric: string; from: string } & (
  | { method: 'oat'; rows: OatEffectRow[] }
  | { method: 'sobol'; rows: SobolRow[] }
  | { method: 'morris'; rows: MorrisRow[] }
);

/**
 * The effects method a design supports: `oat` (main effects) for oat and grid designs,
 * `sobol` and `morris` for their own designs, null for lhs and list designs (which have no
 * effects estimator; use a regression on their runs instead).
 *
 * @example
 * effectsMethod('grid'); // 'oat'
 */
export function effectsMethod(design: DesignMethod): SweepEffects['method'] | null {
  if (design === 'oat' || design === 'grid') return 'oat';
  if (design === 'sobol' || design === 'morris') return design;
  return null;
}

/**
 * The effects of every factor on `metric`, ranked, by the method of the sweep's design:
 * read from `<results>/analysis/<method>.csv` when `collabsim analyze` wrote rows for the
 * metric, else computed from the finished runs by `analyzeResults` with its defaults (the
 * same numbers `collabsim analyze` writes: bootstrap of 1000 resamples, seed 0). Rows come
 * ranked (by |effect|, ST or μ*). Null for designs without an effects method (lhs, list).
 * Throws a `ResultsInputError` when the runs cannot give the effects (a Sobol' or Morris
 * design point without a finished run).
 *
 * @example
 * const effects = sweepEffects(readSweepFolder('results/oat'), 'successRate');
 * if (effects?.method === 'oat') effectsChart(effects.rows);
 */
export function sweepEffects(sweep: SweepFolder, metric: string): SweepEffects | null {
  const method = effectsMethod(sweep.record.design.method);
  if (method === null) return null;
  const stored = readAnalysisRows(sweep.dir, method)?.filter((row) => row.metric === metric);
  if (stored !== undefined && stored.length > 0) {
    return { method, metric, from: `${sweep.dir}/analysis/${method}.csv`, rows: stored } as unknown as SweepEffects;
  }
  try {
    const analysis = analyzeResults(sweepResultsData(sweep, [metric]), { method });
    const from = method === 'oat' ? 'computed from runs.csv' : 'computed from runs.csv (1000 bootstrap resamples, seed 0)';
    return { method, metric, from, rows: analysis.rows } as SweepEffects;
  } catch (error) {
    if (error instanceof AnalysisError) throw new ResultsInputError(`${sweep.dir}: ${error.message}`);
    throw error;
  }
}
