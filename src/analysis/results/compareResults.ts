import { analysisMessages } from '../../errors/messages.js';
import { pairedFromDifferences } from '../pairedDifference.js';
import { replicationsNeeded } from '../replicationsNeeded.js';
import { AnalysisError } from './AnalysisError.js';
import { designSize } from './designSize.js';
import type { ResultsData } from '../../results/readResults.js';

/** What to compare. */
export interface CompareOptions {
  /**
   * Compare this design point of `a` with `pointB` of `b` (both or neither). Without them the
   * runs are paired by design point and replicate, which needs the same design in both (or a
   * single point in each).
   */
  pointA?: number;
  pointB?: number;
  /**
   * Also report the replications needed for an interval of this half-width, in each metric's
   * units: one number for every metric, or a number per metric (metrics left out get none).
   */
  width?: number | Readonly<Record<string, number>>;
  /**
   * Also report the replications needed for a half-width of this fraction of each metric's
   * level, `(|meanA| + |meanB|) / 2` (0.05: ±5% of the metric's level), so one value suits
   * metrics of any scale (a rate near 0.4 and a count near 3,000). A metric named in `width`
   * takes its width from there.
   */
  relativeWidth?: number;
  /** Interval coverage (default 0.95). */
  confidence?: number;
}

/** The paired comparison of one metric: `a − b`. */
export interface ComparisonRow {
  metric: string;
  /** replicates with at least one pair: the sample size of the interval */
  n: number;
  /** pairs of runs (same point and seed) behind the comparison */
  pairs: number;
  /** pairs left out because a run failed or gave no finite value */
  excluded: number;
  meanA: number;
  meanB: number;
  /** meanA − meanB, in the metric's units */
  difference: number;
  /** paired t-interval of the difference over replicates (default 95%) */
  ciLow: number;
  ciHigh: number;
  /** standard deviation of the per-replicate differences */
  sdDifference: number;
  /** Cohen's d_z = difference / sdDifference */
  effectSize: number;
  /** the half-width asked for, in the metric's units (from `width` or `relativeWidth`; NaN if neither) */
  halfWidth: number;
  /** replicates needed for an interval of half-width `halfWidth` (NaN without one or n < 2) */
  replicationsNeeded: number;
}

/** The result of `compareResults`. */
export interface Comparison {
  a: string;
  b: string;
  /** How runs were paired. */
  pairing: 'point and replicate' | 'replicate';
  pointA: number | null;
  pointB: number | null;
  confidence: number;
  width: number | Readonly<Record<string, number>> | null;
  relativeWidth: number | null;
  rows: ComparisonRow[];
}

/**
 * Paired comparison of two scenarios (two results folders) or two design points of one
 * folder, run with the same seeds (common random numbers), so the noise they share cancels.
 *
 * Runs are paired by replicate, and by design point too when both folders hold the same
 * design; every pair must have the same seed, or an `AnalysisError` says where they differ.
 * Replicates are the independent units: with several points, the differences within a
 * replicate are averaged first (they share a seed, so they are not independent), and the
 * interval is the paired Student-t interval over replicates (`pairedFromDifferences`), with
 * Cohen's d_z and, given `width`, the replicates needed for that half-width
 * (`replicationsNeeded`). Pairs with a failed run are left out and counted. The metrics
 * compared are those read into `a` (and must be in `b`). Cost O(runs).
 *
 * @example
 * const c = compareResults(await readResults('results/base'), await readResults('results/stable'), { width: 0.01 });
 * c.rows[0]; // { metric: 'successRate', n: 20, difference: -0.031, ciLow: -0.04, ciHigh: -0.022, … }
 */
