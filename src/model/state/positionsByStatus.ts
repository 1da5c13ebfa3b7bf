import type { Case } from './Case.js';

/**
 * Writes into `out` the positions in `open` of the cases whose status lies in `from` … `to`
 * (inclusive), in order, and returns how many there are (`out` grows as needed; entries past
 * the count are left over).
 *
 * Without a branch per case: every position is written and the count advances by 1 or 0
 * (kept for speed; see the performance notes in `bench/model-report.md`).
 *
 * @example
 * const count = positionsByStatus(state.open, CaseStatus.latent, CaseStatus.latent, scratch);
 * for (let i = 0; i < count; i++) state.open[scratch[i]]; // the latent cases, in arrival order
 */
export function positionsByStatus(open: readonly Case[], from: number, to: number, out: number[]): number {
  let count = 0;
  for (let q = 0; q < open.length; q++) {
    const status = open[q].status;
    out[count] = q;
    count += Number(status >= from) & Number(status <= to);
  }
  return count;
}
