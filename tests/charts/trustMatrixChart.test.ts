import { describe, expect, it } from 'vitest';
import { compileStrict, renderSvg } from '../../src/charts/renderSvg.js';
import { trustMatrixChart } from '../../src/charts/trustMatrixChart.js';
import { countMarks, svgTexts } from './svgMarks.js';
import { deepFreeze, metadata, trustMatrix } from './fixtures.js';

describe('trustMatrixChart', () => {
  it('draws an n × n grid with partner names and values', async () => {
    const spec = trustMatrixChart(deepFreeze(structuredClone(trustMatrix)), { metadata });
    expect(() => compileStrict(spec)).not.toThrow();
    const svg = await renderSvg(spec);
    expect(countMarks(svg, 'rect')).toBe(9);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['Police', 'Public Prosecution', 'Municipality', '0.40', '0.70']));
  });

  it('tells apart partners with the same name', () => {
    const spec = trustMatrixChart({ ...trustMatrix, names: ['Team', 'Team', 'Municipality'] });
    const values = (spec as { data: { values: Array<{ truster: string }> } }).data.values;
    expect(new Set(values.map((v) => v.truster))).toEqual(new Set(['Team (police)', 'Team (om)', 'Municipality']));
  });

  it('draws names with line separators or markup as plain labels', async () => {
    const svg = await renderSvg(trustMatrixChart({ ...trustMatrix, names: ['Youth\u2028Care', '<b>OM</b> & co', 'Municipality'] }));
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['Youth Care', '&lt;b&gt;OM&lt;/b&gt; &amp; co']));
  });

  it('rejects a matrix of the wrong shape', () => {
    expect(() => trustMatrixChart({ ...trustMatrix, matrix: [[1, 0.5, 0.5], [1, 1]] })).toThrow(
      'trustMatrixChart requires a 3×3 matrix, one row and column per organisation (found 2×3/2)',
    );
  });

  it('is deterministic', () => {
    expect(JSON.stringify(trustMatrixChart(trustMatrix))).toBe(JSON.stringify(trustMatrixChart(trustMatrix)));
  });
});
