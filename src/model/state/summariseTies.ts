import type { SimulationState } from './SimulationState.js';

/** Tie strength from which a tie counts toward cross-domain density. */
export const DENSITY_THRESHOLD = 0.1;

/**
 * What one pass over all ties tells, kept in the state: per ordered pair of organisations the
 * sum and count of the ties between their professionals, and network-wide statistics of the
 * ties between different partners. Filled at the end of each observed week (for the
 * observation) and at week 0; a pass also prunes ties that have faded away.
 */
export interface TieSummary {
  pairSum: Float64Array;
  pairCount: Float64Array;
  /** Ties between professionals of different partners. */
  count: number;
  mean: number;
  sd: number;
  /** Of those, ties of strength ≥ `DENSITY_THRESHOLD` between present professionals of different domains. */
  denseCrossDomain: number;
  /** Ties between present professionals of different partners (vacant seats keep handed-over ties). */
  betweenPresent: number;
}

/** An empty summary for `n` organisations. */
export function emptyTieSummary(n: number): TieSummary {
  return { pairSum: new Float64Array(n * n), pairCount: new Float64Array(n * n), count: 0, mean: 0, sd: 0, denseCrossDomain: 0, betweenPresent: 0 };
}

/**
 * Recomputes `state.tieSummary` in one pass over the ties (cost O(ties + organisations²)),
 * pruning faded ties as `TieStore.forEach` does (a plain loop over slots: no callback).
 */
export function summariseTies(state: SimulationState): void {
  const t = state.tieSummary;
  const n = state.params.orgCount;
  const { org, present, posted } = state.workforce;
  const domain = state.params.domain;
  const { pairSum, pairCount } = t;
  pairSum.fill(0);
  pairCount.fill(0);
  let sum = 0;
  let sq = 0;
  let count = 0;
  let dense = 0;
  let betweenPresent = 0;
  const ties = state.ties;
  const week = state.week;
  for (let slot = 0; slot < ties.slotCount; slot++) {
    const s = ties.liveStrength(slot, week);
    if (s < 0) continue;
    const a = ties.firstSeat(slot);
    const b = ties.secondSeat(slot);
    const i = org[a];
    const j = org[b];
    if (i === j) continue;
    pairSum[i * n + j] += s;
    pairCount[i * n + j]++;
    pairSum[j * n + i] += s;
    pairCount[j * n + i]++;
    sum += s;
    sq += s * s;
    count++;
    if (present[a] && present[b] && posted[a] && posted[b]) {
      betweenPresent++;
      if (s >= DENSITY_THRESHOLD && domain[i] !== domain[j]) dense++;
    }
  }
  const mean = count > 0 ? sum / count : 0;
  t.count = count;
  t.mean = mean;
  t.sd = count > 0 ? Math.sqrt(Math.max(0, sq / count - mean * mean)) : 0;
  t.denseCrossDomain = dense;
  t.betweenPresent = betweenPresent;
}
