import { createRng } from '../random/rng.js';
import type { DesignPoint } from './designs/types.js';
import type { SweepModel } from './models/types.js';
import { resolveSweepModel } from './resolveSweepModel.js';
import { loadMetricsModule } from './loadMetricsModule.js';
import type { SimulateOptions, SimulationResult } from '../model/simulate.js';
import type { Scenario } from '../scenario/types.js';
import type { NormalizedExperiment } from './types.js';

/** What one run gives back: metric values in the experiment's order, and weekly rows if kept. */
export interface RunOutcome {
  metrics: (number | null)[];
  /** `[week, ...weeklyMetrics]` for every kept week, or undefined when weekly rows are off. */
  weekly?: (number | null)[][];
  /** Per-organisation rows `[week, organisation, domain, staffPresent, vacancies, trustGiven, trustReceived, hoursUsed, hoursAvailable]`, when asked for. */
  organisations?: (number | string | null)[][];
  /** Trust snapshots `[week, from, to, trust]`, when asked for. */
  trustSnapshots?: (number | string)[][];
}

/** One run: a design point and a seed in, metric values out. Throws when the run fails. */
export type RunFunction = (params: DesignPoint, seed: number) => RunOutcome;

/**
 * Builds the function that executes one run of an experiment. Each worker builds it once
 * and then calls it for every run it is given, so loading the model or scenario is not paid
 * per run.
 *
 * - scenario experiments: the point's scenario (`pointScenario`: its variant's, or the
 *   experiment's, with each factor set), then `simulate(scenario, { seed, weeks })` and pick
 *   the metrics from its summary;
 * - model experiments: `model.run({ ...fixed, ...point }, createRng(seed), constants)`, the
 *   point holding the experiment's factors only (never a design's dummy factor).
 *
 * A `model` object may be passed to run a user model in this thread.
 *
 * @example
 * const run = await buildRunFunction(experiment);
 * run({ x1: 0, x2: 0, x3: 0 }, 12345); // { metrics: [0] }
 */
export async function buildRunFunction(
  experiment: NormalizedExperiment,
  model?: SweepModel,
): Promise<RunFunction> {
  const { source, metrics } = experiment;
  if (source.kind === 'scenario') return buildScenarioRun(experiment);
  const resolved = model ?? (await resolveSweepModel(source));
  const constants = source.constants;
  const fixed = experiment.fixed;
  // only the experiment's factors reach the model: a design's dummy factor (`dummy: true`)
  // is a column of the design that no model may read
  const names = experiment.factors.map((f) => f.name);
  return (params, seed) => {
    const point: DesignPoint = { ...fixed };
    for (const name of names) if (params[name] !== undefined) point[name] = params[name];
    const outputs = resolved.run(point, createRng(seed), constants);
    return { metrics: pick(outputs, metrics, resolved.name) };
  };
}

async function buildScenarioRun(experiment: NormalizedExperiment): Promise<RunFunction> {
  const { source, metrics, weeklyEvery, weeklyMetrics } = experiment;
  if (source.kind !== 'scenario') throw new Error('expected a scenario experiment');
  const [{ simulate }, { pointScenario }, own] = await Promise.all([
    import('../model/simulate.js'),
    import('./pointScenario.js'),
    experiment.metricsModule === undefined && experiment.output?.perOrganisation !== true && experiment.output?.trustSnapshots === undefined
      ? undefined
      : observedRun(experiment),
  ]);
  const weeks = experiment.weeks ?? undefined;
  const scenarioOf = pointScenario(experiment);
  return (params, seed) => {
    const scenario = scenarioOf(params);
    const options = { seed, weeks, weekly: weeklyEvery > 0 };
    const result: SimulationResult & Pick<RunOutcome, 'organisations' | 'trustSnapshots'> = own === undefined ? simulate(scenario, options) : own(scenario, options);
    const outcome: RunOutcome = { metrics: pick(result.summary, metrics, 'scenario') };
    if (result.organisations) outcome.organisations = result.organisations;
    if (result.trustSnapshots) outcome.trustSnapshots = result.trustSnapshots;
    if (weeklyEvery > 0) {
      const rows: (number | null)[][] = [];
      result.weekly.forEach((row: Record<string, number>, i: number) => {
        const week = typeof row.week === 'number' ? row.week : i + 1;
        if (week % weeklyEvery !== 0) return;
        rows.push([week, ...weeklyMetrics.map((name) => finiteOrNull(row[name]))]);
      });
      outcome.weekly = rows;
    }
    return outcome;
  };
}

/**
 * A run with observers: the own metrics of the experiment's module (the summary extended with
 * their values; a non-finite value throws, so the run fails naming the metric), and the
 * per-organisation rows and trust snapshots its `output` asks for, as journal rows.
 */
async function observedRun(experiment: NormalizedExperiment) {
  const { metricsModule, output = {} } = experiment;
  const [metrics, { simulateObserved }, { finishOwnMetrics }, { organisationObserver }, { trustSnapshotObserver }] = await Promise.all([
    metricsModule === undefined ? [] : loadMetricsModule(metricsModule),
    import('../model/simulateObserved.js'),
    import('../model/metrics/finishOwnMetrics.js'),
    import('../model/metrics/organisationObserver.js'),
    import('../model/metrics/trustSnapshotObserver.js'),
  ]);
  return (scenario: Scenario, options: SimulateOptions): SimulationResult & Pick<RunOutcome, 'organisations' | 'trustSnapshots'> => {
    const observers = metrics.map((m) => m.observer());
    const orgs = output.perOrganisation ? organisationObserver() : undefined;
    const trust = output.trustSnapshots ? trustSnapshotObserver(output.trustSnapshots) : undefined;
    const result = simulateObserved(scenario, options, [...observers, ...(orgs ? [orgs] : []), ...(trust ? [trust] : [])]);
    return {
      ...result,
      summary: { ...result.summary, ...finishOwnMetrics(metrics, observers, result.state) },
      ...(orgs ? { organisations: orgs.rows.map((r) => [r.week, r.organisation, r.domain, r.staffPresent, r.vacancies, finiteOrNull(r.trustGiven), finiteOrNull(r.trustReceived), r.networkHoursUsed, r.networkHoursAvailable]) } : {}),
      ...(trust ? { trustSnapshots: trust.rows.map((r) => [r.week, r.from, r.to, r.trust]) } : {}),
    };
  };
}

function pick(outputs: Record<string, number>, metrics: string[], what: string): (number | null)[] {
  return metrics.map((name) => {
    const value = outputs[name];
    if (value === undefined) throw new Error(`${what} model gave no value for metric ${name}`);
    return finiteOrNull(value);
  });
}

function finiteOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
