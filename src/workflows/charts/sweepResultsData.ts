import type { ResultsData } from '../../results/readResults.js';
import type { SweepFolder } from '../../results/ResultsFolder.js';

/**
 * A sweep already read for charts, in the column form the analysis library reads
 * (`ResultsData` of `readResults`): the finished runs' point, replicate and seed as typed
 * arrays and one array per metric (`NaN` where a run gave no finite value), so
 * `analyzeResults` can run on it without reading the folder again. Cost O(runs · metrics).
 *
 * @example
 * analyzeResults(sweepResultsData(sweep, ['successRate']), { method: 'oat' }).rows;
 */
export function sweepResultsData(sweep: SweepFolder, metrics: readonly string[]): ResultsData {
  const ok = sweep.runs.filter((r) => r.status === 'ok');
  const column = (read: (index: number) => number) => Float64Array.from(ok, (_, i) => read(i));
  return {
    dir: sweep.dir,
    experiment: sweep.record.experiment,
    design: sweep.record.design,
    metrics: [...metrics],
    runs: sweep.runs.length,
    failed: sweep.runs.length - ok.length,
    point: Int32Array.from(ok, (r) => r.point),
    replicate: Int32Array.from(ok, (r) => r.replicate),
    seed: column((i) => ok[i].seed),
    values: Object.fromEntries(
      metrics.map((m) => [m, column((i) => (typeof ok[i][m] === 'number' ? (ok[i][m] as number) : NaN))]),
    ),
  };
}
