import { describe, expect, it } from 'vitest';
import { createSimulation, loadPreset, simulate, WEEKLY_METRIC_NAMES } from '../../../src/index.js';

describe('weekly rows', () => {
  it('have week and every weekly metric of the catalogue, in catalogue order, finite or missing (NaN)', () => {
    const { weekly } = simulate(loadPreset('radicalisation-pga'), { seed: 3, weeks: 60 });
    for (const row of weekly) {
      expect(Object.keys(row)).toEqual(['week', ...WEEKLY_METRIC_NAMES]);
      for (const value of Object.values(row)) expect(Number.isFinite(value) || Number.isNaN(value)).toBe(true);
    }
    // No case is 52 weeks old before week 53: the success share is missing, not 0.
    expect(weekly[51].successRate).toBeNaN();
    expect(Number.isFinite(weekly[59].successRate)).toBe(true);
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

describe('stepping a simulation', () => {
  it('advance() counts the week in the summary like step() without building a row; step() returns a fresh row each week', () => {
    const scenario = loadPreset('top600');
    const stepped = createSimulation(scenario, { seed: 5, keepWeekly: false });
    const advanced = createSimulation(scenario, { seed: 5, keepWeekly: false });
    const rows = [];
    for (let week = 0; week < 60; week++) {
      rows.push(stepped.step());
      advanced.advance();
    }
    expect(advanced.summary()).toEqual(stepped.summary());
    expect(new Set(rows).size).toBe(60);
    expect(rows.map((row) => row.week)).toEqual(Array.from({ length: 60 }, (_, k) => k + 1));
    expect(advanced.weekly).toEqual([]);
  });

  it('with weekly rows kept, advance() keeps one row per week, equal to the rows of step()', () => {
    const scenario = loadPreset('riec');
    const stepped = createSimulation(scenario, { seed: 2 });
    const advanced = createSimulation(scenario, { seed: 2 });
    for (let week = 0; week < 30; week++) {
      stepped.step();
      advanced.advance();
    }
    expect(advanced.weekly).toEqual(stepped.weekly);
    expect(new Set(advanced.weekly).size).toBe(30);
  });
});
