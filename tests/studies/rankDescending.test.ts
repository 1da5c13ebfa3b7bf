import { describe, expect, it } from 'vitest';
import { rankDescending } from '../../studies/lib/rankDescending.js';

describe('rankDescending', () => {
  it('ranks the largest first and averages ties', () => {
    expect(rankDescending([0.2, 0.9, 0.5, 0.9])).toEqual([4, 1.5, 3, 1.5]);
    expect(rankDescending([3, 3, 3])).toEqual([2, 2, 2]);
  });

  it('puts NaN last, tied among themselves', () => {
    expect(rankDescending([NaN, 1, NaN, 2])).toEqual([3.5, 2, 3.5, 1]);
  });
});
