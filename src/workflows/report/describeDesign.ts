import type { Design } from '../../experiment/designs/types.js';
import { designMethod } from '../../methods/registry.js';

/**
 * A design in one line of words, with the options that decide its points, for a report's
 * metadata table, as its method's room words it.
 *
 * @example
 * describeDesign(design); // 'grid: full factorial, 3 levels per range factor (27 points)'
 */
export function describeDesign(design: Design): string {
  const points = `${design.points.length} point${design.points.length === 1 ? '' : 's'}`;
  return designMethod(design.method).describe(design, points);
}
