import { AnalysisError } from '../../analysis/results/AnalysisError.js';
import type { DesignMethod } from '../../experiment/designs/types.js';
import { analyzeResults } from '../../methods/analyzeResults.js';
import { analysisMethod, designMethod, type AnalysisMethod } from '../../methods/registry.js';
import { readAnalysisRows } from '../../results/readAnalysisRows.js';
import type { SweepFolder } from '../../results/ResultsFolder.js';
import { ResultsInputError } from './ResultsInputError.js';
import { sweepResultsData } from './sweepResultsData.js';

/** One row of an effects table: its factor and the method's estimates (`OatTableRow`, `SobolTableRow`, ...). */
export type EffectRow = { factor: string };

/**
 * The effects of a sweep's factors on one metric, by the analysis method its design supports
 * (one whose room has `effects`), and where the numbers come from (`analysis/oat.csv`, or
 * computed with the analysis defaults). `rows` are that method's table rows.
 */
export interface SweepEffects {
  method: AnalysisMethod;
  metric: string;
  from: string;
  /** The method's table rows of this metric (`OatTableRow`, `SobolTableRow`, `MorrisTableRow`, ...). */
  rows: EffectRow[];
}

/**
 * The effects method a design supports: the analysis its room names, when that analysis ranks
 * factors (`oat` for oat and grid designs, `sobol` and `morris` for their own designs); null
 * for lhs and list designs (which have no effects estimator; use a regression on their runs
 * instead).
 *
 * @example
 * effectsMethod('grid'); // 'oat'
 */
export function effectsMethod(design: DesignMethod): AnalysisMethod | null {
  const method = designMethod(design).analysis;
  return analysisMethod(method).effects ? method : null;
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
 * const effects = sweepEffects(await readSweepFolder('results/oat'), 'successRate');
 * if (effects?.method === 'oat') effectsChart(effects.rows);
 */
export function sweepEffects(sweep: SweepFolder, metric: string): SweepEffects | null {
  const method = effectsMethod(sweep.record.design.method);
  if (method === null) return null;
  const stored = readAnalysisRows(sweep.dir, method)?.filter((row) => row.metric === metric);
  if (stored !== undefined && stored.length > 0) {
    return { method, metric, from: `${sweep.dir}/analysis/${method}.csv`, rows: stored as EffectRow[] };
  }
  try {
    const analysis = analyzeResults(sweepResultsData(sweep, [metric]), { method });
    const from = analysisMethod(method).effects?.bootstrap ? 'computed from runs.csv (1000 bootstrap resamples, seed 0)' : 'computed from runs.csv';
    return { method, metric, from, rows: analysis.rows as EffectRow[] };
  } catch (error) {
    if (error instanceof AnalysisError) throw new ResultsInputError(`${sweep.dir}: ${error.message}`);
    throw error;
  }
}
