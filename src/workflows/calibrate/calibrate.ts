import { abcSmc } from '../../analysis/calibration/abcSmc.js';
import type { AbcGeneration, AbcProposal, AbcRun, AbcSetup } from '../../analysis/calibration/AbcSetup.js';
import { posteriorSummary, type PosteriorRow } from '../../analysis/calibration/posteriorSummary.js';
import { priorFromSpec } from '../../analysis/calibration/priorFromSpec.js';
import type { DesignPoint } from '../../experiment/designs/types.js';
import { UserError } from '../../errors/UserError.js';
import { deriveSeed } from '../../random/deriveSeed.js';
import type { NormalizedCalibration } from './CalibrationFile.js';
import { CalibrationFolder } from './CalibrationFolder.js';
import { CalibrationPool } from './CalibrationPool.js';
import { calibrationCharts } from './calibrationCharts.js';
import { calibrationTables } from './calibrationTables.js';
import { predictiveDraws, predictiveRows, type PredictiveRow } from './posteriorPredictive.js';

/** How to run a calibration; none of these changes its results. */
export interface CalibrateOptions {
  /** The results folder. */
  out: string;
  /** Worker threads (0: this thread). Default 0. */
  workers?: number;
  /** Continue the calibration in `out` (after an interruption) instead of starting one. */
  resume?: boolean;
  /** Proposals per batch (default: the population). */
  batchSize?: number;
  /** Progress after each batch and generation (for the CLI's status line). */
  onProgress?: (progress: CalibrationProgress) => void;
}

/** What a progress callback learns. */
export type CalibrationProgress =
  | { kind: 'batch'; generation: number; attempts: number; accepted: number }
  | { kind: 'generation'; generation: AbcGeneration; resumed: boolean };

/** What a finished calibration gives back (and wrote to its folder). */
export interface CalibrationResult {
  run: AbcRun;
  posterior: PosteriorRow[];
  predictive: PredictiveRow[];
  /** Files written, relative to the folder. */
  files: string[];
  /** Simulations run by this process (journaled ones taken on resume are not counted). */
  simulations: number;
  /** Milliseconds spent inside the model, summed over workers. */
  modelMs: number;
  /** Wall-clock milliseconds of the whole calibration in this process. */
  wallMs: number;
  /** Threads that ran the model (1 when in this thread). */
  threads: number;
}

/**
 * Calibrates a scenario (or built-in model) by ABC-SMC (`abcSmc`) and writes its results
 * folder: `calibration.json`, every generation's particles (`particles.csv`), the
 * generations (`generations.csv`), the posterior summary (`posterior.csv`), a posterior
 * predictive check of the targets (`predictive.csv`) and the charts' Vega-Lite specs
 * (`charts/*.vl.json`). A particle's parameters are set on the scenario at their paths and
 * the scenario is simulated `replications` times (seed of replicate 0: the proposal's seed
 * from the core; replicate r: deriveSeed(that, r)); its summaries are the targets' metrics
 * averaged over the replicates.
 *
 * Simulations run on `workers` threads (`CalibrationPool`); every finished batch is
 * journaled and every finished generation saved (`CalibrationFolder`), so after a crash
 * `resume: true` continues with the same result. The results are the same bytes whatever
 * the number of workers, the batch size or the interruptions, because every random draw
 * derives from (seed, generation, attempt).
 *
 * @example
 * const result = await calibrate(loadCalibrationFile('calibration.yaml'), { out: 'results/cal', workers: 2 });
 * result.posterior; // [{ parameter: 'staffStability', mean: 0.71, sd: 0.12, q05: …, q50: …, q95: … }]
 */
