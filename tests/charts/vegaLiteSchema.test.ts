import { describe, expect, it } from 'vitest';
import { distributionChart, effectsChart, heatmapChart, morrisChart, sobolChart, timeseriesChart, trustMatrixChart } from '../../src/index.js';
import { describeMetric, metadata, morrisRows, oatRows, runRows, singleRun, sobolRows, sweepWeekly, trustMatrix } from './fixtures.js';
import { validateVegaLiteSchema } from './validateVegaLiteSchema.js';
import { trustPairsChart } from '../../src/charts/trustPairsChart.js';

const specs = {
  'timeseriesChart (one run)': timeseriesChart(singleRun, { metric: 'successRate' }),
  'timeseriesChart (sweep)': timeseriesChart(sweepWeekly, { metric: 'successRate', groupBy: 'manpower', describeMetric, metadata }),
  effectsChart: effectsChart(oatRows, { metric: 'successRate', describeMetric, metadata }),
  sobolChart: sobolChart(sobolRows, { metadata }),
  morrisChart: morrisChart(morrisRows, { describeMetric }),
  heatmapChart: heatmapChart(runRows, { metric: 'successRate', x: 'manpower', y: 'trust', describeMetric }),
  'distributionChart (strip)': distributionChart(runRows, { metric: 'successRate', factor: 'manpower' }),
  'distributionChart (boxplot)': distributionChart(runRows, { metric: 'successRate', factor: 'manpower', style: 'boxplot' }),
  trustMatrixChart: trustMatrixChart(trustMatrix, { metadata }),
  'timeseriesChart (events, groups)': timeseriesChart(sweepWeekly, { metric: 'successRate', groupBy: 'manpower', groupTitle: 'results', events: [{ week: 2, label: 'covenant' }] }),
  trustPairsChart: trustPairsChart(
    [13, 26].flatMap((week) => [
      { week, from: 'police', to: 'care', trust: 0.5 },
      { week, from: 'care', to: 'police', trust: 0.6 },
    ]),
    { metadata },
  ),
};

describe('every chart spec validates against the shipped Vega-Lite JSON schema', () => {
  for (const [name, spec] of Object.entries(specs)) {
    it(name, () => {
      expect(validateVegaLiteSchema(spec)).toEqual([]);
    });
  }

  it('the validator catches an unknown property and a wrong mark type', () => {
    expect(validateVegaLiteSchema({ data: { values: [] }, mark: 'bar', colour: 'red' })).not.toEqual([]);
    expect(validateVegaLiteSchema({ data: { values: [] }, mark: 'bars' })).not.toEqual([]);
    expect(validateVegaLiteSchema({ data: { values: [] }, layer: [{ mark: { type: 'bar', colr: 'red' } }] })).not.toEqual([]);
    expect(
      validateVegaLiteSchema({ data: { values: [] }, layer: [{ mark: 'bar', encoding: { x: { field: 'a', type: 'quantity' } } }] }),
    ).not.toEqual([]);
    expect(validateVegaLiteSchema({ data: { values: [] }, mark: 'bar' })).toEqual([]);
  });
});
