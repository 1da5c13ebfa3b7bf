import type { Design, Factor, RangeFactor } from '../experiment/designs/types.js';

/** The name of the dummy factor of a screening design (`dummy: true`). */
export const DUMMY_FACTOR = 'dummy';

/**
 * Draws a screening design (morris, sobol) with, when `dummy` is true, one extra factor
 * `dummy` on [0, 1] that the model never reads (the "dummy parameter" of Zadeh et al. 2017,
 * Environ. Model. Softw. 91, used here for Morris μ* too). The dummy takes the last column:
 * `draw` gets the factors plus the dummy, so Morris trajectories move it and Saltelli
 * matrices swap it like any factor, and its index measures what a factor without any effect
 * scores — the noise floor that `distinguishable` compares every factor with.
 *
 * The returned design keeps `factors` as given (the dummy is no factor of the experiment:
 * runs never set it and `runs.csv` has no column for it); its points hold the dummy's value
 * and its layout names it (`layout.dummy = 'dummy'`), which is how an analysis finds it.
 * Without `dummy` the design is exactly `draw(factors)`. Throws when a factor is already
 * named `dummy`.
 *
 * @example
 * const design = withDummyFactor('morris', true, factors, (all) => morrisDesign(all, 10, rng));
 * design.layout.dummy; // 'dummy'
 * design.points[0].dummy; // 0 or 2/3 (a level of the 4-level grid)
 */
export function withDummyFactor(
  method: string,
  dummy: boolean | undefined,
  factors: Factor[],
  draw: (factors: Factor[]) => Design,
): Design {
  const all = factorsWithDummy(method, dummy, factors);
  if (all === factors) return draw(factors);
  const design = draw(all);
  return { ...design, factors, layout: { ...design.layout, dummy: DUMMY_FACTOR } };
}

/**
 * The factors a screening design is drawn with: `factors` itself without `dummy`, else a
 * copy with the dummy factor last. Throws, naming the method, for a `dummy` that is not true
 * or false, or when a factor is already named `dummy`.
 *
 * @example
 * factorsWithDummy('sobol', true, factors).at(-1); // { kind: 'range', name: 'dummy', low: 0, high: 1 }
 */
export function factorsWithDummy(method: string, dummy: boolean | undefined, factors: Factor[]): Factor[] {
  if (dummy === undefined || dummy === false) return factors;
  if (dummy !== true) throw new Error(`${method} design requires dummy to be true or false, got ${String(dummy)}`);
  if (factors.some((f) => f.name === DUMMY_FACTOR)) {
    throw new Error(
      `${method} design has dummy: true and a factor named ${DUMMY_FACTOR}; rename that factor or set dummy: false`,
    );
  }
  const extra: RangeFactor = { kind: 'range', name: DUMMY_FACTOR, low: 0, high: 1 };
  return [...factors, extra];
}
