import type { ChartMetadata } from '../../charts/chartMetadata.js';
import { lowerFirst, metricTitle } from '../../charts/describeMetric.js';
import { effectsChart } from '../../charts/effectsChart.js';
import { morrisChart } from '../../charts/morrisChart.js';
import type { ReportSection } from '../../charts/renderHtmlReport.js';
import { sobolChart } from '../../charts/sobolChart.js';
import { catalogueDescribeMetric } from '../../charts/catalogueDescribeMetric.js';
import type { SweepEffects } from '../charts/sweepEffects.js';

const READING: Record<SweepEffects['method'], string> = {
  oat:
    'Effect: the change in the metric when the factor moves from its low to its high value ' +
    '(with the other factors at baseline in an oat design, averaged over the other factors\' levels in a grid), ' +
    'paired by replicate, with a 95% Student-t interval; an interval that includes 0 is not distinguishable ' +
    'from replicate noise. Standardized: the effect in standard deviations of the replicate noise. ' +
    'Rank 1 is the largest absolute effect.',
  sobol:
    "S1: the share of the metric's variance the factor explains alone; ST: alone and through all its " +
    'interactions (Saltelli et al. 2010; Jansen 1999). Intervals: 95% bootstrap percentile intervals. ' +
    'A factor with ST near 0 can be fixed; a large gap between ST and S1 means it acts through interactions. ' +
    'Replicates are averaged per design point first. Factors are ranked by ST.',
  morris:
    'μ*: the mean absolute elementary effect (Campolongo, Cariboni & Saltelli 2007), the change in the metric ' +
    "per full range of the factor, a measure of how much it matters; σ: the spread of its elementary effects " +
    '(non-linearity or interactions); μ: the signed mean. Interval: 95% bootstrap percentile interval of μ* ' +
    'over trajectories. Replicates are averaged per design point first. Factors are ranked by μ*.',
};

/**
 * A report section with the ranked effects of one metric: the chart for the method (a
 * tornado chart of one-at-a-time effects, Sobol' index bars or the Morris μ*–σ plot), a
 * paragraph on how to read it (unless `explain` is false: a report explains it once), and the ranked table of estimates with 95% intervals.
 *
 * @example
 * effectsSection(sweepEffects(sweep, 'successRate')!, { seed: 1, version: '0.1.0' });
 * // { heading: 'Effects on success rate', text, spec, table }
 */
export function effectsSection(effects: SweepEffects, metadata: ChartMetadata = {}, explain = true): ReportSection {
  const options = { metadata, describeMetric: catalogueDescribeMetric, metric: effects.metric };
  const heading = `Effects on ${lowerFirst(catalogueDescribeMetric(effects.metric).label)}`;
  const unit = metricTitle(effects.metric, catalogueDescribeMetric);
  const text = `${explain ? `${READING[effects.method]}\n\n` : ''}Metric: ${unit}. Estimates: ${effects.from}.`;
  switch (effects.method) {
    case 'oat':
      return {
        heading,
        text,
        spec: effectsChart(effects.rows, options),
        table: {
          columns: ['rank', 'factor', 'low', 'high', 'effect', '95% low', '95% high', 'standardized'],
          rows: [...effects.rows]
            .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))
            .map((r) => ({
              rank: r.rank,
              factor: r.factor,
              low: r.low,
              high: r.high,
              effect: r.effect,
              '95% low': r.effectLow,
              '95% high': r.effectHigh,
              standardized: r.standardized,
            })),
        },
      };
    case 'sobol':
      return {
        heading,
        text,
        spec: sobolChart(effects.rows, options),
        table: {
          columns: ['rank', 'factor', 'S1', 'S1 95% low', 'S1 95% high', 'ST', 'ST 95% low', 'ST 95% high'],
          rows: [...effects.rows]
            .sort((a, b) => b.ST - a.ST)
            .map((r, i) => ({
              rank: i + 1,
              factor: r.factor,
              S1: r.S1,
              'S1 95% low': r.S1Low,
              'S1 95% high': r.S1High,
              ST: r.ST,
              'ST 95% low': r.STLow,
              'ST 95% high': r.STHigh,
            })),
        },
      };
    case 'morris':
      return {
        heading,
        text,
        spec: morrisChart(effects.rows, options),
        table: {
          columns: ['rank', 'factor', 'μ*', 'μ* 95% low', 'μ* 95% high', 'μ', 'σ'],
          rows: [...effects.rows]
            .sort((a, b) => b.muStar - a.muStar)
            .map((r, i) => ({
              rank: i + 1,
              factor: r.factor,
              'μ*': r.muStar,
              'μ* 95% low': r.muStarLow,
              'μ* 95% high': r.muStarHigh,
              μ: r.mu,
              σ: r.sigma,
            })),
        },
      };
  }
}
