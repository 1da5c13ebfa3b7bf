import { describe, expect, it } from 'vitest';
import { casesOfInterest, conditionText, type DiscoveryData } from '../../../src/discovery.js';

const data: DiscoveryData = {
  source: 'test',
  factors: { x: [1, 2, 3, 4] },
  types: { x: 'integer' },
  metrics: ['a', 'b'],
  values: { a: Float64Array.from([0.1, 0.2, 0.8, 0.9]), b: Float64Array.from([5, 1, 5, 1]) },
  cases: 'rows',
  runs: 4,
  failed: 0,
  missing: 0,
};

describe('casesOfInterest', () => {
  it('marks cases strictly below or above a threshold, one metric or several combined', () => {
    expect([...casesOfInterest(data, { metric: 'a', below: 0.2 })]).toEqual([1, 0, 0, 0]);
    expect([...casesOfInterest(data, { metric: 'a', above: 0.8 })]).toEqual([0, 0, 0, 1]);
    expect([...casesOfInterest(data, { all: [{ metric: 'a', below: 0.5 }, { metric: 'b', above: 2 }] })]).toEqual([1, 0, 0, 0]);
    expect([...casesOfInterest(data, { any: [{ metric: 'a', below: 0.15 }, { metric: 'b', below: 2 }] })]).toEqual([1, 1, 0, 1]);
    expect(conditionText({ any: [{ metric: 'a', below: 0.15 }, { metric: 'b', below: 2 }] })).toBe('a below 0.15 or b below 2');
  });

  it('refuses a condition that selects no case or every case, with the ranges found', () => {
    expect(() => casesOfInterest(data, { metric: 'a', below: 0 })).toThrow('test: a below 0 selects no case; a ranges from 0.1 to 0.9 over 4 cases');
    expect(() => casesOfInterest(data, { all: [{ metric: 'a', above: 0 }, { metric: 'b', above: 0 }] })).toThrow(
      'test: a above 0 and b above 0 selects every case (4); a ranges from 0.1 to 0.9, b ranges from 1 to 5 over 4 cases',
    );
  });
});
