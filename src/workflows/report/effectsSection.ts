import type { ChartMetadata } from '../../charts/chartMetadata.js';
import { lowerFirst, metricTitle } from '../../charts/describeMetric.js';
import type { ReportSection } from '../../charts/renderHtmlReport.js';
import { catalogueDescribeMetric } from '../../charts/catalogueDescribeMetric.js';
import { analysisMethod } from '../../methods/registry.js';
import type { SweepEffects } from '../charts/sweepEffects.js';

/**
 * A report section with the ranked effects of one metric, as the method's room draws them:
 * its chart (a tornado chart of one-at-a-time effects, Sobol' index bars or the Morris μ*–σ
 * plot), its paragraph on how to read it (unless `explain` is false: a report explains it once), and the ranked table of estimates with 95% intervals.
 *
 * @example
 * effectsSection(sweepEffects(sweep, 'successRate')!, { seed: 1, version: '0.1.0' });
 * // { heading: 'Effects on success rate', text, spec, table }
 */
export function effectsSection(effects: SweepEffects, metadata: ChartMetadata = {}, explain = true): ReportSection {
  const options = { metadata, describeMetric: catalogueDescribeMetric, metric: effects.metric };
  const heading = `Effects on ${lowerFirst(catalogueDescribeMetric(effects.metric).label)}`;
  const unit = metricTitle(effects.metric, catalogueDescribeMetric);
  const text = `${explain ? `${analysisMethod(effects.method).effects!.guide}\n\n` : ''}Metric: ${unit}. Estimates: ${effects.from}.`;
  const view = analysisMethod(effects.method).effects!;
  return { heading, text, spec: view.draw(effects.rows, options), table: view.table(effects.rows) };
}
