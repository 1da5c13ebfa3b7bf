import type { ChartMetadata } from '../../charts/chartMetadata.js';
import { lowerFirst } from '../../charts/describeMetric.js';
import type { ReportSection, ReportTable } from '../../charts/renderHtmlReport.js';
import { catalogueDescribeMetric } from '../../charts/catalogueDescribeMetric.js';
import { chartFromResults } from '../charts/chartFromResults.js';
import { effectsSection } from './effectsSection.js';
import { experimentTable } from './experimentTable.js';
import { factorsTable } from './factorsTable.js';
import { KEY_METRICS, keyMetrics } from '../../charts/keyMetrics.js';
import { METRIC_NAMES } from '../../model/metrics/catalogue.js';
import { rankedFactors } from '../charts/rankedFactors.js';
import type { SweepFolder } from '../../results/ResultsFolder.js';
import { ResultsInputError } from '../charts/ResultsInputError.js';
import { effectsMethod, sweepEffects, type SweepEffects } from '../charts/sweepEffects.js';
import { designMethod } from '../../methods/registry.js';
import { sweepSummary } from './sweepSummary.js';
import { discoverySections } from './discoverySections.js';

/** At most this many points get a row each in the summary. */
const MAX_POINT_ROWS = 200;
/** At most this many distribution charts (one per factor, most important first). */
const MAX_DISTRIBUTIONS = 6;
/** At most this many failed runs are listed. */
const MAX_FAILED_ROWS = 20;

/**
 * The sections of a sweep's report, in reading order: the experiment's metadata and
 * factors; the ranked effects (chart, how to read it, table) on each key metric by the
 * design's method; weekly time series of the key metrics when weekly rows were kept;
 * distributions over runs per factor level and a heat map of the two most important
 * factors for grid designs (distributions for oat designs too); the summary table; and
 * the failed runs, if any. Sections a design cannot give are left out, and an estimate the
 * runs cannot give (a Sobol' point without a finished run) becomes a note.
 *
 * @example
 * renderHtmlReport({ title: 'Sweep', sections: await sweepReportSections(await readSweepFolder('results/grid')) });
 */
export async function sweepReportSections(sweep: SweepFolder): Promise<ReportSection[]> {
  const { experiment, design, seeds, collabsim } = sweep.record;
  const metadata: ChartMetadata = { seed: seeds.root, version: collabsim, source: sweep.dir };
  const metrics = reportedMetrics(experiment.metrics);
  const primary = metrics[0];
  const { sections: effects, byMetric } = effectsSections(sweep, metrics, metadata);
  const ranked = rankedFactors(
    design.factors.map((f) => f.name),
    byMetric.get(primary) ?? null,
  );
  return [
    ...experimentSections(sweep),
    ...effects,
    ...(await weeklySections(sweep, ranked, primary)),
    ...(await distributionSections(sweep, ranked, primary)),
    ...(await heatmapSections(sweep, ranked, primary)),
    ...discoverySections(sweep, metadata),
    summarySection(sweep, metrics),
    ...failedRunsSections(sweep),
  ];
}

/**
 * The metrics a sweep's report covers: the key metrics (`KEY_METRICS`) first, then every other
 * metric the experiment listed, in its order. An experiment that listed none records the whole
 * catalogue; its report keeps to the key metrics.
 *
 * @example
 * reportedMetrics(['commitmentAcceptanceCare', 'successRate']); // ['successRate', 'commitmentAcceptanceCare']
 */
export function reportedMetrics(listed: readonly string[]): string[] {
  const key = keyMetrics(listed);
  const wholeCatalogue = METRIC_NAMES.length > KEY_METRICS.length && METRIC_NAMES.every((m) => listed.includes(m));
  return wholeCatalogue ? key : [...key, ...listed.filter((m) => !key.includes(m))];
}

/** A metric's label in running text: "success rate". */
function label(metric: string): string {
  return lowerFirst(catalogueDescribeMetric(metric).label);
}

/** What was run (metadata table) and the factors the design varied. */
function experimentSections(sweep: SweepFolder): ReportSection[] {
  return [
    {
      heading: 'Experiment',
      text: `What was run, with which design and seeds. Every number in this report is computed from ${sweep.dir}/experiment.json and runs.csv${sweep.hasWeekly ? ' (and weekly.parquet)' : ''}; the same folder gives the same report.`,
      table: experimentTable(sweep),
    },
    { heading: 'Factors', text: 'The factors the design varied and the values it used.', table: factorsTable(sweep.record.design) },
  ];
}

/**
 * The ranked effects on each key metric by the design's method (its reading guide said once),
 * a note for an estimate the runs cannot give, and a note when the design has no effects
 * method; with the effects found per metric, for ranking factors.
 */
function effectsSections(
  sweep: SweepFolder,
  metrics: readonly string[],
  metadata: ChartMetadata,
): { sections: ReportSection[]; byMetric: Map<string, SweepEffects | null> } {
  const method = sweep.record.design.method;
  const sections: ReportSection[] = [];
  const effects = new Map<string, SweepEffects | null>();
  for (const metric of metrics) {
    try {
      const found = sweepEffects(sweep, metric);
      effects.set(metric, found);
      if (found !== null) sections.push(effectsSection(found, metadata, ![...effects.values()].some((e) => e !== null && e !== found)));
    } catch (error) {
      if (!(error instanceof ResultsInputError)) throw error;
      effects.set(metric, null);
      sections.push({ heading: `Effects on ${label(metric)}`, text: `Not estimated: ${error.message}.` });
    }
  }
  if ([...effects.values()].every((e) => e === null) && effectsMethod(method) === null) {
    sections.push({
      heading: 'Effects',
      text: `A ${method} design has no effects estimator in collabsim; the distributions and summary below describe the runs. For effects, fit a regression to runs.csv or run an oat, grid, morris or sobol design.`,
    });
  }
  return { sections, byMetric: effects };
}

