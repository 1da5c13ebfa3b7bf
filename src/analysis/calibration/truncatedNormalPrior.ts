import { normalQuantile } from '../normalQuantile.js';
import type { Rng } from '../../random/rng.js';
import { normalCdf, normalUpperTail } from './normalCdf.js';
import { checkRange, type Prior } from './Prior.js';

/**
 * The normal prior with mean `mean` and standard deviation `sd`, truncated to [lower, upper]:
 * density φ((x − mean) / sd) / (sd · Z) inside, 0 outside, where Z = Φ(β) − Φ(α) is the
 * normal's mass in the range (α, β the standardised bounds). Use it when earlier studies
 * give a best guess and its uncertainty and the parameter has hard limits (a share in
 * [0, 1]). Sampling is by inversion, x = mean + sd · Φ⁻¹(u) with u uniform on [Φ(α), Φ(β)]
 * (on the upper-tail scale when the range lies above the mean, so a range far in a tail keeps
 * its precision); cost one draw of `rng` and one `normalQuantile` (about 100 evaluations of Φ).
 * Φ has fractional error below 1.2e-7 (`normalCdf`), and so have Z and the density.
 *
 * @example
 * const p = truncatedNormalPrior(0, 1, 0, 10); // the half-normal on [0, 10]
 * p.density(0); // 2 · φ(0) = 0.798
 */
export function truncatedNormalPrior(mean: number, sd: number, lower: number, upper: number): Prior {
  checkRange('normal', lower, upper);
  if (!Number.isFinite(mean)) throw new Error(`normal prior requires a finite mean, got ${mean}`);
  if (!(sd > 0 && Number.isFinite(sd))) throw new Error(`normal prior requires a positive sd, got ${sd}`);
  const alpha = (lower - mean) / sd;
  const beta = (upper - mean) / sd;
  // the mass in the range, and sampling on the scale where it is precise
  const upperTail = alpha >= 0;
  const from = upperTail ? normalUpperTail(beta) : normalCdf(alpha);
  const to = upperTail ? normalUpperTail(alpha) : normalCdf(beta);
  const mass = to - from;
  if (!(mass > 0)) {
    throw new Error(`normal prior requires a range with some mass, got [${lower}, ${upper}] for mean ${mean} and sd ${sd}`);
  }
  const logConstant = -Math.log(sd * mass) - 0.5 * Math.log(2 * Math.PI);
  const contains = (x: number) => x >= lower && x <= upper;
  const logDensity = (x: number) => {
    if (!contains(x)) return -Infinity;
    const z = (x - mean) / sd;
    return logConstant - 0.5 * z * z;
  };
  return {
    spec: { prior: 'normal', mean, sd, range: [lower, upper] },
    lower,
    upper,
    integer: false,
    sample: (rng: Rng) => {
      const u = from + rng() * mass;
      const z = upperTail ? -normalQuantile(u) : normalQuantile(u);
      return Math.min(upper, Math.max(lower, mean + sd * z));
    },
    density: (x) => Math.exp(logDensity(x)),
    logDensity,
    contains,
  };
}
