import type { BoxLimits } from './boxLimits.js';
import type { PrimTable } from './primTable.js';

/**
 * A box PRIM could move to next: the old box with one factor's limits changed (a peel
 * narrows it, a paste widens it). `n` and `k` count its cases and cases of interest;
 * `members()` lists them (row indices, ascending), computed only for the candidate chosen.
 */
export interface CandidateBox {
  column: number;
  limits: BoxLimits;
  n: number;
  k: number;
  members: () => Int32Array;
}

/**
 * The factors in the order EMA Workbench lists its candidates: real factors, then integer,
 * then categorical, each group in table order. Ties between equally good candidates go to the
 * one listed first, so this order is part of agreeing with it exactly.
 *
 * @example
 * candidateOrder(primTable({ n: [1, 2], x: [0.5, 1.5] }, [1, 0])); // [1, 0]
 */
export function candidateOrder(table: PrimTable): number[] {
  const order: number[] = [];
  for (const type of ['real', 'integer', 'categorical'] as const) {
    table.columns.forEach((column, c) => {
      if (column.type === type) order.push(c);
    });
  }
  return order;
}

/**
 * The candidate with the highest score, ties going to more unrestricted factors and then to
 * the first listed: what EMA Workbench's stable descending sort on (objective, number of
 * unrestricted factors) picks. `score` and `free` are per candidate.
 */
export function bestCandidate<T>(candidates: readonly T[], score: (c: T) => number, free: (c: T) => number): { best: T; score: number } | undefined {
  let best: T | undefined;
  let bestScore = -Infinity;
  let bestFree = -Infinity;
  for (const candidate of candidates) {
    const s = score(candidate);
    const f = free(candidate);
    if (best === undefined || s > bestScore || (s === bestScore && f > bestFree)) {
      best = candidate;
      bestScore = s;
      bestFree = f;
    }
  }
  return best === undefined ? undefined : { best, score: bestScore };
}
