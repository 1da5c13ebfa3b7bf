/**
 * Kendall's rank correlation τ_b between two paired samples (Kendall 1945, "The treatment of
 * ties in ranking problems"): over all pairs i < j, with C concordant pairs, D discordant
 * pairs, and T_x, T_y the pairs tied only in x or only in y,
 *
 *   τ_b = (C − D) / √((C + D + T_x) · (C + D + T_y)),
 *
 * (pairs tied in both count in neither). It is 1 for the same order, −1 for the reverse,
 * and equals τ_a = (C − D) / (n(n−1)/2) without ties. Ranks or the raw values give the same
 * result. NaN when either sample is constant. Cost O(n²), fine for ranking a few dozen factors.
 *
 * @example
 * kendallTau([1, 2, 3, 4], [1, 3, 2, 4]); // 0.6667 (C = 5, D = 1)
 * kendallTau([1, 2, 3], [3, 2, 1]); // -1
 */
export function kendallTau(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (x.length !== y.length) {
    throw new Error(`kendallTau requires samples of equal length, got ${x.length} and ${y.length}`);
  }
  if (x.length < 2) throw new Error(`kendallTau requires at least two pairs, got ${x.length}`);
  let concordant = 0;
  let discordant = 0;
  let tiedX = 0;
  let tiedY = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      const dx = Math.sign(x[j] - x[i]);
      const dy = Math.sign(y[j] - y[i]);
      if (dx === 0 && dy === 0) continue;
      if (dx === 0) tiedX++;
      else if (dy === 0) tiedY++;
      else if (dx === dy) concordant++;
      else discordant++;
    }
  }
  const denominator = Math.sqrt((concordant + discordant + tiedX) * (concordant + discordant + tiedY));
  return denominator > 0 ? (concordant - discordant) / denominator : NaN;
}
