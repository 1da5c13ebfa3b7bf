import { deriveSeed } from '../random/deriveSeed.js';

/**
 * The seed of one run, derived from the root seed by hashing (`deriveSeed`), so it does not
 * depend on worker count, order, sharding or resuming.
 *
 * With common random numbers (the default) the replicate alone decides the stream:
 * `deriveSeed(root, replicate)`, so every design point sees the same random numbers for the
 * same replicate and differences between points are not blurred by sampling noise (Law 2015,
 * "Simulation Modeling and Analysis", §11.2). Without them each (point, replicate) gets its
 * own stream: `deriveSeed(root, point, replicate)`. Cost O(1).
 *
 * @example
 * runSeed(20201001, 3, 0, true) === runSeed(20201001, 7, 0, true); // true
 * runSeed(20201001, 3, 0, false) === runSeed(20201001, 7, 0, false); // false
 */
export function runSeed(
  root: number,
  point: number,
  replicate: number,
  commonRandomNumbers = true,
): number {
  return commonRandomNumbers ? deriveSeed(root, replicate) : deriveSeed(root, point, replicate);
}
