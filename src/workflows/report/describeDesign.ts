import type { Design } from '../../experiment/designs/types.js';
import { levelLabel } from '../../charts/levels.js';

/**
 * A design in one line of words, with the options that decide its points, for a report's
 * metadata table.
 *
 * @example
 * describeDesign(design); // 'grid: full factorial, 3 levels per range factor (27 points)'
 */
export function describeDesign(design: Design): string {
  const points = `${design.points.length} point${design.points.length === 1 ? '' : 's'}`;
  const l = design.layout;
  switch (design.method) {
    case 'grid':
      return `grid: full factorial, ${String(l.levels ?? '?')} levels per range factor (${points})`;
    case 'oat': {
      const baseline = Object.entries((l.baseline ?? {}) as Record<string, number | string>)
        .map(([f, v]) => `${f} = ${levelLabel(v)}`)
        .join(', ');
      return `oat: one factor at a time around the baseline ${baseline} (${points})`;
    }
    case 'lhs':
      return `lhs: Latin hypercube sample (${points})`;
    case 'sobol':
      return (
        `sobol: Saltelli sample for Sobol' indices, N = ${String(l.samples)} base samples` +
        `${l.scramble === false ? '' : ', scrambled'}${l.secondOrder ? ', with second-order blocks' : ''} (${points})`
      );
    case 'morris':
      return `morris: ${String(l.trajectories)} trajectories on a ${String(l.levels)}-level grid (${points})`;
    case 'list':
      return `list: the listed points (${points})`;
  }
}
