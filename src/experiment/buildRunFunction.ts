import { createRng } from '../random/rng.js';
import type { DesignPoint } from './designs/types.js';
import type { SweepModel } from './models/types.js';
import { factorPath } from './factorPath.js';
import { resolveSweepModel } from './resolveSweepModel.js';
import type { NormalizedExperiment } from './types.js';
import type { Scenario } from '../scenario/types.js';

/** What one run gives back: metric values in the experiment's order, and weekly rows if kept. */
export interface RunOutcome {
  metrics: (number | null)[];
  /** `[week, ...weeklyMetrics]` for every kept week, or undefined when weekly rows are off. */
  weekly?: (number | null)[][];
}

/** One run: a design point and a seed in, metric values out. Throws when the run fails. */
export type RunFunction = (params: DesignPoint, seed: number) => RunOutcome;

/**
 * Builds the function that executes one run of an experiment. Each worker builds it once
 * and then calls it for every run it is given, so loading the model or scenario is not paid
 * per run.
 *
 * - scenario experiments: start from the point's variant's scenario (`variantScenario`, built
 *   once) or the experiment's, set each factor with `setScenarioPath` (a lever on an event
 *   only where the event is), then `simulate(scenario, { seed, weeks })` and pick the
 *   metrics from its summary;
 * - model experiments: `model.run({ ...fixed, ...point }, createRng(seed), constants)`.
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
  return (params, seed) => {
    const outputs = resolved.run({ ...fixed, ...params }, createRng(seed), constants);
    return { metrics: pick(outputs, metrics, resolved.name) };
  };
}

async function buildScenarioRun(experiment: NormalizedExperiment): Promise<RunFunction> {
  const { source, metrics, factors, weeklyEvery, weeklyMetrics } = experiment;
  if (source.kind !== 'scenario') throw new Error('expected a scenario experiment');
  const [{ simulate }, { setScenarioPath }, { hasPathEvent, isEventPath }, { variantScenario }] = await Promise.all([
    import('../model/simulate.js'),
    import('../scenario/setScenarioPath.js'),
    import('../scenario/setEventPath.js'),
    import('./normalizeVariants.js'),
  ]);
  const weeks = experiment.weeks ?? undefined;
  const swept = experiment.variants ? factors.slice(1) : factors;
  const paths = swept.map((factor) => [factor.name, factorPath(factor.name)]);
  /** Each starting scenario (one per variant, or the experiment's) with the factors that apply to it. */
  const starts = new Map<string, { scenario: Scenario; paths: string[][] }>();
  for (const variant of experiment.variants ?? [{ name: '', scenario: null }]) {
    const scenario = 'set' in variant ? variantScenario(variant, source.content) : source.content;
    starts.set(variant.name, { scenario, paths: paths.filter(([, path]) => !isEventPath(path) || hasPathEvent(scenario, path)) });
  }
  return (params, seed) => {
    const start = starts.get(experiment.variants ? String(params.variant) : '');
    if (!start) throw new Error(`no variant ${String(params.variant)} in the experiment`);
    let scenario = start.scenario;
    for (const [name, path] of start.paths) scenario = setScenarioPath(scenario, path, params[name]);
    const result = simulate(scenario, { seed, weeks, weekly: weeklyEvery > 0 });
    const outcome: RunOutcome = { metrics: pick(result.summary, metrics, 'scenario') };
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
