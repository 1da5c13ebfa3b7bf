import { standardNormal } from '../../random/poisson.js';
import type { Rng } from '../../random/rng.js';
import { cholesky } from './cholesky.js';
import type { Prior } from './Prior.js';
import { weightedCovariance } from './weightedCovariance.js';

/** Tries to draw a proposal inside the prior's support before giving up. */
export const MAX_KERNEL_TRIES = 10_000;

/** ABC-SMC's proposal distribution for one generation, built from the previous population. */
export interface PerturbationKernel {
  /** The kernel's covariance Σ = 2 · weighted covariance (after the variance floors). */
  readonly covariance: number[][];
  /**
   * One proposal: picks a particle j of the previous population with probability w_j,
   * adds a N(0, Σ) perturbation, rounds integer parameters, and starts again (new j, new
   * perturbation) until every parameter is inside its prior's support.
   */
  propose(rng: Rng): number[];
  /**
   * log Σ_j w_j K(θ | θ_j) up to a constant shared by all θ (the normal's normalising
   * factor is left out): the denominator of the importance weight.
   */
  logMixtureDensity(theta: readonly number[]): number;
}

/**
 * The adaptive perturbation kernel of population Monte Carlo ABC: a multivariate normal
 * centred on a particle of the previous population, with covariance twice the weighted
 * covariance of that population (Beaumont et al. 2009 for one parameter; the multivariate
 * form, and why twice the covariance is a good default: Filippi et al. 2013). The covariance
 * adapts as the population shrinks towards the posterior, so proposals stay at the
 * posterior's scale.
 *
 * Integer parameters are rounded after the perturbation; the mixture density is then
 * evaluated at the rounded value, which approximates the probability of the rounding cell
 * (width 1) by its midpoint density, matching the integer prior's probability per whole
 * value. A proposal outside a prior's support is redrawn from scratch (new particle, new
 * perturbation): the resulting proposal density is the untruncated mixture times the support's
 * indicator over one global constant, so weights prior / mixture stay exact up to that constant
 * (pyABC proposes the same way). Variance floors keep Σ invertible when a population has collapsed:
 * 1e-12 · (prior width)² for continuous parameters and 1/4 for integer ones (so a population on
 * one whole value still proposes its neighbours). Cost O(n d²) to build, O(d²) per proposal,
 * O(n d²) per mixture density.
 *
 * @example
 * const k = perturbationKernel([[0], [1], [2]], [1 / 3, 1 / 3, 1 / 3], [uniformPrior(-5, 5)]);
 * k.covariance; // [[2]]: twice the sample variance 1
 * k.propose(createRng(1)); // e.g. [1.73]
 */
export function perturbationKernel(particles: readonly (readonly number[])[], weights: readonly number[], priors: readonly Prior[]): PerturbationKernel {
  const n = particles.length;
  const d = priors.length;
  const { covariance: c } = weightedCovariance(particles, weights);
  const covariance = c.map((row, a) =>
    row.map((v, b) => {
      if (a !== b) return 2 * v;
      const p = priors[a];
      const floor = p.integer ? 0.25 : 1e-12 * (p.upper - p.lower) ** 2;
      return Math.max(2 * v, floor);
    }),
  );
  const factor = regularisedCholesky(covariance);
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let j = 0; j < n; j++) cumulative[j] = total += weights[j];
  const logWeights = weights.map((w) => Math.log(w));
  const residual = new Float64Array(d);

  const pick = (u: number) => {
    const target = u * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };

  return {
    covariance,
    propose(rng) {
      const z = new Array<number>(d);
      for (let tries = 0; tries < MAX_KERNEL_TRIES; tries++) {
        const from = particles[pick(rng())];
        for (let a = 0; a < d; a++) z[a] = standardNormal(rng);
        const theta = new Array<number>(d);
        let inside = true;
        for (let a = 0; a < d; a++) {
          let v = from[a];
          for (let b = 0; b <= a; b++) v += factor[a][b] * z[b];
          if (priors[a].integer) v = Math.round(v) + 0; // + 0 turns −0 into 0, as JSON would
          theta[a] = v;
          if (!priors[a].contains(v)) inside = false;
        }
        if (inside) return theta;
      }
      throw new Error(`perturbationKernel found no proposal inside the priors' support in ${MAX_KERNEL_TRIES} tries`);
    },
    logMixtureDensity(theta) {
      let max = -Infinity;
      const terms = new Float64Array(n);
      for (let j = 0; j < n; j++) {
        const from = particles[j];
        let q = 0;
        // forward substitution L y = θ − θ_j; the quadratic form is y·y
        for (let a = 0; a < d; a++) {
          let s = theta[a] - from[a];
          for (let b = 0; b < a; b++) s -= factor[a][b] * residual[b];
          residual[a] = s / factor[a][a];
          q += residual[a] * residual[a];
        }
        terms[j] = logWeights[j] - 0.5 * q;
        if (terms[j] > max) max = terms[j];
      }
      let sum = 0;
      for (let j = 0; j < n; j++) sum += Math.exp(terms[j] - max);
      return max + Math.log(sum);
    },
  };
}

/** Cholesky of Σ, adding a growing multiple of its diagonal when Σ is singular (collinear particles). */
function regularisedCholesky(covariance: number[][]): number[][] {
  let factor = cholesky(covariance);
  for (let jitter = 1e-10; !factor; jitter *= 10) {
    if (jitter > 1) throw new Error('perturbationKernel requires a covariance that can be made positive definite');
    factor = cholesky(covariance.map((row, a) => row.map((v, b) => (a === b ? v * (1 + jitter) : v))));
  }
  return factor;
}
