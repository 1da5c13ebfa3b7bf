import { describe, expect, it } from 'vitest';
import { morrisChart } from '../../../src/methods/morris/morrisChart.js';
import { compileStrict, renderSvg } from '../../../src/charts/renderSvg.js';
import { countMarks } from '../../charts/svgMarks.js';
import { validateVegaLiteSchema } from '../../charts/validateVegaLiteSchema.js';
import { describeMetric, morrisRows } from '../../charts/fixtures.js';

const tested = [
  { ...morrisRows[0], distinguishable: true },
  { ...morrisRows[1], distinguishable: true },
  { ...morrisRows[2], distinguishable: false },
  { metric: 'successRate', factor: 'dummy', mu: 0, muStar: 0.02, sigma: 0.01, muStarLow: 0.01, muStarHigh: 0.03, distinguishable: null },
];

describe('morrisChart with a noise floor', () => {
  it("draws one dashed rule at the dummy's μ* and says so in the subtitle", async () => {
    const spec = morrisChart(tested, { describeMetric });
    expect(validateVegaLiteSchema(spec)).toEqual([]);
    expect(() => compileStrict(spec)).not.toThrow();
    expect(JSON.stringify(spec)).toContain('"noiseFloor":0.02');
    expect(JSON.stringify(spec)).toContain("dashed: the dummy's μ* (noise floor)");
    const svg = await renderSvg(spec);
    // four μ* intervals, the floor, and a leader line for each label moved away from a crowded point
    const leaders = (spec as unknown as { data: { values: { leader: boolean }[] } }).data.values.filter((v) => v.leader).length;
    expect(countMarks(svg, 'rule')).toBe(4 + 1 + leaders);
  });

  it('draws no floor without a tested dummy (CSV text flags count too)', () => {
    expect(JSON.stringify(morrisChart(morrisRows))).not.toContain('noiseFloor');
    const untested = tested.map((r) => ({ ...r, distinguishable: null }));
    expect(JSON.stringify(morrisChart(untested))).not.toContain('noiseFloor');
    const fromCsv = tested.map((r) => ({ ...r, distinguishable: r.distinguishable === null ? NaN : String(r.distinguishable) })) as never;
    expect(JSON.stringify(morrisChart(fromCsv))).toContain('"noiseFloor":0.02');
  });
});
