import { describe, expect, it } from 'vitest';
import { distributionChart } from '../../src/charts/distributionChart.js';
import { compileStrict, renderSvg } from '../../src/charts/renderSvg.js';
import { countMarks } from './svgMarks.js';
import { deepFreeze, describeMetric, metadata, runRows } from './fixtures.js';

describe('distributionChart', () => {
  it('draws a box per level and a dot per finished run (strip)', async () => {
    const spec = distributionChart(deepFreeze(structuredClone(runRows)), { metric: 'successRate', factor: 'manpower', describeMetric, metadata });
    expect(() => compileStrict(spec)).not.toThrow();
    const svg = await renderSvg(spec);
    expect(countMarks(svg, 'symbol')).toBe(17); // 18 runs, one failed
    expect(countMarks(svg, 'rect')).toBe(6); // a box and a median tick per level
  });

  it('draws only boxes, whiskers and outliers as a box plot', async () => {
    const spec = distributionChart(runRows, { metric: 'successRate', factor: 'trust', style: 'boxplot' });
    expect(() => compileStrict(spec)).not.toThrow();
    const svg = await renderSvg(spec);
    expect(countMarks(svg, 'rect')).toBe(4); // a box and a median tick per level
  });

  it('is deterministic', () => {
    const options = { metric: 'successRate', factor: 'manpower' };
    expect(JSON.stringify(distributionChart(runRows, options))).toBe(JSON.stringify(distributionChart(runRows, options)));
  });
});
