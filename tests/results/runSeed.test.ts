import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runSeed } from '../../src/results/runSeed.js';
import { deriveSeed } from '../../src/random/deriveSeed.js';

describe('runSeed', () => {
  it('pins the seeds of the first runs, so results stay reproducible across versions', () => {
    expect([0, 1, 2].map((r) => runSeed(20201001, 0, r))).toEqual([
      deriveSeed(20201001, 0),
      deriveSeed(20201001, 1),
      deriveSeed(20201001, 2),
    ]);
    expect(runSeed(20201001, 0, 0)).toBe(1109740919);
    expect(runSeed(20201001, 0, 1)).toBe(2619081465);
    expect(runSeed(20201001, 5, 1, false)).toBe(deriveSeed(20201001, 5, 1));
  });

  it('gives every design point the same stream for a replicate (common random numbers)', () => {
    fc.assert(
      fc.property(fc.nat(2 ** 32 - 1), fc.nat(10_000), fc.nat(10_000), fc.nat(1000), (root, p, q, r) => {
        expect(runSeed(root, p, r, true)).toBe(runSeed(root, q, r, true));
      }),
    );
  });

  it('gives each point its own stream without common random numbers', () => {
    const seeds = new Set<number>();
    for (let p = 0; p < 100; p++) for (let r = 0; r < 10; r++) seeds.add(runSeed(7, p, r, false));
    expect(seeds.size).toBe(1000);
  });

  it('returns unsigned 32-bit integers', () => {
    fc.assert(
      fc.property(fc.nat(2 ** 32 - 1), fc.nat(), fc.nat(), fc.boolean(), (root, p, r, crn) => {
        const seed = runSeed(root, p, r, crn);
        expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32).toBe(true);
      }),
    );
  });
});
