import { existsSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join } from 'node:path';
import type { PriorSpec } from '../../analysis/calibration/Prior.js';
import { experimentError } from '../../experiment/ExperimentError.js';
import { normalizeExperiment } from '../../experiment/normalizeExperiment.js';
import type { Experiment } from '../../experiment/types.js';
import { loadScenario } from '../../scenario/loadScenario.js';
import { loadSource } from '../../scenario/loadScenarioFile.js';
import { readScenarioFile } from '../../scenario/readScenarioFile.js';
import { ScenarioInputError } from '../../scenario/ScenarioInputError.js';
import type { ValueProblem } from '../../scenario/ScenarioProblem.js';
import type { CalibrationFile, NormalizedCalibration } from './CalibrationFile.js';
import { checkCalibrationFile } from './checkCalibrationFile.js';

/** Defaults of a calibration file's optional settings. */
export const CALIBRATION_DEFAULTS = { seed: 1, generations: 8, replications: 1, quantile: 0.5, minAcceptance: 0.001, minTolerance: 0 } as const;

/**
 * Reads a calibration file (YAML, or JSON when it ends in `.json`; data only), checks it and
 * fills its defaults. The parameters become the factors, and the targets' metrics the
 * metrics, of a sweep experiment that `normalizeExperiment` checks as it checks any sweep:
 * a parameter must be a precondition name, a scenario path (or the built-in model's factor)
 * and both ends of its prior's range must keep the scenario valid; a target's metric must
 * exist. A parameter on a whole-number scenario field needs an integer prior. Every problem
 * is reported at once as a `ScenarioInputError` (`file: path: message` lines; exit 2),
 * before anything is run or written.
 *
 * @example
 * loadCalibrationFile('calibration.yaml').parameters; // [{ name: 'staffStability', prior: { prior: 'uniform', range: [0, 1] } }]
 */
export function loadCalibrationFile(file: string): NormalizedCalibration {
  const parsed = readScenarioFile(file);
  if (parsed.problems.length > 0) throw new ScenarioInputError(parsed.problems);
  const data = parsed.data as Record<string, unknown>;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw experimentError(file, [{ path: [], message: 'expected a calibration (a mapping of keys to values)' }]);
  }
  const problems = checkCalibrationFile(data);
  if (data.scenario !== undefined && typeof data.scenario !== 'string') problems.push({ path: ['scenario'], message: 'expected a preset name or scenario file' });
  if (data.model !== undefined && typeof data.model !== 'string') problems.push({ path: ['model'], message: 'expected a built-in model name' });
  if (problems.length > 0) throw experimentError(file, problems);
  const input = data as unknown as CalibrationFile;
  const scenario = input.scenario !== undefined ? loadReferencedScenario(input.scenario, file) : undefined;
  const parameters = Object.entries(input.parameters).map(([name, prior]) => ({ name, prior: { ...prior } as PriorSpec }));
  const metrics = [...new Set(input.targets.map((t) => t.metric))];
  const experimentInput: Experiment = {
    ...(input.scenario !== undefined ? { scenario: input.scenario } : {}),
    ...(input.model !== undefined ? { model: input.model } : {}),
    ...(input.constants !== undefined ? { constants: input.constants } : {}),
    ...(input.weeks !== undefined ? { weeks: input.weeks } : {}),
    seed: input.seed ?? CALIBRATION_DEFAULTS.seed,
    design: { method: 'lhs', samples: 1 } as Experiment['design'],
    factors: Object.fromEntries(parameters.map((p) => [p.name, { low: p.prior.range[0], high: p.prior.range[1], ...(p.prior.prior === 'integer' ? { integer: true } : {}) }])),
    metrics,
  };
  const result = normalizeExperiment(experimentInput, { name: basename(file, extname(file)), scenario, skipDesign: true });
  const found: ValueProblem[] = result.problems.map((p) => translate(p, input, metrics));
  for (const factor of result.experiment?.factors ?? []) {
    const parameter = parameters.find((p) => p.name === factor.name);
    if (factor.kind === 'range' && factor.integer && parameter && parameter.prior.prior !== 'integer') {
      found.push({ path: ['parameters', factor.name, 'prior'], message: `the scenario takes whole numbers here: expected prior "integer", found ${JSON.stringify(parameter.prior.prior)}` });
    }
  }
  if (found.length > 0 || !result.experiment) throw experimentError(file, found);
  const population = input.population;
  return {
    name: result.experiment.name,
    seed: input.seed ?? CALIBRATION_DEFAULTS.seed,
    parameters,
    targets: input.targets.map((t) => ({ metric: t.metric, observed: t.observed, scale: t.scale, weight: t.weight ?? 1 })),
    population,
    generations: input.generations ?? CALIBRATION_DEFAULTS.generations,
    replications: input.replications ?? CALIBRATION_DEFAULTS.replications,
    quantile: input.quantile ?? CALIBRATION_DEFAULTS.quantile,
    distance: 'euclidean',
    minAcceptance: input.stop?.minAcceptance ?? CALIBRATION_DEFAULTS.minAcceptance,
    minTolerance: input.stop?.minTolerance ?? CALIBRATION_DEFAULTS.minTolerance,
    predictive: input.predictive ?? Math.min(100, population),
    experiment: { ...result.experiment, factors: result.experiment.factors },
  };
}

/** A problem of the sweep experiment, moved to where it is in the calibration file. */
function translate(problem: ValueProblem, input: CalibrationFile, metrics: string[]): ValueProblem {
  const [head, key, ...rest] = problem.path;
  if (head === 'factors') return { path: ['parameters', key, ...rest], message: problem.message.replace(/^value /, 'prior range end ') };
  if (head === 'metrics' && typeof key === 'number') {
    const k = input.targets.findIndex((t) => t.metric === metrics[key]);
    return { path: ['targets', k, 'metric', ...rest], message: problem.message };
  }
  return problem;
}

/** The calibration's scenario: a file relative to the calibration file (or the working folder), else a preset. */
function loadReferencedScenario(ref: string, file: string) {
  for (const path of [isAbsolute(ref) ? ref : join(dirname(file), ref), ref]) {
    if (existsSync(path)) return loadSource({ file: path, display: path, referenced: true });
  }
  return loadScenario(ref);
}
