import { standardNormal } from '../../../src/random/poisson.js';
import { createRng } from '../../../src/random/rng.js';

/**
 * The `normal-mean` test model of issue 17: y, the mean of `n` draws from a normal with
 * mean `mu` and standard deviation `sigma`, from the stream of `seed`. y ~ N(mu, sigma² / n)
 * exactly, so with a normal or uniform prior on mu the posterior is known in closed form.
 */
export function normalMean(mu: number, sigma: number, n: number, seed: number): number {
  const rng = createRng(seed);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += mu + sigma * standardNormal(rng);
  return sum / n;
}

/**
 * Mean and standard deviation of the density proportional to `f` on [lo, hi], by Simpson's
 * rule on `steps` (even) intervals: the exact posterior's moments, computed independently of
 * the code under test.
 */
export function moments(f: (x: number) => number, lo: number, hi: number, steps = 20_000): { mean: number; sd: number } {
  const h = (hi - lo) / steps;
  let m0 = 0;
  let m1 = 0;
  let m2 = 0;
  for (let i = 0; i <= steps; i++) {
    const x = lo + i * h;
    const c = i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2;
    const v = c * f(x);
    m0 += v;
    m1 += v * x;
    m2 += v * x * x;
  }
  const mean = m1 / m0;
  return { mean, sd: Math.sqrt(m2 / m0 - mean * mean) };
}
