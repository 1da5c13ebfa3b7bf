import { describe, expect, it } from 'vitest';
import { sobolChart } from '../../../src/methods/sobol/sobolChart.js';
import { compileStrict, renderSvg } from '../../../src/charts/renderSvg.js';
import { countMarks } from '../../charts/svgMarks.js';
import { validateVegaLiteSchema } from '../../charts/validateVegaLiteSchema.js';
import { describeMetric, sobolRows } from '../../charts/fixtures.js';

const tested = [
  { ...sobolRows[0], distinguishable: true },
  { ...sobolRows[1], distinguishable: true },
  { ...sobolRows[2], distinguishable: false },
  { metric: 'successRate', factor: 'dummy', S1: 0, S1Low: -0.01, S1High: 0.01, ST: 0.03, STLow: 0.02, STHigh: 0.04, distinguishable: null },
];

describe('sobolChart with a noise floor', () => {
  it("draws one dashed rule at the dummy's ST and says so in the subtitle", async () => {
    const spec = sobolChart(tested, { describeMetric });
    expect(validateVegaLiteSchema(spec)).toEqual([]);
    expect(() => compileStrict(spec)).not.toThrow();
    expect(JSON.stringify(spec)).toContain('"noiseFloor":0.03');
    expect(JSON.stringify(spec)).toContain("dashed: the dummy's ST (noise floor)");
    const svg = await renderSvg(spec);
    expect(countMarks(svg, 'rule')).toBe(2 * 4 + 1); // an S1 and an ST interval per factor, and the floor
  });

  it('draws no floor without a tested dummy', () => {
    expect(JSON.stringify(sobolChart(sobolRows))).not.toContain('noiseFloor');
    expect(JSON.stringify(sobolChart(tested.map((r) => ({ ...r, distinguishable: null }))))).not.toContain('noiseFloor');
  });
});
