import { describe, expect, it } from 'vitest';
import type { RunRow } from '../../src/charts/chartInputs.js';
import { okRuns } from '../../src/charts/okRuns.js';
import { compileStrict, renderSvg } from '../../src/charts/renderSvg.js';
import { timeseriesChart } from '../../src/charts/timeseriesChart.js';
import { loadPreset, simulate } from '../../src/index.js';

describe('charts skip missing values', () => {
  it('a time series of a metric that is missing in early weeks starts when it is defined', async () => {
    const { weekly } = simulate(loadPreset('safety-house'), { seed: 2, weeks: 70 });
    expect(weekly[10].successRate).toBeNaN();
    const spec = timeseriesChart(weekly, { metric: 'successRate' });
    const values = (spec as { data: { values: Array<{ week: number; mean: number }> } }).data.values;
    expect(values[0].week).toBe(53);
    expect(values.every((v) => Number.isFinite(v.mean))).toBe(true);
    expect(() => compileStrict(spec)).not.toThrow();
    expect(await renderSvg(spec)).toContain('<svg');
  });

  it('run charts leave out runs whose value is missing, and say so when none is left', () => {
    const rows = [
      { run: 0, status: 'ok', successRate: NaN },
      { run: 1, status: 'ok', successRate: 0.4 },
    ] as unknown as RunRow[];
    expect(okRuns(rows, 'successRate', 'distributionChart').map((r) => r.run)).toEqual([1]);
    expect(() => okRuns(rows.slice(0, 1), 'successRate', 'heatmapChart')).toThrow('heatmapChart found no finished run with a value of successRate');
  });
});
