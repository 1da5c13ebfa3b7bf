import { checkScenarioSemantics } from './checkScenarioSemantics.js';
import { composeScenarioFile, type ScenarioSource } from './composeScenarioFile.js';
import { formatPath } from './formatPath.js';
import { ScenarioInputError } from './ScenarioInputError.js';
import { scenarioSchema } from './scenarioSchema.js';
import type { Scenario } from './types.js';

/**
 * Reads a scenario file (YAML, or JSON when it ends in `.json`), resolves its `extends`
 * chain, and validates everything before returning: the syntax and limits of each file, the
 * schema, then the semantic checks on the composed scenario. Returns the composed scenario
 * (without `extends` and `$schema`; defaults are not filled in, see `normalizeScenario`).
 * Throws a `ScenarioInputError` carrying every problem found. Problems name the file as
 * given here, and files it extends relative to it.
 *
 * @example
 * const scenario = loadScenarioFile('scenarios/my-safety-house.yaml');
 * normalizeScenario(scenario).weeks; // 260 unless the file says otherwise
 */
export function loadScenarioFile(file: string): Scenario {
  return loadSource({ file, display: file });
}

/** `loadScenarioFile` with a separate display name (used for presets). */
export function loadSource(source: ScenarioSource): Scenario {
  const schema = scenarioSchema();
  const composed = composeScenarioFile(source, schema);
  if (!composed.scenario) throw new ScenarioInputError(composed.problems);
  const problems = checkScenarioSemantics(composed.scenario, schema);
  if (problems.length > 0) {
    throw new ScenarioInputError(problems.map((p) => ({ file: source.display, path: formatPath(p.path), message: p.message })));
  }
  return composed.scenario;
}
