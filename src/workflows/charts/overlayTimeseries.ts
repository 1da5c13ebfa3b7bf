import type { TopLevelSpec } from 'vega-lite';
import { catalogueDescribeMetric } from '../../charts/catalogueDescribeMetric.js';
import type { SweepWeeklyRow } from '../../charts/chartInputs.js';
import { keyMetrics } from '../../charts/keyMetrics.js';
import { timeseriesChart, type ChartEvent } from '../../charts/timeseriesChart.js';
import { resultsMessages } from '../../errors/messages.js';
import { readFolderEvents } from '../../results/readFolderEvents.js';
import { readSweepWeekly } from '../../results/readSweepWeekly.js';
import type { ResultsFolder } from '../../results/ResultsFolder.js';
import { ResultsInputError } from './ResultsInputError.js';

/** One results folder of an overlay and its legend label. */
export interface OverlaySeries {
  folder: ResultsFolder;
  label: string;
}

/**
 * One time series chart of several results folders (single runs or sweeps with weekly rows),
 * a line per folder, labelled as given, with each sweep's runs averaged (mean and 95% band);
 * a sweep of scenario variants (a `variant` column in `runs.csv`) gives a line per variant,
 * `label: variant`, or just the variant with one folder. Every folder's timeline events are
 * marked (an event not in every folder is labelled with its folder's label). The metric
 * must be a weekly metric of every folder (default: the first key metric they share).
 * Throws a `ResultsInputError` naming the folder otherwise.
 *
 * @example
 * const spec = await overlayTimeseries([{ folder: await readResultsFolder('a'), label: 'a' }, { folder: await readResultsFolder('b'), label: 'b' }], 'successRate');
 */
export async function overlayTimeseries(series: readonly OverlaySeries[], metric?: string): Promise<TopLevelSpec> {
  const chosen = metric ?? keyMetrics(commonWeeklyMetrics(series))[0];
  if (chosen === undefined) throw new ResultsInputError(resultsMessages.noCommonMetric(series.map((s) => s.folder.dir)));
  const rows: SweepWeeklyRow[] = [];
  let offset = 0;
  for (const { folder, label } of series) {
    const available = weeklyMetricsOf(folder);
    if (!available.includes(chosen)) throw new ResultsInputError(resultsMessages.unknownMetric(folder.dir, chosen, available));
    if (folder.kind === 'run') {
      for (const row of folder.weekly) rows.push({ run: offset, point: 0, replicate: 0, week: row.week, [chosen]: row[chosen], series: label });
      offset += 1;
    } else {
      const weekly = await readSweepWeekly(folder, [chosen]);
      for (const row of weekly) {
        const name = typeof row.variant === 'string' ? (series.length > 1 ? `${label}: ${row.variant}` : row.variant) : label;
        rows.push({ ...row, run: offset + row.run, series: name });
      }
      offset += folder.record.runs.total;
    }
  }
  const onePerFolder = series.every((s) => !(s.folder.kind === 'sweep' && s.folder.runs.some((r) => r.variant !== undefined)));
  return timeseriesChart(rows, {
    metric: chosen,
    groupBy: 'series',
    groupTitle: onePerFolder ? 'results' : 'variant',
    describeMetric: catalogueDescribeMetric,
    events: overlayEvents(series),
    metadata: { source: series.map((s) => s.folder.dir).join(', ') },
  });
}

/** The weekly metrics of a folder: a run's weekly columns, a sweep's kept weekly metrics (none without weekly rows). */
function weeklyMetricsOf(folder: ResultsFolder): string[] {
  if (folder.kind === 'run') return Object.keys(folder.weekly[0] ?? {}).filter((c) => c !== 'week');
  if (!folder.hasWeekly) throw new ResultsInputError(resultsMessages.noWeeklyRows(folder.dir));
  return folder.record.experiment.weeklyMetrics;
}

function commonWeeklyMetrics(series: readonly OverlaySeries[]): string[] {
  const lists = series.map((s) => weeklyMetricsOf(s.folder));
  return lists[0].filter((m) => lists.every((l) => l.includes(m)));
}

/** Every folder's events; one shared by all folders once, others labelled with their folder. */
function overlayEvents(series: readonly OverlaySeries[]): ChartEvent[] {
  const perFolder = series.map((s) => readFolderEvents(s.folder));
  const key = (e: ChartEvent) => `${e.week}\u0000${e.label}`;
  const shared = new Set(perFolder[0].map(key).filter((k) => perFolder.every((events) => events.some((e) => key(e) === k))));
  const events: ChartEvent[] = [...perFolder[0].filter((e) => shared.has(key(e)))];
  perFolder.forEach((list, i) => {
    for (const e of list) if (!shared.has(key(e))) events.push({ week: e.week, label: series.length > 1 ? `${e.label} (${series[i].label})` : e.label });
  });
  return events.sort((a, b) => a.week - b.week);
}
