/**
 * Share of the total output variance that is replicate noise: the within-point sum of
 * squares over the total sum of squares (one-way ANOVA decomposition, Fisher 1925),
 *
 *   Σₚ Σᵣ (yₚᵣ − ȳₚ)² / Σₚ Σᵣ (yₚᵣ − ȳ)²,
 *
 * where `valuesByPoint[p]` holds the replicate outputs of design point p. Near 0: the
 * design factors explain the output; near 1: the output is mostly seed noise and
 * sensitivity indices of the replicate means need more replicates. NaN when the total sum
 * of squares is 0. Cost O(total values).
 *
 * @example
 * replicateNoiseShare([[1, 1], [3, 3]]); // 0
 * replicateNoiseShare([[1, 3], [1, 3]]); // 1
 */
export function replicateNoiseShare(valuesByPoint: ArrayLike<number>[]): number {
  let count = 0;
  let total = 0;
  for (const values of valuesByPoint) {
    for (let r = 0; r < values.length; r++) {
      if (!Number.isFinite(values[r])) {
        throw new Error(`replicateNoiseShare requires finite values, got ${values[r]}`);
      }
      total += values[r];
      count++;
    }
  }
  if (count === 0) throw new Error('replicateNoiseShare requires at least one value');
  const grand = total / count;
  let within = 0;
  let all = 0;
  for (const values of valuesByPoint) {
    if (values.length === 0) continue;
    let sum = 0;
    for (let r = 0; r < values.length; r++) sum += values[r];
    const pointMean = sum / values.length;
    for (let r = 0; r < values.length; r++) {
      within += (values[r] - pointMean) ** 2;
      all += (values[r] - grand) ** 2;
    }
  }
  return all > 0 ? within / all : NaN;
}
