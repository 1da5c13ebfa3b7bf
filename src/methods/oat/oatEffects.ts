import type { Design, FactorValue } from '../../experiment/designs/types.js';
import type { OatStep } from './oatDesign.js';
import { pairedFromDifferences } from '../../analysis/pairedDifference.js';

/** One output value: design point, replicate and the metric's value. */
export interface EffectRow {
  point: number;
  replicate: number;
  value: number;
}

/** The effect of moving one factor from its low to its high setting. */
export interface FactorEffect {
  factor: string;
  /** the low setting (range `low`, or a values factor's first value) */
  low: FactorValue;
  /** the high setting (range `high`, or a values factor's last value) */
  high: FactorValue;
  /** mean of the paired differences y(high) − y(low), in output units */
  effect: number;
  /** paired Student-t interval of the effect (default 95%); NaN with one pair */
  effectLow: number;
  effectHigh: number;
  /** effect / pooled within-point standard deviation (replicate noise); NaN if that is 0 */
  standardized: number;
  /** 1 = largest |effect| */
  rank: number;
  /** number of pairs behind the effect */
  pairs: number;
}

/**
 * Main effects of each factor from a one-at-a-time (`oat`) or full factorial (`grid`)
 * design and its per-run outputs.
 *
 * - oat: effect = mean over replicates of y(high, r) − y(low, r), the two points differing
 *   only in the factor, paired by replicate r (common seeds cancel noise). For a values
 *   factor low and high are its first and last listed values (the baseline point serves
 *   when one of them is the baseline value).
 * - grid: effect = mean over replicates and over all combinations of the other factors of
 *   y(factor at highest level) − y(factor at lowest level), paired by replicate and
 *   combination (the classical main effect of a factorial design, Box, Hunter & Hunter
 *   2005, ch. 5). With interactions the interval also reflects how the effect varies across
 *   the other factors.
 *
 * Interval: paired Student-t interval of the differences. `standardized` divides the
 * effect by s, the pooled within-point standard deviation of the output over all points
 * with two or more replicates (s² = Σ (nₚ − 1) sₚ² / Σ (nₚ − 1)): the replicate noise
 * around the baseline, with more degrees of freedom than the baseline point alone, so
 * |standardized| reads as "how many noise SDs the factor moves the output". Ranks are by
 * |effect|, 1 = largest, ties in factor order. Cost O(rows).
 *
 * @example
 * oatEffects(design, [{ point: 0, replicate: 0, value: 1.2 }, …])[0];
 * // { factor: 'x1', low: 0, high: 1, effect: 1, effectLow: …, rank: 2, … }
 */
export function oatEffects(
  design: Pick<Design, 'method' | 'factors' | 'points' | 'layout'>,
  rows: EffectRow[],
  confidence = 0.95,
): FactorEffect[] {
  if (design.method !== 'oat' && design.method !== 'grid') {
    throw new Error(`oatEffects requires an oat or grid design, got ${design.method}`);
  }
  const byPoint: Map<number, number>[] = design.points.map(() => new Map());
  for (const row of rows) {
    const values = byPoint[row.point];
    if (values === undefined) {
      throw new Error(`oatEffects row has point ${row.point}, but the design has ${design.points.length} points`);
    }
    if (!Number.isFinite(row.value)) {
      throw new Error(`oatEffects requires finite values, got ${row.value} at point ${row.point}`);
    }
    if (values.has(row.replicate)) {
      throw new Error(`oatEffects has two rows for point ${row.point} replicate ${row.replicate}`);
    }
    values.set(row.replicate, row.value);
  }
  const noise = pooledSd(byPoint);
  const contrasts = design.method === 'oat' ? oatContrasts(design) : gridContrasts(design);

  const effects = contrasts.map(({ factor, low, high, pairs }) => {
    const differences: number[] = [];
    for (const [lowPoint, highPoint] of pairs) {
      for (const [replicate, lowValue] of byPoint[lowPoint]) {
        const highValue = byPoint[highPoint].get(replicate);
        if (highValue !== undefined) differences.push(highValue - lowValue);
      }
    }
    if (differences.length === 0) {
      throw new Error(`oatEffects has no paired runs for factor ${factor}`);
    }
    const d = pairedFromDifferences(differences, confidence);
    return {
      factor,
      low,
      high,
      effect: d.meanDifference,
      effectLow: d.ciLow,
      effectHigh: d.ciHigh,
      standardized: noise > 0 ? d.meanDifference / noise : NaN,
      rank: 0,
      pairs: d.n,
    };
  });
  const order = effects
    .map((_, i) => i)
    .sort((a, b) => magnitude(effects[b].effect) - magnitude(effects[a].effect) || a - b);
  order.forEach((i, position) => (effects[i].rank = position + 1));
  return effects;
}

