import type { Rng } from '../../random/rng.js';
import type { Design, DesignPoint, Factor } from '../../experiment/designs/types.js';
import { requireCount, requireRangeFactors } from '../validateFactors.js';
import { scaleToFactor } from '../scaleToFactor.js';

/** Layout of a Morris design, read back by `morrisEffects`. */
export interface MorrisLayout {
  trajectories: number;
  levels: number;
  /** the step Δ = p / (2 (p − 1)) as a fraction of each factor's range */
  delta: number;
  factorNames: string[];
  /** points per trajectory, k + 1; trajectory t holds points t·(k+1) … t·(k+1) + k */
  trajectorySize: number;
  /** per point: the factor changed from the previous point, null at a trajectory's start */
  changed: (string | null)[];
  /** per point: +1 if the factor went up, −1 if down, 0 at a trajectory's start */
  sign: number[];
  /**
   * per point: the actual change of the changed factor as a fraction of its range (±Δ, or
   * the rounded step for integer factors), 0 at a trajectory's start
   */
  step: number[];
  /** the name of the dummy factor (the last of `factorNames`) when drawn with `dummy: true` (`withDummyFactor`) */
  dummy?: string;
}

/**
 * Morris (1991) elementary-effects design: `trajectories` random one-factor-at-a-time paths
 * on a grid of `levels` (p, even) values per factor. Each path starts at a random grid
 * point x* ∈ {0, 1/(p−1), …, 1 − Δ}ᵏ, takes a random direction per factor (start at x* and
 * go up by Δ, or start at x* + Δ and go down) and moves the factors one by one in random
 * order, so a path has k + 1 points and consecutive points differ in exactly one factor by
 * ±Δ of its range, Δ = p / (2 (p − 1)).
 *
 * With `candidates` > `trajectories`, that many paths are drawn and the most spread-out
 * `trajectories` are kept (Campolongo, Cariboni & Saltelli 2007): greedily, starting from
 * the farthest pair, add the path with the largest summed distance to those kept, where the
 * distance of two paths is the sum of Euclidean distances between all their points. Cost
 * O(candidates² · k³).
 *
 * Layout: a {@link MorrisLayout}.
 *
 * @example
 * morrisDesign(factors, 10, createRng(3)).points.length; // 10 · (k + 1)
 */
export function morrisDesign(
  factors: Factor[],
  trajectories: number,
  rng: Rng,
  options: { levels?: number; candidates?: number } = {},
): Design {
  const ranges = requireRangeFactors('morris', factors);
  requireCount('morris', 'trajectories', trajectories, 2);
  const levels = options.levels ?? 4;
  if (!Number.isInteger(levels) || levels < 2 || levels % 2 !== 0) {
    throw new Error(`morris design requires levels to be an even whole number of at least 2, got ${levels}`);
  }
  const candidates = options.candidates ?? trajectories;
  if (!Number.isInteger(candidates) || candidates < trajectories) {
    throw new Error(
      `morris design requires candidates to be a whole number of at least trajectories (${trajectories}), got ${candidates}`,
    );
  }
  const k = ranges.length;
  const delta = levels / (2 * (levels - 1));
  const paths = Array.from({ length: candidates }, () => drawPath(k, levels, delta, rng));
  const kept = candidates > trajectories ? selectSpread(paths, trajectories, k) : paths;

  const points: DesignPoint[] = [];
  const changed: (string | null)[] = [];
  const sign: number[] = [];
  const step: number[] = [];
  for (const path of kept) {
    let previous: number[] | null = null;
    for (let s = 0; s <= k; s++) {
      const values = ranges.map((f, i) => scaleToFactor(f, path.unit[s * k + i]));
      const point: DesignPoint = {};
      ranges.forEach((f, i) => (point[f.name] = values[i]));
      points.push(point);
      if (previous === null) {
        changed.push(null);
        sign.push(0);
        step.push(0);
      } else {
        const i = path.order[s - 1];
        const f = ranges[i];
        const moved = (values[i] - previous[i]) / (f.high - f.low);
        if (!(moved !== 0 && Number.isFinite(moved))) {
          throw new Error(
            `morris design factor ${f.name} has a range too narrow for ${levels} levels`,
          );
        }
        changed.push(f.name);
        sign.push(path.sign[i]);
        step.push(moved);
      }
      previous = values;
    }
  }
  const layout: MorrisLayout = {
    trajectories,
    levels,
    delta,
    factorNames: ranges.map((f) => f.name),
    trajectorySize: k + 1,
    changed,
    sign,
    step,
  };
  return { method: 'morris', factors, points, layout: { ...layout } };
}

interface Path {
  /** (k + 1) × k unit coordinates, row-major */
  unit: Float64Array;
  /** order[s] = factor moved at step s + 1 */
  order: Int32Array;
  /** sign[i] = direction of factor i */
  sign: Int8Array;
}

function drawPath(k: number, levels: number, delta: number, rng: Rng): Path {
  const unit = new Float64Array((k + 1) * k);
  const sign = new Int8Array(k);
  const order = new Int32Array(k);
  for (let i = 0; i < k; i++) {
    const base = Math.floor(rng() * (levels / 2)) / (levels - 1);
    sign[i] = rng() < 0.5 ? 1 : -1;
    unit[i] = sign[i] > 0 ? base : base + delta;
    order[i] = i;
  }
  for (let i = k - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  for (let s = 1; s <= k; s++) {
    for (let i = 0; i < k; i++) unit[s * k + i] = unit[(s - 1) * k + i];
    const moved = order[s - 1];
    unit[s * k + moved] += sign[moved] * delta;
  }
  return { unit, order, sign };
}

/** Greedy Campolongo-style selection of the `count` most spread-out paths. */
function selectSpread(paths: Path[], count: number, k: number): Path[] {
  const m = paths.length;
  const distance = new Float64Array(m * m);
  for (let a = 0; a < m; a++) {
    for (let b = a + 1; b < m; b++) {
      let total = 0;
      for (let s = 0; s <= k; s++) {
        for (let t = 0; t <= k; t++) {
          let squared = 0;
          for (let i = 0; i < k; i++) {
            const d = paths[a].unit[s * k + i] - paths[b].unit[t * k + i];
            squared += d * d;
          }
          total += Math.sqrt(squared);
        }
      }
      distance[a * m + b] = distance[b * m + a] = total;
    }
  }
  let first = 0;
  let second = 1;
  for (let a = 0; a < m; a++) {
    for (let b = a + 1; b < m; b++) {
      if (distance[a * m + b] > distance[first * m + second]) {
        first = a;
        second = b;
      }
    }
  }
  const chosen = [first, second];
  const isChosen = new Uint8Array(m);
  isChosen[first] = isChosen[second] = 1;
  while (chosen.length < count) {
    let best = -1;
    let bestScore = -Infinity;
    for (let c = 0; c < m; c++) {
      if (isChosen[c]) continue;
      let score = 0;
      for (const d of chosen) score += distance[c * m + d];
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    chosen.push(best);
    isChosen[best] = 1;
  }
  chosen.sort((a, b) => a - b);
  return chosen.map((c) => paths[c]);
}
