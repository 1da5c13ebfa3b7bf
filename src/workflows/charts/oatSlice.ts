import type { OatStep } from '../../experiment/designs/oatDesign.js';
import type { Design } from '../../experiment/designs/types.js';

/**
 * Keeps the rows of a one-at-a-time design that show one factor's effect: the baseline
 * point and the points that move `factor` (all others stay at baseline). Rows of other
 * designs are returned as they are.
 *
 * @example
 * oatSlice(design, runRows, 'manpower'); // runs at baseline, manpower low and manpower high
 */
export function oatSlice<T extends { point: number }>(design: Design, rows: readonly T[], factor: string): T[] {
  if (design.method !== 'oat') return [...rows];
  const steps = design.layout.steps as OatStep[];
  return rows.filter((r) => steps[r.point]?.factor === null || steps[r.point]?.factor === factor);
}
