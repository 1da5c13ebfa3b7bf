import { morrisEffects } from '../../analysis/morrisEffects.js';
import { oatEffects } from '../../analysis/oatEffects.js';
import { sobolIndices } from '../../analysis/sobolIndices.js';
import type { DesignMethod } from '../../experiment/designs/types.js';
import type { MorrisRow, OatEffectRow, SobolRow } from '../chartInputs.js';
import { readAnalysisRows } from './readAnalysisRows.js';
import type { SweepFolder } from './ResultsFolder.js';
import { ResultsInputError } from './ResultsInputError.js';
import { resultsMessages } from './resultsMessages.js';

/** The effects of a sweep's factors on one metric, by the method its design supports. */
export type SweepEffects =
  | { method: 'oat'; metric: string; rows: OatEffectRow[] }
  | { method: 'sobol'; metric: string; rows: SobolRow[] }
  | { method: 'morris'; metric: string; rows: MorrisRow[] };

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
 * metric, else computed here from the finished runs with the analysis library
 * (`oatEffects`; `sobolIndices` or `morrisEffects` on the mean of each design point's
 * replicates, with 1000 bootstrap resamples, seed 0). Null for designs without an effects
 * method (lhs, list). Throws a `ResultsInputError` when the runs cannot give the effects
 * (a Sobol' or Morris design point without a finished run).
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
    return { method, metric, rows: stored } as unknown as SweepEffects;
  }
  const { design } = sweep.record;
  try {
    if (method === 'oat') {
      const rows = sweep.runs
        .filter((r) => r.status === 'ok' && Number.isFinite(r[metric]))
        .map((r) => ({ point: r.point, replicate: r.replicate, value: r[metric] as number }));
      const effects = oatEffects(design, rows).map(({ pairs: _pairs, ...effect }) => ({ metric, ...effect }));
      return { method, metric, rows: effects.sort((a, b) => a.rank - b.rank) };
    }
    const Y = pointMeans(sweep, metric, method);
    if (method === 'sobol') {
      const rows = sobolIndices(Y, design.layout).factors.map((f) => ({ metric, ...f }));
      return { method, metric, rows: rows.sort((a, b) => b.ST - a.ST) };
    }
    const rows = morrisEffects(Y, design.layout).map((f) => ({ metric, ...f }));
    return { method, metric, rows: rows.sort((a, b) => b.muStar - a.muStar) };
  } catch (error) {
    if (error instanceof ResultsInputError) throw error;
    throw new ResultsInputError(`${sweep.dir}: ${(error as Error).message}`);
  }
}

/** The mean of each design point's finished replicates; every point must have one. */
function pointMeans(sweep: SweepFolder, metric: string, method: string): Float64Array {
  const points = sweep.record.design.points.length;
  const sums = new Float64Array(points);
  const counts = new Int32Array(points);
  for (const run of sweep.runs) {
    const value = run[metric];
    if (run.status !== 'ok' || typeof value !== 'number' || !Number.isFinite(value)) continue;
    sums[run.point] += value;
    counts[run.point]++;
  }
  const missing = counts.findIndex((n) => n === 0);
  if (missing >= 0) throw new ResultsInputError(resultsMessages.incompleteDesign(method, metric, missing));
  return sums.map((sum, p) => sum / counts[p]);
}
