import type { Design } from '../../experiment/designs/types.js';
import { variantLayout } from '../../results/variantLayout.js';
import type { MorrisLayout } from '../../methods/morris/morrisDesign.js';
import type { SaltelliLayout } from '../../methods/sobol/saltelliDesign.js';

/**
 * The number of points of a design, from the layout where it says so (sobol: N · block size;
 * morris: trajectories · trajectory size), so the large designs' points need not be parsed
 * (see `readExperimentRecord`); otherwise `points.length`. Cost O(1).
 *
 * @example
 * designSize({ method: 'sobol', layout: { samples: 65536, blockSize: 5 }, … }); // 327680
 */
export function designSize(design: Pick<Design, 'method' | 'layout' | 'points'>): number {
  const variants = variantLayout(design);
  if (variants) return variants.basePoints * variants.names.length;
  if (design.method === 'sobol') {
    const layout = design.layout as Partial<SaltelliLayout>;
    if (typeof layout.samples === 'number' && typeof layout.blockSize === 'number') return layout.samples * layout.blockSize;
  }
  if (design.method === 'morris') {
    const layout = design.layout as Partial<MorrisLayout>;
    if (Array.isArray(layout.changed)) return layout.changed.length;
  }
  return design.points.length;
}