export function compareResults(a: ResultsData, b: ResultsData, options: CompareOptions = {}): Comparison {
  const confidence = options.confidence ?? 0.95;
  const { pointA, pointB } = options;
  if ((pointA === undefined) !== (pointB === undefined)) {
    throw new AnalysisError(analysisMessages.bothPoints());
  }
  if (pointA !== undefined) checkPoint(a, pointA);
  if (pointB !== undefined) checkPoint(b, pointB);
  const byPoint = pointA === undefined;
  if (byPoint && !sameDesign(a, b)) {
    throw new AnalysisError(analysisMessages.differentDesigns(a.dir, b.dir, designSize(a.design), designSize(b.design)));
  }
  for (const metric of a.metrics) {
    if (!b.metrics.includes(metric)) throw new AnalysisError(analysisMessages.noMetricIn(b.dir, metric));
  }
  const replicates = Math.min(a.experiment.replications, b.experiment.replications);
  const points = byPoint ? designSize(a.design) : 1;
  const key = (data: ResultsData, i: number) => (byPoint ? data.point[i] * replicates : 0) + data.replicate[i];
  // index of each B run by pairing key
  const inB = new Int32Array(points * replicates).fill(-1);
  for (let i = 0; i < b.point.length; i++) {
    if ((pointB === undefined || b.point[i] === pointB) && b.replicate[i] < replicates) inB[key(b, i)] = i;
  }
  const pairs: [number, number][] = [];
  for (let i = 0; i < a.point.length; i++) {
    if ((pointA !== undefined && a.point[i] !== pointA) || a.replicate[i] >= replicates) continue;
    const j = inB[key(a, i)];
    if (j < 0) continue;
    if (a.seed[i] !== b.seed[j]) {
      throw new AnalysisError(
        `runs are not paired: replicate ${a.replicate[i]}${byPoint ? ` of point ${a.point[i]}` : ''} has seed ${a.seed[i]} in ` +
          `${a.dir}${byPoint ? '' : ` (point ${pointA})`} and ${b.seed[j]} in ${b.dir}${byPoint ? '' : ` (point ${pointB})`}; ` +
          'compare needs runs with the same seeds: the same root seed, and common random numbers to compare design points',
      );
    }
    pairs.push([i, j]);
  }
  return {
    a: a.dir,
    b: b.dir,
    pairing: byPoint ? 'point and replicate' : 'replicate',
    pointA: pointA ?? null,
    pointB: pointB ?? null,
    confidence,
    width: options.width ?? null,
    relativeWidth: options.relativeWidth ?? null,
    rows: a.metrics.map((metric) => compareMetric(metric, a, b, pairs, points * replicates, replicates, options, confidence)),
  };
}

function compareMetric(
  metric: string,
  a: ResultsData,
  b: ResultsData,
  pairs: [number, number][],
  expected: number,
  replicates: number,
  options: Pick<CompareOptions, 'width' | 'relativeWidth'>,
  confidence: number,
): ComparisonRow {
  const va = a.values[metric];
  const vb = b.values[metric];
  const sumA = new Float64Array(replicates);
  const sumB = new Float64Array(replicates);
  const count = new Int32Array(replicates);
  let used = 0;
  for (const [i, j] of pairs) {
    if (!Number.isFinite(va[i]) || !Number.isFinite(vb[j])) continue;
    const r = a.replicate[i];
    sumA[r] += va[i];
    sumB[r] += vb[j];
    count[r]++;
    used++;
  }
  const meansA: number[] = [];
  const differences: number[] = [];
  let totalB = 0;
  for (let r = 0; r < replicates; r++) {
    if (count[r] === 0) continue;
    meansA.push(sumA[r] / count[r]);
    totalB += sumB[r] / count[r];
    differences.push((sumA[r] - sumB[r]) / count[r]);
  }
  const n = differences.length;
  const base = { metric, n, pairs: used, excluded: expected - used };
  if (n === 0) {
    return { ...base, meanA: NaN, meanB: NaN, difference: NaN, ciLow: NaN, ciHigh: NaN, sdDifference: NaN, effectSize: NaN, halfWidth: NaN, replicationsNeeded: NaN };
  }
  const d = pairedFromDifferences(differences, confidence);
  const meanA = meansA.reduce((s, v) => s + v, 0) / n;
  const meanB = totalB / n;
  const halfWidth = halfWidthFor(metric, (Math.abs(meanA) + Math.abs(meanB)) / 2, options);
  const needed =
    !(halfWidth > 0) || !Number.isFinite(d.sdDifference) ? NaN : replicationsNeeded(d.sdDifference, halfWidth, confidence);
  return {
    ...base,
    meanA,
    meanB,
    difference: d.meanDifference,
    ciLow: d.ciLow,
    ciHigh: d.ciHigh,
    sdDifference: d.sdDifference,
    effectSize: d.effectSize,
    halfWidth,
    replicationsNeeded: needed,
  };
}

/** The half-width asked for one metric, in its units: its own from `width`, else `relativeWidth` × its level; NaN when neither applies. */
function halfWidthFor(metric: string, level: number, options: Pick<CompareOptions, 'width' | 'relativeWidth'>): number {
  const { width, relativeWidth } = options;
  if (typeof width === 'number') return width;
  if (width !== undefined && Object.hasOwn(width, metric)) return width[metric];
  return relativeWidth === undefined ? NaN : relativeWidth * level;
}

function checkPoint(data: ResultsData, point: number): void {
  const points = designSize(data.design);
  if (!Number.isInteger(point) || point < 0 || point >= points) {
    throw new AnalysisError(analysisMessages.pointOutOfRange(data.dir, points, point));
  }
}

function sameDesign(a: ResultsData, b: ResultsData): boolean {
  if (a === b) return true;
  if (designSize(a.design) === 1 && designSize(b.design) === 1) return true;
  return designSize(a.design) === designSize(b.design) && JSON.stringify(a.design) === JSON.stringify(b.design);
}
