import { analysisMethod } from '../../methods/registry.js';
import type { SweepEffects } from './sweepEffects.js';

/**
 * Factor names from most to least important for one metric, by the importance its method's
 * room gives a row (|effect| for oat and grid designs, total Sobol' index ST, Morris μ*);
 * ties and factors without an estimate keep the design's order. Without effects (lhs and list
 * designs), the design's order.
 *
 * @example
 * rankedFactors(['x1', 'x2'], { method: 'morris', metric: 'y', rows: [{ factor: 'x2', muStar: 3, ... }, { factor: 'x1', muStar: 1, ... }] });
 * // ['x2', 'x1']
 */
export function rankedFactors(factors: readonly string[], effects: SweepEffects | null): string[] {
  const importance = effects === null ? undefined : analysisMethod(effects.method).effects?.importance;
  if (effects === null || importance === undefined) return [...factors];
  const size = new Map<string, number>();
  for (const row of effects.rows) {
    const value = importance(row);
    size.set(row.factor, Number.isFinite(value) ? value : -Infinity);
  }
  const order = (f: string) => size.get(f) ?? -Infinity;
  return factors
    .map((f, i) => ({ f, i }))
    .sort((a, b) => order(b.f) - order(a.f) || a.i - b.i)
    .map(({ f }) => f);
}
