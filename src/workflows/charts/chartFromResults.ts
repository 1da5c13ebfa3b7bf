import type { TopLevelSpec } from 'vega-lite';
import type { DesignMethod } from '../../experiment/designs/types.js';
import type { SweepWeeklyRow } from '../../charts/chartInputs.js';
import type { ChartMetadata } from '../../charts/chartMetadata.js';
import { distributionChart } from '../../charts/distributionChart.js';
import { effectsChart } from '../../charts/effectsChart.js';
import { heatmapChart } from '../../charts/heatmapChart.js';
import { morrisChart } from '../../charts/morrisChart.js';
import { sobolChart } from '../../charts/sobolChart.js';
import { timeseriesChart } from '../../charts/timeseriesChart.js';
import { trustMatrixChart } from '../../charts/trustMatrixChart.js';
import type { ChartKind } from './chartKinds.js';
import { catalogueDescribeMetric } from '../../charts/catalogueDescribeMetric.js';
import { keyMetrics } from '../../charts/keyMetrics.js';
import { oatSlice } from './oatSlice.js';
import { rankedFactors } from './rankedFactors.js';
import { readSweepWeekly } from '../../results/readSweepWeekly.js';
import type { ResultsFolder, RunFolder, SweepFolder } from '../../results/ResultsFolder.js';
import { ResultsInputError } from './ResultsInputError.js';
import { resultsMessages } from '../../errors/messages.js';
import { sweepEffects } from './sweepEffects.js';

/** Which chart to draw from a results folder, and of what. */
export interface ChartRequest {
  chart: ChartKind;
  /** The metric (default: the first key metric the folder has, see `keyMetrics`). */
  metric?: string;
  /** Heat map: the factor across; distribution: the factor whose levels get a column each. Default: the most important factor. */
  x?: string;
  /** Heat map: the factor up (default: the second most important factor). */
  y?: string;
  /**
   * Time series of a sweep: the factor whose levels get a line each, or `point`. Default: the
   * most important factor of a grid or oat design; one line for all runs otherwise.
   */
  by?: string;
}

/** The designs each sweep chart needs. */
const DESIGNS: Partial<Record<ChartKind, readonly DesignMethod[]>> = {
  effects: ['oat', 'grid'],
  sobol: ['sobol'],
  morris: ['morris'],
  heatmap: ['grid', 'list'],
  distribution: ['grid', 'oat', 'list'],
};

/**
 * Builds the Vega-Lite spec of one chart from a results folder read by
 * `readResultsFolder`: the weekly time series or the trust matrix of a single run, or any
 * sweep chart its design supports (effects for oat and grid designs, Sobol' indices for a
 * sobol design, Morris screening for a morris design, heat map and distributions for grid
 * designs), with effects computed as `sweepEffects` does. Metrics are labelled from the
 * metric catalogue, and the spec's description names the root seed, the collabsim version
 * that made the results and the folder. Asking for a chart the folder cannot give, or a
 * metric or factor it does not have, throws a `ResultsInputError` that says why.
 *
 * @example
 * const spec = await chartFromResults(readResultsFolder('results/grid'), { chart: 'heatmap', metric: 'successRate' });
 * writeFileSync('heatmap.png', await renderPng(spec));
 */
export async function chartFromResults(folder: ResultsFolder, request: ChartRequest): Promise<TopLevelSpec> {
  try {
    return folder.kind === 'run' ? runChart(folder, request) : await sweepChart(folder, request);
  } catch (error) {
    // the chart builders' own checks (no finished run, too many levels for a heat map) are about the data
    if (error instanceof Error && BUILDER_ERROR.test(error.message)) throw new ResultsInputError(`${folder.dir}: ${error.message}`);
    throw error;
  }
}

const BUILDER_ERROR = /^(timeseriesChart|effectsChart|sobolChart|morrisChart|heatmapChart|distributionChart|trustMatrixChart) /;

function runChart(run: RunFolder, request: ChartRequest): TopLevelSpec {
  const metadata: ChartMetadata = { seed: run.seed, source: run.dir };
  if (request.chart === 'trust') {
    if (run.trust === null) throw new ResultsInputError(resultsMessages.noTrust(run.dir));
    return trustMatrixChart(run.trust, { metadata });
  }
  if (request.chart !== 'timeseries') throw new ResultsInputError(resultsMessages.needsSweep(request.chart, run.dir));
  const columns = Object.keys(run.weekly[0] ?? {}).filter((c) => c !== 'week');
  const metric = checkMetric(run.dir, request.metric ?? keyMetrics(columns)[0], columns);
  return timeseriesChart(run.weekly, { metric, metadata, describeMetric: catalogueDescribeMetric });
}

