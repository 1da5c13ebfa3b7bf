/**
 * Where an experiment with variants keeps them in its design (`design.layout.variants` of
 * `experiment.json`): the variant names in order, the reference variant, and the number of
 * points of the design they are crossed with. Points are numbered variant-major:
 * `point = variant index × basePoints + base point`, so each variant's points form one block
 * laid out like the design without variants.
 */
export interface VariantLayout {
  names: string[];
  reference: string;
  basePoints: number;
}

/**
 * The variant layout of a design, or undefined when it has no variants.
 *
 * @example
 * variantLayout({ layout: { variants: { names: ['a', 'b'], reference: 'a', basePoints: 3 } } })?.basePoints; // 3
 */
export function variantLayout(design: { layout: Record<string, unknown> }): VariantLayout | undefined {
  const variants = design.layout?.variants as VariantLayout | undefined;
  return variants && Array.isArray(variants.names) && typeof variants.basePoints === 'number' ? variants : undefined;
}

/**
 * The design point whose random streams a point shares: the point itself, or with variants
 * the same point of the design without variants, so that every variant of a point sees the
 * same seeds (common random numbers across variants) even with `commonRandomNumbers: false`.
 *
 * @example
 * seedPoint({ layout: { variants: { names: ['a', 'b'], reference: 'a', basePoints: 3 } } }, 4); // 1
 */
export function seedPoint(design: { layout: Record<string, unknown> }, point: number): number {
  const variants = variantLayout(design);
  return variants ? point % variants.basePoints : point;
}
