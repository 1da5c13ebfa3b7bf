import type { SaltelliLayout } from './saltelliDesign.js';
import { bootstrapCounts } from '../../analysis/bootstrapCounts.js';
import { percentileInterval } from '../../analysis/percentileInterval.js';
import { distinguishableFromDummy } from '../../analysis/distinguishableFromDummy.js';

/** First-order and total Sobol' indices of one factor, with bootstrap intervals. */
export interface SobolFactorIndices {
  factor: string;
  /** first-order index S1 (Saltelli et al. 2010) */
  S1: number;
  S1Low: number;
  S1High: number;
  /** total index ST (Jansen 1999) */
  ST: number;
  STLow: number;
  STHigh: number;
  /**
   * whether ST is distinguishable from the dummy factor's ST (`distinguishableFromDummy`:
   * ST_factor − ST_dummy on the same bootstrap resamples of the base rows, interval above 0);
   * null for the dummy itself, without a dummy in the design, and without bootstrap
   */
  distinguishable: boolean | null;
}

/** Second-order index of a pair of factors (Saltelli 2002). */
export interface SobolPairIndex {
  factorA: string;
  factorB: string;
  S2: number;
  S2Low: number;
  S2High: number;
}

export interface SobolResult {
  /** base sample size N */
  samples: number;
  /** variance of the output over the 2N points of A and B */
  variance: number;
  factors: SobolFactorIndices[];
  /** second-order indices, one per pair (empty unless the design has BA blocks) */
  pairs: SobolPairIndex[];
}

export interface SobolOptions {
  /** bootstrap resamples of the N base rows (default 1000; 0 for no intervals: NaN) */
  bootstrap?: number;
  /** seed of the bootstrap (default 0) */
  seed?: number;
  /** interval coverage (default 0.95) */
  confidence?: number;
}

/**
 * Variance-based sensitivity indices from the outputs of a Saltelli design (`sobol`
 * method), `Y[p]` being the output at design point p (average replicates first).
 *
 * With f_A, f_B, f_ABi, f_BAi the outputs at the rows of A, B, AB_i, BA_i, means over the
 * N base rows and V the variance of the 2N outputs of A and B:
 *
 * - first order (Saltelli et al. 2010, CPC 181, table 2 (b)):
 *   S1ᵢ = mean(f_B · (f_ABi − f_A)) / V
 * - total (Jansen 1999, table 2 (f) of the same paper):
 *   STᵢ = mean((f_A − f_ABi)²) / (2V)
 * - second order (Saltelli 2002, CPC 145, as in SALib):
 *   S2ᵢⱼ = mean(f_BAi · f_ABj − f_A · f_B) / V − S1ᵢ − S1ⱼ
 *
 * The outputs are first centred on their overall mean, as SALib does: the expectations do
 * not change, but without it a metric whose mean is large next to its spread gets first-
 * and second-order estimates with a variance many times larger.
 *
 * Intervals are bootstrap percentile intervals (Efron 1979) from resampling the N base
 * rows with replacement, every block kept whole. Per-row terms are precomputed into one
 * `Float64Array` and a resample is given as counts per row (`bootstrapCounts`), so each
 * resample is one in-order pass of weighted additions with no allocation, as fast on every
 * call as on the first (bench/bootstrap-report.md).
 *
 * Indices are estimates: small negative S1 or S2 and sums a little off 1 are sampling
 * noise, not signal. When the design has a dummy factor (`layout.dummy`), each factor's ST is
 * tested against the dummy's on the same resamples (`distinguishable`).
 *
 * @example
 * const design = generateDesign({ method: 'sobol', samples: 4096 }, ishigami.factors, 1);
 * const Y = design.points.map((p) => ishigami.run(p, rng).y);
 * sobolIndices(Y, design.layout).factors[0].S1; // ≈ 0.314
 */
