import type { Factor } from '../designs/types.js';

/**
 * `count` range factors named x1 … x`count`, each on [0, 1]: the inputs of the analytic
 * test models whose size follows a constant's length (`linear`, `sobolG`).
 *
 * @example
 * unitFactors(2);
 * // [{ kind: 'range', name: 'x1', low: 0, high: 1 }, { kind: 'range', name: 'x2', low: 0, high: 1 }]
 */
export function unitFactors(count: number): Factor[] {
  return Array.from({ length: count }, (_, i) => ({ kind: 'range' as const, name: `x${i + 1}`, low: 0, high: 1 }));
}
