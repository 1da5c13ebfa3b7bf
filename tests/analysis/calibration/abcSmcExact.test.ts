import { describe, expect, it } from 'vitest';
import { abcSmc } from '../../../src/analysis/calibration/abcSmc.js';
import type { AbcSetup, AbcSimulator } from '../../../src/analysis/calibration/AbcSetup.js';
import { integerPrior } from '../../../src/analysis/calibration/integerPrior.js';
import { logUniformPrior } from '../../../src/analysis/calibration/logUniformPrior.js';
import { posteriorSummary } from '../../../src/analysis/calibration/posteriorSummary.js';
import { truncatedNormalPrior } from '../../../src/analysis/calibration/truncatedNormalPrior.js';
import { uniformPrior } from '../../../src/analysis/calibration/uniformPrior.js';
import { moments, normalMean } from './normalMean.js';

/*
 * ABC-SMC against posteriors known exactly, with the `normal-mean` model: y is the mean of
 * n normal draws with mean mu and sd sigma, so y ~ N(mu, s²) with s = sigma / √n, and the
 * target's scale is s (a distance of 1 is a miss by one standard error).
 *
 * Declared tolerances, at N = 1000 particles and the final tolerance ε (in units of s):
 * - posterior mean within 0.15 exact posterior sd. The Monte Carlo error of the ABC mean,
 *   measured over 20 seeds per case (seeds 1-20, and 40-80 more at N = 300 scaled by
 *   √(300/1000)), has an sd of 0.035-0.045 posterior sd (ESS about 850-950): 0.15 is about
 *   3.5 of those. The bias from ε > 0 is below 0.005 sd here (a uniform ABC kernel of
 *   half-width h = ε·s widens the likelihood's variance by h²/3 in one dimension, h²/4 per
 *   coordinate in two), and no bias was found over those runs (mean error 0.005 ± 0.008 sd).
 * - posterior sd within 15% of the exact one. Its Monte Carlo error has an sd of 3.5-4.5%
 *   measured the same way, the ε inflation is below 1% (√(1 + 0.2²/3) = 1.007).
 * - the mixed integer + log-uniform case gets 0.25 sd and 15%: rounding makes the kernel's
 *   density at a whole value a midpoint approximation of its cell's probability, and the
 *   ESS is lower (640-820); measured errors over 8 seeds reached 0.14 sd.
 * The seed is 1 in every case (the first tried, not a chosen one); a failure prints it.
 */
const SEED = 1;
const N = 1000;
const phi = (z: number) => Math.exp(-0.5 * z * z);

function simulator(cases: { sigma: number; n: number }[]): AbcSimulator {
  // each coordinate gets its own stream, seed + k
  return async (batch) => batch.map((p) => cases.map((c, k) => normalMean(p.theta[k], c.sigma, c.n, p.seed + k)));
}

async function fit(setup: AbcSetup, simulate: AbcSimulator) {
  const run = await abcSmc(setup, simulate);
  const last = run.generations.at(-1)!;
  return { run, last, rows: posteriorSummary(last, run.parameters) };
}

function expectClose(row: { mean: number; sd: number }, exact: { mean: number; sd: number }, meanTol: number, sdTol: number, what: string) {
  const meanError = (row.mean - exact.mean) / exact.sd;
  const sdError = row.sd / exact.sd - 1;
  const detail = `${what}, seed ${SEED}: mean ${row.mean} vs ${exact.mean} (${meanError.toFixed(3)} sd), sd ${row.sd} vs ${exact.sd} (${(100 * sdError).toFixed(1)}%)`;
  expect(Math.abs(meanError), detail).toBeLessThan(meanTol);
  expect(Math.abs(sdError), detail).toBeLessThan(sdTol);
}

