import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/scenario/editDistance.js';
import { suggest } from '../../src/scenario/suggest.js';

describe('editDistance', () => {
  it('matches hand-computed optimal string alignment distances', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3); // the classic Levenshtein example
    expect(editDistance('form', 'from')).toBe(1); // one transposition
    expect(editDistance('ca', 'abc')).toBe(3); // OSA (restricted) distance; unrestricted Damerau gives 2
    expect(editDistance('staffStabilty', 'staffStability')).toBe(1);
  });

  it('is symmetric', () => {
    for (const [a, b] of [['regie', 'regime'], ['lead', 'leed'], ['abc', 'cab']]) {
      expect(editDistance(a, b)).toBe(editDistance(b, a));
    }
  });
});

describe('suggest', () => {
  it('finds a plausible correction, ignoring case', () => {
    expect(suggest('staffStabilty', ['manpower', 'staffStability', 'time'])).toBe('staffStability');
    expect(suggest('StaffStability', ['staffStability'])).toBe('staffStability');
    expect(suggest('tim', ['time', 'team'])).toBe('time');
  });

  it('suggests nothing when no candidate is close', () => {
    expect(suggest('xyz', ['manpower', 'time'])).toBeUndefined();
    expect(suggest('a', [])).toBeUndefined();
  });
});