export async function calibrate(calibration: NormalizedCalibration, options: CalibrateOptions): Promise<CalibrationResult> {
  const start = performance.now();
  const folder = CalibrationFolder.open(options.out, calibration, options.resume ?? false);
  let pool: CalibrationPool | undefined;
  try {
    const metrics = calibration.experiment.metrics;
    pool = await CalibrationPool.start(calibration.experiment, calibration.targets.map((t) => metrics.indexOf(t.metric)), options.workers ?? 0);
    const names = calibration.parameters.map((p) => p.name);
    const setup = abcSetup(calibration);
    const history = folder.savedGenerations().slice(0, calibration.generations);
    for (const g of history) options.onProgress?.({ kind: 'generation', generation: g, resumed: true });
    let simulations = 0;
    const toPoint = (theta: readonly number[]): DesignPoint => Object.fromEntries(names.map((name, a) => [name, theta[a]]));
    const replicateSeeds = (seed: number) => Array.from({ length: calibration.replications }, (_, r) => (r === 0 ? seed : deriveSeed(seed, r)));
    let journal: { generation: number; done: Map<number, number[]> } | undefined;
    const activePool = pool;
    const rates = { previous: history.at(-1)?.acceptanceRate ?? 1 };
    const run = await abcSmc(
      setup,
      async (proposals: readonly AbcProposal[]) => {
        const t = proposals[0]?.generation ?? 0;
        if (journal?.generation !== t) journal = { generation: t, done: folder.journal(t) };
        const done = journal.done;
        const todo = proposals.filter((p) => !done.has(p.attempt));
        const summaries = await activePool.simulate({ points: todo.map((p) => toPoint(p.theta)), seeds: todo.map((p) => replicateSeeds(p.seed)) });
        simulations += todo.length * calibration.replications;
        if (t === 0 && proposals[0]?.attempt === 0) checkSomeFinite(calibration, summaries);
        const entries = todo.map((p, i) => ({ attempt: p.attempt, summaries: summaries[i] }));
        folder.appendJournal(t, entries);
        for (const e of entries) done.set(e.attempt, e.summaries);
        return proposals.map((p) => done.get(p.attempt)!);
      },
      {
        history,
        batchSize: options.batchSize ?? ((p) => adaptiveBatchSize(p, p.generation === 0 ? 1 : rates.previous, activePool.size)),
        onGeneration: (g) => {
          rates.previous = g.acceptanceRate;
          folder.saveGeneration(g);
          options.onProgress?.({ kind: 'generation', generation: g, resumed: false });
        },
        onBatch: (b) => options.onProgress?.({ kind: 'batch', ...b }),
      },
    );
    folder.dropJournals();
    const last = run.generations.at(-1);
    if (!last) {
      throw new UserError(`generation 0 found fewer than ${calibration.population} proposals with finite values of every target in ${Math.floor(calibration.population / calibration.minAcceptance)} attempts; check the targets' metrics and the horizon`);
    }
    const draws = predictiveDraws(last, calibration.seed, calibration.predictive, calibration.replications);
    const predictiveSummaries = await pool.simulate({ points: draws.thetas.map(toPoint), seeds: draws.seeds });
    simulations += draws.thetas.length * calibration.replications;
    const predictive = predictiveRows(calibration.targets, predictiveSummaries);
    const files = { ...calibrationTables(run.generations, names, calibration.replications, predictive), ...chartFiles(calibration, run) };
    for (const [name, text] of Object.entries(files)) folder.write(name, text);
    folder.write('stop.json', `${JSON.stringify({ stopReason: run.stopReason, generations: run.generations.length })}\n`);
    return {
      run,
      posterior: posteriorSummary(last, names),
      predictive,
      files: [...Object.keys(files), 'stop.json'],
      simulations,
      modelMs: pool.modelMs,
      wallMs: performance.now() - start,
      threads: pool.size,
    };
  } finally {
    await pool?.close();
    folder.release();
  }
}

/**
 * Stops a calibration whose first batch gave no finite value for some target (a metric the
 * runs never reach, such as a rate of cases that never finish within the horizon): ABC-SMC
 * would otherwise try population / minAcceptance proposals before giving up.
 */
function checkSomeFinite(calibration: NormalizedCalibration, summaries: readonly number[][]): void {
  if (summaries.length === 0) return;
  const missing = calibration.targets.filter((_, k) => summaries.every((s) => !Number.isFinite(s[k])));
  if (missing.length === 0) return;
  const names = [...new Set(missing.map((t) => t.metric))].join(', ');
  throw new UserError(
    `no run of the first ${summaries.length} proposals gave a value for ${names}: the metric is missing in these runs (a horizon too short for it, or runs that fail); nothing to calibrate against`,
    { expected: 'finite values of every target metric', found: `none for ${names}` },
  );
}

/**
 * The size of the next batch of proposals: about as many as the generation still needs at
 * its acceptance rate so far (the previous generation's rate before the first batch), so
 * that few simulations run beyond the N-th acceptance (they are discarded), but at least 16
 * per thread (so chunks keep every thread busy) and at most 4 N (to bound a batch's memory).
 * The batch size never changes the result, only the simulations wasted and the waits at
 * batch ends.
 *
 * @example
 * adaptiveBatchSize({ generation: 2, attempts: 0, accepted: 0, population: 1000 }, 0.25, 2); // 4000
 * adaptiveBatchSize({ generation: 2, attempts: 4000, accepted: 900, population: 1000 }, 0.25, 2); // 445
 */
export function adaptiveBatchSize(progress: { attempts: number; accepted: number; population: number }, previousRate: number, threads: number): number {
  const { attempts, accepted, population } = progress;
  const rate = Math.max(0.001, attempts > 0 ? Math.max(accepted, 1) / attempts : previousRate);
  const wanted = Math.ceil((population - accepted) / rate);
  return Math.max(16 * threads, Math.min(4 * population, wanted));
}

/** The ABC-SMC setup of a normalised calibration. */
export function abcSetup(calibration: NormalizedCalibration): AbcSetup {
  return {
    parameters: calibration.parameters.map((p) => ({ name: p.name, prior: priorFromSpec(p.prior) })),
    targets: calibration.targets.map((t) => ({ name: t.metric, observed: t.observed, scale: t.scale, weight: t.weight })),
    population: calibration.population,
    seed: calibration.seed,
    generations: calibration.generations,
    quantile: calibration.quantile,
    minTolerance: calibration.minTolerance,
    minAcceptanceRate: calibration.minAcceptance,
  };
}

function chartFiles(calibration: NormalizedCalibration, run: AbcRun): Record<string, string> {
  const charts = calibrationCharts(calibration, run.generations);
  return Object.fromEntries(Object.entries(charts).map(([name, spec]) => [`charts/${name}.vl.json`, `${JSON.stringify(spec, null, 2)}\n`]));
}
