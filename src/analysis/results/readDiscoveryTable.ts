import { existsSync } from 'node:fs';
import type { Factor } from '../../experiment/designs/types.js';
import { resultsPaths } from '../../results/resultsPaths.js';
import type { DiscoveryData } from '../discovery/discoveryData.js';
import type { FactorType } from '../discovery/primTable.js';
import { AnalysisError } from './AnalysisError.js';
import { readResults } from '../../results/readResults.js';

/** How to turn a sweep's runs into cases. */
export interface ReadDiscoveryOptions {
  /** One case per design point with the mean of its runs (default false: one case per run). */
  average?: boolean;
}

/**
 * Reads a finished sweep's results folder as cases for scenario discovery: per successful
 * run, the design point's factor values (from `experiment.json`) and the metric or metrics
 * (from `runs.parquet` or `runs.csv`, through `readResults`, which checks the folder and the
 * metric names). Replications are separate cases, or with `average` one case per design
 * point holding the mean of its runs. Failed runs, and runs without a finite value of every
 * metric, are left out and counted. Factor types follow the experiment: integer ranges `integer`,
 * other ranges `real`, value lists with text `categorical`, numeric value lists `real`.
 * Throws `AnalysisError` when no run is left (every run failed, or none has a value).
 * Cost O(runs · factors).
 *
 * @example
 * const data = await readDiscoveryTable('results/lhs', 'successRate');
 * data.factors.staffStability.length; // successful runs
 */
export async function readDiscoveryTable(dir: string, metric: string | readonly string[], options: ReadDiscoveryOptions = {}): Promise<DiscoveryData> {
  const metrics = typeof metric === 'string' ? [metric] : [...metric];
  const data = await readResults(dir, { metrics });
  const paths = resultsPaths(dir);
  const runsFile = existsSync(paths.runsParquet) ? paths.runsParquet : paths.runsCsv;
  if (data.runs === data.failed) {
    throw new AnalysisError(
      `${runsFile}: expected successful runs to discover from; found ${data.runs} runs, ${data.runs === 0 ? 'none' : 'all failed'}` +
        ' (see their error column)',
    );
  }
  const factors = data.design.factors;
  const points = data.design.points;
  const successful = data.point.length;
  const finite: number[] = [];
  for (let r = 0; r < successful; r++) if (metrics.every((m) => Number.isFinite(data.values[m][r]))) finite.push(r);
  if (finite.length === 0) {
    throw new AnalysisError(`${runsFile}: expected values of ${metrics.join(', ')}; found none finite in ${successful} successful runs`);
  }
  const cases = options.average ? averagePerPoint(finite, data.point, metrics.map((m) => data.values[m])) : finite.map((r) => ({ point: data.point[r], values: metrics.map((m) => data.values[m][r]) }));
  return {
    source: dir,
    factors: Object.fromEntries(factors.map((f) => [f.name, cases.map((c) => points[c.point][f.name])])),
    types: Object.fromEntries(factors.map((f) => [f.name, factorType(f)])),
    metrics,
    values: Object.fromEntries(metrics.map((m, j) => [m, Float64Array.from(cases, (c) => c.values[j])])),
    cases: options.average ? 'averaged' : 'separate',
    runs: data.runs,
    failed: data.failed,
    missing: successful - finite.length,
  };
}

/** One case per design point: the mean of each metric over the point's runs. */
function averagePerPoint(runs: number[], point: Int32Array, columns: Float64Array[]): { point: number; values: number[] }[] {
  const sums = new Map<number, { sums: number[]; count: number }>();
  for (const r of runs) {
    const entry = sums.get(point[r]) ?? { sums: columns.map(() => 0), count: 0 };
    columns.forEach((column, j) => (entry.sums[j] += column[r]));
    entry.count++;
    sums.set(point[r], entry);
  }
  return [...sums.entries()].sort((a, b) => a[0] - b[0]).map(([p, entry]) => ({ point: p, values: entry.sums.map((sum) => sum / entry.count) }));
}

function factorType(factor: Factor): FactorType {
  if (factor.kind === 'range') return factor.integer ? 'integer' : 'real';
  return factor.values.some((v) => typeof v === 'string') ? 'categorical' : 'real';
}
