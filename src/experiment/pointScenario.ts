import { hasPathEvent, isEventPath } from '../scenario/setEventPath.js';
import { setScenarioPath } from '../scenario/setScenarioPath.js';
import type { Scenario } from '../scenario/types.js';
import type { DesignPoint } from './designs/types.js';
import { factorPath } from './factorPath.js';
import { variantScenario } from './normalizeVariants.js';
import type { NormalizedExperiment } from './types.js';

/**
 * Builds the function that gives the scenario one design point runs: the point's variant's
 * scenario (`variantScenario`, built once per variant) or the experiment's, with each factor
 * set by `setScenarioPath` — a lever on an event (`events[covenant].week`) only in the
 * variants that have the event. Sweeps (`buildRunFunction`) and `run --replay` both use it, so
 * a replayed run is the swept run. Scenario experiments only.
 *
 * @example
 * const scenarioOf = pointScenario(experiment);
 * scenarioOf({ variant: 'covenant', 'events[covenant].week': 52 }).events; // the covenant at week 52
 */
export function pointScenario(experiment: NormalizedExperiment): (params: DesignPoint) => Scenario {
  const { source } = experiment;
  if (source.kind !== 'scenario') throw new Error('expected a scenario experiment');
  const swept = experiment.variants ? experiment.factors.slice(1) : experiment.factors;
  const paths = swept.map((factor) => [factor.name, factorPath(factor.name)]);
  const starts = new Map<string, { scenario: Scenario; paths: string[][] }>();
  const add = (name: string, scenario: Scenario) =>
    starts.set(name, { scenario, paths: paths.filter(([, path]) => !isEventPath(path) || hasPathEvent(scenario, path)) });
  if (experiment.variants) for (const variant of experiment.variants) add(variant.name, variantScenario(variant, source.content));
  else add('', source.content);
  return (params) => {
    const start = starts.get(experiment.variants ? String(params.variant) : '');
    if (!start) throw new Error(`no variant ${String(params.variant)} in the experiment`);
    let scenario = start.scenario;
    for (const [name, path] of start.paths) scenario = setScenarioPath(scenario, path, params[name]);
    return scenario;
  };
}
