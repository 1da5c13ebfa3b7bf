import type { MorrisLayout } from './morrisDesign.js';
import { trajectoryEffects } from './trajectoryEffects.js';
import { bootstrap } from '../../analysis/bootstrap.js';
import { percentileInterval } from '../../analysis/percentileInterval.js';
import { distinguishableFromDummy } from '../../analysis/distinguishableFromDummy.js';

/** Morris screening measures of one factor. */
export interface MorrisFactorEffects {
  factor: string;
  /** mean elementary effect μ (signed; effects of opposite sign cancel) */
  mu: number;
  /** mean absolute elementary effect μ* (Campolongo et al. 2007): overall importance */
  muStar: number;
  /** standard deviation of the elementary effects (n − 1): non-linearity or interactions */
  sigma: number;
  /** bootstrap percentile interval of μ* over trajectories; NaN without bootstrap */
  muStarLow: number;
  muStarHigh: number;
  /**
   * whether μ* is distinguishable from the dummy factor's μ* (`distinguishableFromDummy`:
   * paired bootstrap of μ*_factor − μ*_dummy over trajectories, interval above 0); null for
   * the dummy itself, without a dummy in the design, and without bootstrap
   */
  distinguishable: boolean | null;
}

export interface MorrisOptions {
  /** bootstrap resamples of the trajectories (default 1000; 0 for no intervals) */
  bootstrap?: number;
  /** bootstrap seed (default 0) */
  seed?: number;
  /** interval coverage (default 0.95) */
  confidence?: number;
}

/**
 * Morris (1991) elementary effects from the outputs of a `morris` design, `Y[p]` being the
 * output at design point p (average replicates first).
 *
 * Each step of a trajectory moves one factor i by a fraction `step` of its range (±Δ, Δ =
 * p/(2(p−1))), and gives one elementary effect
 *
 *   EEᵢ = (y(after) − y(before)) / step,
 *
 * i.e. the output change per full range of the factor, in output units — the factor is
 * measured on its range scaled to [0, 1], so effects of factors in different units compare
 * directly (as in SALib). For y = Σ cᵢ xᵢ every EEᵢ is cᵢ · (highᵢ − lowᵢ).
 *
 * Per factor over the r trajectories: μ = mean EE, μ* = mean |EE| (Campolongo, Cariboni &
 * Saltelli 2007), σ = sample standard deviation of EE (Morris 1991). The μ* interval is a
 * percentile bootstrap (Efron 1979) resampling whole trajectories. When the design has a
 * dummy factor (`layout.dummy`), each factor is also tested against it on the same
 * resamples (`distinguishable`). Cost O(r · k) plus O(bootstrap · r · k).
 *
 * @example
 * morrisEffects(Y, design.layout)[0]; // { factor: 'x1', mu, muStar, sigma, muStarLow, muStarHigh }
 */
export function morrisEffects(
  Y: ArrayLike<number>,
  layout: Record<string, unknown>,
  options: MorrisOptions = {},
): MorrisFactorEffects[] {
  const l = readLayout(layout);
  const k = l.factorNames.length;
  const r = l.changed.length / l.trajectorySize;
  if (Y.length !== l.changed.length) {
    throw new Error(`morrisEffects requires ${l.changed.length} outputs, got ${Y.length}`);
  }
  for (let p = 0; p < Y.length; p++) {
    if (l.changed[p] !== null && !(Number.isFinite(Y[p]) && Number.isFinite(Y[p - 1]))) {
      throw new Error(`morrisEffects requires finite outputs, got ${Y[p]} and ${Y[p - 1]} at point ${p}`);
    }
  }
  // effects[t * k + i] = elementary effect of factor i in trajectory t
  const { effects } = trajectoryEffects(Y, l);

  const resamples = options.bootstrap ?? 1000;
  const confidence = options.confidence ?? 0.95;
  let replicates: Float64Array | null = null;
  if (resamples > 0) {
    replicates = bootstrap(r, resamples, options.seed ?? 0, k, (indices, out) => {
      out.fill(0);
      for (const t of indices) for (let i = 0; i < k; i++) out[i] += Math.abs(effects[t * k + i]);
      for (let i = 0; i < k; i++) out[i] /= r;
    });
  }
  const dummy = typeof l.dummy === 'string' ? l.factorNames.indexOf(l.dummy) : -1;
  return l.factorNames.map((factor, i) => {
    let sum = 0;
    let sumAbs = 0;
    for (let t = 0; t < r; t++) {
      sum += effects[t * k + i];
      sumAbs += Math.abs(effects[t * k + i]);
    }
    const mu = sum / r;
    let squares = 0;
    for (let t = 0; t < r; t++) squares += (effects[t * k + i] - mu) ** 2;
    const [muStarLow, muStarHigh] = replicates
      ? percentileInterval(replicates, confidence, k, i)
      : [NaN, NaN];
    return {
      factor,
      mu,
      muStar: sumAbs / r,
      sigma: r > 1 ? Math.sqrt(squares / (r - 1)) : NaN,
      muStarLow,
      muStarHigh,
      distinguishable:
        replicates && dummy >= 0 && i !== dummy ? distinguishableFromDummy(replicates, k, i, dummy, confidence) : null,
    };
  });
}

function readLayout(layout: Record<string, unknown>): MorrisLayout {
  const l = layout as Partial<MorrisLayout>;
  if (
    !l ||
    !Array.isArray(l.factorNames) ||
    !Array.isArray(l.changed) ||
    !Array.isArray(l.step) ||
    typeof l.trajectorySize !== 'number' ||
    l.changed.length % l.trajectorySize !== 0 ||
    l.step.length !== l.changed.length
  ) {
    throw new Error('morrisEffects requires the layout of a morris design');
  }
  return l as MorrisLayout;
}
