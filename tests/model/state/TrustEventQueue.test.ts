import { describe, expect, it } from 'vitest';
import { TrustEventQueue } from '../../../src/internals.js';

describe('TrustEventQueue', () => {
  it('keeps events in order past its first capacity and empties with clear() without giving its buffers back', () => {
    const q = new TrustEventQueue();
    for (let k = 0; k < 200; k++) q.push(k % 7, (k + 1) % 7, k % 2 === 0 ? 1 : -0.25 * k);
    expect(q.count).toBe(200);
    const { from, to, weight } = q.toArrays();
    expect(from).toHaveLength(200);
    expect(from[150]).toBe(150 % 7);
    expect(to[150]).toBe(151 % 7);
    expect(weight[151]).toBe(-0.25 * 151);
    const buffer = q.weight;
    q.clear();
    expect(q.count).toBe(0);
    expect(q.toArrays()).toEqual({ from: [], to: [], weight: [] });
    q.push(1, 2, -1);
    expect(q.weight).toBe(buffer);
    expect(q.toArrays()).toEqual({ from: [1], to: [2], weight: [-1] });
  });
});
