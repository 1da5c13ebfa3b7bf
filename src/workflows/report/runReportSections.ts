import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describeMetric as catalogueEntry } from '../../model/metrics/catalogue.js';
import { lowerFirst } from '../../charts/describeMetric.js';
import type { ReportSection } from '../../charts/renderHtmlReport.js';
import { catalogueDescribeMetric } from '../../charts/catalogueDescribeMetric.js';
import { chartFromResults } from '../charts/chartFromResults.js';
import { keyMetrics } from '../../charts/keyMetrics.js';
import type { RunFolder } from '../../results/ResultsFolder.js';

/**
 * The sections of a single run's report: the summary table (every summary metric with its
 * unit and definition from the metric catalogue), the weekly time series of the key
 * metrics (success rate, organisational trust, signals shared, open cases) and the trust
 * matrix at the end of the run.
 *
 * @example
 * renderHtmlReport({ title: 'Run', sections: await runReportSections(readRunFolder('results/run1')) });
 */
export async function runReportSections(run: RunFolder): Promise<ReportSection[]> {
  const sections: ReportSection[] = [
    {
      heading: 'Summary',
      text: `Scenario ${run.scenario}, seed ${run.seed}, ${run.weeks} weeks. One number per metric for the whole run; the scenario as it ran is in ${run.dir}/scenario.normalized.json, so the run can be rebuilt.`,
      table: {
        columns: ['metric', 'value', 'unit', 'definition'],
        rows: Object.entries(run.summary).map(([metric, value]) => ({
          metric,
          value,
          unit: catalogueEntry(metric)?.unit ?? '',
          definition: catalogueEntry(metric)?.description ?? '',
        })),
      },
    },
  ];
  const weekly = Object.keys(run.weekly[0] ?? {}).filter((c) => c !== 'week');
  for (const metric of keyMetrics(weekly)) {
    const info = catalogueEntry(metric);
    const note = info?.aggregation === 'ratio' ? ' The value is cumulative from week 1 (0 until it is defined).' : info?.aggregation === 'sum' ? " The value is that week's count." : '';
    sections.push({
      heading: `Weekly ${lowerFirst(catalogueDescribeMetric(metric).label)}`,
      text: `${info?.description ?? metric}, per week.${note}`,
      spec: await chartFromResults(run, { chart: 'timeseries', metric }),
    });
  }
  if (run.trust !== null) {
    sections.push({
      heading: 'Trust between organisations',
      text: 'Organisational trust at the end of the run: row i, column j is the trust of organisation i in partner j, from 0 (none) to 1 (full). A dark column is a partner others distrust; an asymmetric pair marks a one-sided relationship.',
      spec: await chartFromResults(run, { chart: 'trust' }),
    });
  }
  if (existsSync(join(run.dir, 'trust.csv'))) {
    sections.push({
      heading: 'Trust between partners over time',
      text: 'Organisational trust at the snapshot weeks of --trust-snapshots: one panel per organisation, a line per partner it trusts, from 0 (none) to 1 (full).',
      spec: await chartFromResults(run, { chart: 'trust-pairs' }),
    });
  }
  return sections;
}
