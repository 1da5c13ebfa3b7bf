import type { Rng } from '../../random/rng.js';

/** Settings of one extremely randomised tree. */
export interface ExtraTreeSettings {
  /** Factors tried at each split (at least 1). */
  maxFeatures: number;
  /** Fewest cases in a leaf (default in `featureScores`: 1). */
  minLeaf: number;
}

/**
 * Grows one extremely randomised classification tree (Geurts, Ernst & Wehenkel 2006) on
 * binary outcomes and returns, per factor, the total weighted decrease in Gini impurity of
 * the splits on it: Σ over its splits of (cases at the node) · (Gini(node) − weighted Gini of
 * the two children), Gini(p) = 2p(1 − p). At each node, `maxFeatures` factors are drawn at
 * random; for each, one cut point uniformly between the node's smallest and largest value;
 * the cut with the largest decrease is taken. A node stops splitting when pure, too small,
 * or no drawn factor varies. `columns[f][r]` is factor f of case r; `y[r]` is 0 or 1.
 * Cost O(cases · depth · maxFeatures).
 */
export function extraTree(columns: readonly Float64Array[], y: Uint8Array, rng: Rng, settings: ExtraTreeSettings): Float64Array {
  const decrease = new Float64Array(columns.length);
  const stack: Int32Array[] = [new Int32Array(y.length).map((_, i) => i)];
  while (stack.length > 0) {
    const rows = stack.pop()!;
    const n = rows.length;
    let k = 0;
    for (const r of rows) k += y[r];
    if (k === 0 || k === n || n < 2 * settings.minLeaf) continue;
    const gini = 2 * (k / n) * (1 - k / n);
    let best = { gain: 0, feature: -1, cut: 0 };
    for (const f of drawFeatures(columns.length, settings.maxFeatures, rng)) {
      const values = columns[f];
      let low = Infinity;
      let high = -Infinity;
      for (const r of rows) {
        if (values[r] < low) low = values[r];
        if (values[r] > high) high = values[r];
      }
      if (!(high > low)) continue;
      const cut = low + rng() * (high - low);
      let nl = 0;
      let kl = 0;
      for (const r of rows) {
        if (values[r] <= cut) {
          nl++;
          kl += y[r];
        }
      }
      const nr = n - nl;
      if (nl < settings.minLeaf || nr < settings.minLeaf) continue;
      const childGini = (nl * 2 * (kl / nl) * (1 - kl / nl) + nr * 2 * ((k - kl) / nr) * (1 - (k - kl) / nr)) / n;
      const gain = n * (gini - childGini);
      if (gain > best.gain) best = { gain, feature: f, cut };
    }
    if (best.feature < 0) continue;
    decrease[best.feature] += best.gain;
    const values = columns[best.feature];
    stack.push(rows.filter((r) => values[r] <= best.cut), rows.filter((r) => values[r] > best.cut));
  }
  return decrease;
}

/** `count` distinct factor indices out of `total`, at random. */
function drawFeatures(total: number, count: number, rng: Rng): number[] {
  const order = Array.from({ length: total }, (_, i) => i);
  for (let i = 0; i < Math.min(count, total); i++) {
    const j = i + Math.floor(rng() * (total - i));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order.slice(0, Math.min(count, total));
}