export function sobolIndices(
  Y: ArrayLike<number>,
  layout: Record<string, unknown>,
  options: SobolOptions = {},
): SobolResult {
  const { samples: n, blockSize, block, factorNames, secondOrder } = readLayout(layout);
  if (Y.length !== n * blockSize) {
    throw new Error(
      `sobolIndices requires ${n * blockSize} outputs (${n} samples × ${blockSize} points), got ${Y.length}`,
    );
  }
  const k = factorNames.length;
  const aOffset = block.findIndex((s) => s.matrix === 'A');
  const bOffset = block.findIndex((s) => s.matrix === 'B');
  const abOffset = factorNames.map((f) => block.findIndex((s) => s.matrix === 'AB' && s.factor === f));
  const baOffset = factorNames.map((f) => block.findIndex((s) => s.matrix === 'BA' && s.factor === f));
  const pairList: [number, number][] = [];
  if (secondOrder) for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) pairList.push([i, j]);

  // per-row terms: A, B, A², B², k × B(AB−A), k × (A−AB)², pairs × (BAi·ABj − A·B)
  const stride = 4 + 2 * k + pairList.length;
  const terms = new Float64Array(n * stride);
  // Centre the outputs on their mean (as SALib does): the estimators' expectations do not
  // change, but the first- and second-order numerators lose the variance a large mean adds.
  let centre = 0;
  for (let i = 0; i < Y.length; i++) centre += Y[i];
  centre = Number.isFinite(centre) ? centre / Y.length : 0;
  const y = (i: number) => Y[i] - centre;
  for (let r = 0; r < n; r++) {
    const base = r * blockSize;
    const fa = y(base + aOffset);
    const fb = y(base + bOffset);
    if (!Number.isFinite(fa) || !Number.isFinite(fb)) {
      throw new Error(`sobolIndices requires finite outputs, got ${fa} and ${fb} in row ${r}`);
    }
    const t = r * stride;
    terms[t] = fa;
    terms[t + 1] = fb;
    terms[t + 2] = fa * fa;
    terms[t + 3] = fb * fb;
    for (let i = 0; i < k; i++) {
      const fab = y(base + abOffset[i]);
      if (!Number.isFinite(fab)) throw new Error(`sobolIndices requires finite outputs, got ${fab} in row ${r}`);
      terms[t + 4 + i] = fb * (fab - fa);
      terms[t + 4 + k + i] = (fa - fab) * (fa - fab);
    }
    pairList.forEach(([i, j], q) => {
      terms[t + 4 + 2 * k + q] = y(base + baOffset[i]) * y(base + abOffset[j]) - fa * fb;
    });
  }

  const width = 2 * k + pairList.length;
  const sums = new Float64Array(stride);
  const indices: SobolIndexShape = { k, pairList, stride };
  const point = new Float64Array(width);
  weightedColumnSums(terms, stride, null, sums);
  const variance = indicesFromSums(sums, n, indices, point);
  const resamples = options.bootstrap ?? 1000;
  const confidence = options.confidence ?? 0.95;
  const dummy = typeof layout.dummy === 'string' ? factorNames.indexOf(layout.dummy) : -1;
  let interval = (_column: number): [number, number] => [NaN, NaN];
  let aboveDummy = (_factor: number): boolean | null => null;
  if (resamples > 0) {
    const replicates = bootstrapCounts(n, resamples, options.seed ?? 0, width, (counts, out) => {
      weightedColumnSums(terms, stride, counts, sums);
      indicesFromSums(sums, n, indices, out);
    });
    interval = (column) => percentileInterval(replicates, confidence, width, column);
    if (dummy >= 0) {
      aboveDummy = (i) => (i === dummy ? null : distinguishableFromDummy(replicates, width, k + i, k + dummy, confidence));
    }
  }
  return {
    samples: n,
    variance,
    factors: factorNames.map((factor, i) => {
      const [S1Low, S1High] = interval(i);
      const [STLow, STHigh] = interval(k + i);
      return { factor, S1: point[i], S1Low, S1High, ST: point[k + i], STLow, STHigh, distinguishable: aboveDummy(i) };
    }),
    pairs: pairList.map(([i, j], q) => {
      const [S2Low, S2High] = interval(2 * k + q);
      return {
        factorA: factorNames[i],
        factorB: factorNames[j],
        S2: point[2 * k + q],
        S2Low,
        S2High,
      };
    }),
  };
}

function readLayout(layout: Record<string, unknown>): SaltelliLayout {
  const l = layout as Partial<SaltelliLayout>;
  if (
    !l ||
    typeof l.samples !== 'number' ||
    typeof l.blockSize !== 'number' ||
    !Array.isArray(l.block) ||
    !Array.isArray(l.factorNames) ||
    l.block.length !== l.blockSize
  ) {
    throw new Error('sobolIndices requires the layout of a sobol design');
  }
  return { secondOrder: false, scramble: true, ...l } as SaltelliLayout;
}

/** The number of factors, the second-order pairs and the per-row terms of one analysis. */
interface SobolIndexShape {
  k: number;
  pairList: [number, number][];
  stride: number;
}

/**
 * Sums each column of the row-major `terms` (rows of `stride` numbers) into `sums`, row r
 * weighted by `counts[r]` (a bootstrap resample), or unweighted when `counts` is null.
 *
 * A module-level function with everything it reads passed in, on purpose: as a closure
 * created inside each `sobolIndices` call, V8 optimised it for the first call's captured
 * arrays (function context specialisation) and, once a second closure existed, fell back to
 * generic code that reloads the captured variables on every addition, so every call after
 * the first took about twice as long (issue 15, item 18; bench/bootstrap-report.md).
 */
function weightedColumnSums(terms: Float64Array, stride: number, counts: Int32Array | null, sums: Float64Array): void {
  sums.fill(0);
  const rows = terms.length / stride;
  for (let r = 0; r < rows; r++) {
    const weight = counts === null ? 1 : counts[r];
    if (weight === 0) continue;
    const t = r * stride;
    for (let c = 0; c < stride; c++) sums[c] += weight * terms[t + c];
  }
}

/** First-order, total and second-order indices from the column sums of `count` rows into `out`; returns the variance. */
function indicesFromSums(sums: Float64Array, count: number, shape: SobolIndexShape, out: Float64Array): number {
  const { k, pairList } = shape;
  const meanAB = (sums[0] + sums[1]) / (2 * count);
  const variance = (sums[2] + sums[3]) / (2 * count) - meanAB * meanAB;
  for (let i = 0; i < k; i++) {
    out[i] = sums[4 + i] / count / variance;
    out[k + i] = sums[4 + k + i] / count / (2 * variance);
  }
  for (let q = 0; q < pairList.length; q++) {
    const [i, j] = pairList[q];
    out[2 * k + q] = sums[4 + 2 * k + q] / count / variance - out[i] - out[j];
  }
  return variance;
}
