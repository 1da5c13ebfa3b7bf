import seedrandom from 'seedrandom';

/**
 * A seeded source of uniform random numbers in [0, 1).
 *
 * Every random draw in collabsim goes through an `Rng` that is passed in, never
 * `Math.random`, so a run is fully determined by its seed (the d3-force habit).
 */
export type Rng = () => number;

/**
 * Creates a seeded generator using the Alea algorithm (Baagøe 2010) from `seedrandom`:
 * fast (about 10⁸ draws a second), period about 2¹¹⁶, 32 bits of resolution per draw.
 *
 * The seed may be any integer or string; the same seed gives the same sequence in any
 * process on any machine.
 *
 * @example
 * const rng = createRng(42);
 * rng(); // a number in [0, 1), the same every time for seed 42
 */
export function createRng(seed: number | string): Rng {
  return seedrandom.alea(String(seed)) as unknown as Rng;
}
