import type { TopLevelSpec } from 'vega-lite';
import { catalogueDescribeMetric } from '../../charts/catalogueDescribeMetric.js';
import type { ChartMetadata } from '../../charts/chartMetadata.js';
import { distributionChart } from '../../charts/distributionChart.js';
import { heatmapChart } from '../../charts/heatmapChart.js';
import { keyMetrics } from '../../charts/keyMetrics.js';
import { timeseriesChart } from '../../charts/timeseriesChart.js';
import { trustMatrixChart } from '../../charts/trustMatrixChart.js';
import { trustPairsChart } from '../../charts/trustPairsChart.js';
import { readTrustSnapshots } from '../../results/readTrustSnapshots.js';
import { resultsMessages } from '../../errors/messages.js';
import type { DesignMethod } from '../../experiment/designs/types.js';
import type { OwnMetricInfo } from '../../experiment/types.js';
import type { DescribeMetric } from '../../charts/describeMetric.js';
import { analysisMethod, ANALYSIS_METHODS, designMethod, DESIGN_METHODS, type AnalysisMethod } from '../../methods/registry.js';
import { readSweepWeekly } from '../../results/readSweepWeekly.js';
import { readFolderEvents } from '../../results/readFolderEvents.js';
import type { ResultsFolder, RunFolder, SweepFolder } from '../../results/ResultsFolder.js';
import type { ChartKind } from './chartKinds.js';
import { rankedFactors } from './rankedFactors.js';
import { ResultsInputError } from './ResultsInputError.js';
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

/**
 * The designs a sweep chart needs, from the method rooms: an effects chart needs a design
 * whose analysis draws it (`effects`: grid and oat designs; `sobol`, `morris`: their own),
 * a heat map or distributions a design whose room lists it in `pointCharts`; undefined for
 * charts any sweep can give (the time series).
 */
function designsFor(chart: ChartKind): DesignMethod[] | undefined {
  const methods = Object.keys(DESIGN_METHODS) as DesignMethod[];
  const effects = effectsViewFor(chart);
  if (effects !== undefined) return methods.filter((d) => analysisMethod(designMethod(d).analysis).effects === effects);
  if (chart === 'heatmap' || chart === 'distribution') return methods.filter((d) => designMethod(d).pointCharts.includes(chart));
  return undefined;
}

/** The effects view (chart, table, guide) of the analysis method that draws `chart`, if one does. */
function effectsViewFor(chart: ChartKind) {
  return (Object.keys(ANALYSIS_METHODS) as AnalysisMethod[]).map((m) => analysisMethod(m).effects).find((e) => e?.chart === chart);
}

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
 * const spec = await chartFromResults(await readResultsFolder('results/grid'), { chart: 'heatmap', metric: 'successRate' });
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

/** A chart builder's own message starts with its name (`heatmapChart needs a grid: …`). */
const BUILDER_ERROR = /^[a-z][A-Za-z]*Chart /;

function runChart(run: RunFolder, request: ChartRequest): TopLevelSpec {
  const metadata: ChartMetadata = { seed: run.seed, source: run.dir };
  if (request.chart === 'trust') {
    if (run.trust === null) throw new ResultsInputError(resultsMessages.noTrust(run.dir));
    return trustMatrixChart(run.trust, { metadata });
  }
  if (request.chart === 'trust-pairs') return trustPairsChart(readTrustSnapshots(run.dir), { metadata });
  if (request.chart !== 'timeseries') throw new ResultsInputError(resultsMessages.needsSweep(request.chart, run.dir));
  const columns = Object.keys(run.weekly[0] ?? {}).filter((c) => c !== 'week');
  const metric = checkMetric(run.dir, request.metric ?? keyMetrics(columns)[0], columns);
  return timeseriesChart(run.weekly, { metric, metadata, describeMetric: catalogueDescribeMetric, events: readFolderEvents(run) });
}

async function sweepChart(sweep: SweepFolder, request: ChartRequest): Promise<TopLevelSpec> {
  const { record, dir } = sweep;
  const { chart } = request;
  if (chart === 'trust' || chart === 'trust-pairs') throw new ResultsInputError(resultsMessages.needsRun(chart, dir));
  const method = record.design.method;
  const designs = designsFor(chart);
  if (designs !== undefined && !designs.includes(method)) {
    throw new ResultsInputError(resultsMessages.needsDesign(chart, designs, dir, method));
  }
  const metadata: ChartMetadata = { seed: record.seeds.root, version: record.collabsim, source: dir };
  const options = { metadata, describeMetric: withOwnUnits(record.experiment.ownMetrics) };
  const factors = record.experiment.factors.map((f) => f.name);
  const available = chart === 'timeseries' ? record.experiment.weeklyMetrics : record.experiment.metrics;
  if (chart === 'timeseries' && !sweep.hasWeekly) throw new ResultsInputError(resultsMessages.noWeeklyRows(dir));
  const metric = checkMetric(dir, request.metric ?? keyMetrics(available)[0], available);
  const ranked = () => rankedFactors(factors, sweepEffects(sweep, metric));

  const room = designMethod(method);
  const slice = <T extends { point: number }>(rows: readonly T[], factor: string): T[] => room.slice?.(record.design, rows, factor) ?? [...rows];
  const effectsView = effectsViewFor(chart);
  if (effectsView !== undefined) return effectsView.draw(sweepEffects(sweep, metric)!.rows, { ...options, metric });
  switch (chart) {
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
      return distributionChart(slice(sweep.runs, factor), { ...options, metric, factor });
    }
    case 'timeseries': {
      const hasVariants = sweep.runs.some((r) => r.variant !== undefined);
      const groupings = [...factors, 'point', ...(hasVariants ? ['variant'] : [])];
      const by = request.by === undefined ? (hasVariants ? 'variant' : defaultGrouping(sweep, ranked)) : checkFactor(dir, request.by, groupings);
      const rows = await readSweepWeekly(sweep, [metric]);
      const grouped = by === undefined ? rows.map((r) => ({ ...r, point: 0 })) : by === 'point' || by === 'variant' ? rows : slice(rows, by);
      return timeseriesChart(grouped, { ...options, metric, groupBy: by, events: readFolderEvents(sweep) });
    }
  }
  throw new ResultsInputError(`unknown chart ${String(chart)}`);
}

/** The most important factor of a design whose points are levels (grid, oat); none (one line for all runs) otherwise. */
function defaultGrouping(sweep: SweepFolder, ranked: () => string[]): string | undefined {
  return designMethod(sweep.record.design.method).levels ? ranked()[0] : undefined;
}

/** The catalogue's labels, with the unit each own metric of the experiment declares. */
function withOwnUnits(own: readonly OwnMetricInfo[] = []): DescribeMetric {
  return (name) => {
    const declared = own.find((m) => m.name === name);
    return declared === undefined ? catalogueDescribeMetric(name) : { label: name, unit: declared.unit };
  };
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
