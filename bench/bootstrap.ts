/**
 * Paired benchmark of the Sobol' bootstrap over repeated calls in one process (issue 15,
 * item 18): the index resampling it replaced (a closure created per call that sums the rows
 * a resample names, in random order) against `sobolIndices` now (counts per row, summed in
 * order by a module-level function). Each round runs both on the same outputs, alternating
 * which goes first, so machine load falls on both alike. The old path is reproduced here
 * verbatim from sobolIndices before the change, for this comparison only.
 *
 *   npx tsx bench/bootstrap.ts > bench/bootstrap-report.md
 */
import { bootstrap } from '../src/analysis/bootstrap.js';
import { percentileInterval } from '../src/analysis/percentileInterval.js';
import { sobolIndices } from '../src/methods/sobol/sobolIndices.js';
import { createRng } from '../src/random/rng.js';

const N = 65_536;
const RESAMPLES = 500;
const ROUNDS = 4;

/** Ishigami outputs on a random Saltelli-shaped layout of 3 factors (A, AB_1..3, B per row). */
function ishigamiOutputs(): { Y: Float64Array; layout: Record<string, unknown> } {
  const rng = createRng(11);
  const k = 3;
  const Y = new Float64Array(N * (k + 2));
  const f = (x: number[]) => Math.sin(x[0]) + 7 * Math.sin(x[1]) ** 2 + 0.1 * x[2] ** 4 * Math.sin(x[0]);
  for (let r = 0; r < N; r++) {
    const a = [0, 0, 0].map(() => (rng() * 2 - 1) * Math.PI);
    const b = [0, 0, 0].map(() => (rng() * 2 - 1) * Math.PI);
    Y[r * 5] = f(a);
    for (let i = 0; i < k; i++) Y[r * 5 + 1 + i] = f(a.map((v, j) => (j === i ? b[i] : v)));
    Y[r * 5 + 4] = f(b);
  }
  const layout = {
    samples: N, secondOrder: false, scramble: true, blockSize: 5, factorNames: ['x1', 'x2', 'x3'],
    block: [{ matrix: 'A', factor: null }, { matrix: 'AB', factor: 'x1' }, { matrix: 'AB', factor: 'x2' }, { matrix: 'AB', factor: 'x3' }, { matrix: 'B', factor: null }],
  };
  return { Y, layout };
}

/** The first-order and total intervals the replaced code computed (its estimate closure, verbatim in effect). */
function indexResampleIntervals(Y: Float64Array): number[] {
  const k = 3;
  const stride = 4 + 2 * k;
  const n = N;
  const terms = new Float64Array(n * stride);
  let centre = 0;
  for (let i = 0; i < Y.length; i++) centre += Y[i];
  centre /= Y.length;
  for (let r = 0; r < n; r++) {
    const fa = Y[r * 5] - centre;
    const fb = Y[r * 5 + 4] - centre;
    const t = r * stride;
    terms[t] = fa;
    terms[t + 1] = fb;
    terms[t + 2] = fa * fa;
    terms[t + 3] = fb * fb;
    for (let i = 0; i < k; i++) {
      const fab = Y[r * 5 + 1 + i] - centre;
      terms[t + 4 + i] = fb * (fab - fa);
      terms[t + 4 + k + i] = (fa - fab) * (fa - fab);
    }
  }
  const width = 2 * k;
  const sums = new Float64Array(stride);
  const estimate = (indices: Int32Array | null, out: Float64Array): number => {
    sums.fill(0);
    const count = indices ? indices.length : n;
    for (let m = 0; m < count; m++) {
      const t = (indices ? indices[m] : m) * stride;
      for (let c = 0; c < stride; c++) sums[c] += terms[t + c];
    }
    const meanAB = (sums[0] + sums[1]) / (2 * count);
    const variance = (sums[2] + sums[3]) / (2 * count) - meanAB * meanAB;
    for (let i = 0; i < k; i++) {
      out[i] = sums[4 + i] / count / variance;
      out[k + i] = sums[4 + k + i] / count / (2 * variance);
    }
    return variance;
  };
  estimate(null, new Float64Array(width));
  const replicates = bootstrap(n, RESAMPLES, 0, width, estimate);
  return Array.from({ length: width }, (_, c) => percentileInterval(replicates, 0.95, width, c)).flat();
}

function countsIntervals(Y: Float64Array, layout: Record<string, unknown>): number[] {
  const result = sobolIndices(Y, layout, { bootstrap: RESAMPLES });
  return [...result.factors.map((f) => [f.S1Low, f.S1High]), ...result.factors.map((f) => [f.STLow, f.STHigh])].flat();
}

export function runBootstrapBenchmark(): string {
  const { Y, layout } = ishigamiOutputs();
  const rows: string[] = [];
  let largestDifference = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    const times: Record<string, number> = {};
    let before: number[] = [];
    let after: number[] = [];
    const runs: Array<[string, () => void]> = [
      ['index', () => (before = indexResampleIntervals(Y))],
      ['counts', () => (after = countsIntervals(Y, layout))],
    ];
    if (round % 2 === 0) runs.reverse();
    for (const [name, work] of runs) {
      const started = performance.now();
      work();
      times[name] = performance.now() - started;
    }
    before.forEach((v, i) => (largestDifference = Math.max(largestDifference, Math.abs(v - after[i]))));
    rows.push(`| ${round} | ${(times.index / 1000).toFixed(2)} | ${(times.counts / 1000).toFixed(2)} | ${(times.index / times.counts).toFixed(1)}× |`);
  }
  return [
    '# Sobol\' bootstrap over repeated calls in one process',
    '',
    `Ishigami, 3 factors, N = ${N.toLocaleString('en-US')} base rows, ${RESAMPLES} resamples; seconds per call, both paths in each round (alternating which runs first).`,
    `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
    '',
    '| call | index resample (before) | counts resample (now) | ratio |',
    '|---:|---:|---:|---:|',
    ...rows,
    '',
    `Largest difference between the two paths' interval ends: ${largestDifference.toExponential(1)} (the same resamples; only the order of additions differs).`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(runBootstrapBenchmark());
