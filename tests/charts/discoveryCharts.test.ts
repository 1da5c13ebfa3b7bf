import { describe, expect, it } from 'vitest';
import { prim } from '../../src/analysis/discovery/prim.js';
import { boxLimitsChart } from '../../src/charts/boxLimitsChart.js';
import { boxPairsChart } from '../../src/charts/boxPairsChart.js';
import { compileStrict, renderSvg } from '../../src/charts/renderSvg.js';
import { tradeoffChart } from '../../src/charts/tradeoffChart.js';
import { readQuakes } from '../analysis/discovery/quakes.js';
import { countMarks, svgTexts } from './svgMarks.js';

const quakes = readQuakes();
const y = quakes.mag.map((m) => m > 5);
const found = prim({ lat: quakes.lat, long: quakes.long, depth: quakes.depth, stations: quakes.stations }, y);

describe('scenario discovery charts', () => {
  it('tradeoffChart: a point per box, coloured by restricted factors, the chosen box ringed', async () => {
    const spec = tradeoffChart(found.trajectory, { chosen: 40 });
    expect(() => compileStrict(spec)).not.toThrow();
    const values = (spec as { data: { values: { chosen: boolean; restricted: number }[] } }).data.values;
    expect(values).toHaveLength(65);
    expect(values.filter((v) => v.chosen)).toHaveLength(1);
    const svg = await renderSvg(spec);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['box 40', 'restricted factors']));
  });

  it('boxLimitsChart: one row per restricted factor with limits and quasi-p-values', async () => {
    const spec = boxLimitsChart(found.box, found.factors);
    expect(() => compileStrict(spec)).not.toThrow();
    const values = (spec as { data: { values: { factor: string; from: number; to: number; lowText: string }[] } }).data.values;
    expect(values.map((v) => v.factor).sort()).toEqual(['depth', 'lat', 'long', 'stations']);
    const stations = values.find((v) => v.factor === 'stations')!;
    expect(stations.from).toBeCloseTo((61 - 10) / (132 - 10), 12);
    expect(stations.lowText).toBe('61 (3e-58)');
    const svg = await renderSvg(spec);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['stations', '61 (3e-58)']));
  });

  it('boxPairsChart: the cases over two factors with the box drawn', async () => {
    const spec = boxPairsChart({ name: 'stations', values: quakes.stations }, { name: 'depth', values: quakes.depth }, y, found.box, { interestLabel: 'mag above 5' });
    expect(() => compileStrict(spec)).not.toThrow();
    const svg = await renderSvg(spec);
    expect(countMarks(svg, 'symbol')).toBeGreaterThanOrEqual(1000);
    expect(countMarks(svg, 'rect')).toBeGreaterThanOrEqual(1);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['stations', 'depth', 'mag above 5']));
    expect(() => boxPairsChart({ name: 'nope', values: [] }, { name: 'depth', values: [] }, [], found.box)).toThrow('boxPairsChart requires numeric factor nope');
  });
});
