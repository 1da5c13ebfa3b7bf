import { readScenarioFile } from '../scenario/readScenarioFile.js';

/**
 * The `runTimeout` of an experiment file (seconds one run may take on a worker thread), or
 * undefined when the file has none. Call it after `loadExperimentFile`, which has already
 * checked the value against the schema (a positive number, else exit 2 naming
 * `runTimeout`). Kept apart from the normalised experiment so that `experiment.json`, and
 * therefore resuming and merging, do not depend on it.
 *
 * @example
 * readRunTimeout('experiments/slow.yaml'); // 1200, from "runTimeout: 1200"
 */
export function readRunTimeout(file: string): number | undefined {
  const { data } = readScenarioFile(file);
  const value = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).runTimeout : undefined;
  return typeof value === 'number' ? value : undefined;
}
