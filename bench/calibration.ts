/**
 * Benchmark of `collabsim calibrate` (issue 17, Speed): ABC-SMC on a regional preset (riec),
 * 4 preconditions with uniform priors on [0, 1], 3 targets, on 2 worker threads. Reports
 * the runs per second and the share of the threads' time spent outside the model (target:
 * under 10%); the issue's full case, 1,000 particles over 8 generations, must finish in
 * under 10 minutes on 2 cores. The full case is the default; on a shared machine run a
 * scaled one and read the projection:
 *
 *   npx tsx bench/calibration.ts > bench/calibration-report.md
 *   BENCH_CALIBRATION_POPULATION=200 BENCH_CALIBRATION_GENERATIONS=3 npx tsx bench/calibration.ts
 *   import { calibrationBench } from './calibration.js'   # from bench/run.ts
 *
 * The projection of the full case takes the measured runs per second and the runs the full
 * case needs: N / acceptance rate per generation, with the measured acceptance rates and,
 * for generations beyond those measured, the last measured rate (acceptance rates usually
 * keep falling, so the projection is a lower bound on the runs).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRunFunction } from '../src/experiment/buildRunFunction.js';
import { calibrate } from '../src/workflows/calibrate/calibrate.js';
import { loadCalibrationFile } from '../src/workflows/calibrate/loadCalibrationFile.js';

const PRESET = 'riec';
const PARAMETERS = ['time', 'mutualTrust', 'staffStability', 'informationSharing'];
const METRICS = ['successRate', 'meanWeeksToRecognition', 'meanOrgTrust'];
const FULL = { population: 1000, generations: 8 };

export async function calibrationBench(log: (line: string) => void = () => {}): Promise<string> {
  const population = Number(process.env.BENCH_CALIBRATION_POPULATION ?? FULL.population);
  const generations = Number(process.env.BENCH_CALIBRATION_GENERATIONS ?? FULL.generations);
  const workers = Number(process.env.BENCH_CALIBRATION_WORKERS ?? 2);
  const root = mkdtempSync(join(tmpdir(), 'collabsim-bench-calibration-'));
  const load = [loadavg()[0]];
  try {
    const file = join(root, 'bench.yaml');
    const yaml = (targets: string) =>
      `scenario: ${PRESET}\nseed: 17\nparameters:\n${PARAMETERS.map((p) => `  ${p}: { prior: uniform, range: [0, 1] }\n`).join('')}` +
      `targets:\n${targets}population: ${population}\ngenerations: ${generations}\npredictive: ${Math.min(50, population)}\n`;
    writeFileSync(file, yaml(METRICS.map((m) => `  - { metric: ${m}, observed: 0, scale: 1 }\n`).join('')));
    // targets: the preset's own outcomes (mean of 5 runs) with scales of 5% of them
    const draft = loadCalibrationFile(file);
    const run = await buildRunFunction(draft.experiment);
    const point = Object.fromEntries(PARAMETERS.map((p) => [p, 0.5]));
    const sums = METRICS.map(() => 0);
    for (let r = 0; r < 5; r++) {
      const metrics = run(point, 1000 + r).metrics;
      METRICS.forEach((m, k) => (sums[k] += (metrics[draft.experiment.metrics.indexOf(m)] ?? 0) / 5));
    }
    const targets = METRICS.map((m, k) => `  - { metric: ${m}, observed: ${sums[k].toPrecision(4)}, scale: ${Math.abs(0.05 * sums[k]).toPrecision(3)} }\n`).join('');
    writeFileSync(file, yaml(targets));
    const calibration = loadCalibrationFile(file);
    log(`calibrating ${PRESET}: ${population} particles, ${generations} generations, ${workers} workers`);
    const result = await calibrate(calibration, {
      out: join(root, 'out'),
      workers,
      onProgress: (p) => {
        if (p.kind === 'generation') {
          load.push(loadavg()[0]);
          log(`generation ${p.generation.generation}: ${p.generation.attempts} attempts, tolerance ${p.generation.tolerance.toPrecision(3)}`);
        }
      },
    });
    // CPU time per run, in this thread (the workers are closed), at 20 particles of the final
    // generation: what a run costs without the other jobs of a shared machine
    const last = result.run.generations.at(-1)!;
    const names = calibration.parameters.map((p) => p.name);
    const sample = Array.from({ length: 20 }, (_, i) => last.particles[Math.floor((i * last.particles.length) / 20)]);
    run(Object.fromEntries(names.map((n, a) => [n, sample[0][a]])), 1); // warm-up
    const cpu0 = process.cpuUsage();
    sample.forEach((theta, i) => run(Object.fromEntries(names.map((n, a) => [n, theta[a]])), 5000 + i));
    const cpu = process.cpuUsage(cpu0);
    const cpuMsPerRun = (cpu.user + cpu.system) / 1000 / sample.length;
    const seconds = result.wallMs / 1000;
    const rate = result.simulations / seconds;
    const outside = 1 - result.modelMs / (result.threads * result.wallMs);
    const rates = result.run.generations.map((g) => g.acceptanceRate);
    const projectedRuns = Array.from({ length: FULL.generations }, (_, t) => FULL.population / (rates[Math.min(t, rates.length - 1)] ?? 1)).reduce((a, b) => a + b, 0) + 50;
    const projectedMinutes = projectedRuns / rate / 60;
    const full = population === FULL.population && generations === FULL.generations;
    const f = (x: number, d = 3) => x.toPrecision(d);
    return [
      '## Calibration: ABC-SMC on a regional preset (issue 17)',
      '',
      `Preset ${PRESET}, 260 weeks a run; parameters ${PARAMETERS.join(', ')} (uniform on [0, 1]); targets ${METRICS.join(', ')} (the preset's outcomes at 0.5, scales 5% of them); ${population} particles, ${generations} generations, ${result.threads} worker threads; ${cpus().length} cores, load average ${load.map((l) => l.toFixed(1)).join(' → ')} during the run${full ? '' : ' (a **scaled** run: the full case did not fit in the time on the shared machine)'}.`,
      '',
      '| generation | tolerance | acceptance rate | attempts | ESS |',
      '|---|---|---|---|---|',
      ...result.run.generations.map((g) => `| ${g.generation} | ${f(g.tolerance)} | ${f(g.acceptanceRate)} | ${g.attempts} | ${g.ess.toFixed(0)} |`),
      '',
      `- runs: ${result.simulations} (with ${Math.min(50, population)} for the predictive check) in ${seconds.toFixed(1)} s: **${rate.toFixed(2)} runs/s**`,
      `- time inside the model: ${(result.modelMs / 1000).toFixed(1)} s summed over ${result.threads} threads; **outside the model: ${(100 * outside).toFixed(1)}%** of the threads' time (target < 10%): starting the workers, messages, ABC-SMC's proposals and weights, the journal and files, and waiting for the last chunk of each batch`,
      full
        ? `- the full case took **${(seconds / 60).toFixed(1)} min** (target < 10 min)`
        : `- projection of the full case (${FULL.population} particles, ${FULL.generations} generations): about ${Math.round(projectedRuns)} runs (measured acceptance rates, the last one held for later generations: a lower bound), so about **${projectedMinutes.toFixed(0)} min at the rate measured here** (target < 10 min)`,
      `- CPU time of one run, measured in one thread at 20 final particles: ${cpuMsPerRun.toFixed(1)} ms; on 2 otherwise idle cores with the overhead share above, the full case would take about **${((projectedRuns * cpuMsPerRun) / 2 / (1 - outside) / 60000).toFixed(1)} min** (projected from CPU time, not measured)`,
      '',
    ].join('\n');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(await calibrationBench((line) => process.stderr.write(`${line}\n`)));
}