interface Contrast {
  factor: string;
  low: FactorValue;
  high: FactorValue;
  /** [low point, high point] pairs */
  pairs: [number, number][];
}

function oatContrasts(design: Pick<Design, 'factors' | 'points' | 'layout'>): Contrast[] {
  const steps = design.layout.steps as OatStep[] | undefined;
  const baseline = design.layout.baseline as Record<string, FactorValue> | undefined;
  if (!Array.isArray(steps) || steps.length !== design.points.length || !baseline) {
    throw new Error('oatEffects requires the layout of an oat design');
  }
  const pointOf = (factor: string, value: FactorValue, side?: OatStep['side']): number => {
    const p = steps.findIndex(
      (s, i) =>
        s.factor === factor &&
        (side === undefined || s.side === side) &&
        design.points[i][factor] === value,
    );
    if (p >= 0) return p;
    if (baseline[factor] === value) return 0;
    throw new Error(`oatEffects found no point with ${factor} = ${String(value)}`);
  };
  return design.factors.map((factor) => {
    if (factor.kind === 'range') {
      return {
        factor: factor.name,
        low: factor.low,
        high: factor.high,
        pairs: [[pointOf(factor.name, factor.low, 'low'), pointOf(factor.name, factor.high, 'high')]],
      };
    }
    const low = factor.values[0];
    const high = factor.values[factor.values.length - 1];
    return {
      factor: factor.name,
      low,
      high,
      pairs: [[pointOf(factor.name, low), pointOf(factor.name, high)]],
    };
  });
}

function gridContrasts(design: Pick<Design, 'factors' | 'points' | 'layout'>): Contrast[] {
  const levelValues = design.layout.levelValues as FactorValue[][] | undefined;
  if (!Array.isArray(levelValues) || levelValues.length !== design.factors.length) {
    throw new Error('oatEffects requires the layout of a grid design');
  }
  const counts = levelValues.map((values) => values.length);
  return design.factors.map((factor, f) => {
    const stride = counts.slice(f + 1).reduce((a, b) => a * b, 1);
    const span = (counts[f] - 1) * stride;
    const pairs: [number, number][] = [];
    for (let p = 0; p < design.points.length; p++) {
      if (Math.floor(p / stride) % counts[f] === 0) pairs.push([p, p + span]);
    }
    return {
      factor: factor.name,
      low: levelValues[f][0],
      high: levelValues[f][counts[f] - 1],
      pairs,
    };
  });
}

/** Pooled within-point standard deviation over points with at least two replicates. */
function pooledSd(byPoint: Map<number, number>[]): number {
  let squares = 0;
  let df = 0;
  for (const values of byPoint) {
    if (values.size < 2) continue;
    let sum = 0;
    for (const v of values.values()) sum += v;
    const m = sum / values.size;
    for (const v of values.values()) squares += (v - m) ** 2;
    df += values.size - 1;
  }
  return df > 0 ? Math.sqrt(squares / df) : NaN;
}

function magnitude(x: number): number {
  return Number.isNaN(x) ? -1 : Math.abs(x);
}
