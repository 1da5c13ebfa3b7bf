import { describe, expect, it } from 'vitest';
import { compileStrict, renderSvg } from '../../src/charts/renderSvg.js';
import { timeseriesChart } from '../../src/charts/timeseriesChart.js';
import { catalogueDescribeMetric } from '../../src/charts/catalogueDescribeMetric.js';
import { defaultDescribeMetric } from '../../src/charts/describeMetric.js';
import { countMarks, svgTexts } from './svgMarks.js';
import { deepFreeze, describeMetric, metadata, singleRun, sweepWeekly } from './fixtures.js';

type Values = Array<{ group: string; week: number; mean: number; low: number; high: number; n: number }>;
const valuesOf = (spec: object) => (spec as { data: { values: Values } }).data.values;

describe('timeseriesChart', () => {
  it('draws one line for a single run, without a band', async () => {
    const spec = timeseriesChart(singleRun, { metric: 'successRate', describeMetric });
    expect(() => compileStrict(spec)).not.toThrow();
    const svg = await renderSvg(spec);
    expect(countMarks(svg, 'line')).toBe(1);
    expect(countMarks(svg, 'area')).toBe(0);
    expect(svgTexts(svg)).toContain('Success rate (share of closed cases)');
  });

  it('draws a mean line and a 95% band per factor level', async () => {
    const spec = timeseriesChart(sweepWeekly, { metric: 'successRate', groupBy: 'manpower', describeMetric, metadata });
    expect(() => compileStrict(spec)).not.toThrow();
    const svg = await renderSvg(spec);
    expect(countMarks(svg, 'line')).toBe(3);
    expect(countMarks(svg, 'area')).toBe(3);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['0.5', '1', '1.5', 'Mean success rate (share of closed cases)']));
  });

  it('computes the mean and t-interval over runs in TypeScript', () => {
    const values = valuesOf(timeseriesChart(sweepWeekly, { metric: 'successRate', groupBy: 'manpower' }));
    const cell = values.find((v) => v.group === '1' && v.week === 3)!;
    const runs = sweepWeekly.filter((r) => r.manpower === 1 && r.week === 3).map((r) => r.successRate as number);
    const mean = runs.reduce((a, b) => a + b) / 4;
    const sd = Math.sqrt(runs.reduce((a, b) => a + (b - mean) ** 2, 0) / 3);
    expect(cell.n).toBe(4);
    expect(cell.mean).toBeCloseTo(mean, 12);
    expect(cell.high - cell.mean).toBeCloseTo((3.182446 * sd) / 2, 6);
  });

  it('groups by design point when rows come from several points', () => {
    const values = valuesOf(timeseriesChart(sweepWeekly, { metric: 'successRate' }));
    expect([...new Set(values.map((v) => v.group))]).toEqual(['point 0', 'point 1', 'point 2']);
  });

  it('is deterministic, pure and carries seed and version', () => {
    const rows = deepFreeze(structuredClone(sweepWeekly));
    const a = JSON.stringify(timeseriesChart(rows, { metric: 'successRate', groupBy: 'manpower', metadata }));
    const b = JSON.stringify(timeseriesChart(rows, { metric: 'successRate', groupBy: 'manpower', metadata }));
    expect(a).toBe(b);
    expect(JSON.parse(a).description).toMatch(/seed 42, collabsim 0\.1\.0, source results\/test/);
  });

  it('names a missing metric', () => {
    expect(() => timeseriesChart(singleRun, { metric: 'nope' })).toThrow('timeseriesChart found no numeric column nope in row 0');
  });
});

describe('timeseries bands stay within the metric range (issue 15, item 17)', () => {
  // Two runs per week with a rate near 0: the t-interval of two values reaches far below 0.
  const rows = [1, 2, 3].flatMap((week) => [
    { week, run: 0, point: 0, vacancyRate: 0 },
    { week, run: 1, point: 0, vacancyRate: 0.05 },
  ]);
  const data = (spec: ReturnType<typeof timeseriesChart>) => (spec.data as { values: Array<{ low: number; high: number }> }).values;

  it('names metrics by the catalogue when drawn through the API without describeMetric', () => {
    const spec = timeseriesChart(rows.map((r) => ({ ...r, meanOrgTrust: r.vacancyRate })), { metric: 'meanOrgTrust' });
    expect(spec.title).toMatchObject({ text: 'Organisational trust per week' });
    expect(JSON.stringify(spec)).toContain('"Mean organisational trust (trust [0,1])"');
    expect(JSON.stringify(spec)).not.toContain('Mean meanOrgTrust');
  });

  it('clamps the band to [0, 1] for a share from the catalogue', () => {
    const values = data(timeseriesChart(rows, { metric: 'vacancyRate', describeMetric: catalogueDescribeMetric }));
    expect(values.every((v) => v.low === 0 && v.high > 0.05 && v.high <= 1)).toBe(true);
  });

  it('leaves the band alone without a known range', () => {
    expect(data(timeseriesChart(rows, { metric: 'vacancyRate', describeMetric: defaultDescribeMetric })).every((v) => v.low < 0)).toBe(true);
  });
});
