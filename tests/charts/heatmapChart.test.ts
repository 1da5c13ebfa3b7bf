import { describe, expect, it } from 'vitest';
import { heatmapChart } from '../../src/charts/heatmapChart.js';
import { compileStrict, renderSvg } from '../../src/charts/renderSvg.js';
import { countMarks, svgTexts } from './svgMarks.js';
import { deepFreeze, describeMetric, metadata, runRows } from './fixtures.js';

const options = { metric: 'successRate', x: 'manpower', y: 'trust', describeMetric, metadata };

describe('heatmapChart', () => {
  it('draws one cell per level combination with the mean of the finished runs', async () => {
    const spec = heatmapChart(deepFreeze(structuredClone(runRows)), options);
    expect(() => compileStrict(spec)).not.toThrow();
    const values = (spec as { data: { values: Array<{ x: string; y: string; mean: number; n: number }> } }).data.values;
    expect(values).toHaveLength(6);
    const failedCell = values.find((v) => v.x === '0.5' && v.y === '0.8')!; // run 4 failed
    expect(failedCell.n).toBe(2);
    expect(failedCell.mean).toBeCloseTo(0.2 + 0.1 + 0.08 + 0.01, 12); // replicates 0 and 2 (run 4 = replicate 1)
    const svg = await renderSvg(spec);
    expect(countMarks(svg, 'rect')).toBe(6);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['manpower', 'trust', '0.5', '1.5']));
  });

  it('refuses a design that is not a grid', () => {
    const lhs = Array.from({ length: 50 }, (_, i) => ({ ...runRows[0], run: i, manpower: i / 50 }));
    expect(() => heatmapChart(lhs, options)).toThrow('heatmapChart needs a grid: manpower has 50 distinct values (at most 40)');
  });

  it('is deterministic', () => {
    expect(JSON.stringify(heatmapChart(runRows, options))).toBe(JSON.stringify(heatmapChart(runRows, options)));
  });
});
