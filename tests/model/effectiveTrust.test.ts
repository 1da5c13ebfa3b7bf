import { describe, expect, it } from 'vitest';
import { effectiveTrust, TIE_WEIGHT } from '../../src/model/effectiveTrust.js';
import { makeState, small } from './helpers.js';

describe('effectiveTrust', () => {
  it('blends the tie and organisational trust with weight TIE_WEIGHT', () => {
    const { state } = makeState(small());
    const n = state.params.orgCount;
    state.trust[0 * n + 1] = 0.4;
    expect(TIE_WEIGHT).toBe(0.5);
    expect(effectiveTrust(state, 0.8, 0, 1)).toBeCloseTo(0.6, 15);
    expect(effectiveTrust(state, 0, 0, 1)).toBeCloseTo(0.2, 15); // a stranger: organisational trust only
  });
});
