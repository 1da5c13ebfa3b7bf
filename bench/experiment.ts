/**
 * Benchmark of the sweep runner (issue #4): runs per second on 1 and 2 workers with the real
 * model, the engine's overhead per run with a trivial model, and peak memory of sweeps of
 * 1,000 and 50,000 runs. Prints a markdown report.
 *
 *   npx tsx bench/experiment.ts            # the whole report
 *   import { experimentBench } from './experiment.js'   # from bench/run.ts
 *
 * Targets: 2 workers ≥ 1.8× one worker on a 2-core machine; overhead ≤ 50 µs a run; peak
 * memory of 50,000 runs within 10% of 1,000 runs. Rates and memory are medians of repeated
 * measurements, because single measurements on a shared machine scatter by 10–20%.
 * `COLLABSIM_BENCH_THROUGHPUT_ONLY=1` stops after the throughput table and
 * `COLLABSIM_BENCH_RUNS=N` changes the runs per throughput sweep (default 1,440), for quick checks.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from 'simple-statistics';
import { fileURLToPath } from 'node:url';
import type { DesignSpec } from '../src/experiment/designs/types.js';
import { normalizeExperiment } from '../src/experiment/normalizeExperiment.js';
import { runSweep, type SweepProgress } from '../src/workflows/runSweep.js';
import type { Experiment, NormalizedExperiment } from '../src/experiment/types.js';
import { loadPreset } from '../src/scenario/loadPreset.js';

function experiment(input: Experiment, scenario = false): NormalizedExperiment {
  const result = normalizeExperiment(input, { name: 'bench', scenario: scenario ? loadPreset('safety-house') : undefined });
  if (!result.experiment) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.experiment;
}

/** A sweep's wall time and its steady rate (runs a second between 10% and 90% of the runs done). */
async function timeSweep(e: NormalizedExperiment, workers: number) {
  const out = mkdtempSync(join(tmpdir(), 'collabsim-bench-'));
  let first: { t: number; done: number } | undefined;
  let last: { t: number; done: number } | undefined;
  let total = 0;
  const start = performance.now();
  try {
    await runSweep(e, {
      out,
      workers,
      force: true,
      onProgress: (p: SweepProgress) => {
        // The steady window runs from 10% to 90% of the runs: every worker has started and
        // optimised its code, and none is idle waiting for the last batches.
        const now = { t: performance.now(), done: p.done };
        total = p.total;
        if (p.done >= STEADY_FROM * p.total) first ??= now;
        if (p.done <= STEADY_TO * p.total) last = now;
      },
    });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const wall = (performance.now() - start) / 1000;
  const steady = first && last && last.t > first.t ? ((last.done - first.done) * 1000) / (last.t - first.t) : NaN;
  return { wall, steady, runs: total };
}

/** Peak resident memory (MiB) of a fresh process running an ishigami sweep of `runs` runs. */
function peakMemory(runs: number): number {
  const script = fileURLToPath(import.meta.url);
  const output = execFileSync(process.execPath, ['--import', 'tsx', script, 'memory-child', String(runs)], {
    encoding: 'utf8',
  });
  return Number(output.trim().split('\n').pop()) / 1024;
}

async function memoryChild(runs: number): Promise<void> {
  const e = experiment({ model: 'ishigami', design: { method: 'lhs', samples: 100 }, replications: runs / 100, seed: 1 });
  await timeSweep(e, 2);
  process.stdout.write(`${process.resourceUsage().maxRSS}\n`);
}

const fmt = (x: number, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

/**
 * Runs per throughput sweep: long enough that each worker's first (not yet optimised) batch and
 * the last, shorter batches weigh little in the steady rate.
 */
const THROUGHPUT_RUNS = Number(process.env.COLLABSIM_BENCH_RUNS ?? 1440);

/** The steady rate is measured between these shares of the runs done. */
const STEADY_FROM = 0.1;
const STEADY_TO = 0.9;

/** Sweeps and memory probes are repeated this many times; the report compares medians. */
const REPEATS = 5;

/** The sweep with the median steady rate. */
const medianSweep = <T extends { steady: number }>(sweeps: T[]) => [...sweeps].sort((a, b) => a.steady - b.steady)[Math.floor(sweeps.length / 2)];

/** Runs the benchmark and returns the markdown report. */
export async function experimentBench(log: (line: string) => void = () => {}): Promise<string> {
  const lines: string[] = [];
  const load = loadavg()[0];
  lines.push('## Sweep runner (issue #4)', '');
  lines.push(
    `Machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average ${load.toFixed(1)} at start.`,
    '',
  );

  // 1. Throughput on the real model.
  log('throughput: safety-house, 260 weeks');
  const sobolLike: DesignSpec = { method: 'lhs', samples: THROUGHPUT_RUNS };
  const real = experiment(
    { scenario: 'safety-house', design: sobolLike, factors: { staffStability: [0, 1], sharedNarrative: [0, 1] }, seed: 1 },
    true,
  );
  // Alternating 1- and 2-worker sweeps, REPEATS of each, medians compared: on a shared machine
  // one sweep's rate can be 20% off, and alternating spreads slow spells over both arms.
  const ones: Awaited<ReturnType<typeof timeSweep>>[] = [];
  const twos: Awaited<ReturnType<typeof timeSweep>>[] = [];
  for (let k = 0; k < REPEATS; k++) {
    ones.push(await timeSweep(real, 1));
    twos.push(await timeSweep(real, 2));
  }
  const one = medianSweep(ones);
  const two = medianSweep(twos);
  const speedup = two.steady / one.steady;
  lines.push(`### Runs per second, safety-house (260 weeks), ${THROUGHPUT_RUNS} runs, median of ${REPEATS} sweeps each`, '');
  lines.push('| workers | steady rate (runs/s), median | each sweep (runs/s) | wall time of the median sweep incl. start-up and final files (s) |', '| --- | --- | --- | --- |');
  const each = (list: typeof ones) => list.map((s) => fmt(s.steady, 0)).join(', ');
  lines.push(`| 1 | ${fmt(one.steady, 1)} | ${each(ones)} | ${fmt(one.wall, 2)} |`, `| 2 | ${fmt(two.steady, 1)} | ${each(twos)} | ${fmt(two.wall, 2)} |`, '');
  lines.push(`Speed-up of 2 workers over 1: **${fmt(speedup, 2)}×** (target ≥ 1.8×: ${speedup >= 1.8 ? 'met' : 'missed'}).`, '');
  if (process.env.COLLABSIM_BENCH_THROUGHPUT_ONLY) return lines.join('\n');

  // 2. Engine overhead with a trivial model.
  log('overhead: ishigami, 100,000 runs');
  const trivial = experiment({ model: 'ishigami', design: { method: 'lhs', samples: 1000 }, replications: 100, seed: 1 });
  const inThread = await timeSweep(trivial, 0);
  const oneWorker = await timeSweep(trivial, 1);
  const perRun = (s: { wall: number; runs: number }) => (s.wall * 1e6) / s.runs;
  const steadyPerRun = (s: { steady: number }) => 1e6 / s.steady;
  lines.push('### Engine overhead per run, ishigami (a few sin calls), 100,000 runs', '');
  lines.push('| where | steady (µs/run) | whole sweep incl. start-up, journal, runs.csv and runs.parquet (µs/run) |', '| --- | --- | --- |');
  lines.push(`| main thread (workers 0) | ${fmt(steadyPerRun(inThread), 1)} | ${fmt(perRun(inThread), 1)} |`);
  lines.push(`| 1 worker thread | ${fmt(steadyPerRun(oneWorker), 1)} | ${fmt(perRun(oneWorker), 1)} |`, '');
  const overhead = perRun(oneWorker);
  lines.push(`Target ≤ 50 µs a run: ${overhead <= 50 ? 'met' : 'missed'} (${fmt(overhead, 1)} µs on one worker, everything included).`, '');

  // 3. Peak memory.
  log('memory: 1,000 and 50,000 runs in fresh processes');
  const smalls: number[] = [];
  const larges: number[] = [];
  for (let k = 0; k < REPEATS; k++) {
    smalls.push(peakMemory(1000));
    larges.push(peakMemory(50_000));
  }
  const small = median(smalls);
  const large = median(larges);
  const apart = (large - small) / small;
  lines.push(`### Peak memory (max RSS of the whole process, 2 workers, ishigami, 100 points × R replicates), median of ${REPEATS} processes each`, '');
  lines.push('| runs | peak RSS (MiB), median | each process (MiB) |', '| --- | --- | --- |');
  lines.push(`| 1,000 | ${fmt(small, 1)} | ${smalls.map((m) => fmt(m, 0)).join(', ')} |`, `| 50,000 | ${fmt(large, 1)} | ${larges.map((m) => fmt(m, 0)).join(', ')} |`, '');
  lines.push(`Difference: **${fmt(apart * 100, 1)}%** (target ≤ 10%: ${Math.abs(apart) <= 0.1 ? 'met' : 'missed'}).`, '');
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv[2] === 'memory-child') await memoryChild(Number(process.argv[3]));
  else process.stdout.write(await experimentBench((line) => process.stderr.write(`${line}\n`)));
}