async function sweepChart(sweep: SweepFolder, request: ChartRequest): Promise<TopLevelSpec> {
  const { record, dir } = sweep;
  const { chart } = request;
  if (chart === 'trust') throw new ResultsInputError(resultsMessages.needsRun(chart, dir));
  const method = record.design.method;
  const designs = DESIGNS[chart];
  if (designs !== undefined && !designs.includes(method)) {
    throw new ResultsInputError(resultsMessages.needsDesign(chart, designs, dir, method));
  }
  const metadata: ChartMetadata = { seed: record.seeds.root, version: record.collabsim, source: dir };
  const options = { metadata, describeMetric: catalogueDescribeMetric };
  const factors = record.experiment.factors.map((f) => f.name);
  const available = chart === 'timeseries' ? record.experiment.weeklyMetrics : record.experiment.metrics;
  if (chart === 'timeseries' && !sweep.hasWeekly) throw new ResultsInputError(resultsMessages.noWeeklyRows(dir));
  const metric = checkMetric(dir, request.metric ?? keyMetrics(available)[0], available);
  const ranked = () => rankedFactors(factors, sweepEffects(sweep, metric));

  switch (chart) {
    case 'effects':
    case 'sobol':
    case 'morris': {
      const effects = sweepEffects(sweep, metric)!;
      if (effects.method === 'oat') return effectsChart(effects.rows, { ...options, metric });
      if (effects.method === 'sobol') return sobolChart(effects.rows, { ...options, metric });
      return morrisChart(effects.rows, { ...options, metric });
    }
    case 'heatmap': {
      if (factors.length < 2) throw new ResultsInputError(resultsMessages.needsTwoFactors(chart, dir));
      const order = request.x === undefined || request.y === undefined ? ranked() : factors;
      const x = checkFactor(dir, request.x ?? order.find((f) => f !== request.y)!, factors);
      const y = checkFactor(dir, request.y ?? order.find((f) => f !== x)!, factors);
      if (x === y) throw new ResultsInputError(resultsMessages.sameFactor(x));
      return heatmapChart(sweep.runs, { ...options, metric, x, y });
    }
    case 'distribution': {
      const factor = checkFactor(dir, request.x ?? ranked()[0], factors);
      return distributionChart(oatSlice(record.design, sweep.runs, factor), { ...options, metric, factor });
    }
    case 'timeseries': {
      const by = request.by === undefined ? defaultGrouping(sweep, ranked) : checkFactor(dir, request.by, [...factors, 'point']);
      const rows = await readSweepWeekly(sweep, [metric]);
      return timeseriesChart(groupRows(sweep, rows, by), { ...options, metric, groupBy: by });
    }
  }
  throw new ResultsInputError(`unknown chart ${String(chart)}`);
}

/** The most important factor of a grid or oat design; none (one line for all runs) otherwise. */
function defaultGrouping(sweep: SweepFolder, ranked: () => string[]): string | undefined {
  const method = sweep.record.design.method;
  return method === 'grid' || method === 'oat' ? ranked()[0] : undefined;
}

/**
 * The weekly rows a time series grouped `by` should average: for an oat design only the
 * runs that move that factor; ungrouped, every run as one group (point 0).
 */
function groupRows(sweep: SweepFolder, rows: SweepWeeklyRow[], by: string | undefined): SweepWeeklyRow[] {
  if (by === undefined) return rows.map((r) => ({ ...r, point: 0 }));
  return by === 'point' ? rows : oatSlice(sweep.record.design, rows, by);
}

function checkMetric(dir: string, metric: string | undefined, available: readonly string[]): string {
  if (metric === undefined || !available.includes(metric)) {
    throw new ResultsInputError(resultsMessages.unknownMetric(dir, String(metric), available));
  }
  return metric;
}

function checkFactor(dir: string, factor: string, available: readonly string[]): string {
  if (!available.includes(factor)) throw new ResultsInputError(resultsMessages.unknownFactor(dir, factor, available));
  return factor;
}
