import { describe, expect, it } from 'vitest';
import { loadPreset, simulate, WEEKLY_METRIC_NAMES } from '../../../src/index.js';

describe('weekly rows', () => {
  it('have week and every weekly metric of the catalogue, in catalogue order, all finite', () => {
    const { weekly } = simulate(loadPreset('radicalisation-pga'), { seed: 3, weeks: 10 });
    for (const row of weekly) {
      expect(Object.keys(row)).toEqual(['week', ...WEEKLY_METRIC_NAMES]);
      for (const value of Object.values(row)) expect(Number.isFinite(value)).toBe(true);
    }
  });
});

describe('simulate without weekly rows', () => {
  it('returns no rows and exactly the same summary', () => {
    const scenario = loadPreset('safety-house');
    const kept = simulate(scenario, { seed: 11, weeks: 120 });
    const dropped = simulate(scenario, { seed: 11, weeks: 120, weekly: false });
    expect(dropped.weekly).toEqual([]);
    expect(dropped.summary).toEqual(kept.summary);
    expect(dropped.trust).toEqual(kept.trust);
  });
});
