import { existsSync } from 'node:fs';
import { UsageError } from '../errors/UsageError.js';
import type { DesignPoint } from '../experiment/designs/types.js';
import { pointScenario } from '../experiment/pointScenario.js';
import { readExperimentRecord } from '../results/readExperimentRecord.js';
import { resultsPaths } from '../results/resultsPaths.js';
import { runCoordinates } from '../results/runCoordinates.js';
import { runSeed } from '../results/runSeed.js';
import { seedPoint } from '../results/variantLayout.js';
import type { Scenario } from '../scenario/types.js';

/** What one run of a sweep ran: enough to run it again alone. */
export interface ReplayPlan {
  results: string;
  run: number;
  point: number;
  replicate: number;
  seed: number;
  /** The run's design point (its variant and factor values). */
  factors: DesignPoint;
  /** The scenario the run simulated: its variant's, with the point's factors set. */
  scenario: Scenario;
  weeks: number;
  /** The sweep's own metrics module (absolute path), when it had one. */
  metricsModule?: string;
}

/**
 * The scenario, seed and horizon of run `run` of a sweep, rebuilt from the folder's
 * `experiment.json` alone (the scenario's content is stored there, so files changed since do
 * not matter): the run's point and replicate from its number, its seed by the sweep's rule,
 * and its scenario by `pointScenario`, as the sweep built it. Simulating it with this seed
 * and horizon gives the run's row of `runs.csv` exactly. A folder without `experiment.json`,
 * a model experiment or a run number outside the sweep throws a `UsageError`.
 *
 * @example
 * const plan = replayPlan('results/covenant', 21);
 * simulate(plan.scenario, { seed: plan.seed, weeks: plan.weeks }).summary; // = row 21 of runs.csv
 */
export function replayPlan(results: string, run: number): ReplayPlan {
  const file = resultsPaths(results).experiment;
  if (!existsSync(file)) throw new UsageError(`${results}: no experiment.json; --replay needs a results folder written by sweep or merge`, { file });
  const { experiment, design, runs } = readExperimentRecord(file);
  if (experiment.source.kind !== 'scenario') throw new UsageError(`${results}: --replay replays scenario sweeps; this one ran a model`);
  if (!Number.isInteger(run) || run < 0 || run >= runs.total) {
    throw new UsageError(`--run: expected a run number from 0 to ${runs.total - 1} (the runs of ${results}), found ${run}`);
  }
  const { point, replicate } = runCoordinates(run, experiment.replications);
  const seed = runSeed(experiment.seed, seedPoint(design, point), replicate, experiment.commonRandomNumbers);
  const factors = design.points[point];
  const scenario = pointScenario(experiment)(factors);
  const own = experiment.metricsModule === undefined ? {} : { metricsModule: experiment.metricsModule };
  return { results, run, point, replicate, seed, factors, scenario, weeks: experiment.weeks ?? 260, ...own };
}
