import type { HtmlReport, ReportSection } from '../../charts/renderHtmlReport.js';
import { catalogueDescribeMetric } from '../../charts/catalogueDescribeMetric.js';
import { keyMetrics } from '../../charts/keyMetrics.js';
import { lowerFirst } from '../../charts/describeMetric.js';
import { resultsMessages } from '../../errors/messages.js';
import type { ResultsFolder } from '../../results/ResultsFolder.js';
import { overlayTimeseries, type OverlaySeries } from '../charts/overlayTimeseries.js';
import { ResultsInputError } from '../charts/ResultsInputError.js';

/**
 * The report of several results folders side by side: which folders (label, kind, scenario or
 * experiment, seed) and, for each key metric that every folder has weekly values of, one time
 * series with a line per folder (or per variant of a sweep of variants) and the folders'
 * events marked (`overlayTimeseries`). Same folders, same HTML bytes.
 *
 * @example
 * const html = renderHtmlReport(await buildOverlayReport([{ folder: a, label: 'baseline' }, { folder: b, label: 'covenant' }]));
 */
export async function buildOverlayReport(series: readonly OverlaySeries[]): Promise<HtmlReport> {
  const weekly = series.map(({ folder }) => weeklyMetrics(folder));
  const common = weekly[0].filter((m) => weekly.every((list) => list.includes(m)));
  if (common.length === 0) throw new ResultsInputError(resultsMessages.noCommonMetric(series.map((s) => s.folder.dir)));
  const sections: ReportSection[] = [
    {
      heading: 'Results compared',
      text: 'Each line of the charts below is one of these results folders (a sweep\u2019s runs averaged, with a 95% band); dashed rules mark the scenarios\u2019 timeline events.',
      table: {
        columns: ['label', 'folder', 'kind', 'what', 'seed'],
        rows: series.map(({ folder, label }) => ({
          label,
          folder: folder.dir,
          kind: folder.kind,
          what: folder.kind === 'run' ? `scenario ${folder.scenario}` : folder.record.experiment.name,
          seed: folder.kind === 'run' ? folder.seed : folder.record.seeds.root,
        })),
      },
    },
  ];
  for (const metric of keyMetrics(common)) {
    sections.push({ heading: `Weekly ${lowerFirst(catalogueDescribeMetric(metric).label)}`, spec: await overlayTimeseries(series, metric) });
  }
  return { title: `Comparison of ${series.map((s) => s.label).join(', ')}`, metadata: { source: series.map((s) => s.folder.dir).join(', ') }, sections };
}

function weeklyMetrics(folder: ResultsFolder): string[] {
  if (folder.kind === 'run') return Object.keys(folder.weekly[0] ?? {}).filter((c) => c !== 'week');
  if (!folder.hasWeekly) throw new ResultsInputError(resultsMessages.noWeeklyRows(folder.dir));
  return folder.record.experiment.weeklyMetrics;
}
