import type { AbcGeneration } from '../../analysis/calibration/AbcSetup.js';
import { posteriorSummary } from '../../analysis/calibration/posteriorSummary.js';
import { toCsv } from '../../results/toCsv.js';
import type { PredictiveRow } from './posteriorPredictive.js';

/** Columns of `generations.csv`. */
export const GENERATION_COLUMNS = ['generation', 'tolerance', 'acceptanceRate', 'attempts', 'simulations', 'ess'] as const;
/** Columns of `posterior.csv`. */
export const POSTERIOR_COLUMNS = ['parameter', 'mean', 'sd', 'q05', 'q50', 'q95'] as const;
/** Columns of `predictive.csv`. */
export const PREDICTIVE_COLUMNS = ['target', 'metric', 'observed', 'scale', 'mean', 'q05', 'q95', 'inside', 'simulations'] as const;

/**
 * The tables of a calibration's results folder, as CSV text (`toCsv`: shortest round-trip
 * numbers, so the same generations give the same bytes):
 *
 * - `particles.csv`: every particle of every generation: `generation`, `particle` (0 … N−1,
 *   in the order accepted), `weight` (normalised within its generation), `distance` (to the
 *   targets, in units of their scales), then one column per parameter, in its own units;
 * - `generations.csv`: per generation its `tolerance`, `acceptanceRate` (N / attempts),
 *   `attempts` (proposals simulated), `simulations` (attempts × replications) and `ess`
 *   (Kish's effective sample size, in particles);
 * - `posterior.csv`: per parameter the final generation's weighted `mean`, `sd`, and 5%,
 *   50% and 95% quantiles (q05 and q95 bound the 90% credible interval);
 * - `predictive.csv`: the posterior predictive check of each target (`posteriorPredictive`).
 *
 * @example
 * calibrationTables(run.generations, ['mu'], 1, predictive)['posterior.csv']; // 'parameter,mean,sd,q05,q50,q95\nmu,0.8,…'
 */
export function calibrationTables(generations: readonly AbcGeneration[], parameters: readonly string[], replications: number, predictive: readonly PredictiveRow[]): Record<string, string> {
  const particleRows = generations.flatMap((g) =>
    g.particles.map((theta, i) => ({
      generation: g.generation,
      particle: i,
      weight: g.weights[i],
      distance: g.distances[i],
      ...Object.fromEntries(parameters.map((p, a) => [p, theta[a]])),
    })),
  );
  const last = generations.at(-1);
  return {
    'particles.csv': toCsv(particleRows, ['generation', 'particle', 'weight', 'distance', ...parameters]),
    'generations.csv': toCsv(
      generations.map((g) => ({ generation: g.generation, tolerance: g.tolerance, acceptanceRate: g.acceptanceRate, attempts: g.attempts, simulations: g.attempts * replications, ess: g.ess })),
      GENERATION_COLUMNS,
    ),
    'posterior.csv': toCsv(last ? posteriorSummary(last, parameters) : [], POSTERIOR_COLUMNS),
    'predictive.csv': toCsv(predictive.map((r) => ({ ...r, inside: String(r.inside) })), PREDICTIVE_COLUMNS),
  };
}
