import { abcGeneration } from './abcGeneration.js';
import type { AbcGeneration, AbcRun, AbcRunOptions, AbcSetup, AbcSimulator, AbcStopReason } from './AbcSetup.js';
import { abcSettings } from './abcSettings.js';

/**
 * Approximate Bayesian computation by sequential Monte Carlo (ABC-SMC): population Monte
 * Carlo ABC (Beaumont et al. 2009) with adaptive tolerances (each the median, or another
 * quantile, of the previous generation's distances: Del Moral et al. 2012; Klinger et al.
 * 2018, pyABC) and an adaptive multivariate normal perturbation kernel (twice the weighted
 * covariance: Beaumont et al. 2009; Filippi et al. 2013). Generation 0 samples the priors;
 * each later generation proposes from the previous one (`abcGeneration`), until
 * `abcStopReason` says stop or a generation is abandoned for a too-low acceptance rate. The
 * last generation's weighted particles approximate the posterior of the parameters given
 * that the simulated summaries are within its tolerance of the targets
 * (`posteriorSummary`).
 *
 * To resume, pass the generations saved so far as `history` (e.g. read back from JSON): the
 * run continues after the last one and returns history plus the new generations, identical
 * to an uninterrupted run, since every random draw derives from (seed, generation, attempt).
 * Units: as in the setup; cost: the simulations, plus O(N² d²) per generation.
 *
 * @example
 * const run = await abcSmc(
 *   { parameters: [{ name: 'mu', prior: uniformPrior(-10, 10) }], targets: [{ observed: 1.2, scale: 0.3 }], population: 1000, seed: 1 },
 *   async (batch) => batch.map((p) => [normalMean(p.theta[0], p.seed)]),
 * );
 * // with y ~ N(mu, 0.3²) the exact posterior is N(1.2, 0.3²), truncated to [−10, 10]
 * posteriorSummary(run.generations.at(-1)!, run.parameters); // ≈ [{ parameter: 'mu', mean: 1.2, sd: 0.3, … }]
 */
export async function abcSmc(
  setup: AbcSetup,
  simulate: AbcSimulator,
  options: AbcRunOptions & { history?: readonly AbcGeneration[] } = {},
): Promise<AbcRun> {
  const s = abcSettings(setup);
  const generations = [...(options.history ?? [])];
  generations.forEach((g, i) => {
    if (g.generation !== i) throw new Error(`history[${i}] must be generation ${i}, got ${g.generation}`);
    if (g.particles.length !== s.population) throw new Error(`history[${i}] must hold ${s.population} particles, got ${g.particles.length}`);
    if (g.particles.some((p) => p.length !== s.parameters.length)) {
      throw new Error(`history[${i}] must hold ${s.parameters.length} values per particle`);
    }
  });
  let stop = abcStopReason(setup, generations);
  while (!stop) {
    const next = await abcGeneration(setup, simulate, generations.at(-1), options);
    if (!next) {
      stop = 'minAcceptanceRate';
      break;
    }
    generations.push(next);
    await options.onGeneration?.(next);
    stop = abcStopReason(setup, generations);
  }
  return { parameters: s.parameters.map((p) => p.name), generations, stopReason: stop };
}

/**
 * Whether ABC-SMC stops after the generations so far, and why: `generations` when
 * `setup.generations` (default 8, counting generation 0) are done, `minTolerance` when the
 * last generation's tolerance is at or below `setup.minTolerance`; undefined to go on (and
 * for an empty history). The third rule, `minAcceptanceRate`, is applied while a
 * generation runs (`abcGeneration`).
 *
 * @example
 * abcStopReason({ ...setup, generations: 3 }, threeGenerations); // 'generations'
 */
export function abcStopReason(setup: AbcSetup, generations: readonly AbcGeneration[]): AbcStopReason | undefined {
  const s = abcSettings(setup);
  const last = generations.at(-1);
  if (!last) return undefined;
  if (last.generation + 1 >= s.generations) return 'generations';
  if (last.tolerance <= s.minTolerance) return 'minTolerance';
  return undefined;
}
