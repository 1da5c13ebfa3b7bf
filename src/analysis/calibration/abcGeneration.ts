import { abcDistance } from './abcDistance.js';
import type { AbcGeneration, AbcProposal, AbcRunOptions, AbcSetup, AbcSimulator } from './AbcSetup.js';
import { abcProposal } from './abcProposal.js';
import { abcSettings } from './abcSettings.js';
import { effectiveSampleSize } from './effectiveSampleSize.js';
import { perturbationKernel } from './perturbationKernel.js';
import { weightedQuantile } from './weightedQuantile.js';

/**
 * Runs one generation of ABC-SMC: population Monte Carlo ABC (Beaumont et al. 2009) with
 * the tolerance chosen from the previous generation (Del Moral et al. 2012; pyABC's
 * `QuantileEpsilon`, Klinger et al. 2018).
 *
 * - Generation 0 (`previous` undefined) samples the priors and accepts every proposal with
 *   a finite distance (a simulation with a non-finite summary is a rejected attempt in every
 *   generation); all weights are equal.
 * - Generation t ≥ 1 sets its tolerance ε_t to the weighted `quantile` (default the median)
 *   of generation t − 1's distances, but not below `minTolerance`. It proposes from the
 *   perturbation kernel (`perturbationKernel`) and accepts a proposal when its distance
 *   (`abcDistance`) is ≤ ε_t. An accepted θ gets the importance weight
 *   w ∝ π(θ) / Σ_j w_j K(θ | θ_j) (π the product of the priors), normalised to sum 1.
 *
 * Proposals are numbered 0, 1, 2, … (`abcProposal`) and simulated in batches of
 * `options.batchSize` (a number, or a function of the generation's progress); the generation keeps the first N accepted by number, so the result is
 * the same for every batch size, and `attempts` is the number of the N-th accepted plus 1
 * (simulations beyond it in the last batch are discarded). When N acceptances would need
 * more than N / minAcceptanceRate attempts, the generation is abandoned and the function
 * returns undefined. Cost: the simulations, plus O(N² d²) for the weights.
 *
 * @example
 * const g0 = await abcGeneration(setup, simulate);
 * const g1 = await abcGeneration(setup, simulate, g0); // g1.tolerance is g0's median distance
 */
export async function abcGeneration(
  setup: AbcSetup,
  simulate: AbcSimulator,
  previous?: AbcGeneration,
  options: AbcRunOptions = {},
): Promise<AbcGeneration | undefined> {
  const s = abcSettings(setup);
  const n = s.population;
  const priors = s.parameters.map((p) => p.prior);
  const t = previous ? previous.generation + 1 : 0;
  const batchSize = (attempts: number, accepted: number): number => {
    const size = typeof options.batchSize === 'function' ? options.batchSize({ generation: t, attempts, accepted, population: n }) : (options.batchSize ?? n);
    if (!(Number.isInteger(size) && size >= 1)) throw new Error(`batchSize must be a whole number ≥ 1, got ${size}`);
    return size;
  };
  batchSize(0, 0);
  const kernel = previous ? perturbationKernel(previous.particles, previous.weights, priors) : undefined;
  const tolerance = previous ? Math.max(s.minTolerance, weightedQuantile(previous.distances, previous.weights, s.quantile)) : Infinity;
  const cap = s.minAcceptanceRate > 0 ? Math.floor(n / s.minAcceptanceRate) : Infinity;

  const accepted: { proposal: AbcProposal; distance: number; summaries: number[] }[] = [];
  let next = 0;
  while (accepted.length < n) {
    if (next >= cap) return undefined;
    const count = Math.min(batchSize(next, accepted.length), cap - next);
    const proposals: AbcProposal[] = [];
    for (let i = 0; i < count; i++) proposals.push(abcProposal(s.parameters, s.seed, t, next + i, kernel));
    const results = await simulate(proposals);
    if (!Array.isArray(results) || results.length !== count) {
      throw new Error(`the simulator must return one result per proposal, got ${Array.isArray(results) ? results.length : typeof results} for ${count}`);
    }
    for (let i = 0; i < count && accepted.length < n; i++) {
      const summaries = Array.from(results[i]);
      const distance = abcDistance(summaries, s.targets);
      if (Number.isFinite(distance) && distance <= tolerance) accepted.push({ proposal: proposals[i], distance, summaries });
    }
    next += count;
    options.onBatch?.({ generation: t, attempts: next, accepted: accepted.length });
  }

  const particles = accepted.map((a) => a.proposal.theta);
  const distances = accepted.map((a) => a.distance);
  let weights: number[];
  if (!kernel) weights = new Array<number>(n).fill(1 / n);
  else {
    const logWeights = particles.map((theta) => {
      let logPrior = 0;
      for (let a = 0; a < priors.length; a++) logPrior += priors[a].logDensity(theta[a]);
      return logPrior - kernel.logMixtureDensity(theta);
    });
    const max = logWeights.reduce((m, l) => Math.max(m, l), -Infinity);
    weights = logWeights.map((l) => Math.exp(l - max));
    const total = weights.reduce((sum, w) => sum + w, 0);
    weights = weights.map((w) => w / total);
  }
  const attempts = accepted[n - 1].proposal.attempt + 1;
  return {
    generation: t,
    tolerance: previous ? tolerance : distances.reduce((m, d) => Math.max(m, d), 0),
    particles,
    weights,
    distances,
    summaries: accepted.map((a) => a.summaries),
    seeds: accepted.map((a) => a.proposal.seed),
    attempts,
    acceptanceRate: n / attempts,
    ess: effectiveSampleSize(weights),
  };
}