/** Weekly time series of the key weekly metrics (when weekly rows were kept), by the most important factor of a levelled design. */
async function weeklySections(sweep: SweepFolder, ranked: readonly string[], primary: string): Promise<ReportSection[]> {
  if (!sweep.hasWeekly) return [];
  const room = designMethod(sweep.record.design.method);
  const by = room.levels ? ranked[0] : undefined;
  const finished = sweep.runs.filter((r) => r.status === 'ok').length;
  const sections: ReportSection[] = [];
  for (const metric of reportedMetrics(sweep.record.experiment.weeklyMetrics)) {
    sections.push({
      heading: `Weekly ${label(metric)}`,
      text:
        by === undefined
          ? `The mean over all ${finished} finished runs in each week, with its 95% interval. The runs are spread over the whole design, so the band shows how the week's mean varies over the sampled factor values and replicates.`
          : `The mean per week over the runs at each level of ${by}, the most important factor for ${label(primary)}, with 95% intervals${room.sliceText?.timeseries ?? ' (averaged over the levels of the other factors)'}.`,
      spec: await chartFromResults(sweep, { chart: 'timeseries', metric, by }),
    });
  }
  return sections;
}

/** Distributions of the primary metric per level of the most important factors, for designs whose room draws them. */
async function distributionSections(sweep: SweepFolder, ranked: readonly string[], primary: string): Promise<ReportSection[]> {
  const room = designMethod(sweep.record.design.method);
  if (!room.pointCharts.includes('distribution')) return [];
  const sections: ReportSection[] = [];
  for (const factor of ranked.slice(0, MAX_DISTRIBUTIONS)) {
    sections.push({
      heading: `Distribution of ${label(primary)} by ${factor}`,
      text:
        room.sliceText?.distribution(factor) ??
        `Each dot is a finished run at that level of ${factor}, pooled over the other factors' values; the box shows the median and quartiles.`,
      spec: await chartFromResults(sweep, { chart: 'distribution', metric: primary, x: factor }),
    });
  }
  return sections;
}

/** A heat map of the primary metric over the two most important factors of a levelled design that draws heat maps (grid). */
async function heatmapSections(sweep: SweepFolder, ranked: readonly string[], primary: string): Promise<ReportSection[]> {
  const room = designMethod(sweep.record.design.method);
  if (!(room.levels && room.pointCharts.includes('heatmap') && sweep.record.design.factors.length >= 2)) return [];
  const [x, y] = ranked;
  return [
    {
      heading: `${catalogueDescribeMetric(primary).label} by ${x} and ${y}`,
      text: `The mean of ${label(primary)} in each combination of the two most important factors, averaged over the other factors' levels and the replicates. Colour changing faster along one row than another means the two factors interact.`,
      spec: await chartFromResults(sweep, { chart: 'heatmap', metric: primary, x, y }),
    },
  ];
}

/** The failed runs (the first `MAX_FAILED_ROWS`), if any, with what reproduces each. */
function failedRunsSections(sweep: SweepFolder): ReportSection[] {
  const failed = sweep.runs.filter((r) => r.status !== 'ok');
  if (failed.length === 0) return [];
  return [
    {
      heading: 'Failed runs',
      text: `${failed.length} of ${sweep.runs.length} runs failed and are left out of every estimate above${failed.length > MAX_FAILED_ROWS ? `; the first ${MAX_FAILED_ROWS} are listed, all are in runs.csv` : ''}. Rerun one with its seed to reproduce it.`,
      table: {
        columns: ['run', 'point', 'replicate', 'seed', 'error'],
        rows: failed.slice(0, MAX_FAILED_ROWS).map((r) => ({ run: r.run, point: r.point, replicate: r.replicate, seed: r.seed, error: sweep.errors.get(r.run) ?? '' })),
      },
    },
  ];
}

/** Per design point (few points) for the key metrics, or over all runs for every metric. */
function summarySection(sweep: SweepFolder, metrics: readonly string[]): ReportSection {
  const { design, experiment } = sweep.record;
  const stats = (r: { n: number; mean: number; sd: number; ciLow: number; ciHigh: number; median: number }) => ({
    n: r.n,
    mean: r.mean,
    sd: r.sd,
    '95% low': r.ciLow,
    '95% high': r.ciHigh,
    median: r.median,
  });
  const statColumns = ['n', 'mean', 'sd', '95% low', '95% high', 'median'];
  if (designMethod(design.method).pointwise && design.points.length <= MAX_POINT_ROWS) {
    const factors = design.factors.map((f) => f.name);
    const table: ReportTable = {
      columns: ['metric', 'point', ...factors, ...statColumns],
      rows: sweepSummary(sweep, metrics, 'point').map((r) => ({
        metric: r.metric,
        point: r.point,
        ...Object.fromEntries(factors.map((f) => [f, design.points[r.point ?? 0][f]])),
        ...stats(r),
      })),
    };
    return {
      heading: 'Summary',
      text: `Each key metric per design point over its finished replicates: mean, standard deviation, 95% Student-t interval of the mean and median. The other metrics are in runs.csv.`,
      table,
    };
  }
  return {
    heading: 'Summary',
    text: `Each metric over all finished runs of the design: mean, standard deviation, 95% Student-t interval of the mean and median. The runs sample the factor space, so these describe the metric over the sampled factor ranges.`,
    table: {
      columns: ['metric', ...statColumns],
      rows: sweepSummary(sweep, experiment.metrics, 'all').map((r) => ({ metric: r.metric, ...stats(r) })),
    },
  };
}
