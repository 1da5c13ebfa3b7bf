import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { compileStrict, renderSvg } from '../../src/charts/renderSvg.js';
import { trustMatrixChart } from '../../src/charts/trustMatrixChart.js';
import { trustMatrix } from './fixtures.js';

describe('renderSvg', () => {
  it('renders the same SVG for the same spec', async () => {
    const spec = trustMatrixChart(trustMatrix);
    const a = await renderSvg(spec);
    expect(a.startsWith('<svg')).toBe(true);
    expect(await renderSvg(spec)).toBe(a);
  });

  it('measures text with the shipped font, so a long axis title does not push the plot down', async () => {
    const spec: TopLevelSpec = {
      data: { values: [{ a: 1 }] },
      height: 100,
      mark: 'point',
      encoding: { y: { field: 'a', type: 'quantitative', title: 'A rather long axis title of 48 characters width' } },
    };
    const svg = await renderSvg(spec);
    // Vega's built-in estimate (0.8 em per character) made this title 424 px tall, far above
    // the 100 px plot; with DejaVu widths it is about 290 px.
    const height = Number(/height="(\d+)"/.exec(svg)![1]);
    expect(height).toBeLessThan(340);
  });

  it('turns vega-lite warnings into errors', () => {
    const spec = { data: { values: [] }, mark: 'bar', encoding: { x: { field: 'a', type: 'quantitative' }, shape: { field: 'b', type: 'nominal' } } };
    expect(() => compileStrict(spec as TopLevelSpec)).toThrow(/vega-lite reported/);
  });
});
