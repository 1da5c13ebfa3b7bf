import { describe, expect, it } from 'vitest';
import { morrisChart } from '../../../src/methods/morris/morrisChart.js';
import { compileStrict, renderSvg } from '../../../src/charts/renderSvg.js';
import { countMarks, svgTexts } from '../../charts/svgMarks.js';
import { deepFreeze, describeMetric, metadata, morrisRows } from '../../charts/fixtures.js';

describe('morrisChart', () => {
  it('draws a labelled point and a μ* interval per factor', async () => {
    const spec = morrisChart(deepFreeze(structuredClone(morrisRows)), { describeMetric, metadata });
    expect(() => compileStrict(spec)).not.toThrow();
    const svg = await renderSvg(spec);
    expect(countMarks(svg, 'symbol')).toBe(3);
    expect(countMarks(svg, 'rule')).toBe(3);
    expect(svgTexts(svg)).toEqual(
      expect.arrayContaining(['manpower', 'trust', 'regie', 'μ*: mean absolute elementary effect (share of closed cases)']),
    );
  });

  it('is deterministic', () => {
    expect(JSON.stringify(morrisChart(morrisRows))).toBe(JSON.stringify(morrisChart(morrisRows)));
  });
});
