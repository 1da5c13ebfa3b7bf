import type { VariantLayout } from '../../results/variantLayout.js';
import type { Design } from './types.js';

/**
 * The design crossed with the experiment's variants: every point of `base` once per variant,
 * variant-major (`point = variant index × base points + base point`), each point with its
 * `variant`, and `variant` as the first factor (categorical). The base layout is kept, with
 * `variants` (`VariantLayout`) added, so each variant's block can be analysed like the base
 * design. Pure.
 *
 * @example
 * crossVariants({ method: 'list', factors: [], points: [{}], layout: {} }, ['baseline', 'covenant'], 'baseline').points;
 * // [{ variant: 'baseline' }, { variant: 'covenant' }]
 */
export function crossVariants(base: Design, names: readonly string[], reference: string): Design {
  const variants: VariantLayout = { names: [...names], reference, basePoints: base.points.length };
  return {
    method: base.method,
    factors: [{ kind: 'values', name: 'variant', values: [...names] }, ...base.factors],
    points: names.flatMap((variant) => base.points.map((point) => ({ variant, ...point }))),
    layout: { ...base.layout, variants },
  };
}
