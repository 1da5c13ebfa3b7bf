import { describe, expect, it } from 'vitest';
import { compileStrict, renderSvg } from '../../../src/charts/renderSvg.js';
import { sobolChart } from '../../../src/methods/sobol/sobolChart.js';
import { countMarks, svgTexts } from '../../charts/svgMarks.js';
import { deepFreeze, metadata, sobolRows } from '../../charts/fixtures.js';

describe('sobolChart', () => {
  it('draws S1 and ST bars with intervals per factor, largest ST first', async () => {
    const spec = sobolChart(deepFreeze(structuredClone(sobolRows)), { metadata });
    expect(() => compileStrict(spec)).not.toThrow();
    const values = (spec as { data: { values: Array<{ factor: string; index: string }> } }).data.values;
    expect(values.map((v) => v.factor)).toEqual(['manpower', 'manpower', 'trust', 'trust', 'regie', 'regie']);
    const svg = await renderSvg(spec);
    expect(countMarks(svg, 'rect')).toBe(6);
    expect(countMarks(svg, 'rule')).toBe(6);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['first order (S1)', 'total (ST)', 'manpower']));
  });

  it('is deterministic', () => {
    expect(JSON.stringify(sobolChart(sobolRows, { metadata }))).toBe(JSON.stringify(sobolChart(sobolRows, { metadata })));
  });
});
