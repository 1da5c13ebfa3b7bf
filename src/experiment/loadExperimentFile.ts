import { existsSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import type { ValueProblem } from '../scenario/ScenarioProblem.js';
import { listNames, quote } from '../errors/messages.js';
import { listPresetNames } from '../scenario/listPresetNames.js';
import { loadScenario } from '../scenario/loadScenario.js';
import { loadSource } from '../scenario/loadScenarioFile.js';
import { ScenarioInputError } from '../scenario/ScenarioInputError.js';
import { readScenarioFile } from '../scenario/readScenarioFile.js';
import { experimentError } from './ExperimentError.js';
import { normalizeExperiment } from './normalizeExperiment.js';
import type { Scenario } from '../scenario/types.js';
import type { Experiment, NormalizedExperiment } from './types.js';
import { validateExperiment } from './validateExperiment.js';

/** Values given on the command line that replace the file's. */
export interface ExperimentOverrides {
  replications?: number;
  seed?: number;
  /** `error`: an event that sets a swept path stops the sweep (the CLI's `--strict-events`). */
  onEventConflict?: 'warn' | 'error';
}

/**
 * Reads an experiment file (YAML, or JSON when it ends in `.json`; data only, nothing is
 * evaluated), validates it against the experiment schema, loads its scenario (a path relative
 * to the experiment file, or a preset name) and returns the normalised experiment. Every
 * problem is reported at once as a `ScenarioInputError` with `file: path: message` lines.
 *
 * @example
 * const experiment = loadExperimentFile('experiments/trust.yaml', { replications: 5 });
 * experiment.replications; // 5
 */
export function loadExperimentFile(file: string, overrides: ExperimentOverrides = {}): NormalizedExperiment {
  const parsed = readScenarioFile(file);
  if (parsed.problems.length > 0) throw new ScenarioInputError(parsed.problems);
  const data = parsed.data as Record<string, unknown>;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw experimentError(file, [{ path: [], message: 'expected an experiment (a mapping of keys to values)' }]);
  }
  const merged: Record<string, unknown> = { ...data };
  if (overrides.replications !== undefined) merged.replications = overrides.replications;
  if (overrides.seed !== undefined) merged.seed = overrides.seed;
  const problems = validateExperiment(merged);
  // A wrong design (an unknown method, a missing key) does not hide the rest of the file's
  // problems: the checks of metrics, factors and the scenario still run, without the design.
  // (A problem at the top is a missing required key, and `design` is the one required key.)
  const onlyDesign = problems.every((p) => p.path[0] === 'design' || (p.path.length === 0 && merged.design === undefined));
  if (!onlyDesign) throw experimentError(file, problems);
  const input = merged as unknown as Experiment;
  const scenario = input.scenario !== undefined ? loadReferencedScenario(input.scenario, file) : undefined;
  const variantScenarios: Record<string, Scenario> = {};
  for (const [name, variant] of Object.entries(input.variants ?? {})) {
    if (variant.scenario !== undefined) variantScenarios[name] = loadReferencedScenario(variant.scenario, file);
  }
  const result = normalizeExperiment(input, {
    name: basename(file, extname(file)),
    scenario,
    variantScenarios,
    skipDesign: problems.length > 0,
    onEventConflict: overrides.onEventConflict,
  });
  const moduleProblems = input.metricsModule === undefined ? [] : checkMetricsModule(input, file);
  if (problems.length > 0 || moduleProblems.length > 0 || !result.experiment) {
    throw experimentError(file, [...problems, ...result.problems, ...moduleProblems]);
  }
  const outputProblems = checkOutput(input, result.experiment);
  if (outputProblems.length > 0) throw experimentError(file, outputProblems);
  const experiment = input.output === undefined ? result.experiment : { ...result.experiment, output: input.output };
  if (input.metricsModule === undefined) return experiment;
  return { ...experiment, metricsModule: resolve(dirname(file), input.metricsModule) };
}

/** That the extra output fits the experiment: a scenario, weekly rows for `weeklyCsv`, snapshot weeks within the horizon. */
function checkOutput(input: Experiment, experiment: NormalizedExperiment): ValueProblem[] {
  const output = input.output;
  if (output === undefined) return [];
  const problems: ValueProblem[] = [];
  if (input.scenario === undefined) problems.push({ path: ['output'], message: 'extra output exists for scenario experiments only' });
  if (output.weeklyCsv && experiment.weeklyEvery === 0) problems.push({ path: ['output', 'weeklyCsv'], message: 'expected weekly rows to write: add "weekly: true" (or every N weeks)' });
  (output.trustSnapshots ?? []).forEach((week, i) => {
    const weeks = experiment.weeks ?? 0;
    if (!Number.isInteger(week) || week < 1 || week > weeks) {
      problems.push({ path: ['output', 'trustSnapshots', i], message: `expected a week from 1 to ${weeks} (the horizon), found ${week}` });
    }
  });
  return problems;
}

/** That the own metrics module is there and the experiment runs a scenario (it is loaded later, `withOwnMetrics`). */
function checkMetricsModule(input: Experiment, file: string): ValueProblem[] {
  const path = resolve(dirname(file), input.metricsModule!);
  if (input.scenario === undefined) return [{ path: ['metricsModule'], message: 'own metrics observe a scenario; a model experiment has none' }];
  if (!existsSync(path)) return [{ path: ['metricsModule'], message: `expected a JavaScript or TypeScript module, found no file ${path}` }];
  return [];
}

/**
 * The experiment's scenario: a file relative to the experiment file (or an absolute path, or
 * one relative to the working folder), refused whole if it is not a scenario; else a preset.
 */
function loadReferencedScenario(ref: string, file: string) {
  const candidates = [...new Set([isAbsolute(ref) ? ref : join(dirname(file), ref), ref].map((path) => resolve(path)))];
  for (const path of candidates) {
    if (existsSync(path)) return loadSource({ file: path, display: path, referenced: true });
  }
  if (!listPresetNames().includes(ref)) {
    const message =
      `no scenario file ${candidates.map((path) => quote(path, 300)).join(' or ')}, and no preset named ${quote(ref)} ` +
      `(a path is read relative to the experiment file; presets: ${listNames(listPresetNames(), 'and')})`;
    throw experimentError(file, [{ path: ['scenario'], message }]);
  }
  return loadScenario(ref);
}