describe('ABC-SMC on posteriors known exactly (normal-mean model)', () => {
  it('(a) normal prior, known variance: the conjugate normal posterior', async () => {
    // prior N(0, 1) (truncated at ±8 sd: mass 1e-15 left out); sigma 1, n 4: s = 0.5; ybar = 1
    // posterior precision 1/1 + 1/0.25 = 5: mean (0 + 1 / 0.25) / 5 = 0.8, sd √0.2
    const { last, rows } = await fit(
      { parameters: [{ name: 'mu', prior: truncatedNormalPrior(0, 1, -8, 8) }], targets: [{ observed: 1, scale: 0.5 }], population: N, seed: SEED, generations: 20, minTolerance: 0.2 },
      simulator([{ sigma: 1, n: 4 }]),
    );
    expect(last.tolerance).toBe(0.2);
    expectClose(rows[0], { mean: 0.8, sd: Math.sqrt(0.2) }, 0.15, 0.15, 'normal prior');
  });

  it('(b) uniform prior: the normal likelihood truncated to the prior range', async () => {
    // prior U(0, 10); s = 0.5, ybar = 0.3: the posterior N(0.3, 0.25) cut at 0.6 sd below the mean
    const exact = moments((x) => phi((x - 0.3) / 0.5), 0, 10);
    const { rows } = await fit(
      { parameters: [{ name: 'mu', prior: uniformPrior(0, 10) }], targets: [{ observed: 0.3, scale: 0.5 }], population: N, seed: SEED, generations: 20, minTolerance: 0.2 },
      simulator([{ sigma: 1, n: 4 }]),
    );
    expect(exact.mean).toBeCloseTo(0.52957, 4);
    expectClose(rows[0], exact, 0.15, 0.15, 'uniform prior');
  });

  it('(c) two independent means, normal and uniform priors: the product of the two posteriors', async () => {
    // mu1: prior N(0, 2²), y1 from sigma 1, n 4 (s 0.5), ybar1 1.5: precision 1/4 + 4 = 4.25
    // mu2: prior U(−5, 5), y2 from sigma 3, n 9 (s 1), ybar2 −2: N(−2, 1) cut at −5
    const { rows, last } = await fit(
      {
        parameters: [
          { name: 'mu1', prior: truncatedNormalPrior(0, 2, -10, 10) },
          { name: 'mu2', prior: uniformPrior(-5, 5) },
        ],
        targets: [{ observed: 1.5, scale: 0.5 }, { observed: -2, scale: 1 }],
        population: N,
        seed: SEED,
        generations: 20,
        minTolerance: 0.3,
      },
      simulator([{ sigma: 1, n: 4 }, { sigma: 3, n: 9 }]),
    );
    expect(last.tolerance).toBe(0.3);
    expectClose(rows[0], { mean: 1.5 * 4 / 4.25, sd: Math.sqrt(1 / 4.25) }, 0.15, 0.15, 'mu1');
    expectClose(rows[1], moments((x) => phi(x + 2), -5, 5), 0.15, 0.15, 'mu2');
  });

  it('(d) an integer and a log-uniform parameter: the discrete and the 1/x-weighted posteriors', async () => {
    // k: prior uniform on 0..10, y1 from sigma 2, n 4 (s 1), ybar1 3.4: P(k) ∝ φ(k − 3.4)
    // r: prior ∝ 1/r on [0.1, 10], y2 from sigma 1, n 4 (s 0.5), ybar2 2: density ∝ φ((r − 2) / 0.5) / r
    const ks = Array.from({ length: 11 }, (_, k) => k);
    const pk = ks.map((k) => phi(k - 3.4));
    const total = pk.reduce((a, b) => a + b, 0);
    const kMean = ks.reduce((a, k) => a + k * pk[k], 0) / total;
    const kSd = Math.sqrt(ks.reduce((a, k) => a + (k - kMean) ** 2 * pk[k], 0) / total);
    const { rows, last } = await fit(
      {
        parameters: [
          { name: 'k', prior: integerPrior(0, 10) },
          { name: 'r', prior: logUniformPrior(0.1, 10) },
        ],
        targets: [{ observed: 3.4, scale: 1 }, { observed: 2, scale: 0.5 }],
        population: N,
        seed: SEED,
        generations: 20,
        minTolerance: 0.3,
      },
      simulator([{ sigma: 2, n: 4 }, { sigma: 1, n: 4 }]),
    );
    expect(last.particles.every(([k, r]) => Number.isInteger(k) && k >= 0 && k <= 10 && r >= 0.1 && r <= 10)).toBe(true);
    expectClose(rows[0], { mean: kMean, sd: kSd }, 0.25, 0.15, 'integer k');
    expectClose(rows[1], moments((x) => phi((x - 2) / 0.5) / x, 0.1, 10), 0.25, 0.15, 'log-uniform r');
  });
});
