import { describe, expect, it } from 'vitest';
import { deriveSeed } from '../../src/random/deriveSeed.js';
import { applyPoint } from '../../studies/lib/applyPoint.js';
import { signOfInterval } from '../../studies/lib/signOfInterval.js';
import { studySeed } from '../../studies/lib/studySeed.js';

describe('applyPoint', () => {
  const factors = [
    { name: 'trustGain', low: 0.05, high: 0.2, path: 'parameters.trustGain' },
    { name: 'lossRatio', low: 2, high: 4, path: 'parameters.trustLoss', times: 'trustGain' },
    { name: 'regie', low: 0, high: 1, path: 'preconditions.regie' },
    { name: 'dummy', low: 0, high: 1 },
  ];

  it('sets paths, multiplies ratios and leaves the dummy out, without changing the input', () => {
    const input = Object.freeze({ preconditions: Object.freeze({ regie: 0.2 }) });
    const s = applyPoint(input, factors, [0.1, 3, 0.9, 0.5]);
    expect(s.parameters?.trustGain).toBe(0.1);
    expect(s.parameters?.trustLoss).toBeCloseTo(0.3, 12);
    expect(s.preconditions?.regie).toBe(0.9);
    expect(JSON.stringify(s)).not.toContain('dummy');
    expect(input.preconditions.regie).toBe(0.2);
  });

  it('a ratio without its base factor is an error', () => {
    expect(() => applyPoint({}, [factors[1]], [3])).toThrow('multiplies trustGain, which is not a factor of the point');
  });
});

describe('studySeed', () => {
  it('depends only on root, preset and path', () => {
    expect(studySeed(7, 'riec', 1, 2)).toBe(studySeed(7, 'riec', 1, 2));
    expect(studySeed(7, 'riec', 1, 2)).not.toBe(studySeed(7, 'top600', 1, 2));
    expect(studySeed(7, 'riec', 1, 2)).not.toBe(studySeed(7, 'riec', 2, 1));
    const name = deriveSeed(0, 114, 105, 101, 99); // 'riec'
    expect(studySeed(7, 'riec', 1, 2)).toBe(deriveSeed(7, name, 1, 2));
  });
});

describe('signOfInterval', () => {
  it('reads the sign an interval establishes', () => {
    expect(signOfInterval(0.1, 0.4)).toBe(1);
    expect(signOfInterval(-0.3, -0.01)).toBe(-1);
    expect(signOfInterval(-0.1, 0.2)).toBe(0);
    expect(signOfInterval(0, 0.2)).toBe(0);
    expect(signOfInterval(NaN, NaN)).toBe(0);
  });
});
