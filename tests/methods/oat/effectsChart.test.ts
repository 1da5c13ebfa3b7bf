import { describe, expect, it } from 'vitest';
import { effectsChart } from '../../../src/methods/oat/effectsChart.js';
import { compileStrict, renderSvg } from '../../../src/charts/renderSvg.js';
import { countMarks, svgTexts } from '../../charts/svgMarks.js';
import { deepFreeze, describeMetric, metadata, oatRows } from '../../charts/fixtures.js';

describe('effectsChart', () => {
  it('draws one bar and one interval per factor, largest |effect| first', async () => {
    const spec = effectsChart(deepFreeze(structuredClone(oatRows)), { metric: 'successRate', describeMetric, metadata });
    expect(() => compileStrict(spec)).not.toThrow();
    const values = (spec as { data: { values: Array<{ factor: string }> } }).data.values;
    expect(values.map((v) => v.factor)).toEqual(['caseload', 'trust', 'regie']);
    const svg = await renderSvg(spec);
    expect(countMarks(svg, 'rect')).toBe(3);
    expect(countMarks(svg, 'rule')).toBe(4); // three intervals and the zero line
    expect(svgTexts(svg)).toEqual(
      expect.arrayContaining(['caseload (20 → 60)', 'regie (none → strong)', 'Effect on success rate (share of closed cases)']),
    );
  });

  it('is deterministic', () => {
    const options = { metric: 'successRate', metadata };
    expect(JSON.stringify(effectsChart(oatRows, options))).toBe(JSON.stringify(effectsChart(oatRows, options)));
  });

  it('asks for a metric when rows hold several', () => {
    expect(() => effectsChart(oatRows)).toThrow('effectsChart found several metrics (successRate, throughput); choose one with the metric option');
    expect(() => effectsChart(oatRows, { metric: 'x' })).toThrow('effectsChart found no rows for metric x (available: successRate, throughput)');
  });
});
